import type { CliLanguage } from "./types.js";

/*
 * Every user-facing line of the CLI, in Vietnamese and English. Output is plain text: no colours, no
 * dates, no locale-dependent formatting, so the same input prints the same bytes everywhere.
 */

const HELP_VI: Record<string, string> = {
  main: `tieuchi: bộ tiêu chí dưới dạng dữ liệu (kiểm tra, chấm điểm, giải thích).
(English: add --lang en)

Cách dùng: tieuchi <lệnh> [tuỳ chọn]

Lệnh:
  validate <framework.json>                 kiểm tra tệp bộ tiêu chí theo lược đồ và các lỗi cấu trúc
  lint <framework.json>                     kiểm tra sâu hơn: lỗi và cảnh báo (mức không thể đạt, trọng số vô nghĩa…)
  schema [framework|variant|assessment]     in JSON Schema của tệp bộ tiêu chí, biến thể hoặc kết quả đánh giá (dùng với "$schema")
  score <framework.json> <assessment.json>  chấm một kết quả đánh giá và giải thích
  demo                                      chấm các phường ví dụ của thị xã Cửa Lò
  diff <trước.json> <sau.json>              so sánh hai kết quả đánh giá (tiêu chí mới đạt, không còn đạt, vì sao) hoặc hai bộ tiêu chí
  report <tệp | thư mục | danh mục>…        lập báo cáo HTML (biểu đồ) hoặc Markdown cho nhiều đơn vị, nhiều kỳ

Tuỳ chọn chung:
  --lang vi|en   ngôn ngữ đầu ra (mặc định: theo biến môi trường TIEUCHI_LANG, rồi LANG; nếu không có: vi)
  --help, -h     hướng dẫn; "tieuchi <lệnh> --help" cho từng lệnh
  --version, -v  in số phiên bản
  -              thay cho tên tệp: đọc từ đầu vào chuẩn (mỗi lần chạy chỉ một tệp)

Ví dụ:
  tieuchi validate bo-tieu-chi.json
  tieuchi score bo-tieu-chi.json ket-qua.json --lang en
  cat ket-qua.json | tieuchi score bo-tieu-chi.json -

Mã thoát: 0 = ổn; 1 = tệp có lỗi hoặc chưa đạt kiểm tra; 2 = sai cách dùng hoặc không đọc được tệp.
`,
  validate: `Cách dùng: tieuchi validate <framework.json> [--json] [--lang vi|en]

Kiểm tra một tệp bộ tiêu chí: lược đồ (trường, kiểu, giá trị) và lỗi cấu trúc (mã trùng, tham chiếu
tới mục không tồn tại, tham chiếu vòng). In từng lỗi kèm đường dẫn trong tệp. Tệp có "variantOf" và
"operations" được kiểm tra như một biến thể (bộ tiêu chí của tỉnh).

  --json   in danh sách lỗi dạng JSON

Ví dụ:
  tieuchi validate fixtures/frameworks/vn-tt124-2021.json
  tieuchi validate - --json < bo-tieu-chi.json

Mã thoát: 0 = hợp lệ; 1 = có lỗi; 2 = không đọc được tệp hoặc tệp không phải JSON (UTF-8).
`,
  lint: `Cách dùng: tieuchi lint <framework.json> [--json] [--lang vi|en]

Kiểm tra hợp lệ, rồi chạy các quy tắc lint (lỗi và cảnh báo) trên bộ tiêu chí.

  --json   in danh sách vấn đề dạng JSON

Ví dụ:
  tieuchi lint fixtures/frameworks/vn-qd318-319-2022-ntm.json

Mã thoát: 0 = không có lỗi (có thể còn cảnh báo); 1 = có lỗi; 2 = không đọc được tệp.
`,
  schema: `Cách dùng: tieuchi schema [framework|variant|assessment]

In JSON Schema (draft 2020-12) của tệp bộ tiêu chí (mặc định), tệp biến thể (variant) hoặc tệp kết quả
đánh giá (assessment), đúng như tệp schema/<loại>.schema.json trong gói. Ghi vào tệp rồi khai báo
"$schema" trong tệp JSON để trình soạn thảo gợi ý và kiểm tra khi gõ.

Ví dụ:
  tieuchi schema > framework.schema.json
  tieuchi schema assessment > assessment.schema.json
`,
  score: `Cách dùng: tieuchi score <framework.json> <assessment.json> [--context <context.json>] [--require-tier <mã>] [--json] [--lang vi|en]

Chấm một kết quả đánh giá theo bộ tiêu chí: số tiêu chí đạt trên số áp dụng, điểm, xếp loại, các tiêu
chí còn chưa đạt kèm lý do, và khoảng cách tới mức xếp loại kế tiếp.

  --context <context.json>  ngữ cảnh đánh giá (EvaluationContext): kết quả của bộ tiêu chí khác
                            ("outcomes"), giá trị tham chiếu ("references"), kỳ trước ("previous")…
  --require-tier <mã>       mã thoát 1 nếu chưa đạt mức xếp loại này (dùng trong CI)
  --json                    in toàn bộ kết quả chấm (Evaluation) dạng JSON; nếu tệp bị từ chối, in
                            { "valid": false, "input", "file", "issues" }

Một trong các tệp (bộ tiêu chí, kết quả đánh giá hoặc ngữ cảnh) có thể là "-" (đầu vào chuẩn).

Ví dụ:
  tieuchi score fixtures/frameworks/vn-tt124-2021.json fixtures/assessments/xa-a-2023-tt124.json
  tieuchi score bo-tieu-chi.json ket-qua.json --require-tier dat
  tieuchi score bo-tieu-chi.json ket-qua.json --context ngu-canh.json --json

Mã thoát: 0 = đã chấm; 1 = tệp có lỗi, kết quả đánh giá không khớp bộ tiêu chí hoặc chưa đạt mức
--require-tier; 2 = không đọc được tệp, ngữ cảnh không hợp lệ hoặc sai cách dùng.
`,
  demo: `Cách dùng: tieuchi demo [--json] [--out <tệp.html>] [--lang vi|en]

Chấm các kết quả đánh giá mẫu trong fixtures/assessments/index.json: mỗi phường ví dụ của thị xã Cửa Lò,
theo từng bộ tiêu chí và kỳ đánh giá (đạt / tổng, điểm, xếp loại, tiêu chí còn chưa đạt). Cuối cùng
ghi báo cáo HTML của các phường vào tieuchi-report.html trong thư mục tạm của hệ điều hành (hoặc --out)
và in đường dẫn.

  --json   in các dòng kết quả dạng JSON (đường dẫn báo cáo in ra luồng lỗi chuẩn)
  --out    nơi ghi báo cáo HTML

Ví dụ:
  tieuchi demo
  tieuchi demo --lang en --json
`,
  diff: `Cách dùng: tieuchi diff <trước.json> <sau.json> [--framework <framework.json>] [--json] [--lang vi|en]

So sánh hai tệp cùng loại. Hai kết quả đánh giá: chấm cả hai theo bộ tiêu chí của chúng, rồi in các
tiêu chí mới đạt, không còn đạt và thay đổi khác (kèm lý do trước và sau), thay đổi số tiêu chí đạt,
điểm, điểm số, xếp loại, phần đóng góp của từng tiêu chí, và các mục đã sửa. Hai bộ tiêu chí (hai phiên
bản): các mục thêm, bỏ, đổi tên, đổi chỗ, đổi trọng số hoặc chỉ tiêu; các mức xếp loại đổi.

  --framework <framework.json>  bộ tiêu chí để chấm hai kết quả đánh giá (mặc định: bộ tiêu chí mà
                                fixtures/assessments/index.json ghi cho tệp đó, rồi
                                fixtures/frameworks/<mã>.json của gói)
  --json                        in các đối tượng so sánh dạng JSON

Ví dụ:
  tieuchi diff fixtures/assessments/nghi-huong-2023-04-26-qd5764.json fixtures/assessments/nghi-huong-2023-11-02-qd5764.json
  tieuchi diff fixtures/frameworks/vn-qd5764-2021-22.json fixtures/frameworks/vn-cap-kieu-mau-2024-20.json --json

Mã thoát: 0 = không có thay đổi; 1 = có thay đổi; 2 = sai cách dùng, không đọc được tệp, tệp không hợp
lệ, hoặc một tệp là bộ tiêu chí còn tệp kia là kết quả đánh giá.
`,
  report: `Cách dùng: tieuchi report <tệp | thư mục | danh mục>… [--framework <framework.json>] [--out <tệp>] [--format html|md] [--lang vi|en]

Chấm mọi kết quả đánh giá đã cho (tệp, mọi tệp .json của một thư mục, hoặc một danh mục như
fixtures/assessments/index.json) và lập một báo cáo: tiến độ từng đơn vị (số tiêu chí đạt, xếp loại),
diễn biến qua các kỳ, bản đồ đơn vị × tiêu chí, bảng xếp hạng và những tiêu chí còn lại kèm lý do.
Báo cáo HTML là một tệp độc lập (biểu đồ SVG, không tải gì từ mạng), in được trên khổ A4.

  --framework <framework.json>  bộ tiêu chí để chấm (mặc định: theo danh mục, tệp bộ tiêu chí được
                                liệt kê, rồi bộ tiêu chí của gói)
  --out <tệp>                   ghi báo cáo vào tệp và in đường dẫn (mặc định: in ra màn hình)
  --format html|md              định dạng (mặc định: md nếu --out kết thúc bằng .md, còn lại html)

Ví dụ:
  tieuchi report fixtures/assessments/index.json --out bao-cao.html
  tieuchi report fixtures/assessments --format md

Mã thoát: 0 = đã lập báo cáo; 1 = có tệp không dùng được (không lập báo cáo); 2 = sai cách dùng hoặc
không ghi được tệp.
`,
};

