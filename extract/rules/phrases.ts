// Finding known phrases (metric names, dataset aliases, efficiency cues) at given words: the
// phrases are a tree of words, each word looks up the phrases that start with it and walks on word
// by word, reading the words after it only while a phrase may continue there. The cost grows with
// the words looked at, not with the size of the lexicon.
import { nextWordStart, tokenize, wordEnd } from "./words.ts";
import type { Word } from "./words.ts";
import type { Span } from "./sentences.ts";

/**
 * Finds the words in spans of a text that may start a phrase (their hash has its bit set in
 * `bits`) in one pass: the scanner (scanner.ts), for text of one byte per character.
 */
export interface WordFinder {
  wordsIn(text: string, spans: Span[], bits: Uint32Array, caseSensitive: boolean): FoundWords;
}

/** Word i is memory[at + 2i, at + 2i + 1] (start, end), in text order; valid until the finder's next use. */
export interface FoundWords {
  memory: Int32Array;
  at: number;
  count: number;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  data: T;
}

/** The phrases that share their first words: the one that ends here, and those that go on by their next word. */
interface Node<T> {
  data?: T;
  next?: WordMap<Node<T>>;
}

export class PhraseIndex<T> {
  private readonly byFirstWord: WordMap<Node<T>>;
  /** Phrases whose first word has neither a capital nor a digit ("long range arena"). */
  readonly plainAliases = new Set<string>();

  constructor(
    phrases: Iterable<[phrase: string, data: T]>,
    private readonly caseSensitive: boolean,
  ) {
    this.byFirstWord = new WordMap(caseSensitive);
    for (const [phrase, data] of phrases) {
      const tokens = tokenize(phrase);
      // A phrase that starts with characters no word holds ("∇²DFT") would be found by its later words alone ("DFT").
      if (!tokens.length || tokens[0]!.start > 0) continue;
      const words = tokens.map((w) => keyOf(w.text, caseSensitive, true));
      let node = this.byFirstWord.get(words[0]!);
      if (!node) this.byFirstWord.set(words[0]!, (node = {}));
      for (const word of words.slice(1)) {
        node.next ??= new WordMap(caseSensitive);
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = {}));
        node = child;
      }
      // A phrase listed twice keeps its first reading.
      node.data ??= data;
      if (!/[A-Z0-9]/.test(tokens[0]!.text)) this.plainAliases.add(phrase);
    }
  }

  /** Whether some phrase starts with the word text[start, end) (`curly`: the text has a ’). */
  startsPhraseAt(text: string, start: number, end: number, curly: boolean): boolean {
    return this.byFirstWord.at(text, start, end, curly) !== undefined;
  }

  /** The phrase the whole text is, or null ("ImageNet-1k" is a dataset alias; "on ImageNet" is not). */
  whole(text: string): T | null {
    const hit = this.findIn(text)[0];
    return hit && hit.start === 0 && hit.end === text.length ? hit.data : null;
  }

  /** Non-overlapping hits starting at the given words (in text order, not necessarily consecutive), longest phrase first. */
  findAt(text: string, words: Word[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const curly = text.includes("’");
    let covered = -1;
    for (const word of words) {
      if (word.start < covered) continue;
      const hit = this.longestAt(text, word.start, word.end, text.length, curly);
      if (hit) {
        hits.push(hit);
        covered = hit.end;
      }
    }
    return hits;
  }

  /**
   * Non-overlapping hits within each of the spans of the text (in text order), longest phrase
   * first. The words are read in place: only those that may start a phrase are cut out.
   */
  findIn(text: string, spans: Span[] = [{ start: 0, end: text.length }], finder?: WordFinder): PhraseHit<T>[] {
    if (finder) return this.findFound(text, spans, finder);
    const hits: PhraseHit<T>[] = [];
    const curly = text.includes("’");
    for (const span of spans) {
      let covered = -1;
      // Words are short: walking them costs less than a pattern search for each.
      for (let start = nextWordStart(text, span.start, span.end), end = 0; start < span.end; start = nextWordStart(text, end, span.end)) {
        end = wordEnd(text, start);
        const hit = start < covered ? null : this.longestAt(text, start, end, span.end, curly);
        if (hit) {
          hits.push(hit);
          covered = hit.end;
        }
      }
    }
    return hits;
  }

  /** findIn with the words that may start a phrase found by `finder`: the others cannot, and are not looked up. */
  private findFound(text: string, spans: Span[], finder: WordFinder): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const curly = text.includes("’");
    const { memory, at, count } = finder.wordsIn(text, spans, this.byFirstWord.bits(), this.caseSensitive);
    let span = 0;
    let covered = -1;
    for (let i = at; i < at + 2 * count; i += 2) {
      const start = memory[i]!;
      while (spans[span]!.end <= start) span++;
      if (start < covered) continue;
      const hit = this.longestAt(text, start, memory[i + 1]!, spans[span]!.end, curly);
      if (hit) {
        hits.push(hit);
        covered = hit.end;
      }
    }
    return hits;
  }

  /**
   * The longest phrase that starts with the word text[start, end), its next words read from the
   * text. Words of a phrase end within the limit and are not split by punctuation.
   */
  private longestAt(text: string, start: number, end: number, limit: number, curly: boolean): PhraseHit<T> | null {
    let node = this.byFirstWord.at(text, start, end, curly);
    if (!node) return null;
    let hit = node.data === undefined ? null : { start, end, data: node.data };
    let previous = end;
    while (node.next) {
      const next = nextWordStart(text, previous, Math.min(limit, previous + MAX_GAP + 1));
      if (next >= limit || next > previous + MAX_GAP || !sameRun(text, previous, next)) break;
      const nextEnd = wordEnd(text, next);
      if (nextEnd > limit) break;
      const child: Node<T> | undefined = node.next.at(text, next, nextEnd, curly);
      if (!child) break;
      node = child;
      previous = nextEnd;
      if (node.data !== undefined) hit = { start, end: nextEnd, data: node.data };
    }
    return hit;
  }
}

