// A paper the rules or the schema cannot take is left out and reported as its source's rejected
// record; the rest of its batch and of the run are written. The rules are made to fail on one title
// (a stand-in for any bug a new abstract may hit), with no worker so the stand-in is the one called.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildTables } from "../../extract/pipeline.ts";
import { renderBatch } from "../../extract/render.ts";
import type { MergedPaper } from "../../extract/papers.ts";
import { publish } from "../../extract/publish.ts";
import { Progress } from "../../extract/progress.ts";
import type { Claim, Paper } from "../../extract/schema.ts";
import { tempDir } from "../helpers.ts";

vi.mock("../../extract/rules/index.ts", async (original) => {
  const rules = await original<typeof import("../../extract/rules/index.ts")>();
  return {
    ...rules,
    extractFromAbstract: (abstract: string, title?: string) => {
      if (title?.includes("Poisoned")) throw new Error("a rule failed on this text");
      return rules.extractFromAbstract(abstract, title);
    },
  };
});

describe("a paper that cannot be extracted", () => {
  it("is rejected on its own, named by file and record, and counted; its batch and the run go on", async () => {
    const dir = tempDir();
    const input = join(dir, "papers.jsonl");
    const record = (title: string) => JSON.stringify({ title, abstract: `${title} reaches 91.2% accuracy on CIFAR-10.` });
    writeFileSync(input, [record("First Paper"), record("Poisoned Paper"), record("Third Paper")].join("\n") + "\n");
    const out = join(dir, "out");
    const { report, staging } = await buildTables([input], out, { workers: 0, batchSize: 8, progress: new Progress(0, process.stderr, false) });
    await publish(out, staging!);
    expect(report.totals).toMatchObject({ records: 3, papers: 2, rejected: 1 });
    const [file] = report.inputs;
    expect(file).toMatchObject({ papers: 2, rejected: 1 });
    expect(file!.rejections).toEqual([{ file: file!.file, location: "line 2", reason: expect.stringMatching(/^paper p[0-9a-f]{12} left out: a rule failed on this text$/) }]);
    const papers = JSON.parse(readFileSync(join(out, "papers.json"), "utf8")) as Paper[];
    const claims = JSON.parse(readFileSync(join(out, "claims.json"), "utf8")) as Claim[];
    expect(papers.map((p) => p.title)).toEqual(["First Paper", "Third Paper"]);
    expect(claims.map((c) => c.title)).toEqual(["First Paper", "Third Paper"]);
  });

  it("is rejected with the schema's words when a row it gives is invalid", () => {
    const paper = (paperId: string, title: string): MergedPaper => ({
      paperId, arxivId: null, title, date: null, authors: [], categories: [], url: null,
      abstract: "It reaches 91.2% accuracy on CIFAR-10.", sources: [{ file: "in.jsonl", format: "jsonl", location: `line ${paperId}` }],
    });
    const rendered = renderBatch([{ kind: "paper", paper: paper("1", "Fine") }, { kind: "paper", paper: paper("2", "") }]);
    expect([rendered.papers, rendered.claims]).toEqual([1, 1]);
    expect(rendered.rejected).toEqual([{ file: "in.jsonl", location: "line 2", reason: expect.stringMatching(/^paper 2 left out: .*title/) }]);
  });
});