const HELP_EN: Record<string, string> = {
  main: `tieuchi: criteria frameworks as data (validate, score, explain).
(Tiếng Việt: mặc định, hoặc --lang vi)

Usage: tieuchi <command> [options]

Commands:
  validate <framework.json>                 check a framework file against the schema and structural rules
  lint <framework.json>                     deeper checks: errors and warnings (unreachable tiers, weights that cannot matter…)
  schema [framework|variant|assessment]     print the JSON Schema of framework, variant or assessment files (for "$schema")
  score <framework.json> <assessment.json>  score one assessment and explain the result
  demo                                      score the example wards of Cửa Lò town
  diff <before.json> <after.json>           compare two assessments (criteria won, lost and why) or two frameworks
  report <files | folder | manifest>…       write an HTML report (with charts) or a Markdown report of many units and periods

Common options:
  --lang vi|en   output language (default: from TIEUCHI_LANG, then LANG; otherwise vi)
  --help, -h     help; "tieuchi <command> --help" for each command
  --version, -v  print the version number
  -              instead of a file name: read standard input (one file per run)

Examples:
  tieuchi validate framework.json
  tieuchi score framework.json assessment.json --lang en
  cat assessment.json | tieuchi score framework.json -

Exit codes: 0 = fine; 1 = the file has errors or a check failed; 2 = wrong usage or a file cannot be read.
`,
  validate: `Usage: tieuchi validate <framework.json> [--json] [--lang vi|en]

Checks a framework file: the schema (fields, types, values) and structural errors (duplicate ids,
references to missing nodes, reference cycles). Prints each issue with its path in the file. A file
with "variantOf" and "operations" is checked as a variant (a provincial set).

  --json   print the issues as JSON

Examples:
  tieuchi validate fixtures/frameworks/vn-tt124-2021.json
  tieuchi validate - --json < framework.json

Exit codes: 0 = valid; 1 = errors; 2 = the file cannot be read or is not JSON (UTF-8).
`,
  lint: `Usage: tieuchi lint <framework.json> [--json] [--lang vi|en]

Validates the file, then runs the lint rules (errors and warnings) on the framework.

  --json   print the issues as JSON

Examples:
  tieuchi lint fixtures/frameworks/vn-qd318-319-2022-ntm.json

Exit codes: 0 = no errors (warnings may remain); 1 = errors; 2 = the file cannot be read.
`,
  schema: `Usage: tieuchi schema [framework|variant|assessment]

Prints the JSON Schema (draft 2020-12) of framework files (the default), variant files or assessment
files, exactly as the package's schema/<kind>.schema.json holds it. Save it and point a file's
"$schema" at it to get completion and checks in an editor.

Examples:
  tieuchi schema > framework.schema.json
  tieuchi schema assessment > assessment.schema.json
`,
  score: `Usage: tieuchi score <framework.json> <assessment.json> [--context <context.json>] [--require-tier <id>] [--json] [--lang vi|en]

Scores an assessment against a framework: criteria met of applicable, points, tier, the criteria still
unmet with their reasons, and the gap to the next tier.

  --context <context.json>  the evaluation context (EvaluationContext): other frameworks'
                            outcomes ("outcomes"), reference values ("references"), the previous period ("previous")…
  --require-tier <id>       exit code 1 when this tier is not reached (for CI pipelines)
  --json                    print the whole evaluation (Evaluation) as JSON; when a file is
                            rejected, { "valid": false, "input", "file", "issues" }

Any one of the files (framework, assessment or context) may be "-" for standard input.

Examples:
  tieuchi score fixtures/frameworks/vn-tt124-2021.json fixtures/assessments/xa-a-2023-tt124.json
  tieuchi score framework.json assessment.json --require-tier dat
  tieuchi score framework.json assessment.json --context context.json --json

Exit codes: 0 = scored; 1 = a file has errors, the assessment does not fit the framework or the
--require-tier tier is not reached; 2 = a file cannot be read, an invalid context or wrong usage.
`,
  demo: `Usage: tieuchi demo [--json] [--out <file.html>] [--lang vi|en]

Scores the sample assessments listed in fixtures/assessments/index.json: each example ward of Cửa Lò
town, per framework and period (met / total, points, tier, criteria still unmet). Ends by writing the
HTML report of the wards to tieuchi-report.html in the OS temporary folder (or --out) and printing its
path.

  --json   print the rows as JSON (the report's path goes to standard error)
  --out    where to write the HTML report

Examples:
  tieuchi demo
  tieuchi demo --lang en --json
`,
  diff: `Usage: tieuchi diff <before.json> <after.json> [--framework <framework.json>] [--json] [--lang vi|en]

Compares two files of one kind. Two assessments: both are evaluated against their framework, then the
criteria won, lost and otherwise changed (with the reason before and after), the change of criteria
met, points, score and tier, each criterion's contribution to the change, and the edited entries are
printed. Two frameworks (two versions): nodes added, removed, renamed, moved, re-weighted or
re-targeted; tiers changed.

  --framework <framework.json>  the framework to evaluate both assessments against (default: the one
                                fixtures/assessments/index.json names for that file, then the
                                package's fixtures/frameworks/<id>.json)
  --json                        print the diff objects as JSON

Examples:
  tieuchi diff fixtures/assessments/nghi-huong-2023-04-26-qd5764.json fixtures/assessments/nghi-huong-2023-11-02-qd5764.json --lang en
  tieuchi diff fixtures/frameworks/vn-qd5764-2021-22.json fixtures/frameworks/vn-cap-kieu-mau-2024-20.json --json

Exit codes: 0 = no changes; 1 = something changed; 2 = wrong usage, a file that cannot be read or is
invalid, or a framework compared with an assessment.
`,
  report: `Usage: tieuchi report <files | folder | manifest>… [--framework <framework.json>] [--out <file>] [--format html|md] [--lang vi|en]

Evaluates every assessment given (files, every .json file of a folder, or a manifest such as
fixtures/assessments/index.json) and writes one report: each unit's progress (criteria met, tier), the
trend over periods, the unit × criterion map, the league table and what is left with reasons. The HTML
report is one self-contained file (SVG charts, nothing loaded from the network) that prints on A4.

  --framework <framework.json>  the framework to evaluate against (default: the manifest's, a listed
                                framework file, then the package's bundled one)
  --out <file>                  write the report to a file and print its path (default: print it)
  --format html|md              the format (default: md when --out ends in .md, else html)

Examples:
  tieuchi report fixtures/assessments/index.json --out report.html --lang en
  tieuchi report fixtures/assessments --format md --lang en

Exit codes: 0 = report written; 1 = an input could not be used (no report written); 2 = wrong usage or
the file cannot be written.
`,
};

/**
 * Returns the help text of a command (or of the CLI as a whole) in the given language.
 *
 * @param command - A command name, or `"main"` for the overview.
 * @param lang - Output language.
 * @returns The help text, ending in a newline.
 * @example
 * helpText("schema", "en").split("\n")[0]
 * //=> "Usage: tieuchi schema [framework|variant|assessment]"
 * @category CLI
 */
export function helpText(command: string, lang: CliLanguage): string {
  const table = lang === "vi" ? HELP_VI : HELP_EN;
  return table[command] ?? table.main!;
}
