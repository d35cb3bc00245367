// The site files derived from the tables (site/build/derive.ts): only from a whole published set,
// explorer shards in title order with papers never split, the benchmarks' own shards, paper
// buckets, pages and counts.
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Claim, Leaderboard, Paper } from "../../extract/schema.ts";
import { BestClaims, buildLeaderboards, rankedFields } from "../../extract/leaderboards.ts";
import { ACCURACY_FILE, benchmarkAliases, deriveSiteFiles, readAccuracy } from "../../site/build/derive.ts";
import { comparatorOf } from "../../site/views/model.ts";
import { records } from "../../site/build/tables.ts";
import { writeScaleTable } from "../scale/table.ts";
import { claimAt, collator, paperBucket, settingKey } from "../../site/files.ts";
import type { BenchmarkFile, EfficiencyFile, ExplorerIndex, FullBoard, PaperBucket, ShardFile, Summary } from "../../site/files.ts";
import { summariseBenchmarks } from "./reference.ts";
import { tempDir } from "../helpers.ts";

const SEED_TABLES = inject("seedTables");
const claims = JSON.parse(readFileSync(join(SEED_TABLES, "claims.json"), "utf8")) as Claim[];
const papers = JSON.parse(readFileSync(join(SEED_TABLES, "papers.json"), "utf8")) as Paper[];
const boards = JSON.parse(readFileSync(join(SEED_TABLES, "leaderboards.json"), "utf8")) as Leaderboard[];

/** Every file under dir, by relative path. */
function tree(dir: string, prefix = ""): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of tree(dir, name)) files.set(k, v);
    else files.set(name, readFileSync(join(dir, name), "utf8"));
  }
  return files;
}

const SHARD_ROWS = 40;
let fromJson: Map<string, string>;
const read = <T>(name: string) => JSON.parse(fromJson.get(name)!) as T;

beforeAll(async () => {
  const options = { shardRows: SHARD_ROWS, topEntries: 3, papersPerBucket: 32 };
  const out = tempDir("claimboard-derive-");
  await deriveSiteFiles(SEED_TABLES, join(out, "json"), options);
  fromJson = tree(join(out, "json"));
});

