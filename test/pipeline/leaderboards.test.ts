// Boards from claims, table-driven: which claims rank at all, which boards they are split into, how
// aliases resolve, and which entries are flagged (and so ranked last) and why.
import { describe, expect, it } from "vitest";
import { Leaderboard } from "../../extract/schema.ts";
import { readPapers } from "../../extract/pipeline.ts";
import { SEED_LISTINGS } from "../../extract/bundled.ts";
import { renderBatch } from "../../extract/render.ts";
import type { Claim } from "../../extract/schema.ts";
import { BestClaims, boardKey, boardMetric, buildLeaderboards, claimFlags, isRanked, outliers, rangeProblem, rankedFields, relativeWording, splittingTags } from "../../extract/leaderboards.ts";
import type { RankedClaim } from "../../extract/leaderboards.ts";

let next = 0;
/** A score claim whose sentence names its dataset and holds its number, plainly worded. */
function claim(fields: Partial<Claim> = {}): Claim {
  next++;
  const value = fields.value ?? 80;
  const unit = fields.unit ?? "%";
  const text = fields.text ?? `${value}${unit}`;
  const dataset = fields.dataset === undefined ? "ImageNet" : fields.dataset;
  const sentence = fields.sentence ?? `Our model reaches ${text} on ${dataset ?? "it"}.`;
  const start = (fields.sentenceStart ?? 0) + sentence.indexOf(text);
  return {
    claimId: `c${next}`, paperId: `p${next}`, title: `Paper ${next}`, type: "score", value, valueLow: null, unit, bound: null,
    metric: "accuracy", higherIsBetter: true, dataset, datasetText: dataset, baseline: null, role: "result", method: null, setting: [],
    text, start, end: start + text.length, sentence, sentenceStart: 0, date: null, ...fields,
  };
}

/** Boards as [dataset, metric, setting, [value, flagged]…] for comparing at a glance. */
function boards(claims: Claim[]): [string, string, string[], [number, boolean][]][] {
  const built = buildLeaderboards(claims.map(rankedFields));
  for (const board of built) Leaderboard.parse(board);
  return built.map((b) => [b.dataset, b.metric, b.setting, b.entries.map((e) => [e.value, e.flags.length > 0] as [number, boolean])]);
}

describe("which claims rank", () => {
  const cases: [string, Partial<Claim>, boolean][] = [
    ["an absolute score", {}, true],
    ["a baseline's score", { role: "baseline" }, false],
    ["an improvement, whatever its sign", { type: "improvement", value: -0.3 }, false],
    ["a retention ratio", { metric: "accuracy retention" }, false],
    ["a relative metric", { metric: "relative performance" }, false],
    ["an accuracy drop", { metric: "accuracy drop" }, false],
    ["a score without a dataset", { dataset: null }, false],
    ["a score without a metric", { metric: null, higherIsBetter: null }, false],
    ["a metric without a direction", { higherIsBetter: null }, false],
  ];
  it.each(cases)("%s: %s", (_, fields, ranked) => {
    expect(isRanked(claim(fields))).toBe(ranked);
    expect(boards([claim(fields)]).length).toBe(ranked ? 1 : 0);
  });

  it("keeps an improvement's sign in the table it stays in", () => {
    const c = claim({ type: "improvement", value: -0.3, text: "0.3%", sentence: "It loses 0.3% accuracy on ImageNet." });
    expect(rankedFields(c).value).toBe(-0.3);
  });
});

