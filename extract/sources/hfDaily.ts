// Text copied from a Hugging Face daily-papers page. Two layouts are seen in the wild:
//  - every line separated by a blank line, with page furniture and a date line ("Mar 11") on top;
//  - one title line then one abstract line, with "Subscribe" glued to the first title.
// Both reduce to the same stream of non-blank lines: furniture, date lines, then title/abstract pairs.
import type { ReadResult, SourceRecord, Problem } from "./record.ts";
import { collapseSpace } from "./record.ts";
import { parseMonthDayLine } from "./dates.ts";

/** Lines of the page itself, never a paper. Matched whole, or glued in front of a title. */
const FURNITURE = [
  "Get trending papers in your email inbox once a day!",
  "Get trending papers in your email inbox!",
  "byAK and the research community",
  "Subscribe",
  "new",
  "Daily Papers",
];

/** A line this long is an abstract, never a title (the longest real titles are about 250 characters). */
const ABSTRACT_MIN_LENGTH = 250;

function stripFurniture(line: string): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const phrase of FURNITURE) {
      if (line === phrase) return "";
      // "SubscribeMACE: Higher Order ..." — the copy glued the button to the first title.
      if (line.startsWith(phrase) && phrase.length > 3 && /^[A-Z0-9"'(\[]/.test(line.slice(phrase.length))) {
        line = line.slice(phrase.length).trimStart();
        changed = true;
      }
    }
  }
  return line;
}

export function readHfDailyText(text: string): ReadResult {
  const records: SourceRecord[] = [];
  const rejections: Problem[] = [];
  let date: string | null = null;
  let pending: { title: string; line: number } | null = null;
  let seenPaper = false;

  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = collapseSpace(lines[i] ?? "");
    if (!line) continue;
    // Furniture only ever stands before the papers of a page (or between pages pasted together).
    if (!pending) line = stripFurniture(line);
    if (!line) continue;
    const listingDate = pending ? null : parseMonthDayLine(line);
    if (listingDate) {
      date = listingDate;
      continue;
    }
    if (line.length >= ABSTRACT_MIN_LENGTH) {
      if (pending) {
        records.push({ title: pending.title, abstract: line, location: `line ${pending.line}`, date });
        seenPaper = true;
      } else {
        rejections.push({ location: `line ${lineNo}`, reason: "abstract without a title line before it" });
      }
      pending = null;
    } else {
      if (pending) rejections.push({ location: `line ${pending.line}`, reason: "title without an abstract line after it" });
      pending = { title: line, line: lineNo };
    }
  }
  if (pending) rejections.push({ location: `line ${pending.line}`, reason: "title without an abstract line after it" });
  if (!seenPaper && rejections.length === 0) {
    rejections.push({ location: "line 1", reason: "no title/abstract pairs found in this text" });
  }
  return { format: "hf-daily-text", records, rejections, warnings: [] };
}
