// Reading inputs as streams, for dumps far larger than memory: JSON Lines and CSV (also gzipped)
// are read record by record; the other formats (pages copied from Hugging Face, Atom feeds, JSON
// arrays) are small by nature and are read whole through the ordinary readers.
import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";
import Papa from "papaparse";
import type { InputFormat } from "../schema.ts";
import type { Problem, SourceRecord } from "../sources/record.ts";
import { detectFormat, readFileAsText, readText } from "../sources/index.ts";
import { csvHeaderHasPaperFields } from "../sources/csv.ts";
import { isProblem, recordFromFields } from "../sources/fields.ts";

export type StreamItem =
  | { kind: "format"; format: InputFormat }
  | { kind: "record"; record: SourceRecord }
  | { kind: "rejection"; problem: Problem }
  | { kind: "warning"; problem: Problem };

/**
 * A record as read, before its fields are made into a SourceRecord. That step (JSON parsing
 * included) is left to whoever extracts the record — a worker thread when there are workers — so
 * the thread that reads does little more than split the input.
 */
export type RawRecord =
  | { kind: "jsonLine"; location: string; text: string }
  | { kind: "fields"; location: string; fields: Record<string, string> }
  | { kind: "record"; record: SourceRecord };

export type RawItem = Exclude<StreamItem, { kind: "record" }> | { kind: "raw"; raw: RawRecord };

/** A raw record made into a record, or the reason it cannot be one, with any warnings on the way. */
export function readRaw(raw: RawRecord): { result: SourceRecord | Problem; warnings: Problem[] } {
  const warnings: Problem[] = [];
  if (raw.kind === "record") return { result: raw.record, warnings };
  if (raw.kind === "fields") return { result: recordFromFields(raw.fields, raw.location, warnings), warnings };
  let value: unknown;
  try {
    value = JSON.parse(raw.text);
  } catch (error) {
    return { result: { location: raw.location, reason: `broken JSON line: ${(error as Error).message}` }, warnings };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { result: { location: raw.location, reason: "record is not a JSON object" }, warnings };
  return { result: recordFromFields(value as Record<string, unknown>, raw.location, warnings), warnings };
}

function isGzip(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const magic = Buffer.alloc(2);
    return readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes as text, gunzipped when it is gzip; `onBytes` counts the bytes read from disk. */
function openText(path: string, onBytes: (n: number) => void): Readable {
  const raw = createReadStream(path);
  raw.on("data", (chunk) => onBytes(chunk.length));
  const text = isGzip(path) ? raw.pipe(createGunzip()) : raw;
  text.setEncoding("utf8");
  return text;
}

async function head(path: string): Promise<string> {
  const stream = openText(path, () => {});
  let text = "";
  for await (const chunk of stream) {
    text += chunk;
    if (text.length > 64 * 1024) break;
  }
  stream.destroy();
  return text;
}

const plainName = (path: string) => path.replace(/\.gz$/i, "");

/** Every record of one file, in order, with rejections where they occur. */
export async function* streamRecords(path: string, onBytes: (n: number) => void = () => {}): AsyncGenerator<StreamItem> {
  for await (const item of streamRawRecords(path, onBytes)) {
    if (item.kind !== "raw") {
      yield item;
      continue;
    }
    const { result, warnings } = readRaw(item.raw);
    for (const problem of warnings) yield { kind: "warning", problem };
    yield isProblem(result) ? { kind: "rejection", problem: result } : { kind: "record", record: result };
  }
}

/** Every record of one file, in order and still raw (see RawRecord), with rejections where they occur. */
export async function* streamRawRecords(path: string, onBytes: (n: number) => void = () => {}): AsyncGenerator<RawItem> {
  const start = await head(path);
  const format = detectFormat(start, plainName(path));
  yield { kind: "format", format };
  if (format === "jsonl") yield* jsonLines(openText(path, onBytes));
  else if (format === "csv") yield* csvRows(openText(path, onBytes), Papa.parse<string[]>(start, { preview: 1 }).data[0] ?? []);
  else {
    // Small formats: read whole (gunzipped if need be) and hand to the ordinary reader.
    let text = "";
    if (isGzip(path)) for await (const chunk of openText(path, onBytes)) text += chunk;
    else {
      text = readFileAsText(path);
      onBytes(fileSize(path));
    }
    const result = readText(text, plainName(path));
    for (const record of result.records) yield { kind: "raw", raw: { kind: "record", record } };
    for (const problem of result.rejections) yield { kind: "rejection", problem };
    for (const problem of result.warnings) yield { kind: "warning", problem };
  }
}

async function* jsonLines(text: Readable): AsyncGenerator<RawItem> {
  let lineNo = 0;
  for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim()) yield { kind: "raw", raw: { kind: "jsonLine", location: `line ${lineNo}`, text: line } };
  }
}

async function* csvRows(text: Readable, header: string[]): AsyncGenerator<RawItem> {
  // Papaparse pushes rows; a small queue turns them into pulled items without holding the file.
  const queue: RawItem[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  let rowNumber = 1;
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: "greedy" });
  parser.on("data", (row: Record<string, string>) => {
    rowNumber++;
    const location = `row ${rowNumber}`;
    if (done) return;
    const fields = Object.keys(row).length - ("__parsed_extra" in row ? 1 : 0);
    if ("__parsed_extra" in row || fields < header.length) {
      queue.push({ kind: "rejection", problem: { location, reason: `malformed CSV row: ${"__parsed_extra" in row ? "too many" : "too few"} fields (expected ${header.length})` } });
    }
    else queue.push({ kind: "raw", raw: { kind: "fields", location, fields: row } });
    if (queue.length > 1000) text.pause();
    wake?.();
  });
  parser.on("end", () => {
    done = true;
    wake?.();
  });
  parser.on("error", (error: Error) => {
    queue.push({ kind: "rejection", problem: { location: `row ${rowNumber + 1}`, reason: `malformed CSV: ${error.message}` } });
    done = true;
    wake?.();
  });
  if (!csvHeaderHasPaperFields(header.join(","))) {
    text.destroy();
    yield { kind: "rejection", problem: { location: "line 1", reason: "CSV header must name a title and an abstract (or summary) column" } };
    return;
  }
  text.pipe(parser);
  for (;;) {
    while (queue.length) yield queue.shift()!;
    if (done) return;
    text.resume();
    await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }
}

export const fileSize = (path: string) => statSync(path).size;
