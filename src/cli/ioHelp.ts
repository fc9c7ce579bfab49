/*
 * Help of issue 11: import, export, and the many-files way of validate, lint and score, in
 * Vietnamese and English (merged into the tables of helpText.ts).
 */

/** The help of `import` and `export`, by language. */
export const IO_HELP: Readonly<Record<"vi" | "en", Readonly<Record<string, string>>>> = {
  vi: {
    import: `Cách dùng: tieuchi import <tệp.csv|-> --framework <framework.json|.yaml> [--out <thư mục>] [--wide|--long] [--json] [--lang vi|en]

Đọc bảng tính CSV thành các kết quả đánh giá. Dạng rộng: mỗi dòng một đơn vị và một kỳ, mỗi cột một
tiêu chí (tiêu đề là mã hoặc tên tiêu chí, tiếng Việt hoặc tiếng Anh). Dạng dài: mỗi dòng một tiêu chí
(cột unit, period, node, value, status, evidence…). Nhận UTF-8 có hoặc không có BOM, dòng "sep=;" của
Excel, dấu phân cách "," ";" hoặc tab. Ô được đọc theo kiểu giá trị của tiêu chí: đạt / không đạt, có /
không, x, 1 / 0 (có dấu hay không dấu), số với dấu phẩy thập phân (12,5), phần trăm (64%), ngày
dd/mm/yyyy (30/02/2023 là lỗi), mức theo mã hoặc tên.

Mỗi ô không đọc được, mỗi cột lạ, mỗi ô nằm ngoài các cột được báo kèm dòng, cột và tiêu đề; khi có
lỗi, không ghi tệp nào.

  --framework <tệp>  bộ tiêu chí của bảng tính (JSON hoặc YAML; bắt buộc)
  --out <thư mục>    ghi mỗi kết quả đánh giá thành <mã đơn vị>-<kỳ>.json và danh mục index.json (để
                     "tieuchi score <thư mục>" tìm được bộ tiêu chí); không có: in danh sách JSON
  --wide, --long     ép dạng bảng (mặc định: dạng dài nếu có cột node / Tiêu chí)
  --json             in { "ok", "form", "delimiter", "files" hoặc "assessments", "issues" }

Ví dụ:
  tieuchi import fixtures/csv/cua-lo-wards-qd9745-wide.csv --framework fixtures/frameworks/vn-qd9745-2022-34.json --out assessments/
  tieuchi import phuong.csv --framework bo-tieu-chi.yaml --json

Mã thoát: 0 = đã đọc (có thể có cảnh báo); 1 = có ô, cột hoặc dòng lỗi; 2 = sai cách dùng hoặc không
đọc được tệp.
`,
    export: `Cách dùng: tieuchi export <kết quả…|thư mục|mẫu *.json|danh mục> [--framework <tệp>] [--wide|--long] [--headers id|title] [--style plain|excel] [--out <tệp.csv>] [--json] [--lang vi|en]

Ghi các kết quả đánh giá (cùng một bộ tiêu chí) thành một tệp CSV, đọc lại bằng "tieuchi import" ra
đúng các kết quả đó.

  --wide, --long       dạng rộng (mặc định) hoặc dài
  --headers id|title   tiêu đề cột là mã (mặc định) hoặc tên theo --lang
  --style plain|excel  plain (mặc định): dấu ",", ngày ISO, mã kết quả — DuckDB và pandas đọc ngay;
                       excel: BOM, dấu ";", ngày dd/mm/yyyy, dấu phẩy thập phân, chữ (đạt, có)
  --out <tệp.csv>      ghi vào tệp thay vì đầu ra chuẩn
  --json               in { "ok", "file" hoặc "csv", "assessments", "issues" }

Ví dụ:
  tieuchi export "fixtures/assessments/*-qd9745.json" --style excel --headers title > phuong.csv
  tieuchi export assessments/ --long --out ket-qua-dai.csv

Mã thoát: 0 = đã ghi; 1 = có mục không ghi được vào CSV (đã báo); 2 = sai cách dùng, tệp không dùng
được hoặc kết quả thuộc nhiều bộ tiêu chí.
`,
  },
  en: {
    import: `Usage: tieuchi import <file.csv|-> --framework <framework.json|.yaml> [--out <folder>] [--wide|--long] [--json] [--lang vi|en]

Reads a CSV spreadsheet into assessments. Wide form: one row per unit and period, one column per
criterion (headers are node ids or titles, in Vietnamese or English). Long form: one row per criterion
(columns unit, period, node, value, status, evidence…). UTF-8 with or without a byte order mark, Excel's
"sep=;" line, "," ";" or tab delimiters. Cells are read by the criterion's value type: met / not met,
yes / no, x, 1 / 0 (Vietnamese words with or without their marks), numbers with a decimal comma (12,5),
percentages (64%), dates dd/mm/yyyy (30/02/2023 is an error), levels by id or title.

Every cell that cannot be read, every unknown column and every cell outside the columns is reported with
its line, column and header; when there is an error, no file is written.

  --framework <file>  the framework of the spreadsheet (JSON or YAML; required)
  --out <folder>      write each assessment as <unit>-<period>.json and an index.json manifest (so that
                      "tieuchi score <folder>" finds the framework); without it, print a JSON list
  --wide, --long      force the form (default: long when a node / Tiêu chí column is present)
  --json              print { "ok", "form", "delimiter", "files" or "assessments", "issues" }

Examples:
  tieuchi import fixtures/csv/cua-lo-wards-qd9745-wide.csv --framework fixtures/frameworks/vn-qd9745-2022-34.json --out assessments/
  tieuchi import wards.csv --framework framework.yaml --json

Exit codes: 0 = read (warnings allowed); 1 = a cell, column or row has an error; 2 = wrong usage or a
file cannot be read.
`,
    export: `Usage: tieuchi export <assessments…|folder|*.json pattern|manifest> [--framework <file>] [--wide|--long] [--headers id|title] [--style plain|excel] [--out <file.csv>] [--json] [--lang vi|en]

Writes assessments (of one framework) as one CSV file, which "tieuchi import" reads back as the same
assessments.

  --wide, --long       wide form (default) or long
  --headers id|title   column headers by id (default) or by title in --lang
  --style plain|excel  plain (default): ",", ISO dates, status codes — what DuckDB and pandas read as is;
                       excel: a byte order mark, ";", dd/mm/yyyy, decimal commas, words (đạt, có)
  --out <file.csv>     write to a file instead of standard output
  --json               print { "ok", "file" or "csv", "assessments", "issues" }

Examples:
  tieuchi export "fixtures/assessments/*-qd9745.json" --style excel --headers title > wards.csv
  tieuchi export assessments/ --long --out long.csv

Exit codes: 0 = written; 1 = something could not be written to CSV (reported); 2 = wrong usage, an
unusable file, or assessments of several frameworks.
`,
  },
};

