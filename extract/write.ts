// Writing the tables: JSON as validated, CSV (papaparse) and XLSX (SheetJS) with the schema's
// column order. Text from abstracts is untrusted, so a cell that a spreadsheet would run as a
// formula is neutralised. All files of one run are written beside the targets first and then
// renamed into place, so a crash never leaves half a table behind.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import * as XLSX from "xlsx";
import { CLAIM_COLUMNS, PAPER_COLUMNS } from "./schema.ts";
import type { Claim, Leaderboard, Paper, Report } from "./schema.ts";

/** `= + - @` (and tab/CR, which some spreadsheets skip before them) start a formula: prefix a quote. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

type Cell = string | number | boolean | null;

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return neutraliseFormula(value);
  // Lists in a flat table: strings joined, objects as compact JSON (a quote first, never a formula).
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return neutraliseFormula(value.join("; "));
  return neutraliseFormula(JSON.stringify(value));
}

export function tableRows<T extends object>(rows: T[], columns: (keyof T)[]): Cell[][] {
  return rows.map((row) => columns.map((column) => toCell(row[column])));
}

export function claimsCsv(claims: Claim[]): string {
  return Papa.unparse({ fields: CLAIM_COLUMNS as string[], data: tableRows(claims, CLAIM_COLUMNS) }, { newline: "\r\n" }) + "\r\n";
}

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
