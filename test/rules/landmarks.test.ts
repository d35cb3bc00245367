// Text of one byte per character is scanned for landmarks by scanner.wasm (scanner.as.ts), any
// other text by regular expressions: both readings must agree exactly. The compiled scanner must
// also be the one its source gives.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLandmarks } from "../../extract/rules/landmarks.ts";
import { Scanner } from "../../extract/rules/scanner.ts";
import { MODULE, compileScanner, scannerModule } from "../../extract/rules/build-scanner.ts";
import { FROM_CAPITAL_OR_DIGIT, wordStart } from "../../extract/rules/words.ts";

const WORDS = [
  "two", "Two", "TWO", "twofold", "two-fold", "Ten-fold", "tenfold", "halved", "HALVES", "order", "orders", "factor", "twice", "twenty",
  "ogbn-arxiv", "OGBN-ARXIV", "long range arena", "Long-Range Arena", "dm_control", "dm_controls", "the Pile", "THE PILE", "split MNIST", "restricted imagenet",
  "respectively", "Respectively", "respectivelyx", "xtwo", "two_", "_two", "two2", "ImageNet", "ImageNet-1k", "CIFAR-10", "mAP", "rMD17", "HumanEval+", "C++",
  "GPT-4", "A", "x", "3.5", "10x", "1,000", "2024", "Bench", "dataset", "Dataset", "benchmarks", "test set", "Ümlaut", "café", "Café", "naïve", "É", "×", "twö",
  "A-", "A-B", "a'B", "B'", "x^2", "W@K", "re-ID", "X.Y", "v1.5", "ResNet50", "", "-", "+", "_", "@",
];
const GAPS = [" ", "  ", ", ", ". ", "-", "(", ")", "/", "\n", "_", "'", ".", "+", "", "×", "\u00a0", "é"];

describe("landmarks", () => {
  it("are the same whether scanned in one pass (one byte per character) or searched for with regular expressions", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { maxLength: 60 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join("");
        expect(findLandmarks(text, true)).toEqual(findLandmarks(text, false));
      }),
      { numRuns: 2000 },
    );
  });

  it("scans the places the regular expressions find, and no others", () => {
    const rareWords = ["two", "twofold", "two-fold", "ten", "long range arena", "dm_control", "the Pile", "c4"];
    const scanner = new Scanner(rareWords);
    const anyRare = new RegExp(`\\b(?:${[...rareWords].sort((a, b) => b.length - a.length).join("|")})\\b`, "gi");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS, ...rareWords, "C4", "The pile", "tenth"), fc.constantFrom(...GAPS)), { maxLength: 60 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join("");
        const { memory, words, wordCount, rare, rareCount } = scanner.scan(text);
        const places: number[] = [];
        for (let m = anyRare.exec(text); m; m = anyRare.exec(text)) places.push(m.index), (anyRare.lastIndex = m.index + 1);
        expect([...memory.subarray(rare, rare + rareCount)]).toEqual(places);
        const capitalWords: number[] = [];
        FROM_CAPITAL_OR_DIGIT.lastIndex = 0;
        while (FROM_CAPITAL_OR_DIGIT.test(text)) capitalWords.push(wordStart(text, FROM_CAPITAL_OR_DIGIT.lastIndex - 1), FROM_CAPITAL_OR_DIGIT.lastIndex);
        expect([...memory.subarray(words, words + 2 * wordCount)]).toEqual(capitalWords);
      }),
      { numRuns: 1000 },
    );
  });

  it("finds each kind in a real sentence, on both readings", () => {
    const text = "Our model is twice as fast on ogbn-arxiv and ImageNet-1k, and 3x smaller than GPT-4 on the PERSONA-CHAT dataset and OGBN-ARXIV, respectively.";
    for (const oneByte of [true, false]) {
      const landmarks = findLandmarks(text, oneByte);
      expect(landmarks.numberWords.map((w) => w.text)).toEqual(["twice"]);
      // Names written without a capital are read as written: "OGBN-ARXIV" is not one.
      expect(landmarks.plainNames.map((w) => w.text)).toEqual(["ogbn-arxiv"]);
      expect(landmarks.knownNames.map((w) => w.text)).toContain("ImageNet-1k");
      expect(landmarks.digits.map((at) => text.slice(at, at + 2))).toEqual(["3x"]);
      expect(landmarks.dataWords.map((at) => text.slice(at, at + 7))).toEqual(["dataset"]);
      expect(landmarks.respectively).toEqual([text.indexOf("respectively")]);
    }
  });

  it("reads a text longer than the scanner's memory held so far", () => {
    const text = "We halve the cost on ImageNet. ".repeat(40000);
    const landmarks = findLandmarks(text, true);
    expect(landmarks.numberWords.length).toBe(40000);
    expect(landmarks.knownNames.length).toBe(40000);
    expect(landmarks).toEqual(findLandmarks(text, false));
  });

  it("is compiled from its source as committed", () => {
    expect(readFileSync(MODULE, "utf8")).toBe(scannerModule(compileScanner()));
  });
});
