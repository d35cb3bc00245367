// The site's own data files, derived at build time from the extracted tables (site/build/derive.ts)
// so that no view downloads more than it shows, and the compact shard format the claims explorer
// scans. Shared by the build (Node) and the browser: types and pure functions only.
import type { Changes, Claim, ClaimType, Paper, Report } from "../extract/schema.ts";
import type { BenchmarkSummary } from "./views/model.ts";

/** Everything under dist/data/ that the views read, relative to it. */
export interface Summary {
  totals: Report["totals"];
  benchmarks: (BenchmarkSummary & { file: string })[];
  /** How many files the papers are spread over (see paperBucket). */
  paperBuckets: number;
  /** The full tables published beside the site files (claims.csv, claims.xlsx, claims.json…). */
  downloads: string[];
}

/** Leaderboard entries per page: a benchmark's file holds each board's first page. */
export const BOARD_PAGE = 25;

/** A board's entry: the claim, and why it is doubtful (empty when it is not; flagged entries rank last). */
export type BoardEntry = Claim & { flags: string[] };

/** One leaderboard: its best entries in rank order, and the file with all of them when there are more. */
export interface BoardPart {
  /** The board metric (aliases resolved: "map" for AP and mAP) and how it is written for people. */
  metric: string;
  label: string;
  /** The tags that split this board from the benchmark's others (docs/leaderboards.md); [] for none. */
  setting: string[];
  higherIsBetter: boolean;
  /** Entries (one per paper) on the whole board. */
  total: number;
  entries: BoardEntry[];
  /** All entries, ranked (a FullBoard), when total > entries.length. */
  file: string | null;
  /** The state of the art over time on the whole board, from unflagged entries only (see stateOfTheArt). */
  records: Claim[];
}

export interface FullBoard {
  entries: BoardEntry[];
}

/** A setting as one string, for URLs and keys: "few-shot:5;zero-shot", "none" for no tags. */
export const settingKey = (setting: readonly string[]): string => (setting.length ? setting.join(";") : "none");

/** benchmarks/<n>.json: a benchmark page. */
export interface BenchmarkFile {
  dataset: string;
  boards: BoardPart[];
  /** Claims on the benchmark that rank on no board: how many, and the first of them. */
  others: { total: number; claims: Claim[] };
}

/** efficiency.json: per efficiency type the largest factors and the biggest groups by comparator. */
export interface EfficiencyFile {
  types: {
    type: ClaimType;
    total: number;
    factors: Claim[];
    groupCount: number;
    groups: { against: string; total: number; claims: Claim[] }[];
  }[];
}

/** What a paper page shows of each claim (the abstract gives the rest). */
export type PaperClaim = Pick<Claim, "claimId" | "type" | "value" | "valueLow" | "unit" | "bound" | "metric" | "dataset" | "baseline" | "role" | "method" | "setting" | "text" | "start" | "end">;

/** papers/<b>.json: the papers whose id hashes to bucket b, each with its claims (by position). */
export type PaperBucket = Record<string, { paper: Paper; claims: PaperClaim[] }>;

export const FACETS = ["type", "metric", "dataset"] as const;
export type Facet = (typeof FACETS)[number];

/** A shard of the explorer table and the facet values present in it (indices into the index's lists). */
export interface ShardRef {
  file: string;
  rows: number;
  present: Record<Facet, number[]>;
  /** Where the shard's trigram filter is in explorer/grams.bin, in filters of GRAM_BYTES. */
  grams: number;
}

/**
 * explorer/index.json. Claims are ordered by paper title (the explorer's default order), papers
 * never split across shards; each benchmark's claims are also sharded on their own, in the same order.
 */
export interface ExplorerIndex {
  total: number;
  /** Every facet value with its number of claims, in the facet's order (by name). */
  facets: Record<Facet, [string, number][]>;
  shards: ShardRef[];
  datasets: Record<string, ShardRef[]>;
}

// ---- the shard format ------------------------------------------------------------------------

// ---- trigram filters ---------------------------------------------------------------------------

/** Fields free text is searched in (the meaning of a search: filterClaims in test/site/reference.ts). */
export const SEARCHED = ["title", "text", "sentence", "metric", "dataset", "baseline"] as const;

/**
 * Bytes of one shard's trigram filter: a bit for each hash of the three-character runs of its
 * searched text, lower-cased. A word of three or more characters is in the shard's text only if
 * every run of three in it is, so a shard whose filter lacks one of them is not read. Filters of
 * all shards are explorer/grams.bin, fetched with the first text query.
 */
export const GRAM_BYTES = 4096; // a power of two: bits are hashes masked to its size

function gramBit(text: string, i: number): number {
  return (text.charCodeAt(i) * 961 + text.charCodeAt(i + 1) * 31 + text.charCodeAt(i + 2)) & (GRAM_BYTES * 8 - 1);
}

/** The trigram filter of a shard's claims (each distinct text read once: claims share titles and sentences). */
export function gramsOf(claims: Claim[]): Uint8Array {
  const bits = new Uint8Array(GRAM_BYTES);
  const read = new Set<string>();
  for (const claim of claims) {
    for (const field of SEARCHED) {
      const value = claim[field];
      if (value === null || read.has(value)) continue;
      read.add(value);
      const text = value.toLowerCase();
      for (let i = 0; i + 3 <= text.length; i++) {
        const bit = gramBit(text, i);
        bits[bit >>> 3]! |= 1 << (bit & 7);
      }
    }
  }
  return bits;
}

