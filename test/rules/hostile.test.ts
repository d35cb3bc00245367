// Abstracts are untrusted text: the rules must never throw, must give valid spans, and must take
// time linear in the input on strings built to make regular expressions backtrack.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";
import { Claim, DatasetMention } from "../../extract/schema.ts";

function checkSpans(text: string) {
  const { claims, datasets } = extractFromAbstract(text);
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(text.slice(c.sentenceStart, c.sentenceStart + c.sentence.length)).toBe(c.sentence);
    expect(Number.isFinite(c.value)).toBe(true);
    Claim.omit({ claimId: true, paperId: true, title: true, date: true }).parse(c);
  }
  for (const d of datasets) {
    DatasetMention.parse(d);
    expect(text.slice(d.start, d.end)).toBe(d.text);
  }
}

// Repeating units that stress the number, unit, range, list and name patterns.
const HOSTILE_UNITS = [
  "1", "1.", "1,", "1-", "x", "X", "1x", "9.9", "1 x ", "( ", "[[", "{", "\\", "$", "%", "\\%", "sim", "1sim",
  "-", "A-", "Ab ", "AB1 ", "and ", ", ", "1, ", "1 to ", "of ", "on A1 ", "times ", "orders of ", "an order ",
  "from 1% to ", "by ", "up to ", "outperforms A by ", "respectively ", "the X dataset ", "Aa Bb Cc ", "2x faster ",
  "2x faster training ",
  // The corpus grammar: colons, levels named by acronyms, names the text calls data, lists of changes.
  "1:2% ", "1:1 ", "AB = 1 ", "experiments on A1 ", "benchmarks (A1, ", "we introduce A1, a benchmark ", "ABench ",
  "1% on A1 and ", "gains of 1% in a, ", "± 1% ",
  // Round 5: lists a data word opens, placings, acronyms of kinds, LaTeX glued into names.
  "Benchmarks, ", "ranked 1st place overall ", "models (FM) ", "X$^2$Y ",
  // Round 7: asides closed before a measure, typed spreads, lists of levels each before its measure's name.
  "1), precision ", "(1% vs. 2%), a ", "1 +/- 2 ", "from 1.1 to 2.2 (+3%), and A's ", "1.1 AB and ", "errors of 1% ",
  // Round 8: rates, brackets after a measure's head, slash pairs in units, lists of names, "%p".
  "a 1% ab rate ", "1% of the time ", "ab rates (1%) ", "1 dB/2% ", "1% in Ab, ", "1%p ", "steps from 1 to ",
  // Round 9: a measure, the verb's subject, at a level.
  "ab rates remain below 1.1 ", "(AB) increases to ", "1 hours of ab ", "1 hours per ab of ", "totaling 1 hours ", "1 abs (1 hours) ", "1,1% ", "Ab@1 of 1 ", "1% Ab@1 gains ", "1 for ab (AB), ", "in 1% of cases ", "improves ab (1% to ", "gains 1.1 (", "1% of the time ", "trained on A1, 1% on ", "1.1 ab score ", "(1% ab ab) ", "(1GB AB limit) ", "on 1GB AB ",
  // Round 10: ranges a measure spans, an acronym's split, comparators with their levels in brackets.
  "ranged from 1.1 to ", "in the range from 1.1 to ", "AB-val, ", "outperforming Ab (1.1) and ", "surpassing Ab Ab (1%), ", "(1.1) and Ab (", "on Ab1 (1% AB) and ", "on AB (1%), ", "(1.1 \\pm 1.1), Ab (", "ab (AB) of 1.1 ", "1.1 was attained by Ab ", "vs. 1.1 for Ab and ", "1.1 for Ab-ab Ab, ", "with 1 points ", "at IoU 1.1 ", "DOI: 1.1/ab ", "(AB) of 1.1 (", "Ab (w/o AB) of 1.1 ", "ab (Ab: 1.1 vs. Ab: ", "surpassing the Ab's 1.1 and ", "the baseline achieved 1% ", "to Ab, Ab, and ", "1 AB points ", "up to 1 Ab point ", "1x compared with Ab Ab on the ", "models (less than 1B ", "ab exceeding 1.1 ", "proportion of ab exceeding 1 ", "1% mean absolute ab ", "ab (1.1 to 1.1), while AB ", "improves the average ab ab by 1% over Ab ", "on the challenging Ab1 ", "On the Ab1 (AB), Ab-AB, ab ", "1% for Ab Ab Score (AB), ", "with 1% ab ab noise ", "the improvement in ab ab exceeds 1% in Ab ", "videos longer than 1 minutes ", "processing less than 1% of ab frames ",
];

