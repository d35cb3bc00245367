import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_LISTINGS } from "../../extract/bundled.ts";
import { readPapers } from "../../extract/pipeline.ts";
import { normaliseTitle, PaperGroups, titleHashId } from "../../extract/papers.ts";
import type { MergedPaper } from "../../extract/papers.ts";
import type { InputReport } from "../../extract/schema.ts";
import { tempDir } from "../helpers.ts";

const seedRecords = SEED_LISTINGS.flatMap((path) => {
  const lines = readFileSync(path, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  // Independent of the reader: abstracts are the long lines, titles the line before each.
  return lines.flatMap((line, i) =>
    line.length >= 250 ? [{ file: basename(path), title: lines[i - 1]!.replace(/^Subscribe/, ""), abstract: line }] : [],
  );
});

describe("papers from the bundled seeds", () => {
  let papers: MergedPaper[];
  let inputs: InputReport[];
  beforeAll(async () => ({ papers, inputs } = await readPapers(SEED_LISTINGS)));

  it("holds every seed paper exactly once", async () => {
    const distinctTitles = new Set(seedRecords.map((r) => normaliseTitle(r.title)));
    expect(seedRecords).toHaveLength(571);
    expect(distinctTitles.size).toBe(498);
    expect(papers).toHaveLength(distinctTitles.size);
    for (const record of seedRecords) {
      const matches = papers.filter((p) => normaliseTitle(p.title) === normaliseTitle(record.title));
      expect(matches).toHaveLength(1);
      expect(matches[0]!.abstract).toBe(record.abstract.replace(/\s+/g, " "));
    }
  });

  it("keeps every source a paper came from and counts the merges per file", async () => {
    expect(papers.reduce((n, p) => n + p.sources.length, 0)).toBe(571);
    const wide = papers.find((p) => p.title === "Wide and Deep Neural Networks Achieve Optimality for Classification")!;
    expect(wide.sources.map((s) => s.file.split("/").pop())).toEqual([
      "000_390241c12d78bb50.txt",
      "001_c759cc345778b89b.txt",
      "003_84dd89f879466455.txt",
      "004_c87848ddeb77205d.txt",
    ]);
    expect(inputs.map((r) => r.records)).toEqual([52, 248, 176, 47, 48]);
    expect(inputs.reduce((n, r) => n + r.papers, 0)).toBe(498);
    expect(inputs.reduce((n, r) => n + r.duplicates, 0)).toBe(571 - 498);
    expect(inputs.every((r) => r.rejected === 0)).toBe(true);
  });

  it("gives papers without an arXiv id a stable hash of the normalised title", async () => {
    for (const p of papers) expect(p.paperId).toBe(titleHashId(p.title));
    expect(titleHashId("Pointer  Networks!")).toBe(titleHashId("pointer networks"));
    expect(titleHashId("Pointer Networks")).toMatch(/^p[0-9a-f]{12}$/);
    expect(new Set(papers.map((p) => p.paperId)).size).toBe(papers.length);
  });
});

describe("deduplication across formats", () => {
  it("merges an arXiv entry with the same paper copied from a daily-papers page", async () => {
    const { papers, inputs } = await readPapers(["test/fixtures/arxiv-query.atom", SEED_LISTINGS[1]!]);
    const rcnn = papers.filter((p) => normaliseTitle(p.title).startsWith("rich feature hierarchies"));
    expect(rcnn).toHaveLength(1);
    expect(rcnn[0]).toMatchObject({ paperId: "1311.2524", arxivId: "1311.2524", date: "2013-11-11", authors: ["Ross Girshick", "Jeff Donahue"] });
    // Files are read in the order of their names (data/… before test/…), whatever the order given.
    expect(rcnn[0]!.sources.map((s) => s.format)).toEqual(["hf-daily-text", "arxiv-atom"]);
    // The page's abstract is longer than the fixture's shortened one, so it is the one kept.
    expect(rcnn[0]!.abstract).toContain("ILSVRC2013 detection dataset");
    expect(inputs.map((i) => i.format)).toEqual(["hf-daily-text", "arxiv-atom"]);
    expect(inputs[1]!.duplicates).toBe(1);
  });

  it("merges records with the same arXiv id whatever their titles, in the same order whatever the order of the inputs", async () => {
    const { papers } = await readPapers(["test/fixtures/papers.csv", "test/fixtures/arxiv-query.atom"]);
    const reversed = await readPapers(["test/fixtures/arxiv-query.atom", "test/fixtures/papers.csv"]);
    expect(reversed.papers).toEqual(papers);
    const fission = papers.filter((p) => p.arxivId === "2409.20559");
    expect(fission).toHaveLength(1);
    expect(fission[0]!.sources.map((s) => s.format)).toEqual(["arxiv-atom", "csv"]);
  });
});

describe("an Atom file with a DOCTYPE", () => {
  it("is rejected with its name, and the other files are kept", async () => {
    const evil = join(tempDir(), "evil.atom");
    const atom = readFileSync("test/fixtures/arxiv-query.atom", "utf8");
    writeFileSync(evil, atom.replace("<feed ", '<!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<feed '));
    const { papers, inputs } = await readPapers(["test/fixtures/papers.jsonl", evil]);
    expect(papers.length).toBe((await readPapers(["test/fixtures/papers.jsonl"])).papers.length);
    const report = inputs.find((i) => i.file.endsWith("evil.atom"))!;
    expect(report.rejected).toBe(1);
    expect(report.rejections[0]!.file).toContain("evil.atom");
    expect(report.rejections[0]!.reason).toMatch(/^DOCTYPE declaration refused/);
  });
});

describe("gzipped inputs", () => {
  const jsonl = readFileSync("test/fixtures/papers.jsonl");

  it("are read as their content, whatever the name says", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.jsonl.gz"), gzipSync(jsonl));
    writeFileSync(join(dir, "b.data"), gzipSync(jsonl)); // magic bytes, not the name, say gzip
    const plain = (await readPapers(["test/fixtures/papers.jsonl"])).papers;
    for (const name of ["a.jsonl.gz", "b.data"]) {
      const { papers, inputs } = await readPapers([join(dir, name)]);
      expect(inputs[0]!.format).toBe("jsonl");
      expect(papers.map((p) => [p.paperId, p.abstract])).toEqual(plain.map((p) => [p.paperId, p.abstract]));
    }
  });

  it("a truncated one is rejected with its name, and the other files are kept", async () => {
    const dir = tempDir();
    const packed = gzipSync(jsonl);
    writeFileSync(join(dir, "cut.jsonl.gz"), packed.subarray(0, packed.length >> 1));
    const { papers, inputs } = await readPapers([join(dir, "cut.jsonl.gz"), "test/fixtures/papers.jsonl"]);
    expect(inputs[0]).toMatchObject({ papers: 0, duplicates: 0 });
    expect(inputs[0]!.rejected).toBeGreaterThanOrEqual(1);
    expect(inputs[0]!.rejections[0]!.file).toContain("cut.jsonl.gz");
    expect(inputs[0]!.rejections[0]!.reason).toMatch(/unreadable file: .*(end of file|incorrect|invalid)/i);
    expect(papers.length).toBe((await readPapers(["test/fixtures/papers.jsonl"])).papers.length);
  });
});

