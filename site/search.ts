// The claims explorer's search over the sharded table (explorer/*.json), run in a Web Worker
// (explorer-worker.ts) and kept free of the DOM so it can be tested. Shards are in the default
// order (paper title), so with that order a page is final as soon as the shards before it hold
// enough matches; counts known from the index end the scan early. Other orders need every shard.
// Shards that cannot hold a match (facet value absent, or a word's three-character runs absent
// from its text) are skipped; a benchmark's own shards serve a dataset filter. Every step checks
// whether the query was superseded, so a new query cancels the scan.
import type { Claim } from "../extract/schema.ts";
import { GRAM_BYTES, SEARCHED, claimAt, collator, mayHold } from "./files.ts";
import type { ExplorerIndex, Facet, ShardFile, ShardRef } from "./files.ts";
import { PAGE_SIZE } from "./views/model.ts";
import type { ExplorerColumn, ExplorerQuery } from "./views/model.ts";

export type Filters = Pick<ExplorerQuery, "type" | "metric" | "dataset" | "q">;

export interface ScanUpdate {
  /** Shards searched of those that may hold matches. */
  scanned: number;
  shards: number;
  /** Matches so far (the count when done). */
  matched: number;
  /** The number of matching claims, once known (from the index, or at the end of the scan). */
  total: number | null;
  /** The page's rows, when they changed; final once no later shard can change them. */
  rows?: Claim[];
  page: number;
  final: boolean;
  done: boolean;
}

