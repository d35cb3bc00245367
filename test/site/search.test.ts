// The explorer's sharded search (site/search.ts) against the plain view logic on the whole table:
// same counts and same page rows for filters, free text, every sort; early ends and cancellation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Claim } from "../../extract/schema.ts";
import { deriveSiteFiles } from "../../site/build/derive.ts";
import { collator } from "../../site/files.ts";
import type { ExplorerIndex, ShardFile } from "../../site/files.ts";
import { ExplorerEngine, countFacets } from "../../site/search.ts";
import type { ScanUpdate } from "../../site/search.ts";
import { PAGE_SIZE, explorerQuery } from "../../site/views/model.ts";
import { filterClaims, sortClaims } from "./reference.ts";
import type { ExplorerQuery } from "../../site/views/model.ts";
import { tempDir } from "../helpers.ts";

const SEED_TABLES = inject("seedTables");
const claims = JSON.parse(readFileSync(join(SEED_TABLES, "claims.json"), "utf8")) as Claim[];
/** The explorer's base order: by title, then the table's order. */
const base = claims.map((c, i) => ({ c, i })).sort((a, b) => collator.compare(a.c.title, b.c.title) || (a.c.paperId < b.c.paperId ? -1 : a.c.paperId > b.c.paperId ? 1 : 0) || a.i - b.i).map(({ c }) => c);

let out: string;
let index: ExplorerIndex;
let fetched: string[];
const engine = () => {
  fetched = [];
  return new ExplorerEngine(
    index,
    async (file) => {
      fetched.push(file);
      return JSON.parse(readFileSync(join(out, file), "utf8")) as ShardFile;
    },
    async () => readFileSync(join(out, "explorer/grams.bin")),
  );
};

async function run(search: string, e = engine()): Promise<{ updates: ScanUpdate[]; last: ScanUpdate; rows: Claim[] }> {
  const updates: ScanUpdate[] = [];
  await e.search(explorerQuery(new URLSearchParams(search)), (u) => updates.push(u), () => false);
  const last = updates.at(-1)!;
  const rows = updates.filter((u) => u.rows).at(-1)?.rows ?? [];
  return { updates, last, rows };
}

function expected(search: string): { total: number; rows: Claim[] } {
  const q: ExplorerQuery = explorerQuery(new URLSearchParams(search));
  const all = sortClaims(filterClaims(base, q), q.sort, q.dir);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(q.page, pages);
  return { total: all.length, rows: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) };
}

beforeAll(async () => {
  out = tempDir("claimboard-search-");
  await deriveSiteFiles(SEED_TABLES, out, { shardRows: 30 });
  index = JSON.parse(readFileSync(join(out, "explorer/index.json"), "utf8")) as ExplorerIndex;
});

