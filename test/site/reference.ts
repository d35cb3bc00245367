// What the site's derived files and the explorer's shard search mean, written plainly over a whole
// table in memory: the build (site/build/derive.ts) and the search (site/search.ts) work on files
// and shards so that no page needs the whole table, and must agree with these (derive.test.ts,
// search.test.ts).
import type { Claim, ClaimType, Leaderboard } from "../../extract/schema.ts";
import type { BenchmarkSummary, ExplorerColumn, ExplorerQuery } from "../../site/views/model.ts";
import { metricLabel } from "../../extract/leaderboards.ts";
import { comparatorOf } from "../../site/views/model.ts";
import { benchmarkTasks } from "../../extract/tasks.ts";

/** Best first: descending when higher is better, ascending otherwise; ties keep their order. */
export function rankByDirection<T extends { value: number }>(items: T[], higherIsBetter: boolean): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (higherIsBetter ? b.item.value - a.item.value : a.item.value - b.item.value) || a.i - b.i)
    .map(({ item }) => item);
}

export function summariseBenchmarks(claims: Claim[], boards: Leaderboard[]): BenchmarkSummary[] {
  const byDataset = new Map<string, Claim[]>();
  for (const c of claims) if (c.dataset !== null) byDataset.set(c.dataset, [...(byDataset.get(c.dataset) ?? []), c]);
  return [...byDataset].map(([dataset, list]) => ({
    dataset,
    papers: new Set(list.map((c) => c.paperId)).size,
    claims: list.length,
    metrics: [...new Set(list.map((c) => c.metric).filter((m): m is string => m !== null))].sort(),
    // The best of a board: its best unflagged entry by the metric's direction; none when all are flagged.
    best: boards
      .filter((b) => b.dataset === dataset && b.entries.some((e) => e.flags.length === 0))
      .map((b) => {
        const top = rankByDirection(b.entries.filter((e) => e.flags.length === 0), b.higherIsBetter)[0]!;
        return { metric: b.metric, label: metricLabel(b.metric), setting: b.setting, higherIsBetter: b.higherIsBetter, value: top.value, unit: top.unit, bound: top.bound, paperId: top.paperId, title: top.title, method: top.method };
      }),
    tasks: benchmarkTasks(dataset, [...boards.filter((b) => b.dataset === dataset).map((b) => b.metric), ...list.map((c) => c.metric).filter((m): m is string => m !== null)]),
  }));
}

export function filterClaims(claims: Claim[], q: Pick<ExplorerQuery, "type" | "metric" | "dataset" | "q">): Claim[] {
  const words = q.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return claims.filter(
    (c) =>
      (!q.type || c.type === q.type) &&
      (!q.metric || c.metric === q.metric) &&
      (!q.dataset || c.dataset === q.dataset) &&
      (!words.length || words.every((w) => [c.title, c.text, c.sentence, c.metric, c.dataset, c.baseline].some((f) => f?.toLowerCase().includes(w)))),
  );
}

/** Sorted by one column; empty cells last whatever the direction. */
export function sortClaims(claims: Claim[], column: ExplorerColumn, dir: "asc" | "desc"): Claim[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...claims].sort((a, b) => {
    const [x, y] = [a[column], b[column]];
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    // Values sort within their unit; units are grouped, by name, unitless last.
    if (column === "value" && a.unit !== b.unit) return Number(a.unit === "") - Number(b.unit === "") || a.unit.localeCompare(b.unit);
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
  });
}

export interface EfficiencyGroup {
  against: string;
  claims: Claim[];
}

/** Speedup, memory and compression results grouped by what they are measured against, largest first. */
export function efficiencyGroups(claims: Claim[], type: ClaimType): EfficiencyGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.type !== type || c.role !== "result") continue;
    const against = comparatorOf(c.baseline);
    groups.set(against, [...(groups.get(against) ?? []), c]);
  }
  // Within a group: factors first, then percentages, each largest first.
  const byUnit = (list: Claim[]) => [...list].sort((a, b) => Number(b.unit === "x") - Number(a.unit === "x") || a.unit.localeCompare(b.unit) || b.value - a.value);
  return [...groups]
    .map(([against, list]) => ({ against, claims: byUnit(list) }))
    .sort((a, b) => b.claims.length - a.claims.length || a.against.localeCompare(b.against));
}

