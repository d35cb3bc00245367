// Format detection and the list of inputs. The content decides the format; the file extension
// only breaks ties (a .csv file is read as CSV even when its header is wrong, so the error says so).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { extname, join, relative, sep } from "node:path";
import type { InputFormat } from "../schema.ts";
import type { ReadResult } from "./record.ts";
import { readArxivAtom } from "./atom.ts";
import { csvHeaderHasPaperFields, readCsv } from "./csv.ts";
import { readHfDailyText } from "./hfDaily.ts";
import { readJson, readJsonLines } from "./json.ts";

export type { ReadResult, SourceRecord, Problem } from "./record.ts";

const READERS: Record<InputFormat, (text: string) => ReadResult> = {
  "hf-daily-text": readHfDailyText,
  "arxiv-atom": readArxivAtom,
  csv: readCsv,
  json: readJson,
  jsonl: readJsonLines,
};

const BY_EXTENSION: Record<string, InputFormat> = {
  ".xml": "arxiv-atom",
  ".atom": "arxiv-atom",
  ".csv": "csv",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".txt": "hf-daily-text",
};

export function detectFormat(text: string, fileName = ""): InputFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  const hint = BY_EXTENSION[extname(fileName.replace(/\.gz$/i, "")).toLowerCase()];
  if (head.startsWith("<")) return "arxiv-atom";
  if (head.startsWith("[")) return "json";
  if (head.startsWith("{")) {
    // One object spread over many lines is JSON; one object per line is JSON Lines.
    if (hint === "json" || hint === "jsonl") return hint;
    const firstLine = head.slice(0, head.indexOf("\n") === -1 ? undefined : head.indexOf("\n")).trim();
    return firstLine.endsWith("}") ? "jsonl" : "json";
  }
  if (hint === "csv" || csvHeaderHasPaperFields(head)) return "csv";
  return "hf-daily-text";
}

export function readText(text: string, fileName = ""): ReadResult {
  return READERS[detectFormat(text, fileName)](text.replace(/^\uFEFF/, ""));
}

/** Every file under the given paths (folders walked in sorted order; dot-files skipped). */
export function listInputFiles(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith(".")) walk(join(path, name));
    } else files.push(path);
  };
  for (const path of paths) walk(path);
  return files;
}

/** How a file is named in reports and in papers' sources: relative, with forward slashes. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/") || path;
}

/** A file's text; a gzipped file (found by its magic bytes, whatever its name) is unpacked first. */
export function readFileAsText(path: string): string {
  let bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  if (text.includes("\u0000")) throw new Error("binary file (holds NUL bytes)");
  return text;
}
