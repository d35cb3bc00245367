// Score claims grouped by (dataset, metric) and ranked by the metric's direction. A paper appears
// once per board, with its best claimed result; claims attributed to baselines are not ranked.
import type { Claim, Leaderboard } from "./schema.ts";

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A paper's result score on a named dataset and a metric with a direction: what boards rank. */
export function isRanked(claim: Claim): boolean {
  return claim.type === "score" && claim.role === "result" && claim.dataset !== null && claim.metric !== null && claim.higherIsBetter !== null;
}

/** Board order of two claims of one board: better value first (by the metric's direction), then paper, then position. */
export function compareOnBoard(a: Claim, b: Claim): number {
  return (a.higherIsBetter ? b.value - a.value : a.value - b.value) || compareText(a.paperId, b.paperId) || a.start - b.start;
}

export function buildLeaderboards(claims: Iterable<Claim>): Leaderboard[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!isRanked(claim)) continue;
    const key = JSON.stringify([claim.dataset, claim.metric]);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const boards: Leaderboard[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const higherIsBetter = first.higherIsBetter!;
    const bestPerPaper = new Map<string, Claim>();
    for (const claim of group.sort(compareOnBoard)) if (!bestPerPaper.has(claim.paperId)) bestPerPaper.set(claim.paperId, claim);
    boards.push({
      dataset: first.dataset!,
      metric: first.metric!,
      higherIsBetter,
      entries: [...bestPerPaper.values()].map((claim, i) => ({
        rank: i + 1,
        claimId: claim.claimId,
        paperId: claim.paperId,
        title: claim.title,
        value: claim.value,
        unit: claim.unit,
        bound: claim.bound,
        date: claim.date,
        text: claim.text,
      })),
    });
  }
  return boards.sort((a, b) => compareText(a.dataset, b.dataset) || compareText(a.metric, b.metric));
}
