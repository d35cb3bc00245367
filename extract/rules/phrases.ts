// Finding many known phrases (metric names, dataset aliases, efficiency cues) in one pass over
// the words of a text: each word looks up the phrases that start with it, longest first, so the
// cost grows with the text, not with the size of the lexicon.
export interface PhraseHit<T> {
  start: number;
  end: number;
  data: T;
}

// A word: letters/digits joined by inner - ' . ^ + @ ("CIFAR-10", "WMT'14", "top-1", "nabla^2DFT").
const WORD = /[\p{L}\p{N}]+(?:[-'’.^+@][\p{L}\p{N}]+)*\+?/gu;

interface Entry<T> {
  words: string[];
  data: T;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  constructor(
    phrases: Iterable<[phrase: string, data: T]>,
    private readonly caseSensitive: boolean,
  ) {
    for (const [phrase, data] of phrases) {
      const words = (phrase.match(WORD) ?? []).map((w) => this.key(w));
      if (!words.length) continue;
      const list = this.byFirstWord.get(words[0]!) ?? [];
      list.push({ words, data });
      this.byFirstWord.set(words[0]!, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private key(word: string): string {
    const w = word.replace(/’/g, "'");
    return this.caseSensitive ? w : w.toLowerCase();
  }

  /** Non-overlapping hits, longest phrase first at each word, in text order. */
  findAll(text: string): PhraseHit<T>[] {
    const words: { start: number; end: number; key: string }[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, key: this.key(m[0]) });
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; ) {
      const entry = this.byFirstWord.get(words[i]!.key)?.find((e) => e.words.every((w, k) => words[i + k]?.key === w && sameRun(text, words, i, k)));
      if (entry) {
        hits.push({ start: words[i]!.start, end: words[i + entry.words.length - 1]!.end, data: entry.data });
        i += entry.words.length;
      } else i++;
    }
    return hits;
  }
}

/** Words of one phrase are separated by spaces or light punctuation only, never a sentence break. */
function sameRun(text: string, words: { start: number; end: number }[], i: number, k: number): boolean {
  if (k === 0) return true;
  const gap = text.slice(words[i + k - 1]!.end, words[i + k]!.start);
  return gap.length <= 3 && !/[.;:!?,()]/.test(gap);
}
