// Finding known phrases (metric names, dataset aliases, efficiency cues) at given words: the
// phrases are a tree of words, each word looks up the phrases that start with it and walks on word
// by word, reading the words after it only while a phrase may continue there. The cost grows with
// the words looked at, not with the size of the lexicon.
import { tokenize, wordAfter } from "./words.ts";
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
  /** The first words' hashes (see hashOf): most words are turned away here, before being hashed as strings. */
  private readonly hashes = new Uint8Array(HASHES);
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
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = {}));
        node = child;
      }
      // A phrase listed twice keeps its first reading.
      node.data ??= data;
      this.hashes[hashOf(words[0]!, this.caseSensitive)] = 1;
      if (!/[A-Z0-9]/.test(tokenize(phrase)[0]!.text)) this.plainAliases.add(phrase);
    }
  }

  /** The lookup key of a word: as written or folded to lower case, with ’ read as ' (`curly`: the text has a ’). */
  private key(word: string, curly: boolean): string {
    const w = curly ? word.replace(/’/g, "'") : word;
    return this.caseSensitive ? w : w.toLowerCase();
  }

  /** The phrases that start with a word. Most words are written as their key already (lower case, no ’): they are looked up as they are first. */
  private startingWith(word: string, curly: boolean): Node<T> | undefined {
    const hash = hashOf(word, this.caseSensitive);
    if (hash >= 0 && !this.hashes[hash]) return undefined;
    const node = this.byFirstWord.get(word);
    if (node) return node;
    const key = this.key(word, curly);
    return key === word ? undefined : this.byFirstWord.get(key);
  }

  /** Whether some phrase starts with this word (`curly`: the text has a ’). */
  startsPhrase(word: string, curly: boolean): boolean {
    return this.startingWith(word, curly) !== undefined;
  }

  /** Non-overlapping hits starting at the given words (in text order, not necessarily consecutive), longest phrase first. */
  findAt(text: string, words: Word[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    this.addHits(hits, text, words, false, text.length, text.includes("’"));
    return hits;
  }

  /** Non-overlapping hits within each of the spans of the text (in text order), longest phrase first. */
  findIn(text: string, spans: Span[] = [{ start: 0, end: text.length }]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const curly = text.includes("’");
    for (const span of spans) this.addHits(hits, text, tokenize(text, span.start, span.end), true, span.end, curly);
    return hits;
  }

  /** Adds the hits at `words`; `consecutive` when they are all the words of a stretch of text, so each one's next words follow it. */
  private addHits(hits: PhraseHit<T>[], text: string, words: Word[], consecutive: boolean, limit: number, curly: boolean): void {
    let covered = -1;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.start < covered) continue;
      const node = this.startingWith(word.text, curly);
      const hit = node && this.longestAt(text, word, node, consecutive ? words : null, i + 1, limit, curly);
      if (hit) {
        hits.push(hit);
        covered = hit.end;
      }
    }
  }

  /**
   * The longest phrase that starts at `word` (whose phrases are `node`). The words after it are
   * next[from], next[from + 1], … when the caller has them at hand, else (next = null) they are
   * read from the text. Words of a phrase end within the limit and are not split by punctuation.
   */
  private longestAt(text: string, word: Word, node: Node<T>, next: Word[] | null, from: number, limit: number, curly: boolean): PhraseHit<T> | null {
    let hit = node.data === undefined ? null : { start: word.start, end: word.end, data: node.data };
    let previous = word;
    for (let k = from; node.next; k++) {
      const w = next ? next[k] : wordAfter(text, previous);
      if (w === undefined || w.end > limit || !sameRun(text, previous, w)) break;
      const child = node.next.get(this.key(w.text, curly));
      if (!child) break;
      node = child;
      previous = w;
      if (node.data !== undefined) hit = { start: word.start, end: w.end, data: node.data };
    }
    return hit;
  }
}

const HASHES = 1 << 14;

/**
 * A hash of an ASCII word as its key reads (folded to lower case unless the index is
 * case-sensitive); -1 for any other word, whose key only the string itself can tell.
 */
function hashOf(word: string, caseSensitive: boolean): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 128) return -1;
    if (!caseSensitive && c >= 65 && c <= 90) c += 32;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash & (HASHES - 1);
}

/** Words of one phrase are separated by spaces or light punctuation only, never a sentence break. */
function sameRun(text: string, a: Word, b: Word): boolean {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) if (BREAKS.includes(text[i]!)) return false;
  return true;
}

const BREAKS = ".;:!?,()";
