import { IO_HELP, MANY_HELP } from "./ioHelp.js";
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
  trend <framework.json> <kết quả…>         diễn biến qua các kỳ của từng đơn vị: số tiêu chí đạt, giảm sút, dự báo
  import <tệp.csv> --framework <tệp>        đọc bảng tính CSV (dạng rộng hoặc dài) thành các kết quả đánh giá
  export <kết quả…>                         ghi các kết quả đánh giá thành CSV (dạng rộng hoặc dài, kiểu Excel)
  rank <tệp|thư mục|danh mục>…              xếp hạng nhiều đơn vị, tiêu chí nhiều đơn vị chưa đạt, đơn vị gần được công nhận nhất
  review <bình-xét.json> <tệp|thư mục>…     bình xét cuối năm: xếp loại, hạn mức, giới hạn theo đơn vị cấp trên
  report <tệp | thư mục | danh mục>…        lập báo cáo HTML (biểu đồ) hoặc Markdown cho nhiều đơn vị, nhiều kỳ

validate, lint và score nhận nhiều tệp, thư mục, mẫu ("ket-qua/*.json") hoặc danh mục (JSON hoặc YAML).

Tuỳ chọn chung:
  --lang vi|en   ngôn ngữ đầu ra (mặc định: theo biến môi trường TIEUCHI_LANG, rồi LANG; nếu không có: vi)
  --help, -h     hướng dẫn; "tieuchi <lệnh> --help" cho từng lệnh
  --version, -v  in số phiên bản
  -              thay cho tên tệp: đọc từ đầu vào chuẩn (mỗi lần chạy chỉ một tệp)