describe("paper groups rolled back (a file that fails half-way)", () => {
  /** Which group each record joins, and each group's size, as seen after the records are added. */
  const state = (groups: PaperGroups, probes: { title: string; arxivId?: string }[]) => {
    const seen = probes.map((r) => {
      const before = groups.count;
      const group = groups.add(r);
      return group < before ? group : -1; // -1: a new paper
    });
    return { seen, sizes: Array.from({ length: groups.count }, (_, g) => groups.size(g)) };
  };
  const first = [{ title: "A paper" }, { title: "Another paper", arxivId: "2501.00002" }, { title: "A third" }];
  const failing = [
    { title: "A paper", arxivId: "2501.00001" }, // gives an earlier paper its arXiv id
    { title: "Renamed", arxivId: "2501.00002" }, // joins an earlier paper by its id
    { title: "A new one", arxivId: "2501.00009" },
    { title: "A third" },
    { title: "A new one" },
  ];
  const probes = [{ title: "Yet another", arxivId: "2501.00001" }, { title: "A new one" }, { title: "A paper", arxivId: "2501.00005" }, { title: "Renamed" }, { title: "Another paper" }, { title: "Something else", arxivId: "2501.00009" }];

  it("leaves the groups as they were before the file", () => {
    const clean = new PaperGroups();
    clean.checkpoint();
    for (const r of first) clean.add(r);
    const rolled = new PaperGroups();
    rolled.checkpoint();
    for (const r of first) rolled.add(r);
    rolled.checkpoint();
    for (const r of failing) rolled.add(r);
    expect(rolled.count).toBe(first.length + 1);
    rolled.rollback();
    expect(rolled.count).toBe(first.length);
    rolled.checkpoint();
    clean.checkpoint();
    expect(state(rolled, probes)).toEqual(state(clean, probes));
  });
});