/** Whether a shard with these filter bits may hold the word (lower case, three characters or more). */
export function mayHold(bits: Uint8Array, word: string): boolean {
  for (let i = 0; i + 3 <= word.length; i++) {
    const bit = gramBit(word, i);
    if ((bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/** String columns, stored as indices into the shard's own string table (-1 for null). */
export const INTERNED = ["paperId", "title", "type", "unit", "bound", "metric", "dataset", "datasetText", "baseline", "role", "method", "text", "sentence", "date"] as const;
export type Interned = (typeof INTERNED)[number];
export const NUMBERS = ["value", "start", "end", "sentenceStart"] as const;
export type NumberColumn = (typeof NUMBERS)[number];

/** explorer/<k>.json: claims as columns, strings interned (titles and sentences repeat within a paper). */
export interface ShardFile {
  rows: number;
  strings: string[];
  claimId: string[];
  valueLow: (number | null)[];
  higherIsBetter: (boolean | null)[];
  /** Each claim's setting tags joined by ";" (no tag holds one), interned. */
  setting: number[];
  interned: Record<Interned, number[]>;
  numbers: Record<NumberColumn, number[]>;
}

export function encodeShard(claims: Claim[]): ShardFile {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const intern = (s: string | null) => {
    if (s === null) return -1;
    let id = ids.get(s);
    if (id === undefined) {
      id = strings.push(s) - 1;
      ids.set(s, id);
    }
    return id;
  };
  const interned = Object.fromEntries(INTERNED.map((k) => [k, claims.map((c) => intern(c[k]))])) as Record<Interned, number[]>;
  const numbers = Object.fromEntries(NUMBERS.map((k) => [k, claims.map((c) => c[k])])) as Record<NumberColumn, number[]>;
  return { rows: claims.length, strings, claimId: claims.map((c) => c.claimId), valueLow: claims.map((c) => c.valueLow), higherIsBetter: claims.map((c) => c.higherIsBetter), setting: claims.map((c) => intern(c.setting.join(";"))), interned, numbers };
}

/** Row `row` of a shard as a claim, its keys in the schema's column order. */
export function claimAt(shard: ShardFile, row: number): Claim {
  const s = (k: Interned) => {
    const id = shard.interned[k][row]!;
    return id < 0 ? null : shard.strings[id]!;
  };
  const n = (k: NumberColumn) => shard.numbers[k][row]!;
  return {
    claimId: shard.claimId[row]!,
    paperId: s("paperId")!,
    title: s("title")!,
    type: s("type") as ClaimType,
    value: n("value"),
    valueLow: shard.valueLow[row]!,
    unit: s("unit")!,
    bound: s("bound") as Claim["bound"],
    metric: s("metric"),
    higherIsBetter: shard.higherIsBetter[row]!,
    dataset: s("dataset"),
    datasetText: s("datasetText"),
    baseline: s("baseline"),
    role: s("role") as Claim["role"],
    method: s("method"),
    setting: shard.strings[shard.setting[row]!] ? shard.strings[shard.setting[row]!]!.split(";") : [],
    text: s("text")!,
    start: n("start"),
    end: n("end"),
    sentence: s("sentence")!,
    sentenceStart: n("sentenceStart"),
    date: s("date"),
  };
}

/** FNV-1a of a string, unsigned: a hash build and browser compute alike. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The bucket of a paper: a hash of its id, so build and browser agree without a lookup table. */
export const paperBucket = (paperId: string, buckets: number): number => fnv1a(paperId) % buckets;

// ---- feeds and what's new ----------------------------------------------------------------------

/** The site-wide Atom feed of new states of the art (site/build/feeds.ts), under data/. */
export const STATE_OF_THE_ART_FEED = "feeds/state-of-the-art.xml";

/**
 * A benchmark's Atom feed, under data/: its name made fit for a URL, and a hash of the exact name
 * (so that "CIFAR-10" and "CIFAR 10" get two files), so its address stays as benchmarks come and go.
 */
export function benchmarkFeed(dataset: string): string {
  const slug = dataset.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `feeds/benchmark/${slug || "benchmark"}-${fnv1a(dataset).toString(16).padStart(8, "0")}.xml`;
}

/** Days of history the "What's new" view shows (older ones stay in data/history/ and in the feeds). */
export const WHATS_NEW_DAYS = 10;
/** New claims shown per benchmark and day; the rest are counted. */
export const WHATS_NEW_CLAIMS = 5;

/** whatsnew.json: the newest days of data/history/, or, before the first refresh, the newest claims. */
export interface WhatsNewFile {
  days: {
    date: string;
    papers: number;
    claims: number;
    removedPapers: number;
    removedClaims: number;
    /** Boards with a new best unflagged entry that day. */
    stateOfTheArt: (Changes["leaderboards"][number] & { label: string })[];
    /** Benchmarks with new claims, the most first: how many, and the first of them. */
    benchmarks: { dataset: string; total: number; claims: Claim[] }[];
    /** New claims on no benchmark. */
    otherClaims: number;
  }[];
  /** With no history yet: the newest claims by their paper's (full) date. */
  latest: Claim[];
}

/** The order of strings everywhere in the site (fixed locale, so build and browser agree). */
export const collator = new Intl.Collator("en");

/** The largest sheet a spreadsheet holds: 1,048,576 rows, the header being one of them. */
export { XLSX_MAX_ROWS } from "../extract/limits.ts";
