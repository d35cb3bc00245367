// The lexicon miner finds the names that papers themselves call data or metrics, with counts, cues and
// what the lexicons already know; units and sentence-initial words are not candidates.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_CUE, mineCandidates } from "../../extract/mine.ts";

const ABSTRACTS = [
  "We introduce FooBench, a challenging benchmark for tool use. Our agent reaches a PESQ of 3.2 and 71.2% pass@1 on FooBench.",
  "Experiments on FooBench and BarQA show gains. We also evaluate on the Zed-7 dataset, where it runs at 30 FPS with 2 GB of memory.",
  "Results on BarQA and ImageNet improve, measured by PESQ and nDCG@10. The Zed-7 dataset is public.",
  "Extensive experiments on the Qux corpus. The Long Horizon Tool Benchmark (LHTB) is new.",
];

describe("mining candidate names from a corpus", () => {
  const candidates = mineCandidates(ABSTRACTS, 2);
  const find = (kind: string, name: string) => candidates.find((c) => c.kind === kind && c.name === name);

  it.each([
    ["dataset", "FooBench", 2, ["evaluated on X", "we introduce X, a benchmark"]],
    ["dataset", "BarQA", 2, ["evaluated on X"]],
    ["dataset", "Zed-7", 2, ["X dataset"]],
    ["metric", "PESQ", 2, ["X of 0.9", "in terms of X"]],
  ] as const)("finds %s %s in %d papers", (kind, name, papers, cues) => {
    const candidate = find(kind, name);
    expect(candidate).toBeDefined();
    expect(candidate!.papers).toBe(papers);
    for (const cue of cues) expect(candidate!.cues).toContain(cue);
    expect(candidate!.examples.length).toBe(2);
  });

  it("takes in the names the extractor's own grammar finds as data, once the cues above miss them", () => {
    const mined = mineCandidates(
      ["It sets the state of the art on reasoning benchmarks such as MMMU and ZorbVista.", "Results on reasoning benchmarks, including ZorbVista and MathVerse, improve."],
      2,
    );
    const zorb = mined.find((c) => c.name === "ZorbVista");
    expect(zorb?.cues).toEqual([EXTRACTOR_CUE]);
    expect(zorb?.papers).toBe(2);
    expect(zorb?.known).toBeNull();
    // What the gazetteer knows is no candidate of this cue.
    expect(mined.find((c) => c.name === "MMMU")).toBeUndefined();
  });

  it("says which names a lexicon knows already", () => {
    expect(find("dataset", "ImageNet")).toBeUndefined(); // one paper only, below the minimum
    expect(mineCandidates(ABSTRACTS, 1).find((c) => c.name === "ImageNet")!.known).toBe("dataset");
    expect(find("metric", "PESQ")!.known).toBe("metric");
    expect(find("dataset", "FooBench")!.known).toBeNull();
  });

  it("leaves out units, one-paper names and sentence words", () => {
    const all = mineCandidates(ABSTRACTS, 1);
    expect(all.find((c) => c.name === "FPS" || c.name === "GB")).toBeUndefined();
    expect(all.find((c) => c.name === "Extensive" || c.name === "Results")).toBeUndefined();
    expect(all.find((c) => c.kind === "dataset" && c.name === "LHTB")).toBeDefined();
    expect(all.find((c) => c.name === "nDCG@10")!.cues).toContain("X@k");
    expect(find("dataset", "Qux")).toBeUndefined();
  });

  it("orders by papers, then mentions, then name", () => {
    for (let i = 1; i < candidates.length; i++) expect(candidates[i - 1]!.papers).toBeGreaterThanOrEqual(candidates[i]!.papers);
  });
});

describe("the lexicon command", () => {
  it("names an unreadable input and exits 2, and says how to call it without one", () => {
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "extract/mine.ts", ...args], { encoding: "utf8" });
    const missing = run(["--input", "no/such/corpus.jsonl.gz"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/error: .*no\/such\/corpus\.jsonl\.gz/);
    const bare = run([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("usage: npm run lexicon");
  });
});
