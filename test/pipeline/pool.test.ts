// The worker pool when a worker fails: the batch it held and every later one fail at once with the
// worker's error, so a run stops with that error instead of waiting for ever.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.ts";
import { ExtractionPool, withoutPreloads } from "../../extract/pool.ts";
import { paperFromRecord } from "../../extract/papers.ts";
import type { PaperItem } from "../../extract/render.ts";
import type { SourceRecord } from "../../extract/sources/record.ts";

const batchOf = (record: SourceRecord): PaperItem[] => [{ kind: "paper", paper: { ...paperFromRecord(record, { file: "x.jsonl", format: "jsonl", location: record.location }), paperId: "p1" } }];

describe("the extraction pool", () => {
  it("renders in a worker what it renders in this thread", async () => {
    const batch = batchOf({ title: "A paper", abstract: "It reaches 91.2% accuracy on CIFAR-10, 2x faster than the baseline.", location: "line 1" });
    const [inThread, inWorker] = [new ExtractionPool(0), new ExtractionPool(1)];
    try {
      const [a, b] = [await inThread.render(batch), await inWorker.render(batch)];
      expect(b).toEqual(a);
      expect(a).toMatchObject({ papers: 1, claims: 2 });
      expect(Buffer.from(a.claimsJson).toString()).toContain('"value":91.2');
    } finally {
      await inWorker.close();
    }
  }, 30_000);

  it("fails the batch a worker dies on, and every batch after it, instead of hanging", async () => {
    const pool = new ExtractionPool(1);
    try {
      // A record that no longer reads (its file changed under the run) makes the worker throw; a paper
      // the rules fail on is only rejected (test/pipeline/reject.test.ts).
      const broken: PaperItem[] = [{ kind: "raw", raw: { kind: "jsonLine", location: "line 1", text: "{broken" }, file: "x.jsonl", format: "jsonl" }];
      await expect(pool.render(broken)).rejects.toThrow();
      const good = batchOf({ title: "Fine", abstract: "Reaches 90% accuracy.", location: "line 2" });
      await expect(pool.render(good)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("starts its workers without the modules this process preloads, keeping its other options", () => {
    const args = ["--require", "/m/tsx/preflight.cjs", "--import", "file:///m/tsx/loader.mjs", "--cpu-prof", "--import=x.mjs", "-r", "y.cjs", "--loader", "z.mjs", "--max-old-space-size=100"];
    expect(withoutPreloads(args)).toEqual(["--cpu-prof", "--max-old-space-size=100"]);
  });

  // A worker refuses V8 options in its execArgv; run with one, the pool starts its workers without them.
  it("starts its workers when node runs with options a worker refuses", () => {
    const out = join(tempDir(), "out");
    const run = spawnSync(process.execPath, ["--max-semi-space-size=4", "--import", "tsx", "extract/cli.ts", "--input", "test/fixtures/papers.jsonl", "--out", out, "--workers", "2"], { encoding: "utf8" });
    expect(run.stderr).not.toMatch(/ERR_WORKER_INVALID_EXEC_ARGV/);
    expect(run.status).toBe(0);
  }, 60_000);
});
