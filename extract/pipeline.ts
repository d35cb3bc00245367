// sources → papers → claims → normalise → validate → tables. Reading, merging and extraction
// are separate steps so each can be tested alone; writing is the caller's (see write.ts).
import { z } from "zod";
import { Claim, InputReport, Leaderboard, Paper, Report } from "./schema.ts";
import { displayPath, listInputFiles, readFileAsText, readText } from "./sources/index.ts";
import { PaperIndex } from "./papers.ts";
import type { MergedPaper } from "./papers.ts";
import { extractFromAbstract } from "./rules/index.ts";
import type { Extraction } from "./rules/index.ts";
import { buildLeaderboards } from "./leaderboards.ts";
import type { Tables } from "./write.ts";

export interface ReadOutcome {
  papers: MergedPaper[];
  inputs: InputReport[];
}

/** Read every input file into deduplicated papers, counting what each file gave and rejected. */
export function readPapers(paths: string[]): ReadOutcome {
  const index = new PaperIndex();
  const inputs: InputReport[] = [];
  for (const path of listInputFiles(paths)) {
    const file = displayPath(path);
    const report: InputReport = { file, format: null, records: 0, papers: 0, duplicates: 0, rejected: 0, rejections: [], warnings: [] };
    inputs.push(report);
    let text: string;
    try {
      text = readFileAsText(path);
    } catch (error) {
      report.rejected = 1;
      report.rejections.push({ file, location: "file", reason: `unreadable file: ${(error as Error).message}` });
      continue;
    }
    const result = readText(text, path);
    report.format = result.format;
    for (const record of result.records) {
      if (index.add(record, file, result.format).duplicate) report.duplicates++;
      else report.papers++;
    }
    report.records = result.records.length + result.rejections.length;
    report.rejected = result.rejections.length;
    report.rejections = result.rejections.map((p) => ({ file, ...p }));
    report.warnings = result.warnings.map((p) => ({ file, ...p }));
  }
  return { papers: index.finish(), inputs };
}

/** A merged paper with its dataset mentions, validated. */
export function toPaper(paper: MergedPaper, extraction: Extraction): Paper {
  return Paper.parse({ ...paper, datasets: extraction.datasets });
}

/** A paper's claims as table rows (ids from the paper and the claim's offset), validated. */
export function toClaims(paper: MergedPaper, extraction: Extraction): Claim[] {
  return extraction.claims.map((draft) =>
    Claim.parse({ claimId: `${paper.paperId}#${draft.start}`, paperId: paper.paperId, title: paper.title, ...draft, date: paper.date }),
  );
}

/** Extract datasets and claims from each paper, then validate every row against the schema. */
export function extractTables({ papers: merged, inputs }: ReadOutcome): Tables {
  const papers: Paper[] = [];
  const claims: Claim[] = [];
  for (const paper of merged) {
    const extraction = extractFromAbstract(paper.abstract);
    papers.push(toPaper(paper, extraction));
    claims.push(...toClaims(paper, extraction));
  }
  const leaderboards = z.array(Leaderboard).parse(buildLeaderboards(claims));
  const sum = (key: "records" | "papers" | "duplicates" | "rejected") => inputs.reduce((n, r) => n + r[key], 0);
  const report = Report.parse({
    inputs,
    totals: {
      files: inputs.length,
      records: sum("records"),
      papers: papers.length,
      duplicates: sum("duplicates"),
      rejected: sum("rejected"),
      claims: claims.length,
      leaderboards: leaderboards.length,
    },
  });
  return { papers, claims, leaderboards, report };
}

export function runPipeline(paths: string[]): Tables {
  return extractTables(readPapers(paths));
}