describe("board metrics and splits", () => {
  const metrics: [Partial<Claim>, string][] = [
    [{ metric: "ap" }, "map"],
    [{ metric: "map" }, "map"],
    [{ metric: "ap50" }, "ap50"],
    [{ metric: "accuracy", setting: ["top-5"] }, "top-5 accuracy"],
    [{ metric: "error", setting: ["top-1", "zero-shot"] }, "top-1 error"],
    [{ metric: "top-1 accuracy" }, "top-1 accuracy"],
    [{ metric: "f1", setting: ["top-5"] }, "f1"],
  ];
  it.each(metrics)("%j is ranked as %s", (fields, metric) => expect(boardMetric(claim(fields))).toBe(metric));

  const splits: [string[], string[]][] = [
    [[], []],
    [["zero-shot"], ["zero-shot"]],
    [["few-shot:5", "split:test", "model-size:7B"], ["few-shot:5"]],
    [["level:char"], ["level:char"]],
    [["single-model", "resolution:384", "timesteps:4"], []],
    [["ensemble"], ["ensemble"]],
    [["top-5"], []], // accuracy folds it into the metric
    [["pass@1", "fine-tuned"], ["fine-tuned", "pass@1"]],
    [["some-new-tag"], ["some-new-tag"]],
  ];
  it.each(splits)("setting %j splits by %j", (setting, split) => expect(splittingTags({ metric: "accuracy", setting })).toEqual(split));
  it("never splits by a top-K the metric names already ('top-1 accuracy' read with the tag top-1)", () => {
    expect(splittingTags({ metric: "top-1 accuracy", setting: ["top-1"] })).toEqual([]);
    expect(splittingTags({ metric: "top-5 error", setting: ["top-1", "top-5", "ensemble"] })).toEqual(["ensemble"]);
  });

  it("ranks only comparable claims together and keeps AP and mAP on one board", () => {
    const got = boards([
      claim({ value: 70, setting: ["zero-shot"] }),
      claim({ value: 90, setting: ["fine-tuned"] }),
      claim({ value: 60, setting: ["zero-shot", "split:test"] }),
      claim({ value: 85, setting: ["fine-tuned", "model-size:7B"] }),
      claim({ dataset: "Penn Treebank", metric: "perplexity", higherIsBetter: false, value: 1.214, unit: "", setting: ["level:char"] }),
      claim({ dataset: "Penn Treebank", metric: "perplexity", higherIsBetter: false, value: 62.4, unit: "", setting: ["level:word"] }),
      claim({ metric: "accuracy", setting: ["top-1"], value: 82 }),
      claim({ metric: "accuracy", setting: ["top-5"], value: 96 }),
      claim({ dataset: "COCO", metric: "ap", value: 39.9 }),
      claim({ dataset: "COCO", metric: "map", value: 43.1 }),
      claim({ dataset: "COCO", metric: "ap50", value: 60.1 }),
      claim({ dataset: "COCO", metric: "recall@1", value: 55.2 }),
      claim({ dataset: "COCO", metric: "recall@10", value: 91.5 }),
    ]);
    expect(got).toEqual([
      ["COCO", "ap50", [], [[60.1, false]]],
      ["COCO", "map", [], [[43.1, false], [39.9, false]]],
      ["COCO", "recall@1", [], [[55.2, false]]],
      ["COCO", "recall@10", [], [[91.5, false]]],
      ["ImageNet", "accuracy", ["fine-tuned"], [[90, false], [85, false]]],
      ["ImageNet", "accuracy", ["zero-shot"], [[70, false], [60, false]]],
      ["ImageNet", "top-1 accuracy", [], [[82, false]]],
      ["ImageNet", "top-5 accuracy", [], [[96, false]]],
      ["Penn Treebank", "perplexity", ["level:char"], [[1.214, false]]],
      ["Penn Treebank", "perplexity", ["level:word"], [[62.4, false]]],
    ]);
  });

  it("labels each entry with its method and all its tags", () => {
    const [board] = buildLeaderboards([claim({ method: "BossNet-T", setting: ["zero-shot", "model-size:7B"] })].map(rankedFields));
    expect(board!.entries[0]).toMatchObject({ method: "BossNet-T", setting: ["zero-shot", "model-size:7B"], title: expect.stringMatching(/^Paper/) });
    expect(board!.setting).toEqual(["zero-shot"]);
  });
});

