// Sentences of an ASCII text are split without a pass over it: the boundary pattern is tried only
// before words that start with a capital or digit, and at line breaks. Checked here against the
// plain reading: the pattern searched for through the whole text, "respectively" looked for in
// each sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../extract/rules/sentences.ts";
import type { Sentence } from "../../extract/rules/sentences.ts";

const ABBREVIATION = String.raw`(?:\b(?:e\.g|i\.e|et al|etc|vs|Fig|Figs|Eq|Sec|cf|approx|resp|No|Tab|ca|viz)|\b[A-Z])\.`;
const NEXT = String.raw`(?=\s+["'(\[]?[A-Z\d])`;
const BOUNDARY = new RegExp(String.raw`\.(?<!${ABBREVIATION})${NEXT}|[!?]${NEXT}|\n+`, "g");

function plainReading(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (start: number, end: number) => {
    const part = text.slice(start, end);
    const trimmed = part.trim();
    if (trimmed) {
      const from = start + part.indexOf(trimmed);
      sentences.push({ start: from, end: from + trimmed.length, respectively: /\brespectively\b/i.test(trimmed) });
    }
  };
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    add(start, m.index + (m[0].startsWith("\n") ? 0 : 1));
    start = m.index + m[0].length;
  }
  add(start, text.length);
  return sentences;
}

const WORDS = ["We", "report", "mAP", "3.5", "10x", "Fig", "No", "e.g", "i.e", "et al", "A", "ImageNet", "(CIFAR-10)", '"Quoted"', "respectively", "Respectively", "x", "", "'Tis", "[12]", "2024"];
const GAPS = [" ", ". ", "! ", "? ", ".\n", "\n", "\n\n", ".  ", ". (", '. "', ", ", ".", " \t", "? [", "."];

describe("sentences", () => {
  it.each([
    ["We use ResNet-50 (e.g. on COCO). Results improve by 2%. See Fig. 3 for details.", ["We use ResNet-50 (e.g. on COCO).", "Results improve by 2%.", "See Fig. 3 for details."]],
    ["Accuracy is 71% and 75% on A and B, respectively. It is fast!\nCode is public.", ["Accuracy is 71% and 75% on A and B, respectively.", "It is fast!", "Code is public."]],
    ["Smith et al. (2020) reported 3 results. 42 runs agree. \"Done.\"", ["Smith et al. (2020) reported 3 results.", "42 runs agree.", "\"Done.\""]],
  ])("splits %j", (text, expected) => {
    const sentences = splitSentences(text, true);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    expect(sentences).toEqual(plainReading(text));
  });

  it("marks the sentences that pair lists with 'respectively'", () => {
    const text = "We get 1 and 2 on A and B, respectively. Then 3. Respectively, 4 and 5.";
    expect(splitSentences(text, true).map((s) => s.respectively)).toEqual([true, false, true]);
  });

  it("splits ASCII text as the plain reading does, on either path", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 40 }), fc.constantFrom("", " ", "\n", ". "), (parts, lead) => {
        const text = lead + parts.map(([w, g]) => w + g).join("");
        const expected = plainReading(text);
        expect(splitSentences(text, true)).toEqual(expected);
        expect(splitSentences(text, false)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
