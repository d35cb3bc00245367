import { describe, expect, it } from "vitest";
import { readPapers } from "../../extract/pipeline.ts";
import { renderBatch } from "../../extract/render.ts";
import { BestClaims, buildLeaderboards, keepBest } from "../../extract/leaderboards.ts";
import type { RankedClaim } from "../../extract/leaderboards.ts";

describe("the best claims held for the leaderboards", () => {
  it("rank as all the claims do, with a paper's better and worse claims coming in any order", async () => {
    const { papers } = await readPapers(["data/sources"]);
    const ranked = renderBatch(papers.map((paper) => ({ kind: "paper" as const, paper }))).ranked;
    expect(ranked.length).toBeGreaterThan(50);
    // Each claim again, worse and better, later in the text: what keepBest replaces or keeps.
    const claims: RankedClaim[] = [
      ...ranked,
      ...ranked.map((c) => ({ ...c, value: c.value - 1, start: c.start + 1000, claimId: `${c.paperId}#${c.start + 1000}` })),
      ...ranked.map((c) => ({ ...c, value: c.value + 1, start: c.start + 2000, claimId: `${c.paperId}#${c.start + 2000}` })),
    ];
    const best = new BestClaims();
    const map = new Map<string, RankedClaim>();
    for (const c of claims) {
      best.keep(c);
      keepBest(map, c);
    }
    const all = buildLeaderboards(claims);
    expect(buildLeaderboards(best.values())).toEqual(all);
    expect(buildLeaderboards(map.values())).toEqual(all);
    expect([...best.values()].length).toBe(map.size);
  });
});