describe("plausibility", () => {
  const ranges: [Partial<Claim>, string | null][] = [
    [{ value: 99.5 }, null],
    [{ value: 101 }, "101% accuracy, over 100%"],
    [{ value: 150, unit: "" }, "150 accuracy, over 100 (a percentage) or 1 (a fraction)"],
    [{ metric: "error", value: -2 }, "negative error, which cannot be below 0"],
    [{ metric: "mae", value: -0.1, unit: "" }, "negative mae, which cannot be below 0"],
    [{ metric: "reward", value: -20, unit: "" }, null],
    [{ metric: "wer", value: 120 }, null], // insertions take WER past 100%
    [{ metric: "spearman correlation", value: 1.3, unit: "" }, "1.3 spearman correlation, outside −1…1"],
    [{ metric: "perplexity", value: 0.9, unit: "" }, "perplexity 0.9, below its minimum of 1"],
    [{ metric: "mae", value: 10, unit: "%", higherIsBetter: false }, "mae in %, which it is not measured in (a relative change?)"],
    [{ metric: "mae", value: 0.31, unit: "" }, null],
    // A measure at a cut-off is checked as its family.
    [{ metric: "recall@10", value: 120 }, "120% recall@10, over 100%"],
  ];
  it.each(ranges)("range of %j: %s", (fields, problem) => expect(rangeProblem(claim(fields))).toBe(problem));

  const wordings: [string, string, string[]][] = [
    ["The pruned model regains 99% of the original accuracy on ImageNet.", "99%", ["of the original"]],
    ["Ours outperforms ViT by a margin of 11% on ImageNet.", "11%", ["margin"]],
    ["Ours outperforms ViT by 11% in top-1 accuracy on ImageNet.", "11%", ["by (a margin)"]],
    ["The maximum drop reaching 49.89% on GSM8K and 35.40% on MATH500.", "35.40%", ["a change"]],
    ["LST achieves a 6.5% absolute gain in speech accuracy on HellaSwag.", "6.5%", ["a change"]],
    ["On HellaSwag, LST achieves 6.5% absolute gain in speech accuracy under compute-controlled training and 5.3% under data-controlled training.", "5.3%", ["a change"]],
    ["Accuracy drops to 40.2% on HellaSwag.", "40.2%", []],
    ["More labels lead to further performance gains, reaching 57.97% mAP@0.5 on the KITTI dataset.", "57.97%", []],
    // A comparison of absolute values is no relative wording: the value after "to" is a level.
    ["MarsRL improves AIME2025 accuracy from 86.5% to 93.3%, higher than the 90.1% of Qwen3.", "93.3%", []],
    ["It retains over 70% of its performance on ImageNet.", "70%", ["retains"]],
    ["It reaches 84.3% top-1 accuracy on ImageNet.", "84.3%", []],
    // Far before the number (more than 60 characters): not its wording.
    ["It saves 40% FLOPs compared to a baseline ResNet-50 on ImageNet, while maintaining 75.2% top-1 accuracy.", "75.2%", []],
  ];
  it.each(wordings)("wording in %s", (sentence, text, words) => expect(relativeWording(claim({ sentence, text }))).toEqual(words));

  it("flags a claim whose sentence does not name its dataset, by either name", () => {
    expect(claimFlags(claim({ sentence: "We reach 80% accuracy.", text: "80%" }))).toEqual(["dataset not named in the sentence: ImageNet"]);
    expect(claimFlags(claim({ datasetText: "ILSVRC 2012", sentence: "On ILSVRC 2012 we reach 80%.", text: "80%" }))).toEqual([]);
  });

  it("flags a score said as the best of several settings ('up to', the top of a range)", () => {
    const upTo = claim({ sentence: "Evaluations across attacks on ImageNet show accuracy over 62% in most cases and up to 96.5%.", text: "96.5%", value: 96.5, bound: "up to" });
    expect(claimFlags(upTo)).toEqual(['the best case of several ("up to")']);
    expect(claimFlags({ ...upTo, bound: null })).toEqual([]);
    const range = claim({ sentence: "On ImageNet it keeps 91-95% clean accuracy.", text: "91-95%", value: 95, valueLow: 91 });
    expect(claimFlags(range)).toEqual(["the top of a range (91-95%)"]);
  });

  it("flags a number said of one category or subset of its benchmark", () => {
    const part = claim({ sentence: "On ImageNet, it improves accuracy on the Person category from 19.1% to 87.3%.", text: "87.3%", value: 87.3 });
    expect(claimFlags(part)).toEqual(['a part of the benchmark: "on the Person category"']);
    expect(claimFlags(claim({ sentence: "On ImageNet, it improves accuracy from 19.1% to 87.3%.", text: "87.3%", value: 87.3 }))).toEqual([]);
  });

  it("finds outliers by median and MAD, only on boards with enough entries", () => {
    expect(outliers([80, 81, 82, 84, 16])!.outlying).toEqual([false, false, false, false, true]);
    expect(outliers([80, 81, 16])).toBeNull();
    expect(outliers([80, 80, 80, 80, 16])).toBeNull(); // no spread to measure against
  });

  it("ranks flagged entries after unflagged ones, each with its reasons", () => {
    const board = buildLeaderboards(
      [
        claim({ value: 84.3 }),
        claim({ value: 82.7 }),
        claim({ value: 99.69, unit: "" }),
        claim({ value: 80.9 }),
        claim({ value: 80.7 }),
        claim({ value: 16, sentence: "It outperforms them by large margins on ImageNet, more than 16% in top-1 accuracy.", text: "16%" }),
        claim({ value: 101 }),
        claim({ value: 95, sentence: "Our network reaches 95% accuracy.", text: "95%" }),
      ].map(rankedFields),
    )[0]!;
    expect(board.entries.map((e) => [e.rank, e.value])).toEqual([[1, 84.3], [2, 82.7], [3, 80.9], [4, 80.7], [5, 101], [6, 99.69], [7, 95], [8, 16]]);
    const reasons = Object.fromEntries(board.entries.map((e) => [e.value, e.flags]));
    expect(reasons[84.3]).toEqual([]);
    // Median 83.5, MAD 7.15: only 16 is far out (modified z 6.4; 101 is 1.65).
    expect(reasons[101]).toEqual(["out of range: 101% accuracy, over 100%"]);
    expect(reasons[99.69]).toEqual(['unit none unlike the board\'s "%"']);
    expect(reasons[95]).toEqual(["dataset not named in the sentence: ImageNet"]);
    expect(reasons[16]).toEqual(['relative wording near the number: "margins"', "outlier: far from the board's median of 83.5"]);
  });

  it("lets only plausible entries decide a board's unit: stray fractions flagged for other reasons do not outvote percentages", () => {
    const board = buildLeaderboards(
      [
        claim({ value: 52.6 }),
        claim({ value: 52.1 }),
        claim({ value: 40.5 }),
        claim({ value: 92.8, unit: "" }),
        claim({ value: 57, unit: "" }),
        claim({ value: 0.7663, unit: "", sentence: "Our detector reaches a mAP of 0.7663.", text: "0.7663" }),
        claim({ value: 0.4, unit: "", sentence: "The baseline weights reach 0.40.", text: "0.40" }),
      ].map(rankedFields),
    )[0]!;
    // The two fractions name no dataset (flagged already) and have no vote: 3 percentages against 2 unitless values.
    expect(board.entries[0]!.value).toBe(52.6);
    expect(Object.fromEntries(board.entries.map((e) => [e.value, e.flags]))[92.8]).toEqual(['unit none unlike the board\'s "%"']);
  });

  it("prefers a paper's unflagged claim to a larger flagged one, in the best claims held as over the whole table", () => {
    const paper = { paperId: "same", title: "Same" };
    const table = [claim({ ...paper, value: 120 }), claim({ ...paper, value: 85 }), claim({ value: 90 })];
    const best = new BestClaims();
    for (const c of table) best.keep(rankedFields(c));
    const built = buildLeaderboards(best.values());
    expect(built).toEqual(buildLeaderboards(table.map(rankedFields)));
    expect(built[0]!.entries.map((e) => e.value)).toEqual([90, 85]);
  });
});

