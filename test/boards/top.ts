// Top-of-board precision (issue 13): the #1 entries of the largest boards built from the 14.5k-abstract
// arXiv corpus bundled in data/sources/, judged by hand against their evidence sentences. `npm run boards:top` builds the boards
// and prints each #1 with its sentence and its verdict so far; the verdicts are kept in
// test/boards/top-reviewed.json, and top.test.ts re-checks them against the boards the code builds now
// (a #1 nobody judged fails it, so a change that moves a top entry asks for a new look).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ARXIV_CORPUS } from "../../extract/bundled.ts";
import { buildLeaderboards, rankedFields } from "../../extract/leaderboards.ts";
import type { Accuracy, Claim, Leaderboard, Paper, Report } from "../../extract/schema.ts";
import { runExtractCli } from "../helpers.ts";

export const REVIEWED = "test/boards/top-reviewed.json";
/** How many boards are judged: the largest, by entries. */
export const BOARDS = 60;

export interface Verdict {
  board: string;
  claimId: string;
  value: number;
  right: boolean;
  /** Why, in a few words (always for a wrong one). */
  why: string;
}

export interface Top {
  board: string;
  entries: number;
  claim: Claim;
}

export const boardKey = (b: Pick<Leaderboard, "dataset" | "metric" | "setting">) => [b.dataset, b.metric, ...b.setting].join(" | ");

export interface CorpusBoards {
  /** The report of the whole default run. */
  report: Report;
  /** The papers read from the corpus. */
  papers: Paper[];
  /** The boards of the corpus papers' claims alone: the seed listings' papers are left out of the judged boards. */
  boards: Leaderboard[];
  claims: Map<string, Claim>;
}

/**
 * What `npm run extract` builds with no --input (every file of data/sources/, so the seeds and the
 * corpus), into a folder of its own, removed after; the boards are those of the corpus's claims.
 */
export async function corpusBoards(workers = 2): Promise<CorpusBoards> {
  const out = mkdtempSync(join(tmpdir(), "claimboard-top-"));
  try {
    const run = runExtractCli(["--out", out, "--workers", String(workers)]);
    if (run.status !== 0) throw new Error(`npm run extract failed: ${run.stderr}`);
    const read = <T>(name: string) => JSON.parse(readFileSync(join(out, name), "utf8")) as T;
    const papers = read<Paper[]>("papers.json").filter((p) => p.sources.some((s) => s.file === ARXIV_CORPUS));
    const ids = new Set(papers.map((p) => p.paperId));
    const claims = read<Claim[]>("claims.json").filter((c) => ids.has(c.paperId));
    return { report: read<Report>("report.json"), papers, boards: buildLeaderboards(claims.map(rankedFields)), claims: new Map(claims.map((c) => [c.claimId, c])) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The #1 a reader sees on each of the largest boards: its first unflagged entry (flagged ones rank
 * last and are never shown as best). Boards with no unflagged entry show no #1 and are passed over.
 */
export function topEntries(boards: Leaderboard[], claims: Map<string, Claim>, count = BOARDS): Top[] {
  return boards
    .filter((b) => b.entries.some((e) => e.flags.length === 0))
    .sort((a, b) => b.entries.length - a.entries.length || (boardKey(a) < boardKey(b) ? -1 : 1))
    .slice(0, count)
    .map((b) => {
      const first = b.entries.find((e) => e.flags.length === 0)!;
      const claim = claims.get(first.claimId);
      if (!claim) throw new Error(`board ${boardKey(b)}: claim ${first.claimId} is not in claims.json`);
      return { board: boardKey(b), entries: b.entries.length, claim };
    });
}

export const readVerdicts = (): Verdict[] => JSON.parse(readFileSync(REVIEWED, "utf8")) as Verdict[];

/** The verdict on a #1, when someone judged that very claim as that board's #1. */
export const verdictOn = (top: Top, verdicts: Verdict[]) =>
  verdicts.find((v) => v.board === top.board && v.claimId === top.claim.claimId && v.value === top.claim.value);

/** Top-of-board precision as the Accuracy page publishes it: how many #1 entries were judged right, and why the others are wrong. */
export function topOfBoard(tops: Top[], verdicts: Verdict[], papers: number): Accuracy["topOfBoard"] {
  const judged = tops.map((t) => ({ top: t, verdict: verdictOn(t, verdicts) }));
  return {
    corpus: "arXiv abstracts listed August to November 2025",
    papers,
    boards: tops.length,
    right: judged.filter((j) => j.verdict?.right).length,
    wrong: judged.filter((j) => j.verdict?.right === false).map((j) => ({ board: j.top.board, why: j.verdict!.why })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { json: { type: "boolean" } } });
  const { boards, claims } = await corpusBoards();
  const tops = topEntries(boards, claims);
  const verdicts = readVerdicts();
  if (values.json) {
    console.log(JSON.stringify(tops.map((t) => ({ board: t.board, entries: t.entries, claimId: t.claim.claimId, value: t.claim.value, unit: t.claim.unit, method: t.claim.method, title: t.claim.title, text: t.claim.text, sentence: t.claim.sentence, verdict: verdictOn(t, verdicts) ?? null })), null, 1));
  } else {
    for (const [i, t] of tops.entries()) {
      const v = verdictOn(t, verdicts);
      console.log(`${i + 1}. [${v ? (v.right ? "right" : "WRONG") : "not judged"}] ${t.board} (${t.entries} entries): ${t.claim.value}${t.claim.unit} by ${t.claim.method ?? t.claim.title}\n   ${t.claim.sentence}\n`);
    }
    const judged = tops.map((t) => verdictOn(t, verdicts)).filter((v) => v !== undefined);
    console.log(`judged ${judged.length} of ${tops.length}; right ${judged.filter((v) => v.right).length}`);
  }
}
