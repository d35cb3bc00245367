// Sentence boundaries, for linking a number to its metric, dataset and evidence sentence.
// A full stop ends a sentence when followed by white space and a capital, digit or bracket,
// except after common abbreviations ("e.g.", "et al.", "Fig.", "vs.").
import { isSpace } from "./words.ts";
import { findLandmarks } from "./landmarks.ts";
import type { Landmarks } from "./landmarks.ts";

export interface Span {
  start: number;
  end: number;
}

/** A sentence, and whether it pairs lists "respectively". */
export interface Sentence extends Span {
  respectively: boolean;
}

// The abbreviation is looked for behind each full stop, so only full stops pay for it.
const ABBREVIATION = String.raw`(?:\b(?:e\.g|i\.e|et al|etc|vs|Fig|Figs|Eq|Sec|cf|approx|resp|No|Tab|ca|viz|avg|Avg|incl|w\.r\.t|Eqs|Refs?)|\b[A-Z])\.`;
/** Sentence boundaries, the next sentence starting with a capital from `capitals` or a digit. */
function boundary(capitals: string, flags: string): RegExp {
  const nextStarts = String.raw`(?=\s+["'(\[]?[${capitals}\d])`;
  return new RegExp(String.raw`\.(?<!${ABBREVIATION})${nextStarts}|[!?]${nextStarts}|\n+`, flags);
}
const BOUNDARY = boundary(String.raw`\p{Lu}`, "gu");
/** The same in ASCII text, where the only capitals are A-Z, tried at one place at a time. */
const ASCII_BOUNDARY_AT = boundary("A-Z", "y");
/** What may stand between a sentence's end and its first word, besides white space. */
const OPENERS = new Set([..."\"'(["].map((c) => c.charCodeAt(0)));

/**
 * The sentences of a text. `ascii`: its only capital letters are A-Z, as in the scan text of an
 * ASCII abstract; `landmarks`: the text's.
 */
export function splitSentences(text: string, ascii = false, landmarks: Landmarks = findLandmarks(text)): Sentence[] {
  const sentences: Sentence[] = [];
  const respectively = landmarks.respectively;
  let start = 0;
  let pairing = 0;
  const add = (end: number) => {
    // The next "respectively" at or after the sentence's start tells whether it is in it.
    while (pairing < respectively.length && respectively[pairing]! < start) pairing++;
    if (end > start) addSentence(sentences, text, start, end, respectively[pairing] !== undefined && respectively[pairing]! < end);
  };
  const boundaries = ascii ? asciiBoundaries(text, landmarks.capitalsAndDigits) : unicodeBoundaries(text);
  for (let i = 0; i < boundaries.length; i += 2) {
    add(boundaries[i]!);
    start = boundaries[i + 1]!;
  }
  if (start < text.length) add(text.length);
  return sentences;
}

/** Each boundary as two numbers: where the sentence before it ends, and where the next may start. */
function unicodeBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) boundaries.push(m.index + (m[0].startsWith("\n") ? 0 : 1), m.index + m[0].length);
  return boundaries;
}

/**
 * The same in ASCII text, found without a pass over it: a sentence ends at a line break or right
 * before white space and a word that starts with a capital or digit (`starts`, in text order), so
 * the boundary pattern is tried only there.
 */
function asciiBoundaries(text: string, starts: number[]): number[] {
  const boundaries: number[] = [];
  /** Tries the pattern at `at`; returns where to go on looking. */
  const tryAt = (at: number): number => {
    ASCII_BOUNDARY_AT.lastIndex = at;
    if (!ASCII_BOUNDARY_AT.test(text)) return at + 1;
    // A run of line breaks ends the sentence before it; a full stop, ! or ? ends it after.
    boundaries.push(at + (text.charCodeAt(at) === 10 ? 0 : 1), ASCII_BOUNDARY_AT.lastIndex);
    return ASCII_BOUNDARY_AT.lastIndex;
  };
  let lineBreak = text.indexOf("\n");
  const lineBreaksBefore = (limit: number) => {
    while (lineBreak >= 0 && lineBreak < limit) lineBreak = text.indexOf("\n", tryAt(lineBreak));
  };
  for (const word of starts) {
    // The full stop (or ! or ?) before the white space and an opening quote or bracket.
    let i = word - 1;
    if (OPENERS.has(text.charCodeAt(i))) i--;
    if (i < 1 || !isSpace(text.charCodeAt(i))) continue;
    while (i > 1 && isSpace(text.charCodeAt(i - 1))) i--;
    lineBreaksBefore(i - 1);
    tryAt(i - 1);
  }
  lineBreaksBefore(text.length);
  return boundaries;
}

/** The sentences of a text, split when first asked for: most abstracts without numbers never need them. */
export class Sentences {
  private split: Sentence[] | undefined;

  constructor(
    private readonly text: string,
    private readonly ascii: boolean,
    private readonly landmarks: Landmarks,
  ) {}

  get all(): Sentence[] {
    return (this.split ??= splitSentences(this.text, this.ascii, this.landmarks));
  }
}

/**
 * Longest sentence: real ones are far shorter, and text without boundaries (hostile or broken) is
 * cut into pieces of this length at a space, so that the rules' work per sentence stays bounded
 * and the whole stays linear in the text.
 */
export const MAX_SENTENCE = 2000;

/** Adds text[start, end) without its surrounding white space, unless nothing is left. */
function addSentence(sentences: Sentence[], text: string, start: number, end: number, respectively: boolean): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    // At the last space of the piece's second half (searched there only), else at the limit.
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(cut))) cut--;
    if (cut === start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
    addSentence(sentences, text, start, cut, respectively);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) sentences.push({ start, end, respectively });
}
