// A refresh's changes: boards are told apart by setting, a flagged entry is never a new best, what
// is gone is named, and two runs of one day add up to the day's net change.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { describeChanges, diffTables, mergeChanges, nothingChanged } from "../../extract/refresh/changes.ts";
import type { TableSnapshot } from "../../extract/refresh/changes.ts";
import { readHistory, recordHistory } from "../../extract/history.ts";
import type { Claim, Leaderboard } from "../../extract/schema.ts";
import { tempDir } from "../helpers.ts";

const entry = (paperId: string, value: number, flags: string[] = []) => ({
  rank: 1, claimId: `${paperId}#1`, paperId, title: paperId, method: null, setting: [], value, unit: "%", bound: null, date: null, text: `${value}%`, flags,
});
const board = (setting: string[], entries: ReturnType<typeof entry>[]): Leaderboard => ({ dataset: "ImageNet", metric: "top-1 accuracy", setting, higherIsBetter: true, entries });
const best = (paperId: string, value: number) => ({ claimId: `${paperId}#1`, paperId, title: paperId, method: null, value, unit: "%", bound: null, date: null });

const seeds = JSON.parse(readFileSync(join(inject("seedTables"), "claims.json"), "utf8")) as Claim[];
const paperIds = [...new Set(seeds.map((c) => c.paperId))];
/** The bundled claims of some papers, as a table (no boards). */
const tableOf = (ids: string[]): TableSnapshot => ({
  papers: ids.map((paperId) => ({ paperId, title: paperId, date: null })),
  claims: seeds.filter((c) => ids.includes(c.paperId)),
  leaderboards: [],
});
const ids = (items: { claimId?: string; paperId: string }[]) => items.map((x) => x.claimId ?? x.paperId).sort();

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
    expect(changes.leaderboards).toEqual([{ dataset: "ImageNet", metric: "top-1 accuracy", setting: ["zero-shot"], higherIsBetter: true, before: null, after: best("b", 60) }]);
    expect(describeChanges(changes)).toContain("ImageNet / top-1 accuracy (zero-shot): new board → 60 (b)");
  });
});

describe("papers and claims that came and went", () => {
  const [p1, p2, p3] = paperIds as [string, string, string];

  it("names the new ones with their whole claims, and the ones gone", () => {
    const changes = diffTables(tableOf([p1, p2]), tableOf([p2, p3]));
    expect(ids(changes.newPapers)).toEqual([p3]);
    expect(ids(changes.removedPapers)).toEqual([p1]);
    expect(changes.newClaims).toEqual(seeds.filter((c) => c.paperId === p3));
    expect(ids(changes.removedClaims)).toEqual(ids(seeds.filter((c) => c.paperId === p1)));
    expect(describeChanges(changes)).toMatch(/1 paper\(s\) and \d+ claim\(s\) gone/);
  });

  it("adds up two runs of a day to the change from the first run's start to the second's end", () => {
    const tables = [tableOf([p1]), tableOf([p1, p2]), tableOf([p2, p3])];
    const merged = mergeChanges(diffTables(tables[0]!, tables[1]!), diffTables(tables[1]!, tables[2]!));
    const direct = diffTables(tables[0]!, tables[2]!);
    expect(ids(merged.newPapers)).toEqual(ids(direct.newPapers));
    expect(ids(merged.removedPapers)).toEqual(ids(direct.removedPapers));
    expect(ids(merged.newClaims)).toEqual(ids(direct.newClaims));
    expect(ids(merged.removedClaims)).toEqual(ids(direct.removedClaims));
    // Taken back the same day: nothing changed.
    expect(nothingChanged(mergeChanges(diffTables(tables[0]!, tables[1]!), diffTables(tables[1]!, tables[0]!)))).toBe(true);
  });

  it("keeps a board's change from the day's first before to its last after, and drops one that came back", () => {
    const day = (before: number | null, after: number) => ({ ...diffTables(tableOf([]), tableOf([])), leaderboards: [{ dataset: "ImageNet", metric: "top-1 accuracy", setting: [], higherIsBetter: true, before: before === null ? null : best(`p${before}`, before), after: best(`p${after}`, after) }] });
    expect(mergeChanges(day(80, 85), day(85, 90)).leaderboards.map((b) => [b.before?.value, b.after.value])).toEqual([[80, 90]]);
    expect(mergeChanges(day(80, 85), day(85, 80)).leaderboards).toEqual([]);
  });

  it("files a day's runs in one history file, newest day first, and leaves none for a day that cancelled out", () => {
    const data = tempDir("claimboard-history-");
    recordHistory(data, "2026-12-06", diffTables(tableOf([]), tableOf([p1])));
    recordHistory(data, "2026-12-07", diffTables(tableOf([p1]), tableOf([p1, p2])));
    recordHistory(data, "2026-12-07", diffTables(tableOf([p1, p2]), tableOf([p1, p2, p3])));
    const history = readHistory(data);
    expect(history.map((d) => d.date)).toEqual(["2026-12-07", "2026-12-06"]);
    expect(ids(history[0]!.newPapers)).toEqual([p2, p3].sort());
    recordHistory(data, "2026-12-08", diffTables(tableOf([p1]), tableOf([p1, p2])));
    recordHistory(data, "2026-12-08", diffTables(tableOf([p1, p2]), tableOf([p1])));
    expect(readHistory(data).map((d) => d.date)).toEqual(["2026-12-07", "2026-12-06"]);
  });

  it("refuses a history file that is not a day's changes, naming it", () => {
    const data = tempDir("claimboard-history-");
    recordHistory(data, "2026-12-06", diffTables(tableOf([]), tableOf([p1])));
    const path = join(data, "history", "2026-12-06.json");
    const day = JSON.parse(readFileSync(path, "utf8"));
    writeFileSync(path, JSON.stringify({ ...day, newClaims: [{ claimId: "x" }] }));
    expect(() => readHistory(data)).toThrow(`${path} is not a day of history: newClaims.0.`);
    writeFileSync(path, JSON.stringify({ ...day, date: "2026-12-05" }));
    expect(() => readHistory(data)).toThrow(`${path} holds the changes of 2026-12-05`);
  });
});
