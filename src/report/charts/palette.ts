import type { NodeStatus } from "../../scoring/types.js";

/**
 * The Okabe–Ito palette, safe for the common colour-vision deficiencies, in the order lines take
 * them; yellow comes last because it is faint on white.
 */
export const SERIES_COLOURS: readonly string[] = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#000000",
  "#E69F00",
  "#56B4E9",
  "#F0E442",
];

/**
 * Heatmap fill and glyph per status. Every glyph is black on its fill with a contrast of at least
 * 5.4:1, and the glyph tells the status apart without colour.
 */
export const STATUS_STYLE: Readonly<Record<NodeStatus | "none", { fill: string; glyph: string }>> =
  {
    met: { fill: "#009E73", glyph: "✓" },
    notMet: { fill: "#D55E00", glyph: "✗" },
    unknown: { fill: "#E69F00", glyph: "?" },
    error: { fill: "#CC79A7", glyph: "!" },
    notApplicable: { fill: "#FFFFFF", glyph: "–" },
    none: { fill: "#F2F2F2", glyph: "" },
  };

/** Text and axis colours: #1A1A1A on white is 17:1, #595959 is 7:1. */
export const INK = "#1A1A1A";
export const MUTED = "#595959";
export const GRID = "#D9D9D9";
