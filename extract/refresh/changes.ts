// What a refresh changed: papers and claims that are new or gone, and leaderboards whose best
// unflagged entry moved (a new state of the art); and how the changes of two runs on one day add up.
import type { BoardBest, Changes, Claim, Leaderboard, Paper } from "../schema.ts";

export interface TableSnapshot {
  papers: Pick<Paper, "paperId" | "title" | "date">[];
  claims: Claim[];
  leaderboards: Leaderboard[];
}

/** A board's best entry; null when every entry is flagged (flagged entries rank last and are never the best). */
const best = (board: Leaderboard): BoardBest | null => {
  const top = board.entries[0]!;
  return top.flags.length ? null : { claimId: top.claimId, paperId: top.paperId, title: top.title, method: top.method, value: top.value, unit: top.unit, bound: top.bound, date: top.date };
};
const boardKey = (b: Pick<Leaderboard, "dataset" | "metric" | "setting">) => JSON.stringify([b.dataset, b.metric, b.setting]);
const sameBest = (a: BoardBest | null, b: BoardBest | null) => a !== null && b !== null && a.value === b.value && a.paperId === b.paperId;

export function diffTables(before: TableSnapshot, after: TableSnapshot): Changes {
  const oldPapers = new Set(before.papers.map((p) => p.paperId));
  const newPapers = new Set(after.papers.map((p) => p.paperId));
  const oldClaims = new Set(before.claims.map((c) => c.claimId));
  const newClaims = new Set(after.claims.map((c) => c.claimId));
  const oldBoards = new Map(before.leaderboards.map((b) => [boardKey(b), best(b)]));
  return {
    newPapers: after.papers.filter((p) => !oldPapers.has(p.paperId)).map((p) => ({ paperId: p.paperId, title: p.title, date: p.date })),
    removedPapers: before.papers.filter((p) => !newPapers.has(p.paperId)).map((p) => ({ paperId: p.paperId, title: p.title })),
    newClaims: after.claims.filter((c) => !oldClaims.has(c.claimId)),
    removedClaims: before.claims.filter((c) => !newClaims.has(c.claimId)).map((c) => ({ claimId: c.claimId, paperId: c.paperId, title: c.title, dataset: c.dataset, text: c.text })),
    leaderboards: after.leaderboards.flatMap((b) => {
      const previous = oldBoards.get(boardKey(b)) ?? null;
      const now = best(b);
      if (!now || sameBest(previous, now)) return [];
      return [{ dataset: b.dataset, metric: b.metric, setting: b.setting, higherIsBetter: b.higherIsBetter, before: previous, after: now }];
    }),
  };
}

/**
 * The changes of two runs on one day as one: what the later run took back is no longer new (nor
 * gone, when it comes back), and a board's change runs from the earlier run's before to the later's after.
 */
export function mergeChanges(earlier: Changes, later: Changes): Changes {
  // An id new in one run and gone in the other (either way round) did not change over the day.
  const merge = <T, R>(added: T[], removed: R[], laterAdded: T[], laterRemoved: R[], idOf: (item: T | R) => string) => {
    const ids = (items: (T | R)[]) => new Set(items.map(idOf));
    const [wasAdded, wasRemoved, addedLater, removedLater] = [ids(added), ids(removed), ids(laterAdded), ids(laterRemoved)];
    return {
      added: [...added.filter((x) => !removedLater.has(idOf(x))), ...laterAdded.filter((x) => !wasRemoved.has(idOf(x)))],
      removed: [...removed.filter((x) => !addedLater.has(idOf(x))), ...laterRemoved.filter((x) => !wasAdded.has(idOf(x)))],
    };
  };
  const papers = merge(earlier.newPapers, earlier.removedPapers, later.newPapers, later.removedPapers, (p) => p.paperId);
  const claims = merge(earlier.newClaims, earlier.removedClaims, later.newClaims, later.removedClaims, (c) => c.claimId);
  const boards = new Map(earlier.leaderboards.map((b) => [boardKey(b), b]));
  for (const b of later.leaderboards) {
    const first = boards.get(boardKey(b));
    boards.set(boardKey(b), first ? { ...b, before: first.before } : b);
  }
  return {
    newPapers: papers.added,
    removedPapers: papers.removed,
    newClaims: claims.added,
    removedClaims: claims.removed,
    leaderboards: [...boards.values()].filter((b) => !sameBest(b.before, b.after)),
  };
}

export const nothingChanged = (c: Changes) => !c.newPapers.length && !c.removedPapers.length && !c.newClaims.length && !c.removedClaims.length && !c.leaderboards.length;

export function describeChanges(c: Changes): string {
  if (nothingChanged(c)) return "no changes";
  const removed = c.removedPapers.length || c.removedClaims.length ? `, ${c.removedPapers.length} paper(s) and ${c.removedClaims.length} claim(s) gone` : "";
  const lines = [`${c.newPapers.length} new paper(s), ${c.newClaims.length} new claim(s), ${c.leaderboards.length} leaderboard(s) with a new best value${removed}`];
  for (const p of c.newPapers.slice(0, 20)) lines.push(`  + paper ${p.paperId}: ${p.title}`);
  if (c.newPapers.length > 20) lines.push(`  … and ${c.newPapers.length - 20} more papers`);
  for (const b of c.leaderboards) {
    lines.push(`  * ${b.dataset} / ${b.metric}${b.setting.length ? ` (${b.setting.join(", ")})` : ""}: ${b.before ? `${b.before.value} (${b.before.paperId})` : "new board"} → ${b.after.value} (${b.after.paperId})`);
  }
  return lines.join("\n");
}
