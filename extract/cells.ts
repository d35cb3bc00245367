// Table cells for CSV and XLSX, shared by the extract step and the site's downloads. Text from
// abstracts is untrusted, so a cell that a spreadsheet would run as a formula is neutralised.
import Papa from "papaparse";
import { CLAIM_COLUMNS } from "./schema.ts";
import type { Claim } from "./schema.ts";
import { rowXml, writeWorkbook } from "./xlsx.ts";

/** `= + - @` (and tab/CR, which some spreadsheets skip before them) start a formula: prefix a quote. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type Cell = string | number | boolean | null;

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

/**
 * Rows as RFC 4180 CSV lines (CRLF). Every field is quoted: in a locale whose separator is ";" an
 * unquoted cell holding ";=…" would start a formula of its own.
 */
export function csvLines(rows: Cell[][]): string {
  // Papaparse leaves a missing value bare: as "" it is quoted like the rest.
  const cells = rows.map((row) => row.map((cell) => cell ?? ""));
  return rows.length ? Papa.unparse(cells, { quotes: true, newline: "\r\n" }) + "\r\n" : "";
}

/** Claims as a CSV file, in the schema's column order. */
export function claimsCsv(claims: Claim[]): string {
  return csvLines([CLAIM_COLUMNS as string[], ...tableRows(claims, CLAIM_COLUMNS)]);
}

/** The positions of the date columns, which spreadsheets get as dates. */
export const dateColumns = (columns: string[]) => new Set(columns.flatMap((c, i) => (c === "date" ? [i] : [])));

/** Claims as a workbook of one sheet, in memory (the site's downloads; the pipeline streams its own). */
export async function claimsWorkbook(claims: Claim[]): Promise<Uint8Array<ArrayBuffer>> {
  const dates = dateColumns(CLAIM_COLUMNS);
  const encoder = new TextEncoder();
  const rows = [rowXml(CLAIM_COLUMNS), ...tableRows(claims, CLAIM_COLUMNS).map((cells) => rowXml(cells, dates))];
  const chunks: Uint8Array[] = [];
  await writeWorkbook([{ name: "claims", rows: [encoder.encode(rows.join(""))] }], (chunk) => void chunks.push(chunk));
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  return bytes;
}
