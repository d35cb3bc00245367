// Finding known phrases (metric names, dataset aliases, efficiency cues) at given words: the
// phrases are a tree of words, each word looks up the phrases that start with it and walks on word
// by word, reading the words after it only while a phrase may continue there. The cost grows with
// the words looked at, not with the size of the lexicon.
import { nextWordEnd, nextWordStart, tokenize, wordEnd } from "./words.ts";
import type { Word } from "./words.ts";
import type { Span } from "./sentences.ts";

export interface PhraseHit<T> {
  start: number;
  end: number;
  data: T;
}

/** The phrases that share their first words: the one that ends here, and those that go on by their next word. */
interface Node<T> {
  data?: T;
  next?: Map<string, Node<T>>;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Node<T>>();
  /** The first words' hashes (see hashOf): most words are turned away here, before they are cut out of the text. */
  private readonly hashes = new HashBits();
  /** The same for the phrases' later words. */
  private readonly laterHashes = new HashBits();
  /** Phrases whose first word has neither a capital nor a digit ("long range arena"). */
  readonly plainAliases = new Set<string>();

  constructor(
    phrases: Iterable<[phrase: string, data: T]>,
    private readonly caseSensitive: boolean,
  ) {
    for (const [phrase, data] of phrases) {
      const words = tokenize(phrase).map((w) => this.key(w.text, true));
      if (!words.length) continue;
      let node = this.byFirstWord.get(words[0]!);
      if (!node) this.byFirstWord.set(words[0]!, (node = {}));
      for (const word of words.slice(1)) {
        this.laterHashes.add(hashOf(word, 0, word.length, this.caseSensitive));
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = {}));
        node = child;
      }
      // A phrase listed twice keeps its first reading.
      node.data ??= data;
      this.hashes.add(hashOf(words[0]!, 0, words[0]!.length, this.caseSensitive));
      if (!/[A-Z0-9]/.test(tokenize(phrase)[0]!.text)) this.plainAliases.add(phrase);
    }
  }

  /** The lookup key of a word: as written or folded to lower case, with ’ read as ' (`curly`: the text has a ’). */
  private key(word: string, curly: boolean): string {
    const w = curly ? word.replace(/’/g, "'") : word;
    return this.caseSensitive ? w : w.toLowerCase();
  }

  /**
   * The phrases that start with the word text[start, end). Most words are turned away by their
   * hash, read from the text; only the others are cut out and looked up, as written first (most
   * are written as their key already: lower case, no ’).
   */
  private startingAt(text: string, start: number, end: number, curly: boolean): Node<T> | undefined {
    if (!this.hashes.mayHold(hashOf(text, start, end, this.caseSensitive))) return undefined;
    const word = text.slice(start, end);
    const node = this.byFirstWord.get(word);
    if (node) return node;
    const key = this.key(word, curly);
    return key === word ? undefined : this.byFirstWord.get(key);
  }

  /** Whether some phrase starts with the word text[start, end) (`curly`: the text has a ’). */
  startsPhraseAt(text: string, start: number, end: number, curly: boolean): boolean {
    return this.startingAt(text, start, end, curly) !== undefined;
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
  findIn(text: string, spans: Span[] = [{ start: 0, end: text.length }]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const curly = text.includes("’");
    for (const span of spans) {
      let covered = -1;
      for (let from = span.start, end = nextWordEnd(text, from); end >= 0; from = end, end = nextWordEnd(text, end)) {
        const start = nextWordStart(text, from, end);
        if (start >= span.end) break;
        const hit = start < covered ? null : this.longestAt(text, start, end, span.end, curly);
        if (hit) {
          hits.push(hit);
          covered = hit.end;
        }
      }
    }
    return hits;
  }

  /**
   * The longest phrase that starts with the word text[start, end), its next words read from the
   * text. Words of a phrase end within the limit and are not split by punctuation. A next word that
   * no phrase holds is turned away by its hash, so most phrases that go no further cost no string.
   */
  private longestAt(text: string, start: number, end: number, limit: number, curly: boolean): PhraseHit<T> | null {
    let node = this.startingAt(text, start, end, curly);
    if (!node) return null;
    let hit = node.data === undefined ? null : { start, end, data: node.data };
    let previous = end;
    while (node.next) {
      const next = nextWordStart(text, previous, Math.min(limit, previous + MAX_GAP + 1));
      if (next >= limit || next > previous + MAX_GAP || !sameRun(text, previous, next)) break;
      const nextEnd = wordEnd(text, next);
      if (nextEnd > limit || !this.laterHashes.mayHold(hashOf(text, next, nextEnd, this.caseSensitive))) break;
      const child: Node<T> | undefined = node.next.get(this.key(text.slice(next, nextEnd), curly));
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
const HASHES = 1 << 16;

/** A set of word hashes, one bit each. */
class HashBits {
  private readonly bits = new Uint32Array(HASHES >>> 5);

  add(hash: number): void {
    if (hash >= 0) this.bits[hash >>> 5]! |= 1 << (hash & 31);
  }

  /** Whether a word with this hash may be in the set (-1: any word may). */
  mayHold(hash: number): boolean {
    return hash < 0 || (this.bits[hash >>> 5]! & (1 << (hash & 31))) !== 0;
  }
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
  return (caseSensitive ? hash * 31 + length : hash) & (HASHES - 1);
}

/** Words of one phrase are separated by spaces or light punctuation only, never a sentence break. */
function sameRun(text: string, end: number, next: number): boolean {
  for (let i = end; i < next; i++) if (BREAKS.has(text.charCodeAt(i))) return false;
  return true;
}

const BREAKS = new Set([...".;:!?,()"].map((c) => c.charCodeAt(0)));
