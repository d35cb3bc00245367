// The phrase index reads words in place and compares them with its keys character by character;
// checked here against the plain reading: cut every word out, make its key, look it up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseIndex } from "../../extract/rules/phrases.ts";
import type { PhraseHit } from "../../extract/rules/phrases.ts";
import { tokenize } from "../../extract/rules/words.ts";
import { Scanner } from "../../extract/rules/scanner.ts";
import { CHANGE_BEFORE, RESULT_BEFORE } from "../../extract/rules/lexicons.ts";
import cues from "../../extract/lexicon/cues.json" with { type: "json" };

const PHRASES = ["top-1 accuracy", "accuracy", "mAP", "the size", "don't care", "İstanbul test", "naïve bayes", "protéine score", "zero-shot", "GPU hours", "x"];

/** Longest phrase first at each word, hits not overlapping; words of a phrase at most 3 characters apart, with no break between. */
function plainReading(text: string, caseSensitive: boolean): PhraseHit<string>[] {
  const key = (w: string) => (caseSensitive ? w.replace(/’/g, "'") : w.replace(/’/g, "'").toLowerCase());
  const phrases = new Map<string, string>();
  for (const p of PHRASES) phrases.set(tokenize(p).map((w) => key(w.text)).join(" "), p);
  const words = tokenize(text);
  const hits: PhraseHit<string>[] = [];
  let covered = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.start < covered) continue;
    let hit: PhraseHit<string> | null = null;
    for (let j = i; j < words.length; j++) {
      if (j > i) {
        const gap = text.slice(words[j - 1]!.end, words[j]!.start);
        if (gap.length > 3 || /[.;:!?,()]/.test(gap)) break;
      }
      const data = phrases.get(words.slice(i, j + 1).map((w) => key(w.text)).join(" "));
      if (data !== undefined) hit = { start: words[i]!.start, end: words[j]!.end, data };
    }
    if (hit) {
      hits.push(hit);
      covered = hit.end;
    }
  }
  return hits;
}

const WORDS = ["Top-1", "top-1", "TOP-1", "accuracy", "Accuracy", "ACCURACY", "accuracies", "MAP", "mAP", "map", "the", "The", "size", "Size", "don't", "don’t", "Don’t", "care", "İstanbul", "istanbul", "test", "naïve", "NAÏVE", "bayes", "GPU", "gpu", "hours", "x", "X", "ẋ", "accuracY", "protéine", "PROTÉINE", "protéines", "score", "Zero-shot", "ZERO-SHOT", "zero-shot"];
const GAPS = [" ", "  ", "    ", ", ", ". ", "-", "(", " – "];

describe("phrase index", () => {
  it("finds what the plain reading finds, in any case, with curly apostrophes and letters outside ASCII", () => {
    const index = { false: new PhraseIndex(PHRASES.map((p) => [p, p] as [string, string]), false), true: new PhraseIndex(PHRASES.map((p) => [p, p] as [string, string]), true) };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 30 }), fc.boolean(), (parts, caseSensitive) => {
        const text = parts.map(([w, g]) => w + g).join("");
        expect(index[`${caseSensitive}`].findIn(text)).toEqual(plainReading(text, caseSensitive));
      }),
      { numRuns: 500 },
    );
  });

  it("finds the same with the scanner walking the words of text of one byte per character, in any spans", () => {
    const scanner = new Scanner([]);
    // Whole phrases too, so that spans often hold one (also one whose first word has a letter outside ASCII).
    const oneByte = [...WORDS, ...PHRASES].filter((w) => [...w].every((c) => c.charCodeAt(0) < 0x100));
    const index = { false: new PhraseIndex(PHRASES.map((p) => [p, p] as [string, string]), false), true: new PhraseIndex(PHRASES.map((p) => [p, p] as [string, string]), true) };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...oneByte), fc.constantFrom(...GAPS.filter((g) => !g.includes("–")))), { maxLength: 30 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (parts, caseSensitive, cuts) => {
        const text = parts.map(([w, g]) => w + g).join("");
        // Disjoint spans in text order, from sorted cut points.
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const spans = [];
        for (let i = 0; i + 1 < points.length; i += 2) spans.push({ start: points[i]!, end: points[i + 1]! });
        const phrases = index[`${caseSensitive}`];
        expect(phrases.findIn(text, spans, scanner)).toEqual(phrases.findIn(text, spans));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a phrase across case and a curly apostrophe, and not a longer word", () => {
    const index = new PhraseIndex(PHRASES.map((p) => [p, p] as [string, string]), false);
    const text = "Top-1 Accuracy and DON’T CARE, but accuracies and xx";
    expect(index.findIn(text).map((h) => text.slice(h.start, h.end))).toEqual(["Top-1 Accuracy", "DON’T CARE"]);
  });

  it("reads a cue phrase at the end of a text from the end alone, as the whole-text pattern does", () => {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // After a boundary, or LaTeX's "--" dash ("GEPA+Merge--by an average of 12%").
    const plain = (words: string[], spaces: string) => new RegExp(`(?:^|[^\\w-]|--)(?:${words.map(escape).sort((a, b) => b.length - a.length).join("|")})\\s${spaces}$`, "i");
    const readings = [
      [CHANGE_BEFORE, plain(cues.change.before, "*"), cues.change.before],
      [RESULT_BEFORE, plain(cues.result, "+"), cues.result],
    ] as const;
    for (const [atEnd, whole, words] of readings) {
      const parts = [...words, ...words.map((w) => w.toUpperCase()), "x", "-", "--", "the", " ", "  ", "\n", "(", "a-", "1"];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), (chosen) => {
          const text = chosen.join(" ").replace(/^ /, "");
          expect(atEnd.test(text)).toBe(whole.test(text));
          expect(atEnd.test(chosen.join(""))).toBe(whole.test(chosen.join("")));
        }),
        { numRuns: 1000 },
      );
    }
  });
});
