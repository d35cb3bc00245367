// Words, found only where they are needed. Scanning every word of every abstract is the slowest
// part of extraction, so the rules look at three kinds of places instead: words holding a capital
// or a digit (dataset names, numbers), a few rare trigger words (number words, "respectively"), and the
// windows around numbers (metric and cue words). Letters are ASCII, Latin, Greek and Cyrillic.
export interface Word {
  start: number;
  end: number;
  text: string;
}

const LETTER = String.raw`A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF`;
const IS_LETTER = new RegExp(`[${LETTER}]`);
/** What joins two letters into one word: "CIFAR-10", "WMT'14", "1.72times". */
const JOINERS = "-'’.^+@";
/** Letters and digits, joined by a joiner between two of them, with a trailing "+" or "++" ("HumanEval+", "ScanNet++"). */
const REST_OF_WORD = `[${LETTER}]*(?:[${JOINERS}][${LETTER}]+)*(?:\\+\\+?(?![${LETTER}]))?`;
const WORD = new RegExp(`[${LETTER}]${REST_OF_WORD}`, "g");
/** The ASCII joiners by character code, tested without making one-character strings (nearly all text is ASCII). */
const ASCII_JOINERS = new Uint8Array(128);
for (const c of JOINERS) if (c.charCodeAt(0) < 128) ASCII_JOINERS[c.charCodeAt(0)] = 1;

export function isJoiner(c: number): boolean {
  return c < 128 ? ASCII_JOINERS[c] === 1 : JOINERS.includes(String.fromCharCode(c));
}

export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && IS_LETTER.test(text[i]!);
}

/** Whether the character code matches \s: tested by code for ASCII, which is nearly all of it. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/** All words of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return words;
}

/** Where the word that holds position i (a letter or digit) starts. */
export function wordStart(text: string, i: number): number {
  let start = i;
  for (;;) {
    while (start > 0 && isLetter(text, start - 1)) start--;
    if (start > 1 && isJoiner(text.charCodeAt(start - 1)) && isLetter(text, start - 2)) start -= 2;
    else return start;
  }
}

/** Where the word that holds position i (a letter or digit) ends: where WORD would end it. */
export function wordEnd(text: string, i: number): number {
  let end = i + 1;
  for (;;) {
    while (end < text.length && isLetter(text, end)) end++;
    if (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && isLetter(text, end + 1)) end += 2;
    else break;
  }
  // "HumanEval+", "ScanNet++"
  let plus = text.charCodeAt(end) !== 43 ? 0 : text.charCodeAt(end + 1) === 43 ? 2 : 1;
  // As WORD backtracks: "X++y" keeps one "+" (the next is no letter).
  if (plus === 2 && isLetter(text, end + 2)) plus = 1;
  if (plus === 1 && isLetter(text, end + 1)) plus = 0;
  end += plus;
  return end;
}

/** The word that holds position i (a letter or digit). */
export function wordAround(text: string, i: number): Word {
  const start = wordStart(text, i);
  const end = wordEnd(text, i);
  return { start, end, text: text.slice(start, end) };
}

/** Where the first word at or after `from` starts, or `to` when none starts before it. */
export function nextWordStart(text: string, from: number, to: number): number {
  while (from < to && !isLetter(text, from)) from++;
  return from;
}

/**
 * A capital letter or digit and the rest of its word: matched from lastIndex on, it finds every
 * word that holds one, in text order. Most such words start with their capital or digit; "mAP",
 * "rMD17" start before it (see wordStart).
 */
export const FROM_CAPITAL_OR_DIGIT = new RegExp(`[A-Z0-9]${REST_OF_WORD}`, "g");
