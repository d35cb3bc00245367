// npm run refresh -- [--arxiv QUERY] [--since DATE] [--hf-daily DATE|RANGE] [--dry-run]
// Fetches new listings, saves the raw responses under data/sources/ (dated names, so every
// refresh can be replayed offline), re-extracts everything and reports what changed, keeping it
// by day in data/history/. Any fetch
// failure, malformed response or API change stops it before data/ is touched.
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { hash } from "node:crypto";
import { availableParallelism } from "node:os";
import { buildTables } from "../pipeline.ts";
import { listInputFiles } from "../sources/index.ts";
import { checkOutputSet, discard, publish } from "../publish.ts";
import { json } from "../write.ts";
import { fetchArxiv } from "./arxiv.ts";
import type { ArxivOptions } from "./arxiv.ts";
import { daysOf, fetchHfDaily } from "./hfDaily.ts";
import { FetchError } from "./http.ts";
import type { HttpOptions } from "./http.ts";
import { describeChanges, diffTables, nothingChanged } from "./changes.ts";
import { recordHistory } from "../history.ts";
import type { TableSnapshot } from "./changes.ts";

const USAGE = `usage: npm run refresh -- [--arxiv QUERY] [--since YYYY-MM-DD] [--hf-daily DATE|FROM..TO] [--dry-run]
  [--data DIR] [--arxiv-url URL] [--hf-url URL]   (env: CLAIMBOARD_ARXIV_URL, CLAIMBOARD_HF_URL)
  [--today YYYY-MM-DD]   the day this refresh is filed under in DIR/history/ (default: today, UTC)`;

/**
 * A whole-number setting from the environment, or its default when unset. Checked once, before any
 * request: a typo must not become "NaN attempts", nor a page size of 0 that pages forever.
 */
function envNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

interface Settings {
  http: HttpOptions;
  arxivPaging: Pick<ArxivOptions, "pageSize" | "maxResults" | "delayMs">;
}