/** At most this many characters stand between two words of a phrase. */
const MAX_GAP = 3;

/** The lookup key of a word: as written or folded to lower case, with ’ read as ' (`curly`: the word may hold a ’). */
function keyOf(word: string, caseSensitive: boolean, curly: boolean): string {
  const w = curly ? word.replace(/’/g, "'") : word;
  return caseSensitive ? w : w.toLowerCase();
}

/**
 * Words (by their keys) to values, looked up by a word read in place. Keys are filed by their
 * hash (hashOf): most words find no key of their hash, and the others are compared with the keys
 * character by character, so that no string is cut out of the text. Only a word that holds a
 * character outside ASCII is cut out and made into its key.
 */
class WordMap<V> {
  private readonly byKey = new Map<string, V>();
  /** The keys that have a hash, with it. */
  private readonly hashed: { key: string; value: V; hash: number }[] = [];
  /** Made at the first lookup: a bit per hash (modulo the bits, about 32 bits a key), and the keys filed by hash modulo a table of twice their number (a chain per slot, `next`: the following entry + 1). */
  private filed: { bits: Uint32Array; slots: Int32Array; next: Int32Array } | undefined;

  constructor(private readonly caseSensitive: boolean) {}

  get(key: string): V | undefined {
    return this.byKey.get(key);
  }

  set(key: string, value: V): void {
    this.byKey.set(key, value);
    this.filed = undefined;
    const hash = hashOf(key, 0, key.length, this.caseSensitive);
    // A key with a character outside ASCII among the five hashed is found by its string only, as is any word that has one.
    if (hash >= 0) this.hashed.push({ key, value, hash });
  }