/** The paragraph added to `validate`, `lint` and `score`: many inputs at once. */
export const MANY_HELP: Readonly<Record<"vi" | "en", Readonly<Record<string, string>>>> = {
  vi: {
    validate: `
Nhiều tệp một lần: tieuchi validate <tệp…|thư mục|mẫu *.json|danh mục> [--framework <tệp>]
  Mỗi bộ tiêu chí được kiểm tra; mỗi kết quả đánh giá được kiểm tra với bộ tiêu chí của nó (--framework,
  bộ tiêu chí danh mục ghi, tệp bộ tiêu chí trong danh sách, hoặc bộ tiêu chí đi kèm gói). JSON hoặc
  YAML. Dòng cuối tóm tắt; --json in { "valid", "files", "problems" }.
  tieuchi validate fixtures/assessments/index.json
  tieuchi validate "assessments/*.json" --framework bo-tieu-chi.yaml
`,
    lint: `
Nhiều tệp một lần: tieuchi lint <tệp…|thư mục|mẫu *.json|danh mục> [--framework <tệp>]
  Như "validate", kèm các cảnh báo của từng bộ tiêu chí và từng kết quả đánh giá.
  tieuchi lint fixtures/frameworks/vn-tt124-2021.json "fixtures/assessments/*-tt124.json"
`,
    score: `
Nhiều kết quả một lần: tieuchi score <kết quả…|thư mục|mẫu *.json|danh mục> [--framework <tệp>]
  Chấm từng kết quả theo bộ tiêu chí của nó (ngữ cảnh của danh mục, nếu có, thay cho --context); in lần
  lượt từng báo cáo, hoặc với --json một danh sách { "file", "framework", "valid", "evaluation" }. Trên
  terminal, một dòng tiến độ hiện ở đầu ra lỗi khi việc chạy quá một giây.
  tieuchi score "fixtures/assessments/*-qd9745.json" --require-tier dien_hinh
`,
  },
  en: {
    validate: `
Many files at once: tieuchi validate <files…|folder|*.json pattern|manifest> [--framework <file>]
  Every framework is validated; every assessment is checked against its framework (--framework, the
  one its manifest names, a framework file among the inputs, or the package's bundled one). JSON or
  YAML. A summary line ends the output; --json prints { "valid", "files", "problems" }.
  tieuchi validate fixtures/assessments/index.json
  tieuchi validate "assessments/*.json" --framework framework.yaml
`,
    lint: `
Many files at once: tieuchi lint <files…|folder|*.json pattern|manifest> [--framework <file>]
  As "validate", with the warnings of each framework and each assessment.
  tieuchi lint fixtures/frameworks/vn-tt124-2021.json "fixtures/assessments/*-tt124.json"
`,
    score: `
Many assessments at once: tieuchi score <assessments…|folder|*.json pattern|manifest> [--framework <file>]
  Scores each assessment against its framework (a manifest's context, when given, instead of --context);
  prints one report after another, or with --json a list of { "file", "framework", "valid",
  "evaluation" }. On a terminal, a progress line shows on standard error once a run takes over a second.
  tieuchi score "fixtures/assessments/*-qd9745.json" --require-tier dien_hinh
`,
  },
};
