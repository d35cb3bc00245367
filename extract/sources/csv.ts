// CSV with a header row naming at least title and abstract (RFC 4180 quoting, so cells may hold
// commas, quotes and newlines). Rows are read one at a time so that every problem names its line.
import Papa from "papaparse";
import type { Problem, ReadResult, SourceRecord } from "./record.ts";
import { findKey, isProblem, recordFromFields } from "./fields.ts";

export function csvHeaderHasPaperFields(text: string): boolean {
  const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { preview: 1 }).data[0] ?? [];
  return findKey(header, "title") !== undefined && findKey(header, "abstract") !== undefined;
}

export function readCsv(text: string): ReadResult {
  const records: SourceRecord[] = [];
  const rejections: Problem[] = [];
  const warnings: Problem[] = [];
  const body = text.replace(/^\uFEFF/, "");
  if (!csvHeaderHasPaperFields(body)) {
    rejections.push({ location: "line 1", reason: "CSV header must name a title and an abstract (or summary) column" });
    return { format: "csv", records, rejections, warnings };
  }
  // Rows are located by the parser's cursor (which sits where the next row begins); lines are
  // counted incrementally so that locating every row stays linear in the file size.
  let rowStart = body.indexOf("\n") + 1;
  let counted = 0;
  let line = 1;
  let rowNumber = 1;
  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: "greedy",
    step: (row) => {
      rowNumber++;
      while (body[rowStart] === "\n" || body[rowStart] === "\r") rowStart++;
      for (let i = body.indexOf("\n", counted); i !== -1 && i < rowStart; i = body.indexOf("\n", i + 1)) line++;
      counted = rowStart;
      const location = `line ${line} (row ${rowNumber})`;
      rowStart = row.meta.cursor;
      const error = row.errors[0];
      if (error) {
        rejections.push({ location, reason: `malformed CSV row: ${error.message}` });
        return;
      }
      const result = recordFromFields(row.data, location, warnings);
      if (isProblem(result)) rejections.push(result);
      else records.push(result);
    },
  });
  return { format: "csv", records, rejections, warnings };
}