export function searchWords(q: string): string[] {
  return q.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** The shards a query must read, in order, and its count when the index alone gives it. */
export function plan(index: ExplorerIndex, f: Filters): { refs: ShardRef[]; total: number | null } {
  const refs = f.dataset ? (index.datasets[f.dataset] ?? []) : index.shards;
  const wanted = (["type", "metric", "dataset"] as Facet[]).flatMap((facet) => {
    if (!f[facet]) return [];
    const id = index.facets[facet].findIndex(([v]) => v === f[facet]);
    return [{ facet, id, count: id < 0 ? 0 : index.facets[facet][id]![1] }];
  });
  if (wanted.some((w) => w.id < 0)) return { refs: [], total: 0 };
  const total = searchWords(f.q).length ? null : wanted.length === 0 ? index.total : wanted.length === 1 ? wanted[0]!.count : null;
  return { refs: refs.filter((ref) => wanted.every((w) => ref.present[w.facet].includes(w.id))), total };
}

type Cached = ShardFile & { lower?: string[] };

/** The rows of a shard that match, in shard order. */
export function matchRows(shard: Cached, f: Filters): number[] {
  const facetIds = (["type", "metric", "dataset"] as const).filter((k) => f[k]).map((k) => [shard.interned[k], shard.strings.indexOf(f[k])] as const);
  if (facetIds.some(([, id]) => id < 0)) return [];
  const words = searchWords(f.q);
  let hits: Uint8Array[] = [];
  if (words.length) {
    const lower = (shard.lower ??= shard.strings.map((s) => s.toLowerCase()));
    hits = words.map((w) => Uint8Array.from(lower, (s) => (s.includes(w) ? 1 : 0)));
  }
  const fields = SEARCHED.map((k) => shard.interned[k]);
  const rows: number[] = [];
  outer: for (let row = 0; row < shard.rows; row++) {
    for (const [column, id] of facetIds) if (column[row] !== id) continue outer;
    for (const hit of hits) {
      let found = false;
      for (const column of fields) {
        const id = column[row]!;
        if (id >= 0 && hit[id]) {
          found = true;
          break;
        }
      }
      if (!found) continue outer;
    }
    rows.push(row);
  }
  return rows;
}

/** Rows of a shard in descending title order, claims of one title kept in table order. */
function descendingTitle(shard: ShardFile, rows: number[]): number[] {
  const title = shard.interned.title;
  const out: number[] = [];
  for (let end = rows.length; end > 0; ) {
    let start = end - 1;
    while (start > 0 && title[rows[start - 1]!] === title[rows[end - 1]!]) start--;
    for (let i = start; i < end; i++) out.push(rows[i]!);
    end = start;
  }
  return out;
}

/** Where a match is: shard (its position in the plan) and row. */
interface Matches {
  shard: number[];
  row: number[];
  /** Sort keys for orders other than title. */
  key: (number | string | null)[];
  /** Units, for the value order (values sort within their unit, units grouped). */
  unit?: string[];
}

export class ExplorerEngine {
  private cache = new Map<string, Promise<Cached>>();
  /** explorer/grams.bin, fetched with the first text query (null if it could not be: then every shard is read). */
  private grams: Promise<Uint8Array | null> | undefined;

  constructor(
    readonly index: ExplorerIndex,
    private readonly fetchShard: (file: string) => Promise<ShardFile>,
    private readonly fetchGrams: () => Promise<Uint8Array>,
    private readonly maxCached = 64,
  ) {}

  /** The shards that may hold rows matching the filters. */
  candidates(f: Filters): Promise<ShardRef[]> {
    return this.mayMatch(plan(this.index, f).refs, f);
  }

  /** The shards whose trigram filters let every word of three characters or more through. */
  private async mayMatch(refs: ShardRef[], query: Filters): Promise<ShardRef[]> {
    const words = searchWords(query.q).filter((w) => w.length >= 3);
    if (!words.length) return refs;
    const grams = await (this.grams ??= this.fetchGrams().catch(() => null));
    if (!grams) return refs;
    return refs.filter((ref) => {
      const bits = grams.subarray(ref.grams * GRAM_BYTES, (ref.grams + 1) * GRAM_BYTES);
      // A filter cut short (a file from another build, truncated) tells nothing: the shard is read.
      return bits.length < GRAM_BYTES || words.every((w) => mayHold(bits, w));
    });
  }

  /** A shard, from the cache (most recently used last) or fetched. */
  load(ref: ShardRef): Promise<Cached> {
    let shard = this.cache.get(ref.file);
    if (shard) this.cache.delete(ref.file);
    else shard = this.fetchShard(ref.file);
    this.cache.set(ref.file, shard);
    shard.catch(() => this.cache.delete(ref.file));
    while (this.cache.size > this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    return shard;
  }

  /**
   * Scans for a query and reports as it goes: the page's rows as soon as they are known, counts
   * after every shard. Stops early when the page is final and the count is known from the index;
   * `all` scans every shard and returns every match, sorted (for downloads).
   */
  async search(query: ExplorerQuery, emit: (u: ScanUpdate) => void, cancelled: () => boolean, all = false): Promise<Claim[] | null> {
    const planned = plan(this.index, query);
    const known = planned.total;
    const refs = await this.mayMatch(planned.refs, query);
    if (cancelled()) return null;
    const byTitle = query.sort === "title";
    const order = byTitle && query.dir === "desc" ? [...refs.keys()].reverse() : [...refs.keys()];
    const matches: Matches = { shard: [], row: [], key: [] };
    const want = query.page * PAGE_SIZE;
    const base = { shards: refs.length, page: query.page };
    let final = false;
    let lastRows = 0;
    let pending: Claim[] | undefined;
    for (let i = 0; i < order.length; i++) {
      const at = order[i]!;
      // Read ahead while this shard is searched, once the scan is known to go on.
      if (i > 0) for (const next of order.slice(i + 1, i + 3)) void this.load(refs[next]!).catch(() => undefined);
      const shard = await this.load(refs[at]!);
      if (cancelled()) return null;
      let rows = matchRows(shard, query);
      if (byTitle && query.dir === "desc") rows = descendingTitle(shard, rows);
      const key = this.keyOf(shard, query.sort);
      const units = query.sort === "value" ? shard.interned.unit : null;
      for (const row of rows) {
        matches.shard.push(at);
        matches.row.push(row);
        if (key) matches.key.push(key(row));
        if (units) (matches.unit ??= []).push(units[row]! < 0 ? "" : shard.strings[units[row]!]!);
      }
      const matched = matches.row.length;
      const update: ScanUpdate = { ...base, scanned: i + 1, matched, total: known, final, done: false };
      if (byTitle && !final && (matched >= want || i === order.length - 1)) {
        final = true;
        update.final = true;
        update.rows = await this.rowsOf(refs, matches, this.range(query.page, matched));
      } else if (!byTitle && !all && (i === 0 || performance.now() - lastRows > 400)) {
        // A provisional page from the shards searched so far.
        lastRows = performance.now();
        update.rows = await this.rowsOf(refs, this.sorted(matches, query), this.range(query.page, matched));
      }
      if (cancelled()) return null;
      const stop = !all && final && known !== null;
      if (stop) update.done = true;
      // After the last shard the final update follows instead, with these rows if any.
      if (stop || i < order.length - 1) emit(update);
      else pending = update.rows;
      if (stop) return null;
    }
    const sorted = byTitle ? matches : this.sorted(matches, query);
    const matched = matches.row.length;
    const done: ScanUpdate = { ...base, scanned: order.length, matched, total: matched, final: true, done: true };
    done.rows = byTitle ? (final ? pending : []) : await this.rowsOf(refs, sorted, this.range(query.page, matched));
    if (cancelled()) return null;
    emit(done);
    if (!all) return null;
    const claims: Claim[] = [];
    for (let i = 0; i < matched; i += 5000) {
      claims.push(...(await this.rowsOf(refs, sorted, [i, Math.min(matched, i + 5000)])));
      if (cancelled()) return null;
    }
    return claims;
  }

  private range(page: number, matched: number): [number, number] {
    const pages = Math.max(1, Math.ceil(matched / PAGE_SIZE));
    const current = Math.min(page, pages);
    return [(current - 1) * PAGE_SIZE, Math.min(matched, current * PAGE_SIZE)];
  }

  private async rowsOf(refs: ShardRef[], m: Matches, [from, to]: [number, number]): Promise<Claim[]> {
    const out: Claim[] = [];
    for (let i = from; i < to; i++) out.push(claimAt(await this.load(refs[m.shard[i]!]!), m.row[i]!));
    return out;
  }

  private keyOf(shard: ShardFile, column: ExplorerColumn): ((row: number) => number | string | null) | null {
    if (column === "title") return null;
    if (column === "value") return (row) => shard.numbers.value[row]!;
    const ids = shard.interned[column];
    return (row) => (ids[row]! < 0 ? null : shard.strings[ids[row]!]!);
  }

  /** Matches sorted by the query's column (empty cells last), ties in title order. */
  private sorted(m: Matches, query: ExplorerQuery): Matches {
    const sign = query.dir === "asc" ? 1 : -1;
    let keys: (number | null)[];
    if (query.sort === "value") keys = m.key as number[];
    else {
      // Strings are ranked once each (far fewer than rows), then rows sort by number.
      const distinct = [...new Set(m.key.filter((k): k is string => k !== null))];
      distinct.sort(query.sort === "date" ? (a, b) => (a < b ? -1 : a > b ? 1 : 0) : collator.compare);
      const rank = new Map(distinct.map((s, i) => [s, i]));
      keys = m.key.map((k) => (k === null ? null : rank.get(k as string)!));
    }
    // Values compare only within a unit: units are grouped (in name order, unitless last).
    const unitRank = query.sort === "value" && m.unit ? unitOrder(m.unit) : null;
    const order = [...keys.keys()].sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      if (x === null) return y === null ? a - b : 1;
      if (y === null) return -1;
      return (unitRank ? unitRank[a]! - unitRank[b]! : 0) || sign * (x - y) || a - b;
    });
    return { shard: order.map((i) => m.shard[i]!), row: order.map((i) => m.row[i]!), key: [] };
  }
}