describe("deriving the site files", () => {
  it("reads JSON arrays record by record, whatever the layout and the chunk boundaries", async () => {
    const dir = tempDir("claimboard-records-");
    const tricky = Array.from({ length: 3000 }, (_, i) => ({ i, s: `"quoted" {brace} [bracket] \\ back\\slash ${"x".repeat(i % 700)}`, nested: { a: [1, { b: "]}" }] } }));
    writeFileSync(join(dir, "a.json"), JSON.stringify(tricky, null, 2));
    writeFileSync(join(dir, "b.json"), `[\n${tricky.map((t) => JSON.stringify(t)).join(",\n")}\n]\n`);
    for (const file of ["a.json", "b.json"]) {
      const got: unknown[] = [];
      for await (const text of records(join(dir, file))) got.push(JSON.parse(text));
      expect(got).toEqual(tricky);
    }
  });

  it("stops on a broken table, naming the file and the record", async () => {
    const dir = tempDir("claimboard-broken-");
    writeFileSync(join(dir, "claims.json"), `[${claims.slice(0, 2).map((c) => JSON.stringify(c)).join(",")}, {"claimId": }]`);
    const done: unknown[] = [];
    await expect((async () => { for await (const text of records(join(dir, "claims.json"))) done.push(text); })()).rejects.toThrow(/claims\.json: record 3 is not valid JSON/);
    expect(done).toHaveLength(2);
  });

  it("refuses tables that are not one published set, saying what to run", async () => {
    const dir = tempDir("claimboard-mixed-");
    await writeScaleTable(dir, { claims: 200, source: SEED_TABLES });
    await expect(deriveSiteFiles(dir, join(dir, "out"))).resolves.toMatchObject({ claims: 200 });
    // A claims table from another run beside this run's other tables.
    appendFileSync(join(dir, "claims.json"), "\n");
    await expect(deriveSiteFiles(dir, join(dir, "out2"))).rejects.toThrow(/claims\.json is not the file of run \w+ \(manifest\.json\): run `npm run extract` again/);
    const bare = tempDir("claimboard-bare-");
    writeFileSync(join(bare, "claims.json"), "[]\n");
    await expect(deriveSiteFiles(bare, join(bare, "out"))).rejects.toThrow(/holds no manifest\.json/);
  });

  it("gives the same leaderboards from each paper's best claims as from the whole table", async () => {
    const generated: Claim[] = [];
    await writeScaleTable(tempDir("claimboard-boards-"), { claims: 20_000, seed: 2, source: SEED_TABLES }, (c) => generated.push(c));
    for (const table of [claims, generated]) {
      const best = new BestClaims();
      for (const c of table) best.keep(rankedFields(c));
      expect(buildLeaderboards(best.values())).toEqual(buildLeaderboards(table.map(rankedFields)));
    }
  });

  it("summarises the benchmarks as the view logic does", () => {
    const summary = read<Summary>("summary.json");
    const expected = summariseBenchmarks(claims, boards);
    // Each benchmark's other names in the dataset lexicon, for the home page's search ("ptb").
    for (const b of summary.benchmarks) expect(b.aliases ?? []).toEqual(benchmarkAliases(b.dataset));
    expect(benchmarkAliases("Penn Treebank")).toContain("ptb");
    expect(benchmarkAliases("ImageNet")).toContain("imagenet-1k");
    expect(summary.benchmarks.map(({ file, aliases, ...b }) => (void file, void aliases, b)).sort((x, y) => x.dataset.localeCompare(y.dataset))).toEqual(
      expected.sort((x, y) => x.dataset.localeCompare(y.dataset)),
    );
    expect(summary.totals.claims).toBe(claims.length);
    expect(summary.totals.leaderboards).toBe(boards.length);
  });

  it("shards the explorer table in title order, never splitting a paper, with facets and presence", () => {
    const index = read<ExplorerIndex>("explorer/index.json");
    const all: Claim[] = [];
    for (const ref of index.shards) {
      const shard = read<ShardFile>(ref.file);
      const rows = Array.from({ length: shard.rows }, (_, i) => claimAt(shard, i));
      expect(rows.length).toBe(ref.rows);
      for (const facet of ["type", "metric", "dataset"] as const) {
        const present = new Set(rows.map((c) => c[facet]).filter((v) => v !== null));
        expect(ref.present[facet].map((i) => index.facets[facet][i]![0]).sort()).toEqual([...present].sort());
      }
      all.push(...rows);
    }
    expect(index.total).toBe(claims.length);
    expect(all.map((c) => c.claimId).sort()).toEqual(claims.map((c) => c.claimId).sort());
    expect(all).toEqual(expect.arrayContaining(claims));
    for (let i = 1; i < all.length; i++) expect(collator.compare(all[i - 1]!.title, all[i]!.title)).toBeLessThanOrEqual(0);
    const shardOf = new Map<string, Set<number>>();
    index.shards.forEach((ref, k) => {
      for (const c of Array.from({ length: ref.rows }, (_, i) => claimAt(read<ShardFile>(ref.file), i))) shardOf.set(c.paperId, (shardOf.get(c.paperId) ?? new Set()).add(k));
    });
    for (const shards of shardOf.values()) expect(shards.size).toBe(1);
    expect(index.shards.length).toBeGreaterThanOrEqual(Math.floor(claims.length / SHARD_ROWS));
    const types = Object.fromEntries(index.facets.type);
    for (const c of claims) expect(types[c.type]).toBeGreaterThan(0);
    expect(index.facets.type.reduce((n, [, k]) => n + k, 0)).toBe(claims.length);
  });

  it("gives each benchmark its own shards, holding exactly its claims", () => {
    const index = read<ExplorerIndex>("explorer/index.json");
    for (const [dataset, refs] of Object.entries(index.datasets)) {
      const got = refs.flatMap((ref) => Array.from({ length: ref.rows }, (_, i) => claimAt(read<ShardFile>(ref.file), i).claimId));
      expect(got.sort()).toEqual(claims.filter((c) => c.dataset === dataset).map((c) => c.claimId).sort());
    }
  });

  it("puts every paper in its bucket with its claims by position", () => {
    const { paperBuckets } = read<Summary>("summary.json");
    expect(paperBuckets).toBeGreaterThan(1);
    for (const paper of papers) {
      const entry = read<PaperBucket>(`papers/${paperBucket(paper.paperId, paperBuckets)}.json`)[paper.paperId]!;
      expect(entry.paper).toEqual(paper);
      const own = claims.filter((c) => c.paperId === paper.paperId).sort((a, b) => a.start - b.start);
      expect(entry.claims.map((c) => c.claimId)).toEqual(own.map((c) => c.claimId));
      expect(entry.claims.map((c) => c.text)).toEqual(own.map((c) => c.text));
      expect(entry.claims.map((c) => [c.method, c.setting])).toEqual(own.map((c) => [c.method, c.setting]));
    }
  });

  it("keeps each board's best entries on the benchmark page and the whole board in its own file", () => {
    const summary = read<Summary>("summary.json");
    let long = 0;
    for (const board of boards) {
      const file = read<BenchmarkFile>(summary.benchmarks.find((b) => b.dataset === board.dataset)!.file);
      const part = file.boards.find((b) => b.metric === board.metric && settingKey(b.setting) === settingKey(board.setting))!;
      expect(part.total).toBe(board.entries.length);
      expect(part.entries.map((c) => c.flags)).toEqual(board.entries.slice(0, 3).map((e) => e.flags));
      expect(part.entries.map((c) => c.claimId)).toEqual(board.entries.slice(0, 3).map((e) => e.claimId));
      if (board.entries.length > 3) {
        long++;
        expect(read<FullBoard>(part.file!).entries.map((c) => c.claimId)).toEqual(board.entries.map((e) => e.claimId));
      } else expect(part.file).toBeNull();
    }
    expect(long).toBeGreaterThan(0);
    const imagenet = read<BenchmarkFile>(summary.benchmarks.find((b) => b.dataset === "ImageNet")!.file);
    const ranked = new Set(boards.flatMap((b) => b.entries.map((e) => e.claimId)));
    expect(imagenet.others.total).toBe(claims.filter((c) => c.dataset === "ImageNet" && !ranked.has(c.claimId)).length);
    expect(imagenet.others.claims.length).toBe(Math.min(3, imagenet.others.total));
  });

  it("charts each board's state of the art over the whole board, not only the entries on its page", async () => {
    // The seed listings carry no full dates; a generated table does.
    const dir = tempDir("claimboard-records-");
    const generated: Claim[] = [];
    await writeScaleTable(dir, { claims: 3000, source: SEED_TABLES }, (c) => generated.push(c));
    const out = tempDir("claimboard-records-site-");
    await deriveSiteFiles(dir, out, { topEntries: 3 });
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as Summary;
    const byId = new Map(generated.map((c) => [c.claimId, c]));
    let beyondPage = 0;
    for (const board of buildLeaderboards(generated.map(rankedFields))) {
      const file = JSON.parse(readFileSync(join(out, summary.benchmarks.find((b) => b.dataset === board.dataset)!.file), "utf8")) as BenchmarkFile;
      const part = file.boards.find((b) => b.metric === board.metric && settingKey(b.setting) === settingKey(board.setting))!;
      // A record: an unflagged dated entry that no entry listed before it (or the same day and ranked above it) equals or beats.
      const ranked = board.entries.filter((e) => e.flags.length === 0).map((e) => byId.get(e.claimId)!);
      const dated = ranked.filter((c) => c.date !== null && /^\d{4}-/.test(c.date));
      const beats = (a: Claim, b: Claim) => (board.higherIsBetter ? a.value >= b.value : a.value <= b.value);
      const expected = dated
        .filter((c, i) => !dated.some((f, j) => (f.date! < c.date! || (f.date === c.date && j < i)) && beats(f, c)))
        .sort((a, b) => a.date!.localeCompare(b.date!));
      expect(part.records.map((c) => c.claimId)).toEqual(expected.map((c) => c.claimId));
      if (part.records.some((r) => !part.entries.some((e) => e.claimId === r.claimId))) beyondPage++;
    }
    expect(beyondPage).toBeGreaterThan(0);
  });

  it("derives the efficiency boards: totals, largest factors, groups by comparator", () => {
    const { types } = read<EfficiencyFile>("efficiency.json");
    for (const t of types) {
      const all = claims.filter((c) => c.type === t.type && c.role === "result");
      expect(t.total).toBe(all.length);
      // Charted: factors of at least 1 (0.13× of the parameters is a fraction, not a factor).
      const factors = all.filter((c) => c.unit === "x" && c.value >= 1).map((c) => c.value).sort((a, b) => b - a);
      expect(t.factors.map((c) => c.value)).toEqual(factors.slice(0, 25));
      // Grouped by a real comparator: "1% reduction" or "at iteration 0" are none.
      expect(t.groupCount).toBe(new Set(all.map((c) => comparatorOf(c.baseline))).size);
      for (const g of t.groups) expect(g.against).not.toMatch(/^(?:\d|at )/);
      expect(t.groups.map((g) => g.total)).toEqual([...t.groups.map((g) => g.total)].sort((a, b) => b - a));
    }
  });

  it("publishes the measured accuracy (site/accuracy.json) as it is, and refuses one that is not in its schema", () => {
    expect(JSON.parse(fromJson.get("accuracy.json")!)).toEqual(JSON.parse(readFileSync(ACCURACY_FILE, "utf8")));
    const dir = tempDir("claimboard-accuracy-");
    const published = JSON.parse(readFileSync(ACCURACY_FILE, "utf8")) as { measured: string; sets: { overall: { f1: number } }[] };
    writeFileSync(join(dir, "undated.json"), JSON.stringify({ ...published, measured: "last week" }));
    expect(() => readAccuracy(join(dir, "undated.json"))).toThrow(/does not match the Accuracy schema.*measured/s);
    writeFileSync(join(dir, "no-test.json"), JSON.stringify({ ...published, sets: published.sets.slice(0, -1) }));
    expect(() => readAccuracy(join(dir, "no-test.json"))).toThrow(/one entry per gold set/);
    published.sets[0]!.overall.f1 = 1.5;
    writeFileSync(join(dir, "impossible.json"), JSON.stringify(published));
    expect(() => readAccuracy(join(dir, "impossible.json"))).toThrow(/does not match the Accuracy schema/);
  });
});
