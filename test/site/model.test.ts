import { describe, expect, it } from "vitest";
import type { Claim, Leaderboard } from "../../extract/schema.ts";
import { benchmarksByTask, entryLabel, percent, scoreTexts, explorerParams, explorerQuery, formatDate, formatValue, pageOf, resultsTables, searchBenchmarks, settingsOf, settingText, spansOrdersOfMagnitude, stateOfTheArt } from "../../site/views/model.ts";
import { efficiencyGroups, filterClaims, rankByDirection, sortClaims, summariseBenchmarks } from "./reference.ts";
import { parseRoute, routeHash } from "../../site/router.ts";
import { arxivIdOf } from "../../site/data.ts";

let next = 0;
function claim(fields: Partial<Claim>): Claim {
  next++;
  return {
    claimId: `c${next}`, paperId: `p${next}`, title: `Paper ${next}`, type: "score", value: 1, valueLow: null, unit: "%", bound: null,
    metric: "accuracy", higherIsBetter: true, dataset: "ImageNet", datasetText: "ImageNet", baseline: null, role: "result", method: null, setting: [],
    text: "1%", start: 0, end: 2, sentence: "1% here.", sentenceStart: 0, date: null, ...fields,
  };
}

describe("ranking and summaries", () => {
  it("ranks by the metric's direction, ties in their given order", () => {
    const items = [{ value: 3, id: "a" }, { value: 1, id: "b" }, { value: 3, id: "c" }, { value: 2, id: "d" }];
    expect(rankByDirection(items, true).map((i) => i.id)).toEqual(["a", "c", "d", "b"]);
    expect(rankByDirection(items, false).map((i) => i.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("summarises each benchmark with its best value per metric, direction-aware", () => {
    const claims = [
      claim({ paperId: "x", dataset: "ImageNet", metric: "top-1 accuracy" }),
      claim({ paperId: "x", dataset: "ImageNet", metric: "top-1 error", type: "score" }),
      claim({ paperId: "y", dataset: "ImageNet", metric: "speed", type: "speedup" }),
      claim({ paperId: "z", dataset: "COCO", metric: "map" }),
      claim({ dataset: null }),
    ];
    const boards: Leaderboard[] = [
      { dataset: "ImageNet", metric: "top-1 error", setting: [], higherIsBetter: false, entries: [
        { rank: 1, claimId: "e1", paperId: "x", title: "Low", method: null, setting: [], flags: [], value: 3.5, unit: "%", bound: null, date: null, text: "3.5%" },
        { rank: 2, claimId: "e2", paperId: "w", title: "High", method: null, setting: [], flags: [], value: 9, unit: "%", bound: null, date: null, text: "9%" },
        // Lower still, but flagged: never the best claimed.
        { rank: 3, claimId: "e3", paperId: "v", title: "Doubtful", method: "X", setting: [], flags: ["outlier"], value: 0.1, unit: "%", bound: null, date: null, text: "0.1%" },
      ] },
      { dataset: "ImageNet", metric: "top-5 error", setting: [], higherIsBetter: false, entries: [
        { rank: 1, claimId: "e4", paperId: "u", title: "Only doubtful", method: null, setting: [], flags: ["out of range"], value: -1, unit: "%", bound: null, date: null, text: "-1%" },
      ] },
    ];
    const summaries = summariseBenchmarks(claims, boards);
    const imagenet = summaries.find((s) => s.dataset === "ImageNet")!;
    expect(imagenet).toMatchObject({ papers: 2, claims: 3, metrics: ["speed", "top-1 accuracy", "top-1 error"] });
    expect(imagenet.best).toEqual([{ metric: "top-1 error", label: "top-1 error", setting: [], higherIsBetter: false, value: 3.5, unit: "%", bound: null, paperId: "x", title: "Low", method: null }]);
    expect(imagenet.tasks).toEqual(["image classification"]);
    expect(summaries.find((s) => s.dataset === "COCO")!.tasks).toEqual(["object detection"]);
    expect(searchBenchmarks(summaries, "", "activity").map((s) => s.dataset)).toEqual(["ImageNet", "COCO"]);
    expect(searchBenchmarks(summaries, "", "name").map((s) => s.dataset)).toEqual(["COCO", "ImageNet"]);
    expect(searchBenchmarks(summaries, "MAP", "name").map((s) => s.dataset)).toEqual(["COCO"]);
  });

  it("formats values with bound, range and unit, and yearless dates", () => {
    expect(formatValue({ value: 1.72, valueLow: null, unit: "x", bound: "up to" })).toBe("up to 1.72×");
    expect(formatValue({ value: 3, valueLow: 2, unit: "x", bound: null })).toBe("2–3×");
    expect(formatValue({ value: 53.3, valueLow: null, unit: "%", bound: null })).toBe("53.3%");
    expect(formatValue({ value: 17.1, valueLow: null, unit: "ms", bound: "less than" })).toBe("less than 17.1 ms");
    // Counted units with SI prefixes, one prefix for a range (issue 15: not "2.00e8–1.00e9 FLOPs").
    expect(formatValue({ value: 444e6, valueLow: null, unit: "FLOPs", bound: null })).toBe("444 MFLOPs");
    expect(formatValue({ value: 1e9, valueLow: 2e8, unit: "FLOPs", bound: null })).toBe("200–1000 MFLOPs");
    expect(formatValue({ value: 5e9, valueLow: null, unit: "FLOPs", bound: "up to" })).toBe("up to 5 GFLOPs");
    expect(formatValue({ value: 950, valueLow: null, unit: "FLOPs", bound: null })).toBe("950 FLOPs");
    expect(formatValue({ value: 9e9, valueLow: null, unit: "", bound: null })).toBe("9.00e9");
    expect([formatDate("--03-11"), formatDate("2024-09-30"), formatDate(null)]).toEqual(["Mar 11", "2024-09-30", "—"]);
  });

  it("charts the state of the art over time from full dates, each entry that beat all before it, and uses a log scale across orders of magnitude", () => {
    const items = [
      { date: "2024-05-01", value: 7 }, { date: "--03-11", value: 9 }, { date: null, value: 1 }, { date: "2023-01-02", value: 5 },
      { date: "2023-06-30", value: 4 }, { date: "2025-01-01", value: 8 }, { date: "2024-09-09", value: 7 },
    ];
    expect(stateOfTheArt(items, true).map((i) => i.value)).toEqual([5, 7, 8]);
    expect(stateOfTheArt(items, false).map((i) => i.value)).toEqual([5, 4]);
    expect(spansOrdersOfMagnitude([1.5, 200])).toBe(true);
    expect(spansOrdersOfMagnitude([1.5, 20, 0])).toBe(false);
  });
});

describe("claims explorer", () => {
  const claims = [
    claim({ title: "Beta", type: "speedup", value: 3, unit: "x", metric: "speed", dataset: null, sentence: "It is 3x faster than FlashAttention." }),
    claim({ title: "alpha", type: "score", value: 80, metric: "accuracy", dataset: "ImageNet" }),
    claim({ title: "Gamma", type: "score", value: 70, metric: "accuracy", dataset: "CIFAR-10", date: "2024-01-01" }),
    claim({ title: "Delta", type: "memory", value: 50, metric: null, dataset: null }),
  ];

  it("filters by type, metric, dataset and words anywhere in the claim", () => {
    expect(filterClaims(claims, { type: "score", metric: "", dataset: "", q: "" }).map((c) => c.title)).toEqual(["alpha", "Gamma"]);
    expect(filterClaims(claims, { type: "", metric: "accuracy", dataset: "CIFAR-10", q: "" }).map((c) => c.title)).toEqual(["Gamma"]);
    expect(filterClaims(claims, { type: "", metric: "", dataset: "", q: "flashattention FASTER" }).map((c) => c.title)).toEqual(["Beta"]);
    expect(filterClaims(claims, { type: "energy", metric: "", dataset: "", q: "" })).toEqual([]);
  });

  it("sorts by any column either way, with empty cells last", () => {
    expect(sortClaims(claims, "value", "desc").map((c) => c.value)).toEqual([80, 70, 50, 3]);
    expect(sortClaims(claims, "title", "asc").map((c) => c.title)).toEqual(["alpha", "Beta", "Delta", "Gamma"]);
    expect(sortClaims(claims, "dataset", "asc").map((c) => c.dataset)).toEqual(["CIFAR-10", "ImageNet", null, null]);
    expect(sortClaims(claims, "dataset", "desc").map((c) => c.dataset)).toEqual(["ImageNet", "CIFAR-10", null, null]);
  });

  it("pages rows and keeps the page in range", () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    expect(pageOf(rows, 3)).toMatchObject({ page: 3, pages: 3 });
    expect(pageOf(rows, 3).rows).toEqual(rows.slice(200));
    expect(pageOf(rows, 99).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });

  it("keeps its state in the URL and reads it back", () => {
    const state = explorerQuery(new URLSearchParams("type=score&q=flash%20attn&sort=value&dir=desc&page=2&sort2=x"));
    expect(state).toEqual({ type: "score", metric: "", dataset: "", q: "flash attn", sort: "value", dir: "desc", page: 2 });
    const hash = routeHash("claims", explorerParams(state));
    expect(hash).toBe("#/claims?type=score&q=flash+attn&sort=value&dir=desc&page=2");
    const route = parseRoute(hash);
    expect(route.view).toBe("claims");
    expect(explorerQuery(route.query)).toEqual(state);
    expect(explorerQuery(new URLSearchParams("sort=__proto__&page=-4")).sort).toBe("title");
  });
});

describe("routes and links", () => {
  it("parses every view, dataset names with slashes and unknown paths", () => {
    expect(parseRoute("").view).toBe("home");
    expect(parseRoute("#/benchmark/CIFAR-10")).toMatchObject({ view: "benchmark", dataset: "CIFAR-10" });
    expect(parseRoute(routeHash("benchmark/WMT'14 En-De"))).toMatchObject({ view: "benchmark", dataset: "WMT'14 En-De" });
    expect(parseRoute(`#/benchmark/${encodeURIComponent("CNN/DailyMail")}`)).toMatchObject({ view: "benchmark", dataset: "CNN/DailyMail" });
    expect(parseRoute("#/paper/hep-th/9901001")).toMatchObject({ view: "paper", paperId: "hep-th/9901001" });
    expect(parseRoute("#/new").view).toBe("new");
    expect(parseRoute("#/new/2026").view).toBe("missing");
    expect(parseRoute("#/nowhere").view).toBe("missing");
    expect(parseRoute("#/accuracy").view).toBe("accuracy");
    expect(parseRoute("#/accuracy/more").view).toBe("missing");
  });

  it("links to arXiv only for arXiv ids", () => {
    expect(arxivIdOf("2409.20559")).toBe("2409.20559");
    expect(arxivIdOf("hep-th/9901001")).toBe("hep-th/9901001");
    expect(arxivIdOf("p3fa9c0d12e4b")).toBeNull();
  });

  it("groups efficiency results by what they are measured against", () => {
    const claims = [
      claim({ type: "speedup", unit: "x", value: 2, baseline: "FP32" }),
      claim({ type: "speedup", unit: "%", value: 40, baseline: "FP32" }),
      claim({ type: "speedup", unit: "x", value: 10, baseline: "FP32" }),
      claim({ type: "speedup", unit: "x", value: 5, baseline: null }),
      claim({ type: "speedup", unit: "x", value: 99, baseline: "FP32", role: "baseline" }),
      claim({ type: "memory", unit: "x", value: 3, baseline: "FP32" }),
    ];
    const groups = efficiencyGroups(claims, "speedup");
    expect(groups.map((g) => [g.against, g.claims.map((c) => `${c.value}${c.unit}`)])).toEqual([
      ["FP32", ["10x", "2x", "40%"]],
      ["no comparator named", ["5x"]],
    ]);
  });
});

describe("downloads of a filtered view", () => {
  it("hold exactly the filtered rows, in the schema's columns, formulas neutralised", async () => {
    const Papa = (await import("papaparse")).default;
    const { claimsCsv } = await import("../../extract/cells.ts");
    const { CLAIM_COLUMNS } = await import("../../extract/schema.ts");
    const claims = [
      claim({ type: "speedup", title: "=HYPERLINK(\"x\")", value: 3, unit: "x" }),
      claim({ type: "score", title: "Kept out", value: 80 }),
      claim({ type: "speedup", title: "Second, with a comma", value: 2, unit: "x", sentence: "Line one,\nline \"two\"." }),
    ];
    const csv = claimsCsv(sortClaims(filterClaims(claims, { type: "speedup", metric: "", dataset: "", q: "" }), "value", "asc"));
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true, newline: "\r\n" });
    expect(parsed.meta.fields).toEqual(CLAIM_COLUMNS);
    expect(parsed.data.map((r) => [r.title, r.value, r.type])).toEqual([
      ["Second, with a comma", "2", "speedup"],
      ["'=HYPERLINK(\"x\")", "3", "speedup"],
    ]);
    expect(parsed.data[0]!.sentence).toBe("Line one,\nline \"two\".");
  });
});

describe("benchmark pages", () => {
  const entry = (fields: Partial<Claim> & { flags?: string[] }) => ({ ...claim(fields), flags: fields.flags ?? [] });

  it("labels rows by method, else by the paper's title, and writes settings for people", () => {
    expect(entryLabel({ method: "BossNet-T", title: "BossNAS" })).toBe("BossNet-T");
    expect(entryLabel({ method: null, title: "BossNAS" })).toBe("BossNAS");
    expect(settingText(["zero-shot", "few-shot:5"])).toBe("zero-shot · few-shot:5");
    expect(settingText([])).toBe("no setting stated");
  });

  it("shows an improvement's sign, and no sign on a score", () => {
    expect(formatValue({ type: "improvement", value: 2.1, valueLow: null, unit: "pp", bound: null })).toBe("+2.1 pp");
    expect(formatValue({ type: "improvement", value: -0.3, valueLow: null, unit: "%", bound: null })).toBe("−0.3%");
    expect(formatValue({ type: "score", value: 2.1, valueLow: null, unit: "%", bound: null })).toBe("2.1%");
  });

  it("makes one table per setting: methods as rows, metrics as columns, ranked by the main metric, flagged and missing values last", () => {
    const a = { paperId: "a", title: "Paper A", method: "A-Net" };
    const b = { paperId: "b", title: "Paper B", method: null };
    const c = { paperId: "c", title: "Paper C", method: "C-Net" };
    const d = { paperId: "d", title: "Paper D", method: "D-Net" };
    const boards = [
      { metric: "top-5 accuracy", label: "top-5 accuracy", setting: [], higherIsBetter: true, entries: [entry({ ...a, value: 96 }), entry({ ...d, value: 97 })] },
      { metric: "top-1 accuracy", label: "top-1 accuracy", setting: [], higherIsBetter: true, entries: [entry({ ...b, value: 84 }), entry({ ...a, value: 82 }), entry({ ...c, value: 99, flags: ["outlier"] })] },
      { metric: "top-1 accuracy", label: "top-1 accuracy", setting: ["zero-shot"], higherIsBetter: true, entries: [entry({ ...a, value: 60 })] },
    ];
    expect(settingsOf(boards)).toEqual([{ key: "none", setting: [], boards: 2 }, { key: "zero-shot", setting: ["zero-shot"], boards: 1 }]);
    const [plain, zeroShot] = resultsTables(boards);
    expect(plain!.columns.map((col) => col.metric)).toEqual(["top-1 accuracy", "top-5 accuracy"]);
    expect(plain!.rows.map((r) => [entryLabel(r), ...r.cells.map((cell) => cell?.value ?? null)])).toEqual([
      ["Paper B", 84, null],
      ["A-Net", 82, 96],
      ["C-Net", 99, null], // flagged: after every unflagged value
      ["D-Net", null, 97], // no top-1 accuracy at all: last
    ]);
    expect(zeroShot).toMatchObject({ key: "zero-shot", setting: ["zero-shot"], rows: [{ method: "A-Net" }] });
  });

  it("groups benchmarks by task, a benchmark under each of its tasks, those of no known task last", () => {
    const list = [
      { dataset: "COCO", papers: 5, tasks: ["object detection", "image captioning"] },
      { dataset: "ImageNet", papers: 9, tasks: ["image classification"] },
      { dataset: "CIFAR-10", papers: 4, tasks: ["image classification"] },
      { dataset: "Odd", papers: 50, tasks: [] },
    ];
    expect(benchmarksByTask(list).map((g) => [g.task, g.benchmarks.map((b) => b.dataset)])).toEqual([
      ["image classification", ["ImageNet", "CIFAR-10"]],
      ["image captioning", ["COCO"]],
      ["object detection", ["COCO"]],
      [null, ["Odd"]],
    ]);
  });

  it("routes the tasks view and a paper with the claim to show", () => {
    expect(parseRoute("#/tasks")).toMatchObject({ view: "tasks" });
    const paper = parseRoute(routeHash("paper/2409.20559", { claim: "2409.20559#120" }));
    expect(paper).toMatchObject({ view: "paper", paperId: "2409.20559" });
    expect(paper.query.get("claim")).toBe("2409.20559#120");
  });
});

describe("chart tooltips", () => {
  it("show the value with its unit and bound, not the bare number", async () => {
    const { tooltipLabel } = await import("../../site/charts.ts");
    const series = { labels: ["A"], values: [99], texts: [formatValue({ value: 99, valueLow: null, unit: "%", bound: "up to" })] };
    expect(tooltipLabel(series, "accuracy", 0)).toBe("accuracy: up to 99%");
    expect(tooltipLabel({ labels: ["A"], values: [99] }, "accuracy", 0)).toBe("accuracy: 99");
  });
});

describe("efficiency boards", () => {
  it("group by a real comparator only, and chart factors of at least 1", async () => {
    const { comparatorOf, chartedFactor } = await import("../../site/views/model.ts");
    for (const junk of ["1% reduction", "at iteration 0", "50% of the model size", null]) expect(comparatorOf(junk)).toBe("no comparator named");
    for (const real of ["the FP32 baseline", "random search", "FlashAttention-2"]) expect(comparatorOf(real)).toBe(real);
    expect(chartedFactor({ unit: "x", value: 0.13 })).toBe(false);
    expect(chartedFactor({ unit: "x", value: 1.72 })).toBe(true);
    expect(chartedFactor({ unit: "%", value: 40 })).toBe(false);
  });

  it("label a log axis at 1, 2 and 5 per decade (only powers of ten across many), without decimals on thousands", async () => {
    const { logTick } = await import("../../site/charts.ts");
    expect([1000, 2000, 3000, 5000, 6000, 10000].map((v) => logTick(v, 2))).toEqual(["1,000", "2,000", null, "5,000", null, "10,000"]);
    expect([1, 2, 5, 10, 100, 1000].map((v) => logTick(v, 4))).toEqual(["1", null, null, "10", "100", "1,000"]);
    expect(logTick(0.5, 2)).toBe("0.5");
  });
});

describe("the Accuracy page", () => {
  it("writes shares as percentages, and a dash where there was nothing to measure rather than a perfect score", () => {
    expect(percent(0.7942)).toBe("79.4%");
    expect(percent(1)).toBe("100.0%");
    expect(scoreTexts({ gold: 255, predicted: 226, precision: 0.8451, recall: 0.749, f1: 0.7942 })).toEqual({ precision: "84.5%", recall: "74.9%", f1: "79.4%" });
    // No gold claims of a type: the eval's recall of 1 is no measure; one false alarm is a precision of 0.
    expect(scoreTexts({ gold: 0, predicted: 1, precision: 0, recall: 1, f1: 0 })).toEqual({ precision: "0.0%", recall: "—", f1: "—" });
    expect(scoreTexts({ gold: 3, predicted: 0, precision: 1, recall: 0, f1: 0 })).toEqual({ precision: "—", recall: "0.0%", f1: "0.0%" });
  });
});
