// A guard on extraction quality: the figures `npm run eval` prints must stay at the levels the
// quality docs quote (docs/quality.md; seed gold: claim F1 >= 0.90 overall and >= 0.85 for every type with 10+ gold claims,
// dataset-mention F1 >= 0.90, dataset-link accuracy >= 0.85; corpus gold: the floors below), and the
// corpus gold itself must stay whole, split as it was drawn, and never show its test findings; and the
// published accuracy (site/accuracy.json, the site's Accuracy page) must hold the figures measured here.
import { describe, expect, it } from "vitest";
import { CLAIM_TYPES } from "../../extract/schema.ts";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { evaluate, goldSpan, readJsonLines, sameValue } from "./evaluate.ts";
import type { Evaluation, GoldPaper } from "./evaluate.ts";
import { checkGoldLine } from "../corpus/check.ts";
import { agreement } from "../corpus/agreement.ts";
import { splitOf } from "../corpus/split.ts";
import { SPLITS, goldSet, publishedFigures } from "./cli.ts";
import type { GoldSet } from "./cli.ts";
import { readAccuracy } from "../../site/build/derive.ts";

const sets = await Promise.all(SPLITS.map((name) => goldSet(name)));
const [seeds, heldOut, devSet, testSet] = sets as [GoldSet, GoldSet, GoldSet, GoldSet];
/** Each set evaluated once, for every test below. */
const evaluated = new Map<GoldSet, Evaluation>(sets.map((set) => [set, evaluate(set.gold, set.abstracts, set.titles)]));
const evaluation = (set: GoldSet) => evaluated.get(set)!;

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
  const result = evaluation(seeds);

  it("reaches claim F1 0.90 overall and 0.85 for every type with 10+ gold claims", () => {
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.9);
    for (const type of CLAIM_TYPES) {
      if (result.byType[type].gold >= 10) expect(result.byType[type].f1, type).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("reaches dataset-mention F1 0.90 and dataset-link accuracy 0.85", () => {
    expect(result.datasets.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.datasetLinkAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it("lists every matched claim read with the wrong metric or dataset, as many as the accuracies leave out", () => {
    const matched = result.overall.matched;
    const listed = (kind: string) => result.findings.filter((f) => f.kind === kind).length;
    expect(listed("wrong metric")).toBe(Math.round(matched * (1 - result.metricAccuracy)));
    expect(listed("wrong dataset")).toBe(Math.round(matched * (1 - result.datasetLinkAccuracy)));
  });

  it("generalises to the held-out abstracts (claim F1 above 0.80)", () => {
    expect(evaluation(heldOut).overall.f1).toBeGreaterThan(0.8);
  });
});

/** A dev paper whose claims the rules read with their gold method: "Conf-Profile … improving F1 by 13.97". */
function devGoldWithMethod() {
  const id = "2509.18864";
  const drawn = readJsonLines<{ id: string; title: string; abstract: string }>("test/corpus/abstracts.jsonl").find((r) => r.id === id)!;
  const gold = readJsonLines<GoldPaper>("test/corpus/gold.jsonl").find((g) => g.id === id)!;
  return { gold, abstracts: new Map([[id, drawn.abstract]]), titles: new Map([[id, drawn.title]]) };
}

describe("the corpus gold (test/corpus/)", () => {
  const drawn = readJsonLines<{ id: string; split: string; abstract: string }>("test/corpus/abstracts.jsonl");
  const abstracts = new Map(drawn.map((r) => [r.id, r.abstract]));

  it("annotates each of the 1,200 drawn abstracts once, in order, in the shape the spec gives", () => {
    const lines = readFileSync("test/corpus/gold.jsonl", "utf8").split("\n").filter((l) => l.trim());
    expect(drawn).toHaveLength(1200);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(drawn.map((r) => r.id));
    for (const line of lines) expect(checkGoldLine(line, abstracts)).toEqual([]);
  });

  it("splits by a hash of the arXiv id, about two thirds dev", () => {
    for (const r of drawn) expect(r.split).toBe(splitOf(r.id));
    const tests = drawn.filter((r) => r.split === "test").length;
    expect(tests / drawn.length).toBeGreaterThan(0.28);
    expect(tests / drawn.length).toBeLessThan(0.39);
  });

  it("holds the first 100 abstracts annotated twice, and agreement counts what the two share", () => {
    const first = readJsonLines<GoldPaper>("test/corpus/gold-first.jsonl");
    const second = readJsonLines<GoldPaper>("test/corpus/gold-second.jsonl");
    expect(second.map((p) => p.id)).toEqual(drawn.slice(0, 100).map((r) => r.id));
    expect(agreement(first, first, abstracts).claims.f1).toBe(1);
    const dropped = first.map((p) => ({ ...p, claims: p.claims.slice(1), datasets: p.datasets.slice(1) }));
    const partial = agreement(first, dropped, abstracts);
    expect(partial.claims.f1).toBeLessThan(1);
    expect(partial.datasets.f1).toBeLessThan(1);
    expect(partial.disagreements.length).toBeGreaterThan(0);
  });

  it("keeps extraction quality on both splits at the levels docs/quality.md quotes", async () => {
    const dev = evaluation(devSet);
    const test = evaluation(testSet);
    expect(dev.overall.f1).toBeGreaterThanOrEqual(0.93);
    expect(dev.metricAccuracy).toBeGreaterThanOrEqual(0.82);
    expect(dev.datasets.f1).toBeGreaterThanOrEqual(0.89);
    // 0.89 since 2026-12-07: 12 more dev claims found, harder to link (right links 505 → 512 of 560 → 572 matched).
    expect(dev.datasetLinkAccuracy).toBeGreaterThanOrEqual(0.89);
    expect(dev.scoreRowAccuracy).toBeGreaterThanOrEqual(0.745);
    expect(test.overall.f1).toBeGreaterThanOrEqual(0.86);
    expect(test.metricAccuracy).toBeGreaterThanOrEqual(0.74);
    // Improvements carry their sign (CLAIMS-SPEC): negative where the result is worse than its comparator.
    expect(dev.signAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(evaluation(seeds).signAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(test.datasets.f1).toBeGreaterThanOrEqual(0.865);
    // The method and the setting of each claim (issue 13): the corpus gold carries both. Lower since 2026-12-07 (fifth
    // session) because the gold grew from 780 to 1,200 abstracts whose methods no rule had been written from: on the
    // first 780 the same code reaches method 0.87 (dev) and 0.78 (test), setting 0.915 (dev).
    expect(dev.methodAccuracy).toBeGreaterThanOrEqual(0.83);
    expect(dev.settingAccuracy).toBeGreaterThanOrEqual(0.90);
    expect(test.methodAccuracy).toBeGreaterThanOrEqual(0.75);
    expect(test.settingAccuracy).toBeGreaterThanOrEqual(0.86);
  });

  it("counts a claim's method, setting and sign as right only when they are the gold's", () => {
    const paper = devGoldWithMethod();
    const right = evaluate([paper.gold], paper.abstracts, paper.titles);
    const renamed = { ...paper.gold, claims: paper.gold.claims.map((c) => ({ ...c, method: "SomeOtherModel", setting: ["zero-shot"] })) };
    const wrong = evaluate([renamed], paper.abstracts, paper.titles);
    expect(wrong.methodAccuracy!).toBeLessThan(right.methodAccuracy!);
    expect(wrong.settingAccuracy!).toBeLessThan(right.settingAccuracy!);
    expect(wrong.findings.some((f) => f.kind === "wrong method")).toBe(true);
    const flipped = { ...paper.gold, claims: paper.gold.claims.map((c) => (c.type === "improvement" ? { ...c, value: -c.value } : c)) };
    expect(evaluate([flipped], paper.abstracts, paper.titles).signAccuracy!).toBeLessThan(right.signAccuracy!);
    expect(evaluation(seeds).methodAccuracy).toBeNull(); // the seed gold has no methods
  });

  it("prints no findings for the half of dev kept back (--half b)", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "test/eval/cli.ts", "--split", "dev", "--half", "b", "--findings"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("corpus dev split half b");
    expect(run.stdout).not.toMatch(/^(?:miss|false alarm|wrong)/m);
  });

  it("prints aggregate figures only for the test split, even when findings are asked for", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "test/eval/cli.ts", "--split", "test", "--findings"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("corpus test split");
    expect(run.stdout).not.toMatch(/^(?:miss|false alarm|wrong)/m);
  });
});

describe("the published accuracy (site/accuracy.json)", () => {
  const published = readAccuracy();

  it("holds the figures the eval gives now on every gold set (else run npm run eval -- --write-accuracy)", () => {
    expect(published.sets).toEqual(sets.map((set) => publishedFigures(set, evaluation(set))));
  });

  it("says when it was measured, a real day no later than today", () => {
    const day = new Date(`${published.measured}T00:00:00Z`);
    expect(day.toISOString().slice(0, 10)).toBe(published.measured);
    expect(day.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
