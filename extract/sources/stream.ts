// Every input is read through here, as a stream of records, so dumps far larger than memory work:
// JSON Lines and CSV (also gzipped) are read record by record; the other formats (pages copied from
// Hugging Face, Atom feeds, JSON arrays) are small by nature and are read whole by their readers.
// Bytes that are not UTF-8 become U+FFFD and NUL characters are dropped, in every format alike, and
// the record that held them gets a warning; a file that starts with binary bytes is refused.
import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";
import type { InputFormat } from "../schema.ts";
import type { Problem, SourceRecord } from "./record.ts";
import { detectFormat, WHOLE_TEXT_READERS } from "./index.ts";
import { csvRows } from "./csv.ts";
import { jsonArrayElements, NotAnArray } from "./jsonArray.ts";
import { isProblem, recordFromFields } from "./fields.ts";

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
  | { kind: "jsonElement"; location: string; text: string }
  | { kind: "fields"; location: string; fields: Record<string, string> }
  | { kind: "record"; record: SourceRecord };

export type RawItem = Exclude<StreamItem, { kind: "record" }> | { kind: "raw"; raw: RawRecord };

/** A raw record made into a record, or the reason it cannot be one, with any warnings on the way. */
export function readRaw(raw: RawRecord): { result: SourceRecord | Problem; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const result = recordOf(raw, warnings);
  return { result: isProblem(result) ? result : cleanText(result, warnings), warnings };
}

function recordOf(raw: RawRecord, warnings: Problem[]): SourceRecord | Problem {
  if (raw.kind === "record") return raw.record;
  if (raw.kind === "fields") return recordFromFields(raw.fields, raw.location, warnings);
  let value: unknown;
  try {
    value = JSON.parse(raw.text);
  } catch (error) {
    return { location: raw.location, reason: `broken JSON ${raw.kind === "jsonLine" ? "line" : "record"}: ${(error as Error).message}` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { location: raw.location, reason: "record is not a JSON object" };
  return recordFromFields(value as Record<string, unknown>, raw.location, warnings);
}

/** NUL characters dropped and U+FFFD (bytes that were not UTF-8) kept, each with a warning. */
function cleanText(record: SourceRecord, warnings: Problem[]): SourceRecord {
  const text = record.title + record.abstract;
  if (text.includes("\uFFFD")) warnings.push({ location: record.location, reason: "bytes that are not UTF-8 (shown as \uFFFD)" });
  if (!text.includes("\u0000")) return record;
  warnings.push({ location: record.location, reason: "NUL characters (removed)" });
  return { ...record, title: record.title.replaceAll("\u0000", ""), abstract: record.abstract.replaceAll("\u0000", "") };
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

/**
 * Bytes taken from disk and from gunzip at a time: zlib's default of 16 KB made gunzip alone take
 * 7.2 s of the 1M-abstract corpus (436 MB gzipped), 64 KB 4.2 s.
 */
const READ_CHUNK = 64 * 1024;

/** The file's bytes, gunzipped when it is gzip; `onBytes` counts the bytes read from disk. */
function openBytes(path: string, onBytes: (n: number) => void): Readable {
  const gzipped = isGzip(path);
  const raw = createReadStream(path, { highWaterMark: READ_CHUNK });
  raw.on("data", (chunk) => onBytes(chunk.length));
  const bytes = gzipped ? raw.pipe(createGunzip({ chunkSize: READ_CHUNK })) : raw;
  // A read error of the file reaches whoever reads the unpacked bytes.
  if (gzipped) raw.on("error", (error) => bytes.destroy(error));
  return bytes;
}

/** The file's text (see openBytes). */
function openText(path: string, onBytes: (n: number) => void): Readable {
  return openBytes(path, onBytes).setEncoding("utf8");
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
  if (start.slice(0, 1024).includes("\u0000")) throw new Error("binary file (holds NUL bytes)");
  const format = detectFormat(start, plainName(path));
  yield { kind: "format", format };
  if (format === "jsonl") yield* jsonLines(openBytes(path, onBytes));
  else if (format === "csv") yield* csvRows(openText(path, onBytes));
  else if (format === "json" && start.replace(/^\uFEFF/, "").trimStart().startsWith("[")) yield* jsonElements(openText(path, onBytes));
  else {
    // Small formats: read whole (through the same stream, gunzipped if need be) and hand to their reader.
    let text = "";
    for await (const chunk of openText(path, onBytes)) text += chunk;
    const result = WHOLE_TEXT_READERS[format](text.replace(/^\uFEFF/, ""));
    for (const record of result.records) yield { kind: "raw", raw: { kind: "record", record } };
    for (const problem of result.rejections) yield { kind: "rejection", problem };
    for (const problem of result.warnings) yield { kind: "warning", problem };
  }
}

/** A JSON array's elements, one at a time (a file of any size); a broken element is rejected alone. */
async function* jsonElements(text: Readable): AsyncGenerator<RawItem> {
  let n = 0;
  try {
    for await (const element of jsonArrayElements(text)) yield { kind: "raw", raw: { kind: "jsonElement", location: `record ${++n}`, text: element } };
  } catch (error) {
    if (!(error instanceof NotAnArray)) throw error;
    throw new Error(`broken JSON: ${error.message}`);
  }
}

async function* jsonLines(bytes: Readable): AsyncGenerator<RawItem> {
  let lineNo = 0;
  for await (const line of textLines(bytes)) {
    lineNo++;
    if (line.trim()) yield { kind: "raw", raw: { kind: "jsonLine", location: `line ${lineNo}`, text: line } };
  }
}

/**
 * The lines of a byte stream as readline gives them (CR LF, LF and a lone CR each end a line), split
 * as bytes and each decoded alone: readline over decoded text took twice as long (10 s against 5 s
 * for the 1M-abstract corpus). A line is never split inside a character (LF and CR are single bytes),
 * so decoding line by line gives the text whole decoding gives, U+FFFD for bytes that are not UTF-8.
 */
export async function* textLines(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  // The start of a line that runs past the chunks read so far, joined once its end comes.
  let pending: Buffer[] = [];
  for await (const chunk of bytes) {
    let from = 0;
    for (let lf = chunk.indexOf(LF); lf >= 0; from = lf + 1, lf = chunk.indexOf(LF, from)) {
      const line = pending.length ? Buffer.concat([...pending, chunk.subarray(0, lf)]).toString("utf8") : chunk.toString("utf8", from, lf);
      pending = [];
      yield* crLines(line);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length) yield* crLines(Buffer.concat(pending).toString("utf8"));
}

const LF = 0x0a;

/** A line that ended at LF, split at any CR it holds (one just before the LF is part of the ending). */
function crLines(line: string): string[] {
  if (!line.includes("\r")) return [line];
  return (line.endsWith("\r") ? line.slice(0, -1) : line).split("\r");
}

export const fileSize = (path: string) => statSync(path).size;
