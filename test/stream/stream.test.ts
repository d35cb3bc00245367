// Streaming extraction: JSON Lines and CSV read record by record (gzipped too), the same papers
// and claims as the whole-file pipeline, byte-identical output whatever the number of workers.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../extract/pipeline.ts";
import { streamExtract } from "../../extract/stream/run.ts";
import { streamRecords } from "../../extract/stream/records.ts";
import type { StreamItem } from "../../extract/stream/records.ts";
import { Progress } from "../../extract/stream/progress.ts";
import { corpusSource, generatePapers, writeCorpus } from "../../extract/corpus.ts";
import { tempDir } from "../helpers.ts";

const quiet = () => new Progress(1, process.stderr, false);
const lines = (path: string) => readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l));

async function collect(path: string): Promise<StreamItem[]> {
  const items: StreamItem[] = [];
  for await (const item of streamRecords(path)) items.push(item);
  return items;
}

describe("streaming extraction", () => {
  it("gives the same papers and claims as the whole-file pipeline on the seeds", async () => {
    const out = tempDir();
    const report = await streamExtract(["data/sources"], out, { workers: 0, progress: quiet() });
    const tables = runPipeline(["data/sources"]);
    expect(report.totals).toMatchObject({ records: 571, papers: 498, duplicates: 73, claims: tables.claims.length });
    // The same claims; only the listing date may differ, as streaming keeps the first record of a
    // duplicate instead of merging its sources (and their dates).
    const byId = (rows: { claimId: string; date: string | null }[]) => new Map(rows.map(({ date: _, ...r }) => [r.claimId, r]));
    expect(byId(lines(join(out, "claims.jsonl")))).toEqual(byId(tables.claims));
    const streamedPapers = lines(join(out, "papers.jsonl"));
    expect(new Set(streamedPapers.map((p) => p.paperId))).toEqual(new Set(tables.papers.map((p) => p.paperId)));
  });

  it("writes byte-identical output with worker threads and without", async () => {
    const corpus = join(tempDir(), "corpus.jsonl.gz");
    await writeCorpus(corpus, 3000, 7);
    const [single, parallel] = [tempDir(), tempDir()];
    // Bad records too: their rejections and warnings are reported in file order from the workers.
    const inputs = [corpus, "data/sources", "test/fixtures/papers.jsonl", "test/fixtures/papers.csv"];
    const report = await streamExtract(inputs, single, { workers: 0, progress: quiet() });
    await streamExtract(inputs, parallel, { workers: 2, batchSize: 4, progress: quiet() });
    for (const name of ["papers.jsonl", "claims.jsonl", "report.json"]) {
      expect(readFileSync(join(parallel, name)).equals(readFileSync(join(single, name))), name).toBe(true);
    }
    expect(lines(join(single, "papers.jsonl")).length).toBe(3000 + 498 + 2 + 3);
    expect(report.inputs.slice(-2).flatMap((i) => i.rejections.map((r) => r.location))).toEqual(["line 2", "line 4", "line 5", "row 3", "row 5"]);
  }, 60_000);

  it("reads gzipped JSON Lines and CSV record by record, naming bad lines and rows", async () => {
    const dir = tempDir();
    const jsonl = readFileSync("test/fixtures/papers.jsonl");
    writeFileSync(join(dir, "papers.jsonl.gz"), gzipSync(jsonl));
    const items = await collect(join(dir, "papers.jsonl.gz"));
    expect(items[0]).toEqual({ kind: "format", format: "jsonl" });
    expect(items.filter((i) => i.kind === "record").map((i) => (i.kind === "record" ? i.record.title : ""))).toEqual(["First JSONL paper", "Last JSONL paper"]);
    expect(items.filter((i) => i.kind === "rejection").map((i) => (i.kind === "rejection" ? i.problem.location : ""))).toEqual(["line 2", "line 4", "line 5"]);

    writeFileSync(join(dir, "papers.csv.gz"), gzipSync(readFileSync("test/fixtures/papers.csv")));
    const rows = await collect(join(dir, "papers.csv.gz"));
    expect(rows[0]).toEqual({ kind: "format", format: "csv" });
    expect(rows.filter((i) => i.kind === "record").map((i) => (i.kind === "record" ? [i.record.title, i.record.abstract] : []))).toEqual([
      ["Quoted, with a comma", 'An abstract that says "hello", then goes on on three lines.'],
      ["Second good paper", "Reaches 90% accuracy."],
      ["Third", "Abstract three"],
    ]);
    expect(rows.filter((i) => i.kind === "rejection").map((i) => (i.kind === "rejection" ? [i.problem.location, i.problem.reason.slice(0, 26)] : []))).toEqual([
      ["row 3", "malformed CSV row: too few"],
      ["row 5", "record without title"],
    ]);
  });

  it("draws a progress line with papers/s, MB/s and the time left", () => {
    const progress = new Progress(200_000, process.stderr, false);
    progress.addBytes(50_000);
    progress.addPapers(40);
    const line = progress.line(Date.now() + 2000);
    expect(line).toMatch(/^\[#{6}\.{18}\]  25%  40 papers  \d+ papers\/s  [\d.]+ MB\/s  ETA \d+:\d{2}$/);
  });
});

describe("the corpus generator", () => {
  it("recombines real sentences of the bundled listings, the same for the same seed", () => {
    const source = corpusSource();
    const a = [...generatePapers(source, 50, 3)];
    const b = [...generatePapers(source, 50, 3)];
    const c = [...generatePapers(source, 50, 4)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const pool = new Set(source.sentences);
    for (const paper of a.slice(0, 10)) {
      expect(paper.abstract.length).toBeGreaterThan(200);
      // Every sentence of a generated abstract is a sentence of a real one.
      expect(source.sentences.filter((s) => paper.abstract.includes(s)).length).toBeGreaterThanOrEqual(5);
    }
    expect(pool.size).toBeGreaterThan(3000);
  });
});
