// Words, found only where they are needed. Scanning every word of every abstract is the slowest
// part of extraction, so the rules look at three kinds of places instead: words holding a capital
// or a digit (dataset names, numbers), a few rare trigger words (number words, "dataset"), and the
// windows around numbers (metric and cue words). Letters are ASCII, Latin, Greek and Cyrillic.
export interface Word {
  start: number;
  end: number;
  text: string;
}

const LETTER = String.raw`A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF`;
const IS_LETTER = new RegExp(`[${LETTER}]`);
/** Letters and digits, joined by - ' ’ . ^ + @ between two of them ("CIFAR-10", "WMT'14", "1.72times"), with a trailing "+" ("HumanEval+"). */
const WORD = new RegExp(`[${LETTER}]+(?:[-'’.^+@][${LETTER}]+)*(?:\\+(?![${LETTER}]))?`, "g");
const JOINERS = "-'’.^+@";

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i < text.length && IS_LETTER.test(text[i]!);
}

/** All words of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return words;
}

/** The word that holds position i (a letter or digit). */
export function wordAround(text: string, i: number): Word {
  let start = i;
  for (;;) {
    while (start > 0 && isLetter(text, start - 1)) start--;
    if (start > 1 && JOINERS.includes(text[start - 1]!) && isLetter(text, start - 2)) start -= 2;
    else break;
  }
  let end = i + 1;
  for (;;) {
    while (end < text.length && isLetter(text, end)) end++;
    if (end + 1 < text.length && JOINERS.includes(text[end]!) && isLetter(text, end + 1)) end += 2;
    else break;
  }
  if (text.charCodeAt(end) === 43 && !isLetter(text, end + 1)) end++; // "HumanEval+"
  return { start, end, text: text.slice(start, end) };
}

/** The words after `word`, up to `count` of them (for phrases of several words). */
export function wordsAfter(text: string, word: Word, count: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = word.end;
  for (let m = WORD.exec(text); m && words.length < count; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return words;
}

const CAPITAL_OR_DIGIT = /[A-Z0-9]/g;

/** Every word that holds a capital letter or a digit, in text order. */
export function markedWords(text: string): Word[] {
  const words: Word[] = [];
  CAPITAL_OR_DIGIT.lastIndex = 0;
  for (let m = CAPITAL_OR_DIGIT.exec(text); m; m = CAPITAL_OR_DIGIT.exec(text)) {
    const word = wordAround(text, m.index);
    words.push(word);
    CAPITAL_OR_DIGIT.lastIndex = word.end;
  }
  return words;
}

/** Every word that matches a trigger pattern (a global regex of whole words), in text order. */
export function triggeredWords(text: string, trigger: RegExp): Word[] {
  const words: Word[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    const word = wordAround(text, m.index);
    if (!words.length || words[words.length - 1]!.start !== word.start) words.push(word);
    trigger.lastIndex = Math.max(word.end, m.index + 1);
  }
  return words;
}
