import { formatNumber } from "../core/formatNumber.js";
import { formatDateRange } from "./formatDate.js";
import { label } from "./label.js";
import type { DemoRow } from "./loadDemoRows.js";
import type { CliLanguage } from "./types.js";

const TEXT = {
  vi: {
    title:
      "tieuchi demo: các phường của thị xã Cửa Lò (Nghệ An), chấm từ fixtures/assessments/index.json",
    legend: [
      'Dòng có dấu "*" là dữ liệu ví dụ, không phải số liệu báo cáo.',
      'Dòng không có dấu "*" là số liệu báo cáo của phường Nghi Hương: ngày 26/4/2023 đạt 31/34 và 20/22 tiêu chí',
      "(bản tin thị xã Cửa Lò); ngày 2/11/2023 đạt 18/22 tiêu chí (cualo.vn, hội nghị sơ kết). Báo cáo chỉ nêu số lượng",
      "và nêu tên bộ tiêu chí, không nêu số quyết định; danh sách tiêu chí chưa đạt ở các dòng này là ví dụ.",
    ],
    version: "phiên bản",
    period: "Kỳ",
    noTier: "Chưa đạt",
    unmet: "tiêu chí chưa đạt",
    none: "đạt tất cả tiêu chí",
    points: "điểm",
    score: "điểm",
    status: {
      draft: "dự thảo",
      provisional: "tạm thời",
      final: "chính thức",
      superseded: "đã được thay thế",
    },
  },
  en: {
    title:
      "tieuchi demo: the wards of Cửa Lò town (Nghệ An), scored from fixtures/assessments/index.json",
    legend: [
      'Rows marked "*" are example data, not reported figures.',
      "Unmarked rows are figures reported for Nghi Hương: 31/34 and 20/22 criteria met on 26/4/2023",
      "(Cửa Lò town news); 18/22 on 2/11/2023 (cualo.vn, one-year review). The reports give counts only and",
      "name the sets by title, not by decision; the lists of unmet criteria on these rows are examples.",
    ],
    version: "version",
    period: "Period",
    noTier: "no tier reached",
    unmet: "unmet",
    none: "all met",
    points: "points",
    score: "score",
    status: {
      draft: "draft",
      provisional: "provisional",
      final: "final",
      superseded: "superseded",
    },
  },
} as const;

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number): string {
  return text + " ".repeat(Math.max(0, size - width(text)));
}

/**
 * Formats the demo rows as plain text, one block per framework and period, one line per ward.
 *
 * @param rows - Rows from `loadDemoRows`, in manifest order.
 * @param lang - Output language.
 * @returns The report, ending in a newline; the same rows always give the same bytes.
 * @example
 * formatDemo(rows, "en").split("\n")[0]
 * //=> "tieuchi demo: the wards of Cửa Lò town (Nghệ An), scored from fixtures/assessments/index.json"
 * @category CLI
 */
export function formatDemo(rows: readonly DemoRow[], lang: CliLanguage): string {
  const t = TEXT[lang];
  const groups = new Map<string, DemoRow[]>();
  for (const row of rows) {
    const key = `${row.framework.id}@${row.framework.version}|${row.assessment.period.id}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }

  const lines: string[] = [t.title, ...t.legend];
  for (const group of groups.values()) {
    const first = group[0]!;
    const framework = first.framework;
    const period = first.assessment.period;
    const document = framework.source?.document;
    lines.push("");
    lines.push(label(framework.title, lang));
    lines.push(
      `${framework.id} ${t.version} ${framework.version} (${t.status[framework.status]})${document === undefined ? "" : `: ${document}`}`,
    );
    lines.push(`${t.period} ${period.id}: ${formatDateRange(period.start, period.end, lang)}`);
    const cells = group.map((row) => {
      const tier = (framework.tiers ?? []).find((candidate) => candidate.id === row.tier);
      const figures = [`${row.met}/${row.applicable}`];
      if (row.points !== undefined) {
        figures.push(
          `${formatNumber(row.points.earned, lang)}/${formatNumber(row.points.possible, lang)} ${t.points}`,
        );
      } else if (row.score !== undefined) {
        figures.push(
          `${formatNumber(row.score.value, lang)}/${formatNumber(row.score.max, lang)} ${t.score}`,
        );
      }
      return {
        name: `${row.assessment.subject.name ?? row.assessment.subject.id}${row.example ? " *" : ""}`,
        figures: figures.join("  "),
        tier: tier === undefined ? t.noTier : label(tier.title, lang),
        unmet: row.unmet.length === 0 ? t.none : `${t.unmet}: ${row.unmet.join(", ")}`,
      };
    });
    // a loop rather than Math.max(...spread): no argument-count limit on long groups
    let nameWidth = 0;
    let figureWidth = 0;
    let tierWidth = 0;
    for (const cell of cells) {
      nameWidth = Math.max(nameWidth, width(cell.name));
      figureWidth = Math.max(figureWidth, width(cell.figures));
      tierWidth = Math.max(tierWidth, width(cell.tier));
    }
    for (const cell of cells) {
      lines.push(
        `  ${pad(cell.name, nameWidth)}  ${pad(cell.figures, figureWidth)}  ${pad(cell.tier, tierWidth)}  ${cell.unmet}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
