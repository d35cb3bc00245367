// AssemblyScript, compiled into scanner.wasm.ts (npm run build:scanner): the two passes over the whole
// text that find the landmarks (landmarks.ts), done in one pass over text of one byte per
// character, sixteen characters at a time. The patterns are the ones landmarks.ts searches for
// with regular expressions in other text, and a property test holds the two readings together:
//   - each word with a capital A-Z or a digit, from that character to the end of its word, with
//     where its word starts (FROM_CAPITAL_OR_DIGIT and wordStart in words.ts);
//   - each place where a rare word (any case) stands between word boundaries (ANY_RARE).
// A regular expression match costs about as much as sixty characters of this pass. It also walks
// the words around numbers for the phrase index (phrases.ts), passing on only those that may start
// a phrase.
//
// The tables are written into memory by the host (scanner.ts) before the first scan.

/** A byte per character code: LETTER (words.ts's letters), JOINER (words.ts's joiners), WORD (\w). */
export const CLASSES: usize = 0;
/** A byte per character code: its symbol in the trie of rare words (letters folded to lower case), 0 for none. */
export const FOLDS: usize = 256;
/** A bit for each first two characters of a rare word read as one u16 with 0x2020 set (letters folded): most words stop here. */
export const PAIRS: usize = 512;
/** The trie of rare words: a u16 child for each node and symbol (node 1 is the root, 0 is none), then a byte per node, 1 where a word ends. */
export const TRIE: usize = PAIRS + 8192;

const LETTER: u8 = 1;
const JOINER: u8 = 2;
const WORD: u8 = 4;
const PLUS: u8 = 43;

let symbols: usize = 0;
let ends: usize = 0;

export function configure(symbolCount: i32, nodeCount: i32): void {
  symbols = <usize>symbolCount;
  ends = TRIE + <usize>(nodeCount * symbolCount * 2);
}

@inline function classOf(text: usize, i: i32): u8 {
  return load<u8>(CLASSES + <usize>load<u8>(text + <usize>i));
}

@inline function between(block: v128, low: i8, high: i8): v128 {
  return v128.and(i8x16.ge_u(block, i8x16.splat(low)), i8x16.le_u(block, i8x16.splat(high)));
}

/** Where the word with a capital or digit at `at` ends: letters, joined letters ("CIFAR-10"), a trailing "+". */
function restOfWord(text: usize, length: i32, at: i32): i32 {
  let end = at + 1;
  while (true) {
    while (end < length && (classOf(text, end) & LETTER)) end++;
    if (end + 1 < length && (classOf(text, end) & JOINER) && (classOf(text, end + 1) & LETTER)) end += 2;
    else break;
  }
  // "HumanEval+", "ScanNet++"
  let plus = 0;
  if (end < length && load<u8>(text + <usize>end) == PLUS) plus = end + 1 < length && load<u8>(text + <usize>(end + 1)) == PLUS ? 2 : 1;
  // As the pattern backtracks: "X++y" keeps one "+" (the next is no letter).
  if (plus == 2 && end + 2 < length && (classOf(text, end + 2) & LETTER)) plus = 1;
  if (plus == 1 && end + 1 < length && (classOf(text, end + 1) & LETTER)) plus = 0;
  end += plus;
  return end;
}

/** Where the word holding `at` starts ("mAP" starts before its capital). */
function wordStart(text: usize, at: i32): i32 {
  let start = at;
  while (true) {
    while (start > 0 && (classOf(text, start - 1) & LETTER)) start--;
    if (start > 1 && (classOf(text, start - 1) & JOINER) && (classOf(text, start - 2) & LETTER)) start -= 2;
    else return start;
  }
}

/** Whether a rare word starts at `at` (a word boundary) and ends at one. */
function rareWordAt(text: usize, length: i32, at: i32): bool {
  const pair = <u32>load<u16>(text + <usize>at) | 0x2020;
  if (!(load<u8>(PAIRS + <usize>(pair >> 3)) & (1 << (pair & 7)))) return false;
  let node: usize = 1;
  for (let i = at; i < length; ) {
    const symbol = <usize>load<u8>(FOLDS + <usize>load<u8>(text + <usize>i));
    if (symbol == 0) return false;
    node = <usize>load<u16>(TRIE + ((node * symbols + symbol) << 1));
    if (node == 0) return false;
    i++;
    if (load<u8>(ends + node) && (i >= length || !(classOf(text, i) & WORD))) return true;
  }
  return false;
}

