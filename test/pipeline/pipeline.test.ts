// The one pipeline (extract/pipeline.ts): any input, read as a stream (gzipped too), duplicates
// merged, extracted in workers, every output written and published as one set — the same bytes
// whatever the number of workers or the order of the inputs; sets that can never be mixed; cells a
// spreadsheet cannot hold cut and reported; the same treatment of broken bytes in every format.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import { buildTables, readPapers } from "../../extract/pipeline.ts";
import { SEED_LISTINGS } from "../../extract/bundled.ts";
import { checkOutputSet, publish } from "../../extract/publish.ts";
import { streamRecords } from "../../extract/sources/stream.ts";
import type { StreamItem } from "../../extract/sources/stream.ts";
import { Progress } from "../../extract/progress.ts";
import { Report } from "../../extract/schema.ts";
import type { Paper } from "../../extract/schema.ts";
import { CUT_MARKER, XLSX_MAX_CELL } from "../../extract/xlsx.ts";
import { corpusSource, generatePapers, writeCorpus } from "../../extract/corpus.ts";
import { runExtractCli, tempDir } from "../helpers.ts";

const quiet = () => new Progress(1, process.stderr, false);
const SET = ["claims.csv", "claims.json", "claims.xlsx", "leaderboards.json", "manifest.json", "papers.json", "report.json"];

async function extract(inputs: string[], out: string, options: { workers?: number; batchSize?: number } = {}): Promise<Report> {
  const { report, staging } = await buildTables(inputs, out, { workers: options.workers ?? 0, batchSize: options.batchSize, progress: quiet() });
  if (staging) await publish(out, staging);
  return report;
}

async function collect(path: string): Promise<StreamItem[]> {
  const items: StreamItem[] = [];
  for await (const item of streamRecords(path)) items.push(item);
  return items;
}

