// Writing the tables: JSON as validated, CSV (papaparse) and XLSX (SheetJS) with the schema's
// column order; cells are made safe by cells.ts. All files of one run are written beside the targets first and then
// renamed into place, so a crash never leaves half a table behind.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "xlsx";
import { CLAIM_COLUMNS, PAPER_COLUMNS } from "./schema.ts";
import { claimsCsv, tableRows } from "./cells.ts";
import type { Cell } from "./cells.ts";
import type { Claim, Leaderboard, Paper, Report } from "./schema.ts";

export function claimsWorkbook(claims: Claim[], papers: Paper[]): Buffer {
  const book = XLSX.utils.book_new();
  const sheet = (columns: string[], rows: Cell[][]) => XLSX.utils.aoa_to_sheet([columns, ...rows]);
  XLSX.utils.book_append_sheet(book, sheet(CLAIM_COLUMNS, tableRows(claims, CLAIM_COLUMNS)), "claims");
  XLSX.utils.book_append_sheet(book, sheet(PAPER_COLUMNS, tableRows(papers, PAPER_COLUMNS)), "papers");
  return XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}

export interface Tables {
  papers: Paper[];
  claims: Claim[];
  leaderboards: Leaderboard[];
  report: Report;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

export function renderTables(tables: Tables): Map<string, string | Buffer> {
  return new Map<string, string | Buffer>([
    ["papers.json", json(tables.papers)],
    ["claims.json", json(tables.claims)],
    ["claims.csv", claimsCsv(tables.claims)],
    ["claims.xlsx", claimsWorkbook(tables.claims, tables.papers)],
    ["leaderboards.json", json(tables.leaderboards)],
    ["report.json", json(tables.report)],
  ]);
}

export function writeFilesAtomically(dir: string, files: Map<string, string | Buffer>): void {
  mkdirSync(dir, { recursive: true });
  const staging = join(dir, `.claimboard-tmp-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  try {
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    for (const name of files.keys()) renameSync(join(staging, name), join(dir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
