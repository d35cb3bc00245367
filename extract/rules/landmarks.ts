// The places in an abstract that the rules start from, found over the whole text: words with a
// capital or a digit (numbers, names of datasets, the data words right after them: "the
// PERSONA-CHAT dataset", and sentence starts), and a few rare words — number words ("twice", "two
// orders"), dataset names written in lower case ("long range arena"), "respectively" and words of ranking. Text of
// one byte per character is read in one pass by the scanner (scanner.as.ts), other text by two
// regular expressions. Everything else is read only around these places.
import numberWords from "../lexicon/numberWords.json" with { type: "json" };
import { DATASETS } from "./lexicons.ts";
import { FROM_CAPITAL_OR_DIGIT, wordAround, wordStart } from "./words.ts";
import type { Word } from "./words.ts";
import { Scanner } from "./scanner.ts";
import { escapeRegExp } from "./patterns.ts";

export interface Landmarks {
  /** Where each word that starts with a capital A-Z or a digit starts (sentences start at one). */
  capitalsAndDigits: number[];
  /** Where each word that starts with a digit starts. */
  digits: number[];
  /** Words with a capital letter or a digit that start a name in the gazetteer ("ImageNet", "CIFAR-10"). */
  knownNames: Word[];
  /** Words holding a number word: "twice", "two", "tenfold", "halved", and "orders", "factor" that end one. */
  numberWords: Word[];
  /** Words that may start a dataset name written without capital or digit ("long range arena", "ogbn-arxiv"). */
  plainNames: Word[];
  /** Where each data word ("dataset", "benchmarks", "test set") starts that follows a word with a capital or digit and one space, as the last word of a name does. */
  dataWords: number[];
  /** Every data word wherever it stands ("a new benchmark", "datasets (X and Y)"), with its extent. */
  anyDataWords: Word[];
  /** Where each "respectively" starts: its sentence pairs lists. */
  respectively: number[];
  /** Where each word of ranking starts ("ranked", "place", "percentile", "overall"): placings are read around them. */
  rankWords: number[];
}

const byLength = (a: string, b: string) => b.length - a.length;
/** Any of the words, whole, longest first. */
const anyOf = (words: string[]) => `\\b(?:${words.map(escapeRegExp).sort(byLength).join("|")})\\b`;

