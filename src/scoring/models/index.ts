export { type LogNormalCurve, logNormalCurve, normalizeValue } from "./normalize.js";
export { type ModelInput, score } from "./score.js";
export { scoreCount } from "./scoreCount.js";
export { scorePoints } from "./scorePoints.js";
export { scoreWeighted } from "./scoreWeighted.js";
export { scoreXccdf } from "./scoreXccdf.js";
