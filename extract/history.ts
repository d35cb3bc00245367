// data/history/<YYYY-MM-DD>.json: what the refreshes of each day changed, kept beside the tables
// (not part of their published set: a new set replaces the tables, the history grows). Written by
// `npm run refresh`, read by the site build for the feeds and the "What's new" view.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HistoryDay } from "./schema.ts";
import type { Changes } from "./schema.ts";
import { mergeChanges, nothingChanged } from "./refresh/changes.ts";
import { json } from "./write.ts";

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** Every day of a data folder's history, newest first; a file that is not a valid day stops the reader, named. */
export function readHistory(dataDir: string): HistoryDay[] {
  const dir = join(dataDir, "history");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => DAY_FILE.test(name))
    .sort()
    .reverse()
    .map((name) => {
      const path = join(dir, name);
      const day = HistoryDay.safeParse(JSON.parse(readFileSync(path, "utf8")));
      if (!day.success) throw new Error(`${path} is not a day of history: ${day.error.issues[0]?.path.join(".")}: ${day.error.issues[0]?.message}`);
      if (`${day.data.date}.json` !== name) throw new Error(`${path} holds the changes of ${day.data.date}`);
      return day.data;
    });
}

/**
 * Adds a run's changes to its day's file (a second run that day is merged into it), written whole
 * and then moved into place. A day whose runs cancel out leaves no file.
 */
export function recordHistory(dataDir: string, date: string, changes: Changes): void {
  const dir = join(dataDir, "history");
  const path = join(dir, `${date}.json`);
  const day = existsSync(path) ? mergeChanges(HistoryDay.parse(JSON.parse(readFileSync(path, "utf8"))), changes) : changes;
  if (nothingChanged(day)) {
    rmSync(path, { force: true });
    return;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${path}.tmp`, json(HistoryDay.parse({ date, ...day })));
  renameSync(`${path}.tmp`, path);
}
