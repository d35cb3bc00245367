// What a refresh changed: papers and claims that are new, and leaderboards whose best value moved.
import type { Claim, Leaderboard, Paper } from "../schema.ts";

export interface Changes {
  newPapers: { paperId: string; title: string }[];
  newClaims: { claimId: string; paperId: string; type: string; text: string; value: number; unit: string; metric: string | null; dataset: string | null }[];
  leaderboards: { dataset: string; metric: string; setting: string[]; before: BoardBest | null; after: BoardBest }[];
}

interface BoardBest {
  value: number;
  paperId: string;
  title: string;
}

export interface TableSnapshot {
  papers: Pick<Paper, "paperId" | "title">[];
  claims: Claim[];
  leaderboards: Leaderboard[];
}

/** A board's best entry; null when every entry is flagged (flagged entries rank last and are never the best). */
const best = (board: Leaderboard): BoardBest | null => {
  const top = board.entries[0]!;
  return top.flags.length ? null : { value: top.value, paperId: top.paperId, title: top.title };
};
const boardKey = (b: Leaderboard) => JSON.stringify([b.dataset, b.metric, b.setting]);

export function diffTables(before: TableSnapshot, after: TableSnapshot): Changes {
  const oldPapers = new Set(before.papers.map((p) => p.paperId));
  const oldClaims = new Set(before.claims.map((c) => c.claimId));
  const oldBoards = new Map(before.leaderboards.map((b) => [boardKey(b), best(b)]));
  return {
    newPapers: after.papers.filter((p) => !oldPapers.has(p.paperId)).map((p) => ({ paperId: p.paperId, title: p.title })),
    newClaims: after.claims
      .filter((c) => !oldClaims.has(c.claimId))
      .map((c) => ({ claimId: c.claimId, paperId: c.paperId, type: c.type, text: c.text, value: c.value, unit: c.unit, metric: c.metric, dataset: c.dataset })),
    leaderboards: after.leaderboards.flatMap((b) => {
      const previous = oldBoards.get(boardKey(b)) ?? null;
      const now = best(b);
      if (!now || (previous && previous.value === now.value && previous.paperId === now.paperId)) return [];
      return [{ dataset: b.dataset, metric: b.metric, setting: b.setting, before: previous, after: now }];
    }),
  };
}

const nothingChanged = (c: Changes) => !c.newPapers.length && !c.newClaims.length && !c.leaderboards.length;

export function describeChanges(c: Changes): string {
  if (nothingChanged(c)) return "no changes";
  const lines = [`${c.newPapers.length} new paper(s), ${c.newClaims.length} new claim(s), ${c.leaderboards.length} leaderboard(s) with a new best value`];
  for (const p of c.newPapers.slice(0, 20)) lines.push(`  + paper ${p.paperId}: ${p.title}`);
  if (c.newPapers.length > 20) lines.push(`  … and ${c.newPapers.length - 20} more papers`);
  for (const b of c.leaderboards) {
    lines.push(`  * ${b.dataset} / ${b.metric}${b.setting.length ? ` (${b.setting.join(", ")})` : ""}: ${b.before ? `${b.before.value} (${b.before.paperId})` : "new board"} → ${b.after.value} (${b.after.paperId})`);
  }
  return lines.join("\n");
}