// Linearity without a wall-clock bound: one run over a 16x input is timed against 16 runs over the small
// input, the same number of characters. Linear rules take about as long either way (1-3x: caches, GC);
// a quadratic one takes 16x. Runs alternate, so both meet the machine in the same state (a busy machine
// slows both), and medians of several rounds are compared. Three rounds settle a clearly linear input
// (under half the bound: a quadratic one would need two of them disturbed fourfold); anything closer
// takes all five, so that two disturbed rounds are outvoted. Under a few milliseconds the timer and a
// busy machine are noise, and a quadratic rule on these sizes would take far longer, hence the floor.
const GROWTH = 16;
const GROWTH_BOUND = 8;
const ROUNDS = 5;
const SETTLING_ROUNDS = 3;
const FLOOR_MS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function superLinearity(small: string, extract: (text: string) => unknown = extractFromAbstract): number {
  const large = small.repeat(GROWTH);
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  extract(small); // compile the engine's code before anything is timed
  const ratio = () => median(largeTimes) / Math.max(median(smallTimes), FLOOR_MS);
  for (let round = 0; round < ROUNDS; round++) {
    smallTimes.push(timed(() => { for (let i = 0; i < GROWTH; i++) extract(small); }));
    largeTimes.push(timed(() => extract(large)));
    if (round + 1 === SETTLING_ROUNDS && ratio() < GROWTH_BOUND / 2) break;
  }
  return ratio();
}

function runOf(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

describe("hostile input", () => {
  it("has a linearity check that fails a quadratic function", () => {
    // Every character compared with every later one, as an unbounded look-ahead from each would.
    const quadratic = (text: string) => {
      let pairs = 0;
      for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) pairs += Number(text.charCodeAt(i) === text.charCodeAt(j));
      return pairs;
    };
    expect(superLinearity(runOf("ab ", 1_000), quadratic)).toBeGreaterThan(GROWTH_BOUND);
  });

  it("gives valid spans on random text and random unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => checkSpans(s)), { numRuns: 300 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE_UNITS), { maxLength: 120 }), (parts) => checkSpans(parts.join(""))),
      { numRuns: 300 },
    );
  });

  for (const unit of HOSTILE_UNITS) {
    it(`stays linear on long runs of ${JSON.stringify(unit)}`, () => {
      checkSpans(runOf(unit, 20_000));
      expect(superLinearity(runOf(unit, 25_000))).toBeLessThan(GROWTH_BOUND);
    });
  }

  // A hundred thousand speed-ups each read their clause for what they speed up: only a bounded window may be
  // read (an unbounded search ran for minutes on a megabyte). Sentences that never end (no capital after
  // the full stop) are cut (MAX_SENTENCE): every claim once read every dataset of its megabyte sentence.
  // A speed-up before a dataset once looked through every later claim of the text for one between them, and each dataset's name
  // looked back to the text's start for a "$" (eighth session: 19x and 6x on a megabyte).
  for (const unit of ["7", ".", "x", "1.", "2x faster ", "results on the MNIST dataset reach 99.1% accuracy. ", "on COCO 2x faster ", "(OCRBench 873, DocVQA 94.75%) UvA-NEMO (88.7 percent, +0.8) at 10 Hz "]) {
    it(`stays linear on a megabyte of ${JSON.stringify(unit)}`, () => {
      expect(superLinearity(runOf(unit, (1 << 20) / GROWTH))).toBeLessThan(GROWTH_BOUND);
    });
  }
});