Ví dụ:
  tieuchi validate bo-tieu-chi.json
  tieuchi score bo-tieu-chi.json ket-qua.json --lang en
  cat ket-qua.json | tieuchi score bo-tieu-chi.json -
  tieuchi import phuong.csv --framework bo-tieu-chi.json --out ket-qua/
  tieuchi score ket-qua/

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
  trend: `Cách dùng: tieuchi trend <framework.json> <kết quả đánh giá: tệp, thư mục hoặc danh mục>… [--json] [--lang vi|en]

Diễn biến qua các kỳ của từng đơn vị (theo mã đơn vị): bảng các kỳ (số tiêu chí đạt, thay đổi, xếp loại,
tiêu chí mới đạt và không còn đạt; ▼ = giảm sút; ‖ = bộ tiêu chí đổi từ kỳ này), một vạch ▁…█ mỗi kỳ
cạnh tên đơn vị, một dòng cho mỗi tiêu chí với một dấu mỗi kỳ (✓ ✗ ? ! – ·, luôn in, kể cả khi không
ra màn hình), các khoảng trống giữa các kỳ, và dự báo theo tốc độ đã đạt kèm cách tính. Chỉ dùng các kết
quả theo bộ tiêu chí đã cho và các bộ nối với nó qua "successor" / "predecessor" (ví dụ QĐ 5764 → bộ
2024); các bộ tiêu chí đó phải có trong danh mục hoặc trong danh sách tệp.

  --json   in { framework, trends, skipped, problems } dạng JSON

Ví dụ:
  tieuchi trend fixtures/frameworks/vn-qd5764-2021-22.json fixtures/assessments/nghi-huong-2023-04-26-qd5764.json fixtures/assessments/nghi-huong-2023-11-02-qd5764.json
  tieuchi trend fixtures/frameworks/vn-qd9745-2022-34.json fixtures/assessments/index.json --json

Mã thoát: 0 = không có giảm sút; 1 = có giảm sút, có tệp không dùng được hoặc lỗi trong chuỗi kỳ;
2 = sai cách dùng, không đọc được tệp bộ tiêu chí hoặc không có kết quả đánh giá nào theo bộ tiêu chí đó.
`,
  rank: `Cách dùng: tieuchi rank <tệp|thư mục|danh mục>… [--by count|points|score|tier] [--ties competition|dense|fractional] [--group-by region|parent|kind|class] [--framework <framework.json>] [--json] [--lang vi|en]

Chấm các kết quả đánh giá, rồi với từng bộ tiêu chí và từng kỳ: in bảng xếp hạng (cùng giá trị thì
theo mã đơn vị), bách phân vị, hạng trong nhóm, các tiêu chí không đạt ở quá 50% số đơn vị (theo nhóm
khi có --group-by) và các đơn vị còn ít tiêu chí nhất để đạt mức tiếp theo.

  --by        xếp theo số tiêu chí đạt, số điểm, điểm số (mặc định) hoặc mức đạt
  --ties      đồng hạng kiểu 1224 (competition, mặc định), 1223 (dense) hoặc trung bình (fractional)
  --group-by  xếp hạng trong nhóm: vùng, đơn vị cấp trên, loại đơn vị hoặc hạng
  --json      in { groups: [{ framework, period, comparison }], problems }

Ví dụ:
  tieuchi rank fixtures/assessments/index.json --by count --group-by parent

Mã thoát: 0 = ổn; 1 = có tệp không dùng được hoặc đơn vị bị bỏ qua (bộ tiêu chí khác, trùng mã);
2 = sai cách dùng hoặc không đọc được gì.
`,
  review: `Cách dùng: tieuchi review <bình-xét.json> <tệp|thư mục|danh mục>… [--facts <facts.json>] [--framework <framework.json>] [--json] [--lang vi|en]

Bình xét cuối năm theo một định nghĩa bình xét (schema/review.schema.json): xếp loại từng đơn vị từ
kết quả đánh giá, không xếp loại đơn vị không đủ điều kiện, giới hạn theo xếp loại của đơn vị cấp trên,
áp dụng hạn mức (ví dụ số "xuất sắc" không quá 20% số "hoàn thành tốt") và in ai bị hạ, vì sao.

  --facts <facts.json>  { "<mã đơn vị>": { "operatingSince": "2023-04-01", "underComplaint": true, "newlyTransferred": true } }
  --json                in { review, groups: [{ framework, period, result }], problems }

Ví dụ:
  tieuchi review fixtures/reviews/example-cua-lo-wards-hd01-rules.json fixtures/assessments/index.json

Mã thoát: 0 = ổn; 1 = định nghĩa không hợp lệ, có tệp không dùng được hoặc đơn vị bị bỏ qua; 2 = sai
cách dùng hoặc không đọc được tệp.
`,
  report: `Cách dùng: tieuchi report <tệp | thư mục | danh mục | tệp.csv>… [--framework <framework.json>] [--review <bình-xét.json> [--facts <facts.json>]] [--out <tệp>] [--format html|md] [--lang vi|en]

Chấm mọi kết quả đánh giá đã cho (tệp, mọi tệp .json của một thư mục, một danh mục như
fixtures/assessments/index.json, hoặc tệp CSV đọc theo --framework như "tieuchi import") và lập một báo cáo: tiến độ từng đơn vị (số tiêu chí đạt, xếp loại),
diễn biến qua các kỳ, bản đồ đơn vị × tiêu chí, bảng xếp hạng và những tiêu chí còn lại kèm lý do.
Báo cáo HTML là một tệp độc lập (biểu đồ SVG, không tải gì từ mạng), in được trên khổ A4.

  --framework <framework.json>  bộ tiêu chí để chấm (mặc định: theo danh mục, tệp bộ tiêu chí được
                                liệt kê, rồi bộ tiêu chí của gói)
  --out <tệp>                   ghi báo cáo vào tệp và in đường dẫn (mặc định: in ra màn hình)
  --format html|md              định dạng (mặc định: md nếu --out kết thúc bằng .md, còn lại html)
  --review <bình-xét.json>      bình xét (như "tieuchi review") kỳ gần nhất của bộ tiêu chí được bình xét
                                và đưa kết quả, hạn mức vào báo cáo
  --facts <facts.json>          thông tin từng đơn vị cho --review

Ví dụ:
  tieuchi report fixtures/assessments/index.json --out bao-cao.html
  tieuchi report fixtures/assessments --format md
  tieuchi report fixtures/csv/cua-lo-wards-qd9745-wide.csv --framework fixtures/frameworks/vn-qd9745-2022-34.json --review fixtures/reviews/example-cua-lo-wards-hd01-rules.json --out bao-cao.html

Mã thoát: 0 = đã lập báo cáo; 1 = có tệp không dùng được, một ô CSV sai (in dòng và cột) hoặc định nghĩa
bình xét không hợp lệ (không lập báo cáo); 2 = sai cách dùng (tệp CSV thiếu --framework) hoặc không đọc,
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
  trend <framework.json> <assessments…>     each unit period by period: criteria met, regressions, projection
  import <file.csv> --framework <file>      read a CSV spreadsheet (wide or long) into assessments
  export <assessments…>                     write assessments as CSV (wide or long, Excel style)
  rank <file|folder|manifest>…              league table of many units, criteria most units miss, who is closest to recognition
  review <review.json> <file|folder>…       year-end review: ratings, quotas, the cap by the parent unit
  report <files | folder | manifest>…       write an HTML report (with charts) or a Markdown report of many units and periods

validate, lint and score take many files, folders, patterns ("results/*.json") or manifests (JSON or YAML).

Common options:
  --lang vi|en   output language (default: from TIEUCHI_LANG, then LANG; otherwise vi)
  --help, -h     help; "tieuchi <command> --help" for each command
  --version, -v  print the version number
  -              instead of a file name: read standard input (one file per run)

Examples:
  tieuchi validate framework.json
  tieuchi score framework.json assessment.json --lang en
  cat assessment.json | tieuchi score framework.json -
  tieuchi import wards.csv --framework framework.json --out results/
  tieuchi score results/

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
  trend: `Usage: tieuchi trend <framework.json> <assessments: files, folders or manifests>… [--json] [--lang vi|en]

