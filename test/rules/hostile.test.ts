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
];

function timeOf(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    extractFromAbstract(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("hostile input", () => {
  it("gives valid spans on random text and random unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => checkSpans(s)), { numRuns: 300 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE_UNITS), { maxLength: 120 }), (parts) => checkSpans(parts.join(""))),
      { numRuns: 300 },
    );
  });

  for (const unit of HOSTILE_UNITS) {
    it(`stays linear on long runs of ${JSON.stringify(unit)}`, () => {
      const small = unit.repeat(Math.ceil(50_000 / unit.length));
      const large = unit.repeat(Math.ceil(200_000 / unit.length));
      checkSpans(large.slice(0, 20_000));
      const ratio = timeOf(large) / Math.max(timeOf(small), 0.5);
      // Linear growth gives ~4 for 4x the input; quadratic would give ~16.
      expect(ratio).toBeLessThan(10);
    });
  }

  it("handles a megabyte of digits, dots, x and speed-ups", () => {
    // A hundred thousand speed-ups each read their clause for what they speed up: only a bounded window may be read.
    const speedups = "2x faster ".repeat((1 << 20) / 10);
    for (const text of ["7".repeat(1 << 20), ".".repeat(1 << 20), "x".repeat(1 << 20), "1.".repeat(1 << 19), speedups]) {
      const t0 = performance.now();
      extractFromAbstract(text);
      expect(performance.now() - t0).toBeLessThan(20_000);
    }
  });
});
