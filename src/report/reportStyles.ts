/**
 * The report's only stylesheet, inlined: system fonts (no web font), dark text on white (WCAG AA),
 * A4 pages when printed, and no page break inside a chart, a table row or a unit's list.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #FFFFFF; color: #1A1A1A; font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0072B2; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: #005A8C; }
.meta, .muted { color: #595959; }
.note { background: #FFF4D6; border-left: 4px solid #E69F00; padding: .4rem .7rem; }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
th, td { border: 1px solid #BFBFBF; padding: .2rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #F2F2F2; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: .4rem 0; }
summary { cursor: pointer; color: #005A8C; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; margin: .3rem 0; font-size: .85rem; }
.legend li { display: flex; align-items: center; gap: .3rem; }
.legend svg { flex: none; }
.unit-left { break-inside: avoid; page-break-inside: avoid; }
.unit-left ul { margin: .2rem 0 .6rem; padding-left: 1.3rem; }
.issues li { margin: .2rem 0; }
.status-notMet { color: #A33B00; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  nav.contents, summary { display: none; }
  section.framework { break-before: page; page-break-before: always; }
  section.framework:first-of-type { break-before: auto; page-break-before: auto; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
