/** The --help text. Kept in step with docs/cli.md. */
export const HELP = `claimtrack — claims, quantities, sources and discrepancies from news text

Usage:
  claimtrack extract FILE...            one JSON Extraction per file, one per line (id = the path)
  claimtrack extract --jsonl            read {"id","text","outlet"?,"publishedAt"?} lines on stdin,
                                        write one result line per input line, in order
  claimtrack compare FILE...            extract every file, report quantity groups and discrepancies
                                        across all of them (members are "FILE#quantityId")
  claimtrack compare --jsonl            the same over documents read as lines on stdin
  claimtrack ingest FILE|DIR...         load .txt/.md/.html files into DATABASE_URL (progress on stderr;
                                        already stored files skipped by hash; bad files reported, skipped)
  claimtrack export --format F [...]    the claims table's rows as csv|json|jsonl|claimreview, same filters
                                        and sort as /claims (--status --source --flag --document --q --sort
                                        --dir --out FILE); "claimtrack export --help" lists them
  claimtrack import FILE.jsonl          load a JSONL export into an empty database
  claimtrack schema [NAME]              print a JSON Schema: extraction (default), compare,
                                        line-error, file-error, input (a --jsonl input line)

Options:
  --jsonl                 read documents from stdin, one JSON object per line
  --pretty                indent JSON output (FILE mode and compare)
  --outlet NAME           outlet for FILE inputs
  --published-at DATE     ISO publication date for FILE inputs (reference for relative dates)
  -h, --help              this text

Exit codes:
  0  every input was processed
  1  at least one input failed (unreadable file, malformed line, extraction error); its error object
     {"id","line"?,"error":{"code","message"}} was written in its place and the run went on
  2  usage error (unknown command or option, no FILE given)

From npm: npm run --silent claimtrack -- extract article.txt
`;
