// A refresh's leaderboard changes: boards are told apart by setting, and a flagged entry is never a new best.
import { describe, expect, it } from "vitest";
import { describeChanges, diffTables } from "../../extract/refresh/changes.ts";
import type { Leaderboard } from "../../extract/schema.ts";

const entry = (paperId: string, value: number, flags: string[] = []) => ({
  rank: 1, claimId: `${paperId}#1`, paperId, title: paperId, method: null, setting: [], value, unit: "%", bound: null, date: null, text: `${value}%`, flags,
});
const board = (setting: string[], entries: ReturnType<typeof entry>[]): Leaderboard => ({ dataset: "ImageNet", metric: "top-1 accuracy", setting, higherIsBetter: true, entries });

describe("leaderboard changes", () => {
  it("compares each board with the same setting's, and never reports a flagged entry as the best", () => {
    const before = { papers: [], claims: [], leaderboards: [board([], [entry("a", 80)])] };
    const after = {
      papers: [],
      claims: [],
      leaderboards: [
        board([], [entry("a", 80), entry("z", 99, ["outlier"])]), // the same best: the flagged 99 does not count
        board(["zero-shot"], [entry("b", 60)]), // a new board, not a change of the fine one
        board(["few-shot:5"], [entry("c", 101, ["out of range"])]), // only doubtful: nothing to report
      ],
    };
    const changes = diffTables(before, after);
    expect(changes.leaderboards).toEqual([{ dataset: "ImageNet", metric: "top-1 accuracy", setting: ["zero-shot"], before: null, after: { value: 60, paperId: "b", title: "b" } }]);
    expect(describeChanges(changes)).toContain("ImageNet / top-1 accuracy (zero-shot): new board → 60 (b)");
  });
});
