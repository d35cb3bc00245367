// Table cells for CSV and XLSX, shared by the extract step and the site's downloads. Text from
// abstracts is untrusted, so a cell that a spreadsheet would run as a formula is neutralised.
import Papa from "papaparse";
import { CLAIM_COLUMNS } from "./schema.ts";
import type { Claim } from "./schema.ts";
import { rowXml, writeWorkbook } from "./xlsx.ts";

/** A signed number as spreadsheets read one ("-2", "+2.4%", "-1.5e3"): a number to them, nothing runs. */
const SIGNED_NUMBER = /^[+-](?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/**
 * `= + - @` (and tab/CR, which some spreadsheets skip before them) start a formula: prefix a quote.
 * Only what a spreadsheet would execute: a signed number or percentage ("+2.4%", "-2") is read as
 * the number it is, so it is left as written rather than shown with a stray quote.
 */
export function neutraliseFormula(text: string): string {
  if (/^[=@\t\r]/.test(text)) return `'${text}`;
  return /^[+-]/.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * A full ISO date, which spreadsheets read as a date. A date without its year (`--03-11`, from pages
 * such as "Mar 11") is no date to them: in a CSV, Excel runs it as the formula --03-11 = -8, so it
 * keeps its quote like any other text that would run.
 */
const LISTING_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Cell = string | number | boolean | null;

function toCell(value: unknown, date = false): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // A date is written as the date it is (full dates become dates in the workbook), never quoted.
  if (typeof value === "string" && date && LISTING_DATE.test(value)) return value;
  if (typeof value === "string") return neutraliseFormula(value);
  // Lists in a flat table: strings joined, objects as compact JSON (a quote first, never a formula).
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return neutraliseFormula(value.join("; "));
  return neutraliseFormula(JSON.stringify(value));
}

export function tableRows<T extends object>(rows: T[], columns: (keyof T)[]): Cell[][] {
  const dates = columns.map((column) => column === "date");
  return rows.map((row) => columns.map((column, i) => toCell(row[column], dates[i])));
}

/**
 * Rows as RFC 4180 CSV lines (CRLF). Every field is quoted: in a locale whose separator is ";" an
 * unquoted cell holding ";=…" would start a formula of its own.
 */
export function csvLines(rows: Cell[][]): string {
  // Papaparse leaves a missing value bare: as "" it is quoted like the rest.
  const cells = rows.map((row) => row.map((cell) => cell ?? ""));
  return rows.length ? Papa.unparse(cells, { quotes: true, newline: "\r\n" }) + "\r\n" : "";
}

/** The header and cells of claims in the schema's column order; a ranked list (a leaderboard) gets its rank first. */
function claimTable(claims: Claim[], ranked: boolean): { header: string[]; rows: Cell[][] } {
  const rows = tableRows(claims, CLAIM_COLUMNS);
  return ranked ? { header: ["rank", ...CLAIM_COLUMNS], rows: rows.map((row, i) => [i + 1, ...row]) } : { header: [...CLAIM_COLUMNS], rows };
}

/** Claims as a CSV file, in the schema's column order (after a rank column when `ranked`). */
export function claimsCsv(claims: Claim[], ranked = false): string {
  const { header, rows } = claimTable(claims, ranked);
  return csvLines([header, ...rows]);
}

/** The positions of the date columns, which spreadsheets get as dates. */
export const dateColumns = (columns: string[]) => new Set(columns.flatMap((c, i) => (c === "date" ? [i] : [])));

/** Claims as a workbook of one sheet, in memory (the site's downloads; the pipeline streams its own). */
export async function claimsWorkbook(claims: Claim[], ranked = false): Promise<Uint8Array<ArrayBuffer>> {
  const table = claimTable(claims, ranked);
  const dates = dateColumns(table.header);
  const encoder = new TextEncoder();
  const rows = [rowXml(table.header), ...table.rows.map((cells) => rowXml(cells, dates))];
  const chunks: Uint8Array[] = [];
  await writeWorkbook([{ name: "claims", rows: [encoder.encode(rows.join(""))] }], (chunk) => void chunks.push(chunk));
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  return bytes;
}
