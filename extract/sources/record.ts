// What every reader turns its input into: records as the source gave them, and rejections that say
// where and why a record could not be used (nothing is dropped without being counted).
import type { InputFormat } from "../schema.ts";

export interface SourceRecord {
  title: string;
  abstract: string;
  /** `1`-based position of the record in its file, as shown to people ("line 12", "record 3"). */
  location: string;
  arxivId?: string | null;
  date?: string | null;
  authors?: string[];
  categories?: string[];
  url?: string | null;
}

export interface Problem {
  location: string;
  reason: string;
}

export interface ReadResult {
  format: InputFormat;
  records: SourceRecord[];
  rejections: Problem[];
  warnings: Problem[];
}

/** Runs of white space (arXiv wraps titles and summaries across lines) become one space. */
export function collapseSpace(text: string): string {
  // Most text has single spaces only; replacing each of them would copy the string for nothing.
  return (NOT_ONE_SPACE.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

/** White space other than one plain space between words. */
const NOT_ONE_SPACE = /[^\S ]| {2}/;

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
