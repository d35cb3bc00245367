// The site's own files, derived from the extracted tables in one place (used by the Vite plugin for
// the build and the dev server). Reads the tables the extractor published (checked against their
// manifest, so a set mixed by an interrupted run is refused) one record at a time, in two passes
// over the claims: the first gathers counts, facets, leaderboards and the
// efficiency boards; the second spills every claim into small temporary files by explorer shard,
// benchmark and paper bucket, which are then turned into the site files one at a time. Memory is
// bounded by the per-paper index (title, count) and the leaderboard entries, not by the table.
// The measured accuracy of the rules (site/accuracy.json) is checked and published beside them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Accuracy } from "../../extract/schema.ts";
import type { Claim, ClaimType, Leaderboard, Report } from "../../extract/schema.ts";
import { checkOutputSet } from "../../extract/publish.ts";
import { parseRecord, records } from "./tables.ts";
import { Spill } from "./spill.ts";
import { BOARD_PAGE, FACETS, collator, encodeShard, gramsOf, paperBucket } from "../files.ts";
import type { BenchmarkFile, BoardEntry, BoardPart, EfficiencyFile, ExplorerIndex, Facet, FullBoard, PaperClaim, ShardRef, Summary, WhatsNewFile } from "../files.ts";
import { STATE_OF_THE_ART_FEED, WHATS_NEW_CLAIMS, WHATS_NEW_DAYS, benchmarkFeed } from "../files.ts";
import { FEED_ENTRIES, atomFeed, claimEntry, stateOfTheArtEntry, tagId } from "./feeds.ts";
import { readHistory } from "../../extract/history.ts";
import { routeHash } from "../router.ts";
import { metricLabel } from "../../extract/leaderboards.ts";
import { benchmarkTasks } from "../../extract/tasks.ts";
import datasetLexicon from "../../extract/lexicon/datasets.json" with { type: "json" };

/** Other names of a benchmark in the dataset lexicon ("PTB", "ImageNet-1k"), lower case, for the home page's search. */
export function benchmarkAliases(name: string): string[] {
  const own = name.toLowerCase();
  const entry = (datasetLexicon as { name: string; aliases: string[] }[]).find((d) => d.name === name);
  return [...new Set((entry?.aliases ?? []).map((a) => a.toLowerCase()))].filter((a) => a !== own && !own.includes(a));
}
import { EFFICIENCY_TYPES, chartedFactor, comparatorOf, isFullDate, stateOfTheArt } from "../views/model.ts";

/**
 * The published accuracy of the rules, measured on the gold sets by `npm run eval -- --write-accuracy` and
 * committed: an input to the site like its code (it describes the rules, not the data the site is built
 * over), so it lives beside the site's sources rather than among the generated tables in data/.
 */
export const ACCURACY_FILE = fileURLToPath(new URL("../accuracy.json", import.meta.url));