describe("the best claims held for the leaderboards", () => {
  it("rank as all the claims do, with a paper's better and worse claims coming in any order", async () => {
    const { papers } = await readPapers(SEED_LISTINGS);
    const ranked = renderBatch(papers.map((paper) => ({ kind: "paper" as const, paper }))).ranked;
    expect(ranked.length).toBeGreaterThan(50);
    // Each claim again, worse and better, later in the text: what the holder replaces or keeps.
    const claims: RankedClaim[] = [
      ...ranked,
      ...ranked.map((c) => ({ ...c, value: c.value - 1, start: c.start + 1000, claimId: `${c.paperId}#${c.start + 1000}` })),
      ...ranked.map((c) => ({ ...c, value: c.value + 1, start: c.start + 2000, claimId: `${c.paperId}#${c.start + 2000}` })),
    ];
    const best = new BestClaims();
    for (const c of claims) best.keep(c);
    expect(buildLeaderboards(best.values())).toEqual(buildLeaderboards(claims));
    // One claim per paper and board: as many as the distinct (board, paper) pairs of the ranked claims.
    const pairs = new Set(claims.filter(isRanked).map((c) => `${boardKey(c)}\u0000${c.paperId}`));
    expect([...best.values()].length).toBe(pairs.size);
  });
});
