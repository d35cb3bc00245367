// Finding known phrases (metric names, dataset aliases, efficiency cues) at given words: each
// word looks up the phrases that start with it, longest first, and reads the words after it only
// when a phrase of several words might continue there. The cost grows with the words looked at,
// not with the size of the lexicon.
import { tokenize, wordsAfter } from "./words.ts";
import type { Word } from "./words.ts";

export interface PhraseHit<T> {
  start: number;
  end: number;
  data: T;
}

interface Entry<T> {
  words: string[];
  data: T;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  /** Phrases whose first word has neither a capital nor a digit ("long range arena"). */
  readonly plainAliases = new Set<string>();

  constructor(
    phrases: Iterable<[phrase: string, data: T]>,
    private readonly caseSensitive: boolean,
  ) {
    for (const [phrase, data] of phrases) {
      const words = tokenize(phrase).map((w) => this.key(w.text));
      if (!words.length) continue;
      const list = this.byFirstWord.get(words[0]!) ?? [];
      list.push({ words, data });
      this.byFirstWord.set(words[0]!, list);
      if (!/[A-Z0-9]/.test(tokenize(phrase)[0]!.text)) this.plainAliases.add(phrase);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The lookup key of a word: as written or folded to lower case, with ’ read as '. */
  private key(word: string): string {
    const w = word.indexOf("’") < 0 ? word : word.replace(/’/g, "'");
    return this.caseSensitive ? w : w.toLowerCase();
  }

  /** The longest phrase that starts at this word, if any. */
  matchAt(text: string, word: Word, limit = text.length): PhraseHit<T> | null {
    // Most words are written as their key already (lower case, no ’): look them up as they are first.
    const candidates = this.byFirstWord.get(word.text) ?? (this.caseSensitive && word.text.indexOf("’") < 0 ? undefined : this.byFirstWord.get(this.key(word.text)));
    if (!candidates) return null;
    let next: Word[] | null = null;
    for (const entry of candidates) {
      if (entry.words.length > 1) {
        next ??= wordsAfter(text, word, candidates[0]!.words.length - 1);
        const words = [word, ...next];
        const fits = entry.words.every(
          (w, k) => k === 0 || (words[k] !== undefined && words[k]!.end <= limit && this.key(words[k]!.text) === w && sameRun(text, words[k - 1]!, words[k]!)),
        );
        if (fits) return { start: word.start, end: words[entry.words.length - 1]!.end, data: entry.data };
      } else return { start: word.start, end: word.end, data: entry.data };
    }
    return null;
  }

  /** Non-overlapping hits starting at the given words (in text order), longest phrase first. */
  findAt(text: string, words: Word[], limit = text.length): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let covered = -1;
    for (const word of words) {
      if (word.start < covered) continue;
      const hit = this.matchAt(text, word, limit);
      if (hit) {
        hits.push(hit);
        covered = hit.end;
      }
    }
    return hits;
  }

  /** Non-overlapping hits anywhere in the text. */
  findAll(text: string): PhraseHit<T>[] {
    return this.findAt(text, tokenize(text));
  }
}

/** Words of one phrase are separated by spaces or light punctuation only, never a sentence break. */
function sameRun(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && !/[.;:!?,()]/.test(gap);
}
