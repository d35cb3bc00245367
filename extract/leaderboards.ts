// Score claims grouped by (dataset, metric) and ranked by the metric's direction. A paper appears
// once per board, with its best claimed result; claims attributed to baselines are not ranked.
import type { Claim, Leaderboard } from "./schema.ts";

/** What ranking a claim needs of it (the sentence and the rest stay in the tables). */
export type RankedClaim = Pick<Claim, "claimId" | "paperId" | "title" | "type" | "role" | "dataset" | "metric" | "higherIsBetter" | "value" | "unit" | "bound" | "date" | "text" | "start">;

export const rankedFields = (c: Claim): RankedClaim => ({
  claimId: c.claimId, paperId: c.paperId, title: c.title, type: c.type, role: c.role, dataset: c.dataset, metric: c.metric,
  higherIsBetter: c.higherIsBetter, value: c.value, unit: c.unit, bound: c.bound, date: c.date, text: c.text, start: c.start,
});

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A paper's result score on a named dataset and a metric with a direction: what boards rank. */
export function isRanked(claim: RankedClaim): boolean {
  return claim.type === "score" && claim.role === "result" && claim.dataset !== null && claim.metric !== null && claim.higherIsBetter !== null;
}

/** Board order of two claims of one board: better value first (by the metric's direction), then paper, then position. */
export function compareOnBoard(a: RankedClaim, b: RankedClaim): number {
  return (a.higherIsBetter ? b.value - a.value : a.value - b.value) || compareText(a.paperId, b.paperId) || a.start - b.start;
}

/**
 * Keeps a claim if it is its paper's best so far on a leaderboard (by the metric's direction, then
 * position): buildLeaderboards ranks only those, so the rest need not be held.
 */
export function keepBest(best: Map<string, RankedClaim>, c: RankedClaim): void {
  if (!isRanked(c)) return;
  const key = `${c.dataset}\u0000${c.metric}\u0000${c.paperId}`;
  const held = best.get(key);
  if (!held || compareOnBoard(c, held) < 0) best.set(key, c);
}

/**
 * keepBest's choice, for the pipeline: each paper's best claim so far on each leaderboard. At a
 * million papers they are over a hundred thousand, so they are held lean: by board, then paper (no
 * key string of their own), with the short texts that many share (names, units, dates) held once.
 */
export class BestClaims {
  private readonly boards = new Map<string, Map<string, RankedClaim>>();
  private readonly texts = new Map<string, string>();

  keep(c: RankedClaim): void {
    if (!isRanked(c)) return;
    const name = `${c.dataset}\u0000${c.metric}`;
    let board = this.boards.get(name);
    if (!board) this.boards.set(name, (board = new Map()));
    const held = board.get(c.paperId);
    if (!held || compareOnBoard(c, held) < 0) board.set(c.paperId, this.lean(c));
  }

  /** The claims held, board by board (each board's in the order its papers first came). */
  *values(): Generator<RankedClaim> {
    for (const board of this.boards.values()) yield* board.values();
  }

  clear(): void {
    this.boards.clear();
    this.texts.clear();
  }

  private shared<T extends string | null>(text: T): T {
    if (text === null) return text;
    const held = this.texts.get(text);
    if (held !== undefined) return held as T;
    this.texts.set(text, text);
    return text;
  }

  private lean(c: RankedClaim): RankedClaim {
    return {
      claimId: c.claimId, paperId: c.paperId, title: c.title, type: this.shared(c.type), role: this.shared(c.role), dataset: this.shared(c.dataset),
      metric: this.shared(c.metric), higherIsBetter: c.higherIsBetter, value: c.value, unit: this.shared(c.unit), bound: this.shared(c.bound),
      date: this.shared(c.date), text: c.text, start: c.start,
    };
  }
}

export function buildLeaderboards(claims: Iterable<RankedClaim>): Leaderboard[] {
  const groups = new Map<string, RankedClaim[]>();
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
    const bestPerPaper = new Map<string, RankedClaim>();
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