describe("the explorer's sharded search", () => {
  const queries = [
    "",
    "type=speedup",
    "type=speedup&sort=value&dir=desc",
    "type=score&metric=accuracy&sort=value",
    "dataset=ImageNet",
    "dataset=ImageNet&type=score&sort=date&dir=desc",
    "metric=error&sort=dataset",
    "q=faster",
    "q=imagenet+top-1&sort=metric&dir=desc",
    "sort=baseline",
    "sort=type&dir=desc&page=3",
    "sort=title&dir=desc&page=2",
    "page=4",
    "q=speedup+memory",
    "type=energy&dataset=COCO",
    "dataset=No+such+benchmark",
    "page=99",
  ];
  for (const search of queries) {
    it(`gives the whole table's count and rows for ?${search}`, async () => {
      const { last, rows } = await run(search);
      const want = expected(search);
      expect(last.done).toBe(true);
      expect(last.final).toBe(true);
      expect(last.total).toBe(want.total);
      expect(rows.map((c) => c.claimId)).toEqual(want.rows.map((c) => c.claimId));
      expect(rows).toEqual(want.rows);
    });
  }

  it("reads one shard for the first page of the whole table, and only a benchmark's own shards for it", async () => {
    const first = await run("");
    // The shards holding the first page (papers are not split, so a shard may hold more), and at most two read ahead.
    expect(fetched.length).toBeLessThanOrEqual(Math.ceil(PAGE_SIZE / 30) + 1 + 2);
    expect(fetched.length).toBeLessThan(index.shards.length);
    expect(first.last.total).toBe(claims.length);
    expect(first.updates.filter((u) => u.rows)).toHaveLength(1);
    await run("dataset=ImageNet");
    expect(fetched.every((f) => /^explorer\/d\d+-\d+\.json$/.test(f))).toBe(true);
    expect(fetched.length).toBe(index.datasets.ImageNet!.length);
  });

  it("skips shards that hold no claim of a wanted type or metric", async () => {
    await run("type=energy&sort=value");
    const holding = index.shards.filter((s) => s.present.type.includes(index.facets.type.findIndex(([v]) => v === "energy")));
    expect(holding.length).toBeLessThan(index.shards.length);
    expect(new Set(fetched)).toEqual(new Set(holding.map((s) => s.file)));
  });

  it("reads only the shards whose text may hold every word, and finds what the whole table holds", async () => {
    // Words of the titles (most in few papers), a piece of one, and nonsense no shard holds.
    const words = [...new Set(claims.flatMap((c) => c.title.toLowerCase().split(/[^a-z0-9-]+/)).filter((w) => w.length >= 5))].slice(0, 40);
    let fewer = 0;
    for (const word of [...words, words[0]!.slice(1, 4), "qxzqxzqxzq"]) {
      const search = `q=${encodeURIComponent(word)}`;
      const { last } = await run(search);
      expect(last.total, word).toBe(expected(search).total);
      if (fetched.length < index.shards.length) fewer++;
    }
    expect(fewer).toBeGreaterThan(words.length / 2);
    await run("q=qxzqxzqxzq");
    expect(fetched).toEqual([]);
  });

  it("reads every shard, and finds the same, when the trigram filters cannot be fetched", async () => {
    const reads: string[] = [];
    const blind = new ExplorerEngine(
      index,
      async (file) => {
        reads.push(file);
        return JSON.parse(readFileSync(join(out, file), "utf8")) as ShardFile;
      },
      async () => {
        throw new Error("HTTP 404");
      },
    );
    const { last } = await run("q=qxzqxzqxzq", blind);
    expect(last.total).toBe(0);
    expect(reads).toHaveLength(index.shards.length);
    expect((await run("q=faster", blind)).last.total).toBe(expected("q=faster").total);
    // A filter file cut short: shards past its end are read, and nothing is lost.
    const cut = new ExplorerEngine(index, async (file) => JSON.parse(readFileSync(join(out, file), "utf8")) as ShardFile, async () => readFileSync(join(out, "explorer/grams.bin")).subarray(0, 4096));
    expect((await run("q=faster", cut)).last.total).toBe(expected("q=faster").total);
  });

  it("reports progress shard by shard and stops when the query is superseded", async () => {
    const { updates } = await run("q=the");
    expect(updates.map((u) => u.scanned)).toEqual(updates.map((_, i) => i + 1));
    expect(updates.at(-1)!.scanned).toBe(index.shards.length);
    const seen: ScanUpdate[] = [];
    let cancelled = false;
    const result = await engine().search(explorerQuery(new URLSearchParams("q=the&sort=value")), (u) => {
      seen.push(u);
      cancelled = true;
    }, () => cancelled);
    expect(result).toBeNull();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.done).toBe(false);
  });

  it("returns every match of a view, sorted, for downloads", async () => {
    const q = explorerQuery(new URLSearchParams("type=speedup&sort=value&dir=desc"));
    const all = await engine().search(q, () => undefined, () => false, true);
    expect(all).toEqual(sortClaims(filterClaims(base, q), q.sort, q.dir));
  });
});

describe("the explorer's facet counts", () => {
  // Each facet counted under the other filters, against the whole table (the dataset's own shards
  // serve a dataset filter: nothing may be counted twice).
  const reference = (q: ExplorerQuery, facet: "type" | "metric" | "dataset") => {
    const counts = new Map<string, number>();
    for (const c of filterClaims(base, { ...q, [facet]: "" })) if (c[facet]) counts.set(c[facet]!, (counts.get(c[facet]!) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  };
  for (const search of ["dataset=COCO", "dataset=ImageNet&type=score", "q=accuracy", "type=speedup&q=faster", "metric=accuracy&dataset=CIFAR-10"]) {
    it(`counts each facet under the other filters: ${search}`, async () => {
      const q = explorerQuery(new URLSearchParams(search));
      const counts = (await countFacets(engine(), q, () => false))!;
      for (const facet of ["type", "metric", "dataset"] as const) {
        const others = (["type", "metric", "dataset"] as const).some((f) => f !== facet && q[f]) || q.q !== "";
        if (!others) expect(counts[facet]).toBeNull();
        else expect([...counts[facet]!].sort(([a], [b]) => a.localeCompare(b))).toEqual(reference(q, facet));
      }
    });
  }

  it("leaves every count to the index when no filter is set, and stops when cancelled", async () => {
    expect(await countFacets(engine(), explorerQuery(new URLSearchParams("")), () => false)).toEqual({ type: null, metric: null, dataset: null });
    expect(await countFacets(engine(), explorerQuery(new URLSearchParams("dataset=COCO")), () => true)).toBeNull();
  });
});
