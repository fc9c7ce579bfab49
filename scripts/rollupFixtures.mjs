// Writes the example fixtures of the roll-up (issue 9): commune "Xã H (ví dụ)" with 25 residential
// areas (khu dân cư) over three TT 124/2021 windows (2022, 2023, 2024). EXAMPLE DATA, not reported
// figures: the counts are chosen so that the commune's criterion xa.4 (100 % registered and ≥ 70 %
// recognised, TT 124 Điều 5 khoản 4) passes with 18 of 25 (2022), fails with 16 of 25 = 64 % (2023) and
// passes with 20 of 25 (2024). Run: node scripts/rollupFixtures.mjs, then npx biome check --write fixtures.
import { readFileSync, writeFileSync } from "node:fs";

const DIR = new URL("../fixtures/assessments/", import.meta.url);
const FRAMEWORK = { id: "vn-tt124-2021", version: "2021" };
const RECOGNISED = { 2022: 18, 2023: 16, 2024: 20 };
const MODELS = { 2022: 1, 2023: 2, 2024: 3 };
const SOURCE =
  "Thông tư 124/2021/TT-BCA (Điều 4, Điều 5, Điều 8.2): criteria, windows and the 70 % share; the data are not from any report";
const pad = (n) => String(n).padStart(2, "0");
const files = [];

const write = (name, assessment) => {
  writeFileSync(new URL(name, DIR), `${JSON.stringify(assessment, null, 2)}\n`);
  files.push(name);
};

for (const year of [2022, 2023, 2024]) {
  for (let k = 1; k <= 25; k++) {
    // The first RECOGNISED[year] areas meet every criterion; of the others, odd ones record an event
    // (kdc.3) and even ones miss kdc.2 (a rotation by year keeps the unrecognised areas changing).
    const rank = ((k - 1 + (year - 2022) * 3) % 25) + 1;
    const recognised = rank <= RECOGNISED[year];
    const entries = [
      { node: "kdc.1.a", value: true },
      { node: "kdc.1.b", value: true },
      { node: "kdc.1.c", value: 100 },
      { node: "kdc.2", value: recognised || rank % 2 === 1 },
      { node: "kdc.3", value: recognised || rank % 2 === 0 ? [] : ["tranh_chap"] },
      { node: "kdc.4", status: "met" },
      { node: "kdc.5", status: "met" },
    ];
    write(`xa-h-kdc${pad(k)}-${year}-tt124.json`, {
      framework: FRAMEWORK,
      subject: {
        id: `xa-h-kdc${pad(k)}`,
        name: `Khu dân cư ${k}, xã H (ví dụ)`,
        kind: "kdc",
        parent: "xa-h",
      },
      period: { id: String(year), start: `${year - 1}-11-01`, end: `${year}-10-31` },
      date: `${year}-11-05`,
      example: true,
      source: SOURCE,
      note: `Example data, not reported figures. One of the 25 residential areas of Xã H for the roll-up (fixtures/README.md): ${recognised ? "every criterion met (tier dat)" : "not recognised"}.`,
      entries,
    });
  }
  write(`xa-h-${year}-tt124.json`, {
    framework: FRAMEWORK,
    subject: { id: "xa-h", name: "Xã H (ví dụ)", kind: "xa" },
    period: { id: String(year), start: `${year - 1}-11-16`, end: `${year}-11-15` },
    date: `${year}-11-20`,
    example: true,
    source: SOURCE,
    note: `Example data, not reported figures. Criterion xa.4 has no entry: rollup() counts it from the 25 residential areas (xa-h-kdc01 … xa-h-kdc25, ${RECOGNISED[year]} recognised in ${year}). Every other criterion is met.`,
    entries: [
      { node: "xa.1.a", value: true },
      { node: "xa.1.b", value: true },
      { node: "xa.1.c", value: MODELS[year] },
      { node: "kdc.2", value: true },
      { node: "kdc.3", value: [] },
      { node: "kdc.4", status: "met" },
      { node: "xa.3.a", status: "met" },
      { node: "xa.3.b", value: false },
    ],
  });
}

const indexUrl = new URL("index.json", DIR);
const index = JSON.parse(readFileSync(indexUrl, "utf8"));
index.assessments = index.assessments.filter((row) => !row.file.startsWith("xa-h-"));
for (const file of files.sort()) {
  index.assessments.push({ file, framework: "../frameworks/vn-tt124-2021.json", example: true });
}
writeFileSync(indexUrl, `${JSON.stringify(index, null, 2)}\n`);
