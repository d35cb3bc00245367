// The site only reads the files the extract step wrote (data/*.json), fetched from its own origin.
// The claims and leaderboards come first; the papers (with their abstracts, the largest file) only
// when a paper page is opened.
import type { Claim, Leaderboard, Paper, Report } from "../extract/schema.ts";

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