/**
 * Scans text[0, length), followed in memory by 16 zero bytes. Writes the capital-or-digit words
 * as (start, end) pairs from `words` and the rare-word places from `rare`, and their counts at
 * `counts`.
 */
export function scan(text: usize, length: i32, words: usize, rare: usize, counts: usize): void {
  let wordCount = 0;
  let rareCount = 0;
  let capitalWordEnd = 0;
  let wordCarry: u32 = 0;
  for (let block = 0; block < length; block += 16) {
    const bytes = v128.load(text + <usize>block);
    const capitalOrDigit = v128.or(between(bytes, 65, 90), between(bytes, 48, 57));
    const word = <u32>i8x16.bitmask(v128.or(capitalOrDigit, v128.or(between(bytes, 97, 122), i8x16.eq(bytes, i8x16.splat(95)))));
    // A capital or digit not inside the last such word starts the next one.
    for (let marks = <u32>i8x16.bitmask(capitalOrDigit); marks; marks &= marks - 1) {
      const at = block + <i32>ctz(marks);
      if (at < capitalWordEnd || at >= length) continue;
      capitalWordEnd = restOfWord(text, length, at);
      store<i32>(words + (<usize>wordCount << 3), wordStart(text, at));
      store<i32>(words + (<usize>wordCount << 3) + 4, capitalWordEnd);
      wordCount++;
    }
    // Word boundaries before a word character: where a \w run starts.
    for (let starts = word & ~((word << 1) | wordCarry) & 0xffff; starts; starts &= starts - 1) {
      const at = block + <i32>ctz(starts);
      if (at >= length) break;
      if (rareWordAt(text, length, at)) {
        store<i32>(rare + (<usize>rareCount << 2), at);
        rareCount++;
      }
    }
    wordCarry = (word >> 15) & 1;
  }
  store<i32>(counts, wordCount);
  store<i32>(counts + 4, rareCount);
}

/**
 * The words in each span (start, end pairs from `spans`) that may start a phrase: those whose
 * hash, as hashOf in phrases.ts makes it, has its bit set in `bits` (u32 words, `bitMask` their
 * number of bits - 1), and those with a character outside ASCII among the hashed five, which only
 * the word itself can tell. A word starts at a letter and ends as words.ts's wordEnd ends it, past
 * the span's end if it runs on. Writes (start, end) pairs from `out`; returns their number.
 */
export function wordsIn(text: usize, length: i32, spans: usize, spanCount: i32, bits: usize, bitMask: u32, caseSensitive: bool, out: usize): i32 {
  let count = 0;
  for (let k = 0; k < spanCount; k++) {
    let at = load<i32>(spans + (<usize>k << 3));
    const end = load<i32>(spans + (<usize>k << 3) + 4);
    while (true) {
      while (at < end && !(classOf(text, at) & LETTER)) at++;
      if (at >= end) break;
      const wordEnd = restOfWord(text, length, at);
      const hash = hashOf(text, at, wordEnd, caseSensitive);
      if (hash < 0 || (load<u32>(bits + ((<usize>(<u32>hash & bitMask) >> 5) << 2)) & (1 << (<u32>hash & 31)))) {
        store<i32>(out + (<usize>count << 3), at);
        store<i32>(out + (<usize>count << 3) + 4, wordEnd);
        count++;
      }
      at = wordEnd;
    }
  }
  return count;
}

/** hashOf in phrases.ts: five characters of the word (first three, last two), folded unless case counts; -1 when one is outside ASCII. */
function hashOf(text: usize, start: i32, end: i32, caseSensitive: bool): i32 {
  const length = end - start;
  const first = <i32>load<u8>(text + <usize>start);
  const second = length > 1 ? <i32>load<u8>(text + <usize>start + 1) : 0;
  const third = length > 2 ? <i32>load<u8>(text + <usize>start + 2) : 0;
  const beforeLast = length > 3 ? <i32>load<u8>(text + <usize>end - 2) : 0;
  const last = <i32>load<u8>(text + <usize>end - 1);
  if ((first | second | third | beforeLast | last) >= 128) return -1;
  const fold = caseSensitive ? 0 : 32;
  const hash = ((((first | fold) * 31 + (second | fold)) * 31 + (third | fold)) * 31 + (beforeLast | fold)) * 31 + (last | fold);
  return (caseSensitive ? hash * 31 + length : hash) & 0xfffff;
}
