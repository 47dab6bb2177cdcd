/** The text of `xxgk --help`. */
export const helpText = `Usage: xxgk <command> [options] <files, folders or globs…>

Parse 政府信息公开工作年度报告 (annual information-disclosure reports) in text,
.docx or html into records, many files at once, in parallel.

Commands:
  parse <inputs…>       write one record per file, in path order
  check <inputs…>       print each report's diagnostics, like a linter
  schema                print the JSON Schema of a parsed record
  codebook              print what each cell column means: id, 表, row and
                        column labels, unit, template

Options:
  -f, --format <name>   parse output: csv (one row per file, a column per cell),
                        csv-long (one row per file and cell), ndjson or json
                        (full records), xlsx (an Excel workbook: the csv rows
                        and the codebook; needs --out or a redirect);
                        default: csv
                        codebook output: csv, md or json; default: csv
      --headers <lang>  parse, csv and xlsx: column headers as cell ids (id)
                        or the form's Chinese labels (zh); default: id
  -o, --out <file>      parse: write the output to a file instead of stdout
      --bom             parse: start CSV output with a byte order mark (Excel)
  -j, --jobs <n>        worker threads; 1 parses in the main thread; default:
                        1 on up to 2 cores, else one per core but one
  -q, --quiet           parse, check: no progress on stderr (the summary is
                        still printed)
      --severity <s>    check: least severe level to print (error, warning,
                        info); default: warning
      --summary         check: one row per file (status, counts by severity
                        and by rule) instead of each diagnostic
      --lang <lang>     check: messages in English (en) or Chinese (zh);
                        default: en
  -h, --help            print this help
  -v, --version         print the version

Each parsed report's status is ok (every cell read, or left blank or marked
by the report), or partial (a table missing, or cells null that could not
be read); cellsRead, cellsNull and checksFailed say how much.

Folders are walked for .txt .md .markdown .docx .pdf .html .htm .shtml .xhtml
files, and for .doc .wps reports, which are listed as failed
(UNSUPPORTED_FORMAT: save them as .docx first), skipping hidden entries and
node_modules; files named explicitly are read whatever their extension; globs
are expanded ('reports/**/*.docx').

Progress goes to stderr: a bar on a terminal, or when stderr is a log or a
pipe a plain line every 5 seconds (files done, rate, time left); a summary
is printed on stderr at the end. Ctrl-C stops the batch and leaves a valid,
shorter output.

Exit codes:
  0    done (parse: failed files are rows with status failed)
  1    check: an error diagnostic or a failed file; any command: a crash
  2    bad usage, or no file to read
  130  interrupted

Examples:
  xxgk parse reports/ --out reports.csv --bom
  xxgk parse 'reports/**/*.docx' --format ndjson > reports.ndjson
  xxgk parse reports/ --format xlsx --headers zh --out reports.xlsx
  xxgk check reports/2023
  xxgk check reports/2023 --summary --lang zh
  xxgk schema > report.schema.json
  xxgk codebook --format md > codebook.md
`
