// A guard on extraction quality: the figures `npm run eval` prints must stay at the levels the
// README quotes (claim F1 >= 0.90 overall and >= 0.85 for every type with 10+ gold claims,
// dataset-mention F1 >= 0.90, dataset-link accuracy >= 0.80 on the gold set).
import { describe, expect, it } from "vitest";
import { CLAIM_TYPES } from "../../extract/schema.ts";
import { evaluate, goldSpan, sameValue } from "./evaluate.ts";
import { goldSet } from "./cli.ts";

const seeds = goldSet("seeds");
const heldOut = goldSet("heldout");

describe("the gold sets", () => {
  it("cover every seed abstract, with spans that occur in the abstracts", () => {
    expect(seeds.gold).toHaveLength(seeds.abstracts.size);
    expect(seeds.gold.filter((g) => g.claims.length === 0).length).toBeGreaterThanOrEqual(50);
    for (const set of [seeds, heldOut]) {
      for (const paper of set.gold) {
        const abstract = set.abstracts.get(paper.id)!;
        for (const claim of paper.claims) expect(abstract.slice(goldSpan(abstract, claim).start).startsWith(claim.text)).toBe(true);
        for (const name of paper.datasets) expect(abstract).toContain(name);
      }
    }
  });

  it("match values up to an SI prefix and nothing looser", () => {
    expect(sameValue(444e6, 444)).toBe(true);
    expect(sameValue(53.3, 53.3)).toBe(true);
    expect(sameValue(53.3, 53.4)).toBe(false);
    expect(sameValue(2, 20)).toBe(false);
  });
});

describe("extraction quality on the gold set", () => {
  const result = evaluate(seeds.gold, seeds.abstracts);

  it("reaches claim F1 0.90 overall and 0.85 for every type with 10+ gold claims", () => {
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.9);
    for (const type of CLAIM_TYPES) {
      if (result.byType[type].gold >= 10) expect(result.byType[type].f1, type).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("reaches dataset-mention F1 0.90 and dataset-link accuracy 0.80", () => {
    expect(result.datasets.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.datasetLinkAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it("lists every matched claim read with the wrong metric or dataset, as many as the accuracies leave out", () => {
    const matched = result.overall.matched;
    const listed = (kind: string) => result.findings.filter((f) => f.kind === kind).length;
    expect(listed("wrong metric")).toBe(Math.round(matched * (1 - result.metricAccuracy)));
    expect(listed("wrong dataset")).toBe(Math.round(matched * (1 - result.datasetLinkAccuracy)));
  });

  it("generalises to the held-out abstracts (claim F1 above 0.80)", () => {
    expect(evaluate(heldOut.gold, heldOut.abstracts).overall.f1).toBeGreaterThan(0.8);
  });
});