  /** The value of the word text[start, end) (`curly`: the text has a ’). Most words are turned away by one bit. */
  at(text: string, start: number, end: number, curly: boolean): V | undefined {
    const hash = hashOf(text, start, end, this.caseSensitive);
    if (hash >= 0) {
      const { bits, slots, next } = (this.filed ??= this.file());
      const bit = hash & (32 * bits.length - 1);
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
      for (let i = slots[hash & (slots.length - 1)]! - 1; i >= 0; i = next[i]! - 1) {
        const entry = this.hashed[i]!;
        if (entry.hash !== hash) continue;
        const same = sameAsKey(text, start, end, entry.key, this.caseSensitive);
        if (same === 1) return entry.value;
        if (same < 0) break;
      }
      if (isAscii(text, start, end)) return undefined;
    }
    return this.byKey.get(keyOf(text.slice(start, end), this.caseSensitive, curly));
  }

  /** The bit of each key's hash (modulo their number): what WordFinder.wordsIn reads. */
  bits(): Uint32Array {
    return (this.filed ??= this.file()).bits;
  }

  private file(): { bits: Uint32Array; slots: Int32Array; next: Int32Array } {
    const bits = new Uint32Array(2 ** Math.ceil(Math.log2(this.byKey.size + 1)));
    const slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * this.hashed.length + 1)));
    const next = new Int32Array(this.hashed.length);
    this.hashed.forEach(({ hash }, i) => {
      const bit = hash & (32 * bits.length - 1);
      bits[bit >>> 5]! |= 1 << (bit & 31);
      const slot = hash & (slots.length - 1);
      next[i] = slots[slot]!;
      slots[slot] = i + 1;
    });
    return { bits, slots, next };
  }
}

/** Whether the word text[start, end) reads as the key (1) or not (0); -1: the word holds a character outside ASCII, and only its key can tell. */
function sameAsKey(text: string, start: number, end: number, key: string, caseSensitive: boolean): number {
  let same = end - start === key.length;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (!same) continue;
    if (!caseSensitive && c >= 65 && c <= 90) c += 32;
    same = c === key.charCodeAt(i - start);
  }
  return same ? 1 : 0;
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * A hash of the word text[start, end) as its key reads, from its first three and last two
 * characters (folded to lower case unless the index is case-sensitive): five character codes turn
 * most words away before any string is made. The characters between do not count, as the key may
 * differ from the word there (’ read as ', other letters in lower case); -1 when one of the five
 * is not ASCII, so that only the string itself can tell. The length counts where case is kept:
 * only folding case can change it ("İ").
 */
function hashOf(text: string, start: number, end: number, caseSensitive: boolean): number {
  const length = end - start;
  const first = text.charCodeAt(start);
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  const third = length > 2 ? text.charCodeAt(start + 2) : 0;
  const beforeLast = length > 3 ? text.charCodeAt(end - 2) : 0;
  const last = text.charCodeAt(end - 1);
  if ((first | second | third | beforeLast | last) >= 128) return -1;
  // Setting bit 5 folds A-Z to a-z, and any other ASCII character the same way in word and key.
  const fold = caseSensitive ? 0 : 32;
  const hash = ((((first | fold) * 31 + (second | fold)) * 31 + (third | fold)) * 31 + (beforeLast | fold)) * 31 + (last | fold);
  // Kept small, so that it stays an integer the engine holds unboxed.
  return (caseSensitive ? hash * 31 + length : hash) & 0xfffff;
}

/** Words of one phrase are separated by spaces or light punctuation only, never a sentence break. */
function sameRun(text: string, end: number, next: number): boolean {
  for (let i = end; i < next; i++) if (BREAKS.has(text.charCodeAt(i)) && !isRatio(text, i, end, next)) return false;
  return true;
}

/** A colon alone between two digits writes a range of thresholds inside a name: "AP50:95", "mAP@0.5:0.95". */
function isRatio(text: string, i: number, end: number, next: number): boolean {
  return text.charCodeAt(i) === 58 && end === i && next === i + 1 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

const BREAKS = new Set([...".;:!?,()"].map((c) => c.charCodeAt(0)));