/** Each match's unit as a rank: units in name order, unitless values last. */
export function unitOrder(units: string[]): number[] {
  const distinct = [...new Set(units)].sort((a, b) => Number(a === "") - Number(b === "") || collator.compare(a, b));
  const rank = new Map(distinct.map((u, i) => [u, i]));
  return units.map((u) => rank.get(u)!);
}

/** Per facet, its values with how many claims match the other filters; null where the index's counts are those. */
export type FacetCounts = Record<Facet, [string, number][] | null>;

const FACET_NAMES = ["type", "metric", "dataset"] as const;

/**
 * A facet's counts under the other filters (dataset=COCO: how many COCO claims each metric has),
 * so that no option promises rows it would not give. Counted over the shards that may hold rows
 * matching the other filters; a facet with no other filter active keeps the index's counts.
 */
export async function countFacets(engine: ExplorerEngine, query: Filters, cancelled: () => boolean): Promise<FacetCounts | null> {
  const words = searchWords(query.q);
  const counts: FacetCounts = { type: null, metric: null, dataset: null };
  for (const facet of FACET_NAMES) {
    if (!FACET_NAMES.some((f) => f !== facet && query[f]) && !words.length) continue;
    const others = { ...query, [facet]: "" };
    const tally = new Map<string, number>();
    for (const ref of await engine.candidates(others)) {
      const shard = await engine.load(ref);
      if (cancelled()) return null;
      const column = shard.interned[facet];
      for (const row of matchRows(shard, others)) {
        const id = column[row]!;
        if (id >= 0) tally.set(shard.strings[id]!, (tally.get(shard.strings[id]!) ?? 0) + 1);
      }
    }
    if (cancelled()) return null;
    // In the index's order, values without a match left out.
    counts[facet] = engine.index.facets[facet].flatMap(([value]) => (tally.has(value) ? [[value, tally.get(value)!] as [string, number]] : []));
  }
  return counts;
}