Each unit (by subject id) period by period: a table of periods (criteria met, change, tier, criteria won
and lost; ▼ = regression; ‖ = the framework changed at this period), a bar ▁…█ per period beside the
unit's name, one line per criterion with a mark per period (✓ ✗ ? ! – ·, always printed, terminal or
not), gaps between periods, and the projection at the observed pace with its method. Only assessments
of the given framework and of those linked to it by "successor" / "predecessor" (e.g. QĐ 5764 → the
2024 set) are used; those frameworks must be in the manifest or among the files.

  --json   print { framework, trends, skipped, problems } as JSON

Examples:
  tieuchi trend fixtures/frameworks/vn-qd5764-2021-22.json fixtures/assessments/nghi-huong-2023-04-26-qd5764.json fixtures/assessments/nghi-huong-2023-11-02-qd5764.json --lang en
  tieuchi trend fixtures/frameworks/vn-qd9745-2022-34.json fixtures/assessments/index.json --json

Exit codes: 0 = no regression; 1 = a regression, an unusable file, or an error in a series; 2 = wrong
usage, an unreadable framework file, or no assessment of that framework.
`,
  rank: `Usage: tieuchi rank <file|folder|manifest>… [--by count|points|score|tier] [--ties competition|dense|fractional] [--group-by region|parent|kind|class] [--framework <framework.json>] [--json] [--lang vi|en]

Scores the assessments, then for each framework and period prints the league table (equal values by
subject id), percentiles, ranks within groups, the criteria not met in more than 50% of the units (per
group with --group-by) and the units with the fewest criteria left to their next tier.

  --by        rank by criteria met, points, score (the default) or tier reached
  --ties      ties as 1224 (competition, the default), 1223 (dense) or fractional
  --group-by  also rank within groups: region, parent unit, subject kind or class
  --json      print { groups: [{ framework, period, comparison }], problems }

Examples:
  tieuchi rank fixtures/assessments/index.json --by count --group-by parent

Exit codes: 0 = fine; 1 = a file could not be used or a unit was left out (another framework, a
duplicate subject); 2 = wrong usage or nothing could be read.
`,
  review: `Usage: tieuchi review <review.json> <file|folder|manifest>… [--facts <facts.json>] [--framework <framework.json>] [--json] [--lang vi|en]

The year-end review by a review definition (schema/review.schema.json): rates each unit from its
evaluation, leaves ineligible units unrated, caps ratings by the parent unit's, applies the quotas (e.g.
"excellent" at most 20% of "good") and prints who was moved down and why.

  --facts <facts.json>  { "<subject id>": { "operatingSince": "2023-04-01", "underComplaint": true, "newlyTransferred": true } }
  --json                print { review, groups: [{ framework, period, result }], problems }

Examples:
  tieuchi review fixtures/reviews/example-cua-lo-wards-hd01-rules.json fixtures/assessments/index.json

Exit codes: 0 = fine; 1 = the definition is invalid, a file could not be used or a unit was left out;
2 = wrong usage or a file cannot be read.
`,
  report: `Usage: tieuchi report <files | folder | manifest | file.csv>… [--framework <framework.json>] [--review <review.json> [--facts <facts.json>]] [--out <file>] [--format html|md] [--lang vi|en]

Evaluates every assessment given (files, every .json file of a folder, a manifest such as
fixtures/assessments/index.json, or CSV files read against --framework as "tieuchi import" reads them)
and writes one report: each unit's progress (criteria met, tier), the
trend over periods, the unit × criterion map, the league table and what is left with reasons. The HTML
report is one self-contained file (SVG charts, nothing loaded from the network) that prints on A4.

  --framework <framework.json>  the framework to evaluate against (default: the manifest's, a listed
                                framework file, then the package's bundled one)
  --out <file>                  write the report to a file and print its path (default: print it)
  --format html|md              the format (default: md when --out ends in .md, else html)
  --review <review.json>        run the review (as "tieuchi review") on the latest period of its
                                framework and add the ratings and quotas to the report
  --facts <facts.json>          facts per unit for --review

Examples:
  tieuchi report fixtures/assessments/index.json --out report.html --lang en
  tieuchi report fixtures/assessments --format md --lang en
  tieuchi report fixtures/csv/cua-lo-wards-qd9745-wide.csv --framework fixtures/frameworks/vn-qd9745-2022-34.json --review fixtures/reviews/example-cua-lo-wards-hd01-rules.json --out report.html --lang en

Exit codes: 0 = report written; 1 = an input could not be used, a CSV cell is wrong (its line and column
are printed) or the review definition is invalid (no report written); 2 = wrong usage (a CSV file
without --framework) or a file that cannot be read or written.
`,
};

// issue 11: import and export, and the many-files way of validate, lint and score (src/cli/ioHelp.ts)
Object.assign(HELP_VI, IO_HELP.vi);
Object.assign(HELP_EN, IO_HELP.en);
for (const command of ["validate", "lint", "score"]) {
  HELP_VI[command] = `${HELP_VI[command]}${MANY_HELP.vi[command]}`;
  HELP_EN[command] = `${HELP_EN[command]}${MANY_HELP.en[command]}`;
}

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
