// CSV with a header row naming at least title and abstract (RFC 4180 quoting, so cells may hold
// commas, quotes and newlines), read as a stream. csv-parse keeps a cell being read in one growing
// buffer, so a huge cell is read in linear time (papaparse re-reads an unfinished row from its start
// at every chunk). Every problem names the row's first line and its row number.
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import type { Problem } from "./record.ts";
import type { RawItem } from "./stream.ts";
import { findKey } from "./fields.ts";

const isPaperHeader = (header: string[]) => findKey(header, "title") !== undefined && findKey(header, "abstract") !== undefined;

/** Whether the first line of a text is a CSV header naming a title and an abstract. */
export function csvHeaderHasPaperFields(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]!;
  try {
    return isPaperHeader((parseSync(firstLine, { relax_quotes: true, relax_column_count: true }) as string[][])[0] ?? []);
  } catch {
    return false;
  }
}

/** Line breaks inside a record's text (not the one that ends it). */
function innerBreaks(raw: string): number {
  let breaks = 0;
  for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) breaks++;
  return raw.endsWith("\n") ? breaks - 1 : breaks;
}

/**
 * The rows of a CSV stream as raw records. A row with the wrong number of cells or broken quoting
 * is rejected and reading goes on; a quote left open runs to the end and is rejected there.
 */
export async function* csvRows(text: Readable): AsyncGenerator<RawItem> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, info: true, raw: true });
  // Skipped rows are told while parsing runs ahead of the rows read below, so each is kept with the
  // number of rows parsed before it and yielded in its place; a row's number counts both kinds.
  const skipped: { before: number; problem: Problem }[] = [];
  let skips = 0;
  parser.on("skip", (error: Error & { lines?: number }) => {
    const before = parser.info.records;
    skipped.push({ before, problem: { location: `line ${error.lines ?? "?"} (row ${before + ++skips})`, reason: `malformed CSV row: ${error.message}` } });
  });
  text.on("error", (error) => parser.destroy(error));
  text.pipe(parser);
  let header: string[] | null = null;
  let skipsYielded = 0;
  for await (const { record: cells, info, raw } of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number }; raw: string }>) {
    while (skipped.length && skipped[0]!.before < info.records) {
      skipsYielded++;
      yield { kind: "rejection", problem: skipped.shift()!.problem };
    }
    const row = info.records + skipsYielded;
    if (!header) {
      if (!isPaperHeader(cells)) {
        text.destroy();
        yield { kind: "rejection", problem: { location: "line 1", reason: "CSV header must name a title and an abstract (or summary) column" } };
        return;
      }
      header = cells;
      continue;
    }
    const location = `line ${info.lines - innerBreaks(raw)} (row ${row})`;
    if (cells.length !== header.length) {
      const which = cells.length > header.length ? "too many" : "too few";
      yield { kind: "rejection", problem: { location, reason: `malformed CSV row: ${which} fields (expected ${header.length}, found ${cells.length})` } };
      continue;
    }
    yield { kind: "raw", raw: { kind: "fields", location, fields: Object.fromEntries(header.map((name, i) => [name, cells[i]!])) } };
  }
  for (const { problem } of skipped) yield { kind: "rejection", problem };
}
