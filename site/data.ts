// The site only reads the files the extract step wrote (data/*.json) and the small ones the build
// derives from them, fetched from its own origin. Each view loads what it shows: the home page the
// benchmarks overview, a benchmark page its own file, the explorer and efficiency boards the claims
// table, a paper page the papers file.
import type { Claim, Leaderboard, Paper, Report } from "../extract/schema.ts";
import type { BenchmarkSummary } from "./views/model.ts";

export interface Summary {
  totals: Report["totals"];
  benchmarks: (BenchmarkSummary & { file: string })[];
}

export interface BenchmarkFile {
  dataset: string;
  claims: Claim[];
  leaderboards: Leaderboard[];
}

export interface Tables {
  claims: Claim[];
  leaderboards: Leaderboard[];
  report: Report;
}

async function json<T>(name: string): Promise<T> {
  const response = await fetch(`data/${name}`);
  if (!response.ok) throw new Error(`data/${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let tables: Promise<Tables> | null = null;
let summary: Promise<Summary> | null = null;

export function loadSummary(): Promise<Summary> {
  summary ??= json<Summary>("summary.json");
  return summary;
}

/** A benchmark's own file, or null when no benchmark has that name. */
export async function loadBenchmark(dataset: string): Promise<BenchmarkFile | null> {
  const entry = (await loadSummary()).benchmarks.find((b) => b.dataset === dataset);
  return entry ? json<BenchmarkFile>(entry.file) : null;
}
let papers: Promise<Map<string, Paper>> | null = null;

export function loadTables(): Promise<Tables> {
  tables ??= Promise.all([json<Claim[]>("claims.json"), json<Leaderboard[]>("leaderboards.json"), json<Report>("report.json")]).then(
    ([claims, leaderboards, report]) => ({ claims, leaderboards, report }),
  );
  return tables;
}

export function loadPapers(): Promise<Map<string, Paper>> {
  papers ??= json<Paper[]>("papers.json").then((list) => new Map(list.map((p) => [p.paperId, p])));
  return papers;
}

/** Papers with an arXiv id have it as their id ("2409.20559", "hep-th/9901001"). */
export function arxivIdOf(paperId: string): string | null {
  return /^\d{4}\.\d{4,5}$|^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}$/.test(paperId) ? paperId : null;
}