/** site/accuracy.json, checked against its schema: a malformed file stops the build. */
export function readAccuracy(path = ACCURACY_FILE): Accuracy {
  const parsed = Accuracy.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path} does not match the Accuracy schema (extract/schema.ts): ${parsed.error.message}; run npm run eval -- --write-accuracy`);
  return parsed.data;
}

/** The extracted tables published as downloads beside the site files (those the set holds). */
export const TABLES = ["claims.json", "papers.json", "leaderboards.json", "report.json", "claims.csv", "claims.xlsx"];

export interface DeriveOptions {
  /** Claims per explorer shard (papers are never split, so a shard may hold a few more). */
  shardRows?: number;
  /** Leaderboard entries and other claims a benchmark page holds; the rest are in the board's own file. */
  topEntries?: number;
  /** Papers per bucket file, on average (an abstract and its claims are a few KB). */
  papersPerBucket?: number;
}

export interface DeriveResult {
  /** Files written, relative to the output folder. */
  files: string[];
  bytes: number;
  claims: number;
  papers: number;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
}

// ---- small helpers -------------------------------------------------------------------------------

/** The first k items under a comparator, kept as they arrive. */
class TopK<T> {
  readonly items: T[] = [];
  constructor(private readonly k: number, private readonly compare: (a: T, b: T) => number) {}
  add(item: T): void {
    const items = this.items;
    if (items.length === this.k && this.compare(item, items[items.length - 1]!) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(items[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
    if (items.length > this.k) items.pop();
  }
}

interface Positioned {
  claim: Claim;
  pos: number;
}

/** A claim with the date it is news from. */
interface Dated {
  claim: Claim;
  date: string;
}
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newest first; a day's claims in id order, so that the same data gives the same order. */
const newestFirst = (a: Dated, b: Dated) => compareIds(b.date, a.date) || compareIds(a.claim.claimId, b.claim.claimId);

/** The first n - 1 tab-separated fields of a line, and the rest of it. */
function fields(line: string, n: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 1; i < n; i++) {
    const tab = line.indexOf("\t", at);
    out.push(line.slice(at, tab));
    at = tab + 1;
  }
  out.push(line.slice(at));
  return out;
}

/** A record's paperId, read without parsing the record (the extractor writes it as a plain string). */
function idOf(text: string, path: string, n: number): string {
  const match = /"paperId"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(text);
  if (!match) throw new Error(`${path}: record ${n} is a paper without paperId: ${text.slice(0, 80)}`);
  return JSON.parse(match[1]!) as string;
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

const paperClaim = (c: Claim): PaperClaim => ({
  claimId: c.claimId, type: c.type, value: c.value, valueLow: c.valueLow, unit: c.unit, bound: c.bound, metric: c.metric,
  dataset: c.dataset, baseline: c.baseline, role: c.role, method: c.method, setting: c.setting, text: c.text, start: c.start, end: c.end,
});

// ---- the derivation -------------------------------------------------------------------------------

export async function deriveSiteFiles(dataDir: string, outDir: string, options: DeriveOptions = {}): Promise<DeriveResult> {
  const shardRows = options.shardRows ?? 5000;
  const top = options.topEntries ?? BOARD_PAGE;
  const papersPerBucket = options.papersPerBucket ?? 100;
  checkOutputSet(dataDir);
  const claimsPath = join(dataDir, "claims.json");
  const papersPath = join(dataDir, "papers.json");
  const history = readHistory(dataDir);
  // A claim's date as news: its paper's, when it has a year; else the day a refresh first saw it.
  const firstSeen = new Map<string, string>();
  for (const day of [...history].reverse()) for (const c of day.newClaims) if (!firstSeen.has(c.claimId)) firstSeen.set(c.claimId, day.date);
  const newsDate = (c: Claim) => (isFullDate(c.date) ? c.date : (firstSeen.get(c.claimId) ?? null));

  const result: DeriveResult = { files: [], bytes: 0, claims: 0, papers: 0, timings: {} };
  let clock = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    result.timings[phase] = Math.round(now - clock);
    clock = now;
  };
  const made = new Set<string>();
  const putText = (name: string, text: string | Uint8Array) => {
    const path = join(outDir, name);
    if (!made.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    made.add(dirname(path));
    writeFileSync(path, text);
    result.files.push(name);
    result.bytes += typeof text === "string" ? Buffer.byteLength(text) : text.length;
  };
  const put = (name: string, value: unknown) => putText(name, JSON.stringify(value));

  // Leaderboards as the extractor ranked them.
  const boards: Leaderboard[] = [];
  for await (const text of records(join(dataDir, "leaderboards.json"))) boards.push(JSON.parse(text) as Leaderboard);
  const ranked = new Set(boards.flatMap((b) => b.entries.map((e) => e.claimId)));

  // ---- pass 1: counts, facets, leaderboards, efficiency boards ----
  const papers = new Map<string, { title: string; claims: number }>();
  const datasets = new Map<string, { claims: number; papers: Set<string>; metrics: Set<string> }>();
  const facetCounts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const entryClaims = new Map<string, Claim>();
  const byValue = (a: Positioned, b: Positioned) => b.claim.value - a.claim.value || a.pos - b.pos;
  // Within a comparator's group: factors first, then percentages and other units, each largest first.
  const inGroup = (a: Positioned, b: Positioned) =>
    Number(b.claim.unit === "x") - Number(a.claim.unit === "x") || a.claim.unit.localeCompare(b.claim.unit) || b.claim.value - a.claim.value || a.pos - b.pos;
  const efficiency = new Map<ClaimType, { total: number; factors: TopK<Positioned>; groups: Map<string, { total: number; top: TopK<Positioned> }> }>(
    EFFICIENCY_TYPES.map((t) => [t, { total: 0, factors: new TopK(25, byValue), groups: new Map() }]),
  );

  // Each benchmark's newest claims (its feed) and, for "What's new" before any history, the newest of all.
  const newest = new Map<string, TopK<Dated>>();
  const latest = new TopK<Dated>(FEED_ENTRIES, newestFirst);

  let pos = 0;
  for await (const text of records(claimsPath)) {
    // Every claim is parsed here first: a broken record stops the build naming it.
    const c = parseRecord<Claim>(text, claimsPath, ++pos);
    const date = newsDate(c);
    if (date !== null && c.dataset !== null) {
      let feed = newest.get(c.dataset);
      if (!feed) newest.set(c.dataset, (feed = new TopK(FEED_ENTRIES, newestFirst)));
      feed.add({ claim: c, date });
    }
    if (isFullDate(c.date)) latest.add({ claim: c, date: c.date });
    const paper = papers.get(c.paperId);
    if (paper) paper.claims++;
    else papers.set(c.paperId, { title: c.title, claims: 1 });
    for (const f of FACETS) if (c[f] !== null) count(facetCounts[f], c[f]);
    if (c.dataset !== null) {
      let d = datasets.get(c.dataset);
      if (!d) datasets.set(c.dataset, (d = { claims: 0, papers: new Set(), metrics: new Set() }));
      d.claims++;
      d.papers.add(c.paperId);
      if (c.metric !== null) d.metrics.add(c.metric);
    }
    if (ranked.has(c.claimId)) entryClaims.set(c.claimId, c);
    const board = efficiency.get(c.type);
    if (board && c.role === "result") {
      board.total++;
      if (chartedFactor(c)) board.factors.add({ claim: c, pos });
      const against = comparatorOf(c.baseline);
      let group = board.groups.get(against);
      if (!group) board.groups.set(against, (group = { total: 0, top: new TopK(5, inGroup) }));
      group.total++;
      group.top.add({ claim: c, pos });
    }
  }
  result.claims = pos;
  lap("read claims (counts, facets, boards)");

  // Papers per benchmark: only their number is kept from here on.
  const benchmarkPapers = new Map([...datasets].map(([name, d]) => [name, d.papers.size]));
  for (const d of datasets.values()) d.papers.clear();


  // Benchmarks by name; each board's entries as claims, the whole board in its own file when long.
  const names = [...datasets.keys()].sort(collator.compare);
  const benchmarkIndex = new Map(names.map((name, i) => [name, i]));
  const boardParts = new Map<string, BoardPart[]>(names.map((n) => [n, []]));
  // Why entries are doubtful, said in the feeds too; the records that beat an earlier one, newest first.
  const doubts = new Map(boards.flatMap((b) => b.entries.filter((e) => e.flags.length).map((e) => [e.claimId, e.flags] as const)));
  const newRecords = new TopK<Dated & { previous: Claim; dataset: string; board: BoardPart }>(FEED_ENTRIES, newestFirst);
  for (const board of boards) {
    const parts = boardParts.get(board.dataset);
    if (!parts) continue;
    const claims: BoardEntry[] = [];
    for (const e of board.entries) {
      const c = entryClaims.get(e.claimId);
      if (c) claims.push({ ...c, flags: e.flags });
    }
    const file = claims.length > top ? `benchmarks/${benchmarkIndex.get(board.dataset)}-${parts.length}.json` : null;
    if (file) put(file, { entries: claims } satisfies FullBoard);
    // A flagged entry is never a point of the state of the art.
    const records = stateOfTheArt(claims.filter((c) => c.flags.length === 0), board.higherIsBetter).map(({ flags, ...c }) => (void flags, c));
    const part: BoardPart = { metric: board.metric, label: metricLabel(board.metric), setting: board.setting, higherIsBetter: board.higherIsBetter, total: claims.length, entries: claims.slice(0, top), file, records };
    parts.push(part);
    // A board's first record beat nothing: only those that beat an earlier one are news.
    records.slice(1).forEach((c, i) => newRecords.add({ claim: c, date: c.date!, previous: records[i]!, dataset: board.dataset, board: part }));
  }
  entryClaims.clear();

  // The explorer's order: papers by title, each paper's claims in table order; shards end between papers.
  const order = [...papers].sort(([ida, a], [idb, b]) => collator.compare(a.title, b.title) || (ida < idb ? -1 : ida > idb ? 1 : 0));
  const paperRank = new Map<string, number>();
  const paperShard = new Map<string, number>();
  let shards = 0;
  let filled = 0;
  for (const [id, p] of order) {
    if (filled > 0 && filled + p.claims > shardRows) {
      shards++;
      filled = 0;
    }
    paperRank.set(id, paperRank.size);
    paperShard.set(id, shards);
    filled += p.claims;
  }
  if (filled > 0) shards++;
  papers.clear();
  lap("leaderboards and title order");

  // ---- pass 2: spill claims by shard, benchmark and paper bucket ----
  const report = JSON.parse(readFileSync(join(dataDir, "report.json"), "utf8")) as Report;
  const paperCount = report.totals.papers;
  const buckets = Math.max(1, Math.ceil(paperCount / papersPerBucket));
  const work = mkdtempSync(join(tmpdir(), "claimboard-spill-"));
  const spill = new Spill(work);
  const others = new Map<string, { total: number; claims: Claim[] }>(names.map((n) => [n, { total: 0, claims: [] }]));
  try {
    // Only the paper id is needed to route a claim to its shard: no parsing here.
    pos = 0;
    for await (const text of records(claimsPath)) {
      const paperId = idOf(text, claimsPath, ++pos);
      spill.add(`s${paperShard.get(paperId)}`, `${paperRank.get(paperId)}\t${pos}\t${text}\n`);
    }
    paperShard.clear();
    paperRank.clear();
    lap("spill claims");
    for await (const text of records(papersPath)) {
      // Only the id is needed here: the paper's text goes into its bucket file as it is.
      const paperId = idOf(text, papersPath, ++result.papers);
      spill.add(`p${paperBucket(paperId, buckets)}`, `p\t${paperId}\t\t${text}\n`);
    }
    lap("spill papers");

    // ---- the explorer: shards in title order, the benchmarks' own shards, the index ----
    const facets = Object.fromEntries(FACETS.map((f) => [f, [...facetCounts[f]].sort(([a], [b]) => collator.compare(a, b))])) as ExplorerIndex["facets"];
    const facetIds = Object.fromEntries(FACETS.map((f) => [f, new Map(facets[f].map(([v], i) => [v, i]))])) as Record<Facet, Map<string, number>>;
    const grams: Uint8Array[] = [];
    const writeShard = (file: string, claims: Claim[]): ShardRef => {
      put(file, encodeShard(claims));
      const present = Object.fromEntries(
        FACETS.map((f) => [f, [...new Set(claims.map((c) => c[f]).filter((v): v is string => v !== null))].map((v) => facetIds[f].get(v)!).sort((a, b) => a - b)]),
      ) as ShardRef["present"];
      grams.push(gramsOf(claims));
      return { file, rows: claims.length, present, grams: grams.length - 1 };
    };
    // Each shard in title order; its claims then go on, in that order, to their benchmark's
    // shards, their paper's bucket and the benchmark page's other claims.
    const shardRefs: ShardRef[] = [];
    for (let k = 0; k < shards; k++) {
      const rows = spill
        .take(`s${k}`)
        .map((line) => {
          const [rank, at, text] = fields(line, 3) as [string, string, string];
          return { rank: Number(rank), at: Number(at), text };
        })
        .sort((a, b) => a.rank - b.rank || a.at - b.at);
      const claims = rows.map((r) => JSON.parse(r.text) as Claim);
      shardRefs.push(writeShard(`explorer/${k}.json`, claims));
      claims.forEach((c, i) => {
        spill.add(`p${paperBucket(c.paperId, buckets)}`, `c\t${c.paperId}\t${c.start}\t${JSON.stringify(paperClaim(c))}\n`);
        if (c.dataset === null) return;
        spill.add(`d${benchmarkIndex.get(c.dataset)}`, `${rows[i]!.rank}\t${rows[i]!.text}\n`);
        if (!ranked.has(c.claimId)) {
          const rest = others.get(c.dataset)!;
          rest.total++;
          if (rest.claims.length < top) rest.claims.push(c);
        }
      });
    }
    const datasetShards: Record<string, ShardRef[]> = {};
    for (const [n, name] of names.entries()) {
      const rows = spill.take(`d${n}`).map((line) => fields(line, 2) as [string, string]);
      const refs: ShardRef[] = [];
      for (let from = 0; from < rows.length; ) {
        let to = Math.min(rows.length, from + shardRows);
        while (to < rows.length && rows[to]![0] === rows[to - 1]![0]) to++;
        refs.push(writeShard(`explorer/d${n}-${refs.length}.json`, rows.slice(from, to).map(([, text]) => JSON.parse(text) as Claim)));
        from = to;
      }
      datasetShards[name] = refs;
    }
    put("explorer/index.json", { total: result.claims, facets, shards: shardRefs, datasets: datasetShards } satisfies ExplorerIndex);
    putText("explorer/grams.bin", Buffer.concat(grams));
    lap("explorer shards");

    // ---- papers: each bucket with its papers and their claims ----
    for (let b = 0; b < buckets; b++) {
      // Written as text from the spilled JSON: { "<paperId>": { "paper": {…}, "claims": [{…}, …] }, … }
      const entries = new Map<string, { paper: string; claims: { start: number; text: string }[] }>();
      const claims: string[][] = [];
      for (const line of spill.take(`p${b}`)) {
        const [kind, paperId, start, text] = fields(line, 4) as [string, string, string, string];
        if (kind === "p") entries.set(paperId, { paper: text, claims: [] });
        else claims.push([paperId, start, text]);
      }
      for (const [paperId, start, text] of claims) entries.get(paperId!)?.claims.push({ start: Number(start), text: text! });
      const parts: string[] = [];
      for (const [paperId, e] of entries) {
        const list = e.claims.sort((x, y) => x.start - y.start).map((c) => c.text);
        parts.push(`${JSON.stringify(paperId)}:{"paper":${e.paper},"claims":[${list.join(",")}]}`);
      }
      putText(`papers/${b}.json`, `{${parts.join(",")}}`);
    }
    lap("paper buckets");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // ---- benchmark pages, efficiency boards, the overview ----
  const summaries: Summary["benchmarks"] = names.map((name, n) => {
    const d = datasets.get(name)!;
    const parts = boardParts.get(name)!;
    put(`benchmarks/${n}.json`, { dataset: name, boards: parts, others: others.get(name)! } satisfies BenchmarkFile);
    return {
      dataset: name,
      papers: benchmarkPapers.get(name)!,
      claims: d.claims,
      metrics: [...d.metrics].sort(),
      // Flagged entries rank last: a board whose first entry is flagged has no best claim to show.
      best: parts
        .filter((b) => b.entries[0]!.flags.length === 0)
        .map((b) => {
          const e = b.entries[0]!;
          return { metric: b.metric, label: b.label, setting: b.setting, higherIsBetter: b.higherIsBetter, value: e.value, unit: e.unit, bound: e.bound, paperId: e.paperId, title: e.title, method: e.method };
        }),
      tasks: benchmarkTasks(name, [...parts.map((b) => b.metric), ...d.metrics]),
      ...(benchmarkAliases(name).length ? { aliases: benchmarkAliases(name) } : {}),
      file: `benchmarks/${n}.json`,
    };
  });
  put("efficiency.json", {
    types: [...efficiency].map(([type, board]) => {
      const groups = [...board.groups].sort(([a, x], [b, y]) => y.total - x.total || a.localeCompare(b));
      return {
        type,
        total: board.total,
        factors: board.factors.items.map((p) => p.claim),
        groupCount: groups.length,
        groups: groups.slice(0, 20).map(([against, g]) => ({ against, total: g.total, claims: g.top.items.map((p) => p.claim) })),
      };
    }),
  } satisfies EfficiencyFile);
  const totals: Report["totals"] = {
    ...report.totals,
    papers: result.papers,
    claims: result.claims,
    leaderboards: boards.length,
  };
  lap("benchmarks, efficiency, summary");
  put("accuracy.json", readAccuracy());
  put("summary.json", { totals, benchmarks: summaries, paperBuckets: buckets, downloads: TABLES.filter((t) => existsSync(join(dataDir, t))) } satisfies Summary);

  // ---- feeds and what's new ----
  for (const name of names) {
    putText(
      benchmarkFeed(name),
      atomFeed({
        id: tagId("benchmark", name),
        title: `New claims on ${name} · claimboard`,
        subtitle: `Claims on ${name} read from paper abstracts, newest first by the paper's date (or the day a refresh first saw them).`,
        file: benchmarkFeed(name),
        alternate: routeHash(`benchmark/${name}`),
        entries: (newest.get(name)?.items ?? []).map(({ claim, date }) => claimEntry(claim, date, doubts.get(claim.claimId) ?? [])),
      }),
    );
  }
  putText(
    STATE_OF_THE_ART_FEED,
    atomFeed({
      id: tagId("state-of-the-art"),
      title: "New state of the art · claimboard",
      subtitle: "Claims that beat every earlier unflagged entry of their leaderboard when their paper was listed, newest first.",
      file: STATE_OF_THE_ART_FEED,
      alternate: routeHash("new"),
      entries: newRecords.items.map(({ claim, previous, dataset, board }) => stateOfTheArtEntry(claim, previous, { dataset, label: board.label, setting: board.setting })),
    }),
  );
  put("whatsnew.json", {
    days: history.slice(0, WHATS_NEW_DAYS).map((day) => {
      const byBenchmark = new Map<string, Claim[]>();
      for (const c of day.newClaims) {
        if (c.dataset === null) continue;
        const list = byBenchmark.get(c.dataset);
        if (list) list.push(c);
        else byBenchmark.set(c.dataset, [c]);
      }
      return {
        date: day.date,
        papers: day.newPapers.length,
        claims: day.newClaims.length,
        removedPapers: day.removedPapers.length,
        removedClaims: day.removedClaims.length,
        stateOfTheArt: day.leaderboards.map((b) => ({ ...b, label: metricLabel(b.metric) })),
        benchmarks: [...byBenchmark]
          .sort(([a, x], [b, y]) => y.length - x.length || collator.compare(a, b))
          .map(([dataset, claims]) => ({ dataset, total: claims.length, claims: claims.slice(0, WHATS_NEW_CLAIMS) })),
        otherClaims: day.newClaims.filter((c) => c.dataset === null).length,
      };
    }),
    latest: history.length ? [] : latest.items.map((d) => d.claim),
  } satisfies WhatsNewFile);
  lap("feeds and what's new");
  return result;
}