const NUMBER_WORDS = [
  ...Object.keys(numberWords.cardinals).filter((w) => w.length > 2 && !w.includes(" ")),
  ...Object.keys(numberWords.factors),
  ...numberWords.halves,
  "factor",
  "order",
  "orders",
];
/** Words that say the names before them are data. */
export const DATA_WORDS = ["dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "challenge", "suite", "database", "leaderboard", "test set"];
const PLAIN_NAMES = [...DATASETS.plainAliases];

const NUMBER_WORD = new RegExp(anyOf(NUMBER_WORDS), "iy");
const PLAIN_NAME = new RegExp(anyOf(PLAIN_NAMES), "y");
const DATA_WORD = new RegExp(anyOf(DATA_WORDS), "iy");
/** The first letters of the data words, folded to lower case: most words after a name start with another. */
const DATA_WORD_FIRST = new Set(DATA_WORDS.map((w) => w.charCodeAt(0)));
// Data words anywhere: the text calls a name data before or after them ("X, a new benchmark", "benchmarks (X and Y)").
const ANY_DATA_WORDS = [...DATA_WORDS, "data set", "data sets", "test sets", "suites", "test suite", "testbed", "testbeds", "challenges", "databases", "leaderboards"];
const ANY_DATA_WORD = new RegExp(anyOf(ANY_DATA_WORDS), "iy");
const RESPECTIVELY = "respectively";
const RESPECTIVELY_WORD = new RegExp(anyOf([RESPECTIVELY]), "iy");
const RANK_WORDS = ["rank", "ranks", "ranked", "ranking", "place", "placed", "placing", "places", "finished", "finishing", "finishes", "percentile", "overall"];
const RANK_WORD = new RegExp(anyOf(RANK_WORDS), "iy");
// The rare words are looked for in one pass: all of them (case-blind) propose each place where
// one may stand, and each kind, tried right there, confirms its own.
const RARE_WORDS = [...NUMBER_WORDS, ...PLAIN_NAMES, ...ANY_DATA_WORDS, RESPECTIVELY, ...RANK_WORDS];
const ANY_RARE = new RegExp(anyOf(RARE_WORDS), "gi");
/** Both passes at once over text of one byte per character (nearly all), and the word walk of the term index there: see scanner.as.ts. */
export const SCANNER = new Scanner(RARE_WORDS);

/** The landmarks of a text; `oneByte`: all its characters are below U+0100 (as in the scan text of an ASCII abstract). */
export function findLandmarks(text: string, oneByte = false): Landmarks {
  const landmarks: Landmarks = { capitalsAndDigits: [], digits: [], knownNames: [], numberWords: [], plainNames: [], dataWords: [], anyDataWords: [], respectively: [], rankWords: [] };
  const curly = text.includes("’");
  const rareWordAt = rareWordReader(landmarks, text);
  if (oneByte) {
    const { memory, words, wordCount, rare, rareCount } = SCANNER.scan(text);
    for (let i = words; i < words + 2 * wordCount; i += 2) addMarkedWord(landmarks, text, memory[i]!, memory[i + 1]!, curly);
    for (let i = rare; i < rare + rareCount; i++) rareWordAt(memory[i]!);
    return landmarks;
  }
  FROM_CAPITAL_OR_DIGIT.lastIndex = 0;
  // test() gives only where each match ends, and makes no match object; the word's start is found from there.
  while (FROM_CAPITAL_OR_DIGIT.test(text)) {
    const end = FROM_CAPITAL_OR_DIGIT.lastIndex;
    addMarkedWord(landmarks, text, wordStart(text, end - 1), end, curly);
  }
  ANY_RARE.lastIndex = 0;
  for (let m = ANY_RARE.exec(text); m; m = ANY_RARE.exec(text)) {
    rareWordAt(m.index);
    ANY_RARE.lastIndex = m.index + 1;
  }
  return landmarks;
}

/** A word with a capital or a digit: most are neither numbers nor known names, nor followed by a data word, and are only passed over. */
function addMarkedWord(landmarks: Landmarks, text: string, start: number, end: number, curly: boolean): void {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) landmarks.digits.push(start);
  if ((first >= 48 && first <= 57) || (first >= 65 && first <= 90)) landmarks.capitalsAndDigits.push(start);
  if (DATASETS.startsPhraseAt(text, start, end, curly)) landmarks.knownNames.push({ start, end, text: text.slice(start, end) });
  // "the X dataset", and "the Long Name (LN) dataset" after a closing bracket.
  const gap = text.charCodeAt(end) === 41 ? end + 1 : end;
  if (text.charCodeAt(gap) === 32 && DATA_WORD_FIRST.has(text.charCodeAt(gap + 1) | 32) && matchAt(DATA_WORD, text, gap + 1)) landmarks.dataWords.push(gap + 1);
}

/** Reads the rare words at each place one may stand (in text order), into the landmarks. */
function rareWordReader(landmarks: Landmarks, text: string): (at: number) => void {
  // Each kind goes on after its own matches as its pattern alone would: past the word that holds a
  // number word or name.
  let numbersFrom = 0;
  let namesFrom = 0;
  return (at) => {
    if (at >= numbersFrom && matchAt(NUMBER_WORD, text, at)) numbersFrom = addWord(landmarks.numberWords, text, at);
    if (at >= namesFrom && matchAt(PLAIN_NAME, text, at)) namesFrom = addWord(landmarks.plainNames, text, at);
    if (matchAt(RESPECTIVELY_WORD, text, at)) landmarks.respectively.push(at);
    if (matchAt(RANK_WORD, text, at)) landmarks.rankWords.push(at);
    if (matchAt(ANY_DATA_WORD, text, at)) landmarks.anyDataWords.push({ start: at, end: ANY_DATA_WORD.lastIndex, text: text.slice(at, ANY_DATA_WORD.lastIndex) });
  };
}

function matchAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/** Adds the word holding position `at`; returns where to go on looking. */
function addWord(words: Word[], text: string, at: number): number {
  const word = wordAround(text, at);
  words.push(word);
  return Math.max(word.end, at + 1);
}
