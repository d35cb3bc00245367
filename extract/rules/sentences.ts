// Sentence boundaries, for linking a number to its metric, dataset and evidence sentence.
// A full stop ends a sentence when followed by white space and a capital, digit or bracket,
// except after common abbreviations ("e.g.", "et al.", "Fig.", "vs.").
export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?](?=\s+["'(\[]?[\p{Lu}\d])|\n+/gu;
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|et al|etc|vs|Fig|Figs|Eq|Sec|cf|approx|resp|No|Tab|ca|viz)|\b[A-Z])$/;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0] === "." && ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), m.index))) continue;
    const end = m.index + (m[0].startsWith("\n") ? 0 : 1);
    if (end > start) spans.push(trim(text, start, end));
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push(trim(text, start, text.length));
  return spans.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