function settingsFromEnv(env: NodeJS.ProcessEnv): Settings {
  return {
    http: {
      userAgent: "claimboard-refresh/0.1 (leaderboards of claimed ML results; https://github.com/claimboard/claimboard)",
      timeoutMs: envNumber(env, "CLAIMBOARD_TIMEOUT_MS", 30_000, 1, 600_000),
      retries: envNumber(env, "CLAIMBOARD_RETRIES", 4, 0, 20),
      backoffMs: envNumber(env, "CLAIMBOARD_BACKOFF_MS", 2_000, 0, 60_000),
      maxRetryAfterMs: envNumber(env, "CLAIMBOARD_MAX_RETRY_AFTER_MS", 120_000, 0, 3_600_000),
      maxBodyBytes: envNumber(env, "CLAIMBOARD_MAX_BODY_BYTES", 50 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    },
    arxivPaging: {
      // The arXiv API serves at most 2,000 results a call and 30,000 a query.
      pageSize: envNumber(env, "CLAIMBOARD_ARXIV_PAGE_SIZE", 100, 1, 2_000),
      maxResults: envNumber(env, "CLAIMBOARD_ARXIV_MAX_RESULTS", 1000, 1, 30_000),
      delayMs: envNumber(env, "CLAIMBOARD_ARXIV_DELAY_MS", 3_000, 0, 60_000),
    },
  };
}

interface RawFile {
  name: string;
  body: string;
}

const shortHash = (text: string) => hash("sha1", text).slice(0, 8);

/** The tables of a folder (empty before the first run); a set broken by an interrupted run is refused. */
function readSnapshot(dir: string): TableSnapshot {
  if (existsSync(join(dir, "manifest.json"))) checkOutputSet(dir);
  const read = <T>(name: string, fallback: T): T => (existsSync(join(dir, name)) ? (JSON.parse(readFileSync(join(dir, name), "utf8")) as T) : fallback);
  return { papers: read("papers.json", []), claims: read("claims.json", []), leaderboards: read("leaderboards.json", []) };
}

async function fetchAll(values: { arxiv?: string; since?: string; "hf-daily"?: string; "arxiv-url"?: string; "hf-url"?: string }, today: string, { http, arxivPaging }: Settings, env: NodeJS.ProcessEnv): Promise<RawFile[]> {
  const files: RawFile[] = [];
  if (values.arxiv) {
    const pages = await fetchArxiv(values.arxiv, values.since ?? null, {
      ...http,
      ...arxivPaging,
      baseUrl: values["arxiv-url"] ?? env.CLAIMBOARD_ARXIV_URL ?? "https://export.arxiv.org/api/query",
    });
    const tag = shortHash(`${values.arxiv}\u0000${values.since ?? ""}`);
    for (const page of pages) files.push({ name: `arxiv-${values.since ?? today}-${tag}-${String(page.start).padStart(5, "0")}.atom`, body: page.body });
  }
  if (values["hf-daily"]) {
    const days = await fetchHfDaily(daysOf(values["hf-daily"]), { ...http, baseUrl: values["hf-url"] ?? env.CLAIMBOARD_HF_URL ?? "https://huggingface.co/api/daily_papers" });
    for (const day of days) files.push({ name: `hf-daily-${day.date}.json`, body: day.body });
  }
  return files;
}

/** Puts the raw files into sources/, returning how to take them back out if a later step fails. */
function placeRawFiles(sources: string, files: RawFile[]): () => void {
  const replaced = new Map<string, string | null>();
  for (const file of files) {
    const path = join(sources, file.name);
    replaced.set(path, existsSync(path) ? readFileSync(path, "utf8") : null);
    writeFileSync(`${path}.tmp`, file.body);
    renameSync(`${path}.tmp`, path);
  }
  return () => {
    for (const [path, previous] of replaced) previous === null ? rmSync(path, { force: true }) : writeFileSync(path, previous);
  };
}

/** The command with its arguments and environment; returns the exit code (the tests call it in-process). */
export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values;
  let settings: Settings;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        arxiv: { type: "string" },
        since: { type: "string" },
        "hf-daily": { type: "string" },
        "dry-run": { type: "boolean" },
        data: { type: "string" },
        "arxiv-url": { type: "string" },
        "hf-url": { type: "string" },
        today: { type: "string" },
        help: { type: "boolean" },
      },
    }));
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!values.arxiv && !values["hf-daily"]) throw new Error("nothing to fetch: give --arxiv and/or --hf-daily");
    for (const option of ["since", "today"] as const) {
      const value = values[option];
      if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--${option} takes YYYY-MM-DD, not "${value}"`);
    }
    if (values["hf-daily"]) daysOf(values["hf-daily"]);
    settings = settingsFromEnv(env);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const dataDir = values.data ?? "data";
  const sources = join(dataDir, "sources");
  // The one clock reading of a refresh: it dates the day's history (the data dates everything else).
  const today = values.today ?? new Date().toISOString().slice(0, 10);

  let files: RawFile[];
  try {
    files = await fetchAll(values, today, settings, env);
  } catch (error) {
    console.error(`error: ${error instanceof FetchError ? error.message : (error as Error).message}`);
    console.error(`nothing was changed in ${dataDir}/`);
    return 1;
  }
  let before: TableSnapshot;
  try {
    before = readSnapshot(dataDir);
  } catch (error) {
    console.error(`error: ${(error as Error).message}\nnothing was changed in ${dataDir}/`);
    return 1;
  }
  const dryRun = Boolean(values["dry-run"]);
  // A dry run reads the new responses from a side folder and writes nothing.
  const staged = dryRun ? stageInTemp(files) : null;
  const undo = dryRun ? () => {} : placeRawFiles(sources, files);
  try {
    const replacedNames = new Set(files.map((f) => f.name));
    const inputs = staged
      ? [...listInputFiles([sources]).filter((f) => !replacedNames.has(basename(f))), ...listInputFiles([staged])]
      : [sources];
    // A dry run builds in a side folder; a real one beside data/'s tables, published only if they change.
    const out = staged ?? dataDir;
    const { report, staging } = await buildTables(inputs, out, { workers: availableParallelism() });
    if (!staging) throw new Error(`no usable paper in ${report.totals.files} file(s)`);
    const changes = diffTables(before, readSnapshot(staging));
    console.log(`fetched ${files.length} response(s); ${describeChanges(changes)}`);
    // Nothing new (same responses, same code): leave data/ exactly as it is.
    const same = readdirSync(staging).every((name) => existsSync(join(dataDir, name)) && readFileSync(join(dataDir, name)).equals(readFileSync(join(staging, name))));
    if (dryRun || same) {
      discard(staging);
      return 0;
    }
    writeFileSync(join(staging, "changes.json"), json(changes));
    await publish(dataDir, staging);
    const dated = !nothingChanged(changes);
    if (dated) recordHistory(dataDir, today, changes);
    console.log(`wrote ${dataDir}/ (changes in ${dataDir}/changes.json${dated ? ` and ${dataDir}/history/${today}.json` : ""})`);
    return 0;
  } catch (error) {
    undo();
    console.error(`error: ${(error as Error).message}\nnothing was changed in ${dataDir}/`);
    return 1;
  } finally {
    if (staged) rmSync(staged, { recursive: true, force: true });
  }
}

/** For --dry-run: the new responses in a temporary folder. */
function stageInTemp(files: RawFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), "claimboard-dry-run-"));
  for (const file of files) writeFileSync(join(dir, file.name), file.body);
  return dir;
}

// Run as a command (npm run refresh), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2), process.env);
