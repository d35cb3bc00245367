// Format detection and the list of inputs. The content decides the format; the file extension
// only breaks ties (a .csv file is read as CSV even when its header is wrong, so the error says so).
import { readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { InputFormat } from "../schema.ts";
import type { ReadResult } from "./record.ts";
import { readArxivAtom } from "./atom.ts";
import { csvHeaderHasPaperFields } from "./csv.ts";
import { readHfDailyText } from "./hfDaily.ts";
import { readJson } from "./json.ts";

export type { ReadResult, SourceRecord, Problem } from "./record.ts";

/** Readers of the formats read whole (small by nature); CSV and JSON Lines are read as streams (stream.ts). */
export const WHOLE_TEXT_READERS: Record<Exclude<InputFormat, "csv" | "jsonl">, (text: string) => ReadResult> = {
  "hf-daily-text": readHfDailyText,
  "arxiv-atom": readArxivAtom,
  json: readJson,
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

/**
 * Every file under the given paths, each once, in the order of their names whatever the order of
 * the paths (so the output never depends on it). Dot-files are skipped; a folder is walked once
 * even when symbolic links lead back into it.
 */
export function listInputFiles(paths: string[]): string[] {
  const files = new Map<string, string>();
  const walked = new Set<string>();
  const walk = (path: string, top: boolean) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      if (top) throw new Error(`no such input: ${path}`);
      // A broken link or a loop of links in a folder: kept, so that reading it fails with the reason and is counted.
      files.set(path, path);
      return;
    }
    if (statSync(real).isDirectory()) {
      if (walked.has(real)) return;
      walked.add(real);
      for (const name of readdirSync(path)) if (!name.startsWith(".")) walk(join(path, name), false);
    } else if (!files.has(real)) files.set(real, path);
  };
  for (const path of paths) walk(path, true);
  return [...files.values()].sort((a, b) => compareText(displayPath(a), displayPath(b)));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How a file is named in reports and in papers' sources: relative, with forward slashes. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/") || path;
}