const jsonl = (records: object[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";

describe("the pipeline", () => {
  it("writes byte-identical output whatever the number of workers and the order of the inputs", async () => {
    const corpus = join(tempDir(), "corpus.jsonl.gz");
    await writeCorpus(corpus, 3000, 7);
    const [single, parallel] = [tempDir(), tempDir()];
    // Bad records too: their rejections and warnings are reported in file order.
    const inputs = [corpus, ...SEED_LISTINGS, "test/fixtures/papers.jsonl", "test/fixtures/papers.csv"];
    const report = await extract(inputs, single);
    await extract([...inputs].reverse(), parallel, { workers: 2, batchSize: 4 });
    expect(readdirSync(single).sort()).toEqual(SET);
    for (const name of SET) expect(readFileSync(join(parallel, name)).equals(readFileSync(join(single, name))), name).toBe(true);
    expect(report.totals).toMatchObject({ papers: 3000 + 498 + 2 + 3, duplicates: 73 });
    expect(report.inputs.filter((i) => /fixtures/.test(i.file)).flatMap((i) => i.rejections.map((r) => r.location))).toEqual(["line 5 (row 3)", "line 7 (row 5)", "line 2", "line 4", "line 5"]);
  }, 120_000);

  it("merges a paper's records from every file, keeping all sources, the longest abstract and the earliest full date", async () => {
    const dir = tempDir();
    const short = { id: "2501.00001", title: "A Paper", summary: "It reaches 90% accuracy.", published: "2025-02-01" };
    const long = { id: "2501.00001", title: "A paper", summary: "It reaches 90% accuracy on CIFAR-10, 2x faster than ResNet-50.", published: "2025-01-15" };
    writeFileSync(join(dir, "a.jsonl"), jsonl([short]));
    writeFileSync(join(dir, "b.jsonl"), jsonl([long, { title: "Other", summary: "Other abstract." }]));
    for (const order of [[join(dir, "a.jsonl"), join(dir, "b.jsonl")], [join(dir, "b.jsonl"), join(dir, "a.jsonl")]]) {
      const { papers, inputs } = await readPapers(order);
      expect(papers).toHaveLength(2);
      const paper = papers.find((p) => p.arxivId === "2501.00001")!;
      expect(paper.abstract).toBe(long.summary);
      expect(paper.date).toBe("2025-01-15");
      expect(paper.sources.map((s) => s.file.split("/").pop())).toEqual(["a.jsonl", "b.jsonl"]);
      expect(inputs.map((i) => [i.papers, i.duplicates])).toEqual([[1, 0], [1, 1]]);
    }
  });

  it("cuts a cell longer than a spreadsheet holds, says so, and keeps the whole text in the other tables", async () => {
    const dir = tempDir();
    const abstract = `It reaches 91.2% accuracy on CIFAR-10. ${"Long text. ".repeat(4000)}`;
    writeFileSync(join(dir, "long.jsonl"), jsonl([{ title: "Long", summary: abstract }, { title: "Short", summary: "It reaches 90% accuracy." }]));
    const out = tempDir();
    const report = await extract([dir], out);
    expect(report.totals).toMatchObject({ papers: 2, outputWarnings: 1 });
    expect(report.outputs).toEqual([{ file: "claims.xlsx", location: expect.stringMatching(/^papers sheet, paper p\w+, column abstract$/), reason: expect.stringMatching(/32,767/) }]);
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(readFileSync(join(out, "claims.xlsx"))).Sheets.papers!);
    const cell = rows.find((r) => r.title === "Long")!.abstract!;
    expect(cell).toHaveLength(XLSX_MAX_CELL);
    expect(cell.endsWith(CUT_MARKER)).toBe(true);
    expect((JSON.parse(readFileSync(join(out, "papers.json"), "utf8")) as Paper[]).find((p) => p.title === "Long")!.abstract).toBe(abstract.trim());
  });

  // Inputs that hold each paper once are read once; a record of a paper met before makes the run read every file again,
  // twice (to merge), for the same tables as ever (the tests above compare them across orders and worker counts).
  it("reads an input once unless a paper has more than one record", async () => {
    const dir = tempDir();
    const papers = Array.from({ length: 40 }, (_, i) => ({ id: `2501.${String(i).padStart(5, "0")}`, title: `Paper ${i}`, summary: `It reaches 9${i % 10}.1% accuracy on CIFAR-10.` }));
    writeFileSync(join(dir, "a.jsonl"), jsonl(papers));
    const size = statSync(join(dir, "a.jsonl")).size;
    const once = quiet();
    const first = await buildTables([dir], tempDir(), { workers: 0, batchSize: 8, progress: once });
    expect(first.report.totals).toMatchObject({ papers: 40, duplicates: 0 });
    expect(once.bytesRead).toBe(size);
    writeFileSync(join(dir, "b.jsonl"), jsonl([papers[3]!]));
    const again = quiet();
    const second = await buildTables([dir], tempDir(), { workers: 0, batchSize: 8, progress: again });
    expect(second.report.totals).toMatchObject({ papers: 40, duplicates: 1 });
    expect(again.bytesRead).toBeGreaterThan(2 * size);
  });

  // A worker's heap is capped (pool.ts); a batch of 256 papers would be 54M characters here and ran a worker
  // out of memory before batches were bounded by their text too.
  it("extracts many long abstracts in capped workers", async () => {
    const dir = tempDir();
    const papers = Array.from({ length: 60 }, (_, i) => ({ title: `Long ${i}`, summary: `It reaches 91.${i}% accuracy on CIFAR-10. ${"Long text. ".repeat(81_000)}` }));
    writeFileSync(join(dir, "long.jsonl"), jsonl(papers));
    const report = await extract([dir], tempDir(), { workers: 2 });
    expect(report.totals).toMatchObject({ papers: 60, claims: 60, rejected: 0 });
  }, 60_000);

  it("writes dates, numbers and booleans in the workbook as such, and text that XML cannot hold escaped", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.jsonl"), jsonl([{ id: "2501.00002", title: 'Odd \u0001 chars & <tags> _x0041_ <img src=x onerror="y">', summary: "It reaches 91.2% top-1 accuracy on ImageNet.", published: "2025-03-04" }]));
    const out = tempDir();
    await extract([dir], out);
    const book = XLSX.read(readFileSync(join(out, "claims.xlsx")), { cellDates: true });
    const claim = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.claims!)[0]!;
    expect(claim.value).toBe(91.2);
    expect(claim.higherIsBetter).toBe(true);
    expect(claim.date).toBeInstanceOf(Date);
    expect((claim.date as Date).toISOString().slice(0, 10)).toBe("2025-03-04");
    expect(claim.title).toBe('Odd \u0001 chars & <tags> _x0041_ <img src=x onerror="y">');
  });

  it("writes nothing, and keeps the previous set, when no paper is usable", async () => {
    const out = tempDir();
    await extract(["test/fixtures/papers.jsonl"], out);
    const before = readFileSync(join(out, "claims.json"));
    const bad = join(tempDir(), "bad.jsonl");
    writeFileSync(bad, "{broken\n");
    const { staging, report } = await buildTables([bad], out, { workers: 0, progress: quiet() });
    expect(staging).toBeNull();
    expect(report.totals).toMatchObject({ papers: 0, rejected: 1 });
    expect(readFileSync(join(out, "claims.json")).equals(before)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(SET);
    checkOutputSet(out);
  });

  it("finishes a publication a killed run began, and removes what killed runs left", async () => {
    const out = tempDir();
    await extract(["test/fixtures/papers.jsonl"], out);
    // A stale table of an older layout, and the staging folder of a run that died (pid 999999).
    writeFileSync(join(out, "claims.jsonl"), "{}\n");
    mkdirSync(join(out, ".claimboard-staging-999999-x"));
    const { staging } = await buildTables(["test/fixtures/papers.csv"], out, { workers: 0, progress: quiet() });
    // Killed after the journal was written and one file was moved: the manifest as publish writes it.
    const files = SET.filter((n) => n !== "manifest.json").map((name) => {
      const bytes = readFileSync(join(staging!, name));
      return { name, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
    });
    writeFileSync(join(staging!, "manifest.json"), JSON.stringify({ runId: "killed", files }));
    writeFileSync(join(out, ".claimboard-publish"), basename(staging!));
    renameSync(join(staging!, "claims.json"), join(out, "claims.json"));
    expect(() => checkOutputSet(out)).toThrow(/half-way through publishing/);
    // The next run finishes it first, then publishes its own set.
    await extract(["test/fixtures/papers.csv"], out);
    expect(readdirSync(out).sort()).toEqual(SET);
    expect(checkOutputSet(out).files.map((f) => f.name).sort()).toEqual(SET.filter((n) => n !== "manifest.json"));
    expect(existsSync(join(out, "claims.jsonl"))).toBe(false);
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("treats bytes that are not UTF-8 and NUL characters alike in every format: kept, cleaned, warned", async () => {
    const dir = tempDir();
    const bad = Buffer.concat([Buffer.from('{"title": "Bad \xff bytes", "summary": "Reaches 90% acc'), Buffer.from([0xff, 0xfe]), Buffer.from('uracy.\\u0000"}\n')]);
    writeFileSync(join(dir, "a.jsonl"), bad);
    writeFileSync(join(dir, "b.json"), Buffer.concat([Buffer.from("["), bad.subarray(0, bad.length - 1), Buffer.from("]")]));
    const { papers, inputs } = await readPapers([dir]);
    expect(papers).toHaveLength(1); // the same paper twice, merged
    expect(papers[0]!.abstract).not.toContain("\u0000");
    for (const input of inputs) {
      expect(input.papers + input.duplicates).toBe(1);
      expect(input.warnings.map((w) => w.reason)).toEqual(["bytes that are not UTF-8 (shown as \uFFFD)", "NUL characters (removed)"]);
    }
  });

  it("walks a folder once even when a link leads back into it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.jsonl"), readFileSync("test/fixtures/papers.jsonl"));
    symlinkSync(dir, join(dir, "loop"));
    symlinkSync(join(dir, "self"), join(dir, "self"));
    const { papers, inputs } = await readPapers([dir, dir]);
    expect(papers).toHaveLength(2);
    expect(inputs.map((i) => i.file.split("/").pop())).toEqual(["a.jsonl", "self"]);
    expect(inputs[1]!.rejections[0]!.reason).toMatch(/unreadable file: .*ELOOP/);
  });

  it("reads gzipped JSON Lines and CSV record by record, naming bad lines and rows", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "papers.jsonl.gz"), gzipSync(readFileSync("test/fixtures/papers.jsonl")));
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
      ["line 5 (row 3)", "malformed CSV row: too few"],
      ["line 7 (row 5)", "record without title"],
    ]);
  });

  it("draws a progress line with papers/s, MB/s and the time left", () => {
    const progress = new Progress(200_000, process.stderr, false);
    progress.addBytes(50_000);
    progress.addPapers(40);
    const line = progress.line(Date.now() + 2000);
    expect(line).toMatch(/^\[#{6}\.{18}\]  25%  40 papers  \d+ papers\/s  [\d.]+ MB\/s  ETA \d+:\d{2}$/);
  });

  it("refuses --out naming a file and --workers out of range, with the reason", () => {
    const file = join(tempDir(), "file");
    writeFileSync(file, "x");
    const run = runExtractCli(["--input", "test/fixtures/papers.jsonl", "--out", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out .*file is a file, not a folder/);
    for (const workers of ["100000", "1.5", "abc"]) {
      const bad = runExtractCli(["--workers", workers]);
      expect(bad.status, workers).toBe(2);
      expect(bad.stderr).toMatch(/--workers takes a whole number from 0 to 64/);
    }
  });
});

describe("the corpus generator", () => {
  it("recombines real sentences of the seed listings, the same for the same seed", async () => {
    const source = await corpusSource();
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
