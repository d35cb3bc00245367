// Sentence boundaries, for linking a number to its metric, dataset and evidence sentence.
// A full stop ends a sentence when followed by white space and a capital, digit or bracket,
// except after common abbreviations ("e.g.", "et al.", "Fig.", "vs.").
import { isSpace } from "./words.ts";

export interface Span {
  start: number;
  end: number;
}

/** A sentence, and whether it pairs lists "respectively". */
export interface Sentence extends Span {
  respectively: boolean;
}

// The abbreviation is looked for behind each full stop, so only full stops pay for it.
const ABBREVIATION = String.raw`(?:\b(?:e\.g|i\.e|et al|etc|vs|Fig|Figs|Eq|Sec|cf|approx|resp|No|Tab|ca|viz)|\b[A-Z])\.`;
/** Sentence boundaries, the next sentence starting with a capital from `capitals` or a digit. */
function boundary(capitals: string, flags: string): RegExp {
  const nextStarts = String.raw`(?=\s+["'(\[]?[${capitals}\d])`;
  return new RegExp(String.raw`\.(?<!${ABBREVIATION})${nextStarts}|[!?]${nextStarts}|\n+`, flags);
}
const BOUNDARY = boundary(String.raw`\p{Lu}`, "gu");
/** The same in ASCII text, where the only capitals are A-Z: without the unicode flag, the search runs about twice as fast. */
const ASCII_BOUNDARY = boundary("A-Z", "g");

/** The sentences of a text (`ascii`: its only capital letters are A-Z, as in the scan text of an ASCII abstract). */
export function splitSentences(text: string, ascii = false): Sentence[] {
  const sentences: Sentence[] = [];
  // "respectively" pairs lists; most abstracts never say it, so sentences are searched only when one does.
  const pairs = text.includes("espectively");
  let start = 0;
  const pattern = ascii ? ASCII_BOUNDARY : BOUNDARY;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + (m[0].startsWith("\n") ? 0 : 1);
    if (end > start) addSentence(sentences, text, start, end, pairs);
    start = m.index + m[0].length;
  }
  if (start < text.length) addSentence(sentences, text, start, text.length, pairs);
  return sentences;
}

/** The sentences of a text, split when first asked for: most abstracts without numbers never need them. */
export class Sentences {
  private split: Sentence[] | undefined;

  constructor(
    private readonly text: string,
    private readonly ascii = false,
  ) {}

  get all(): Sentence[] {
    return (this.split ??= splitSentences(this.text, this.ascii));
  }
}

/** Adds text[start, end) without its surrounding white space, unless nothing is left. */
function addSentence(sentences: Sentence[], text: string, start: number, end: number, pairs: boolean): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end, respectively: pairs && RESPECTIVELY.test(text.slice(start, end)) });
}

const RESPECTIVELY = /\brespectively\b/i;

