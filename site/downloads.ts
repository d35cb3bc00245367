// Downloads of the current view. Papaparse, the workbook writer and the schema's column list load only when a
// download is asked for, so none of them weighs on the first page load. (The explorer builds its
// files in its worker: explorer-worker.ts.)
import type { Claim } from "../extract/schema.ts";
import { XLSX_MAX_ROWS } from "./files.ts";

/** Why a view cannot be a spreadsheet. */
export function tooManyRows(rows: number): string {
  return `${rows.toLocaleString("en")} rows do not fit in a spreadsheet (at most ${(XLSX_MAX_ROWS - 1).toLocaleString("en")} rows below the header): download CSV instead, or filter the view.`;
}

export function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadCsv(claims: Claim[], name: string, ranked = false): Promise<void> {
  const { claimsCsv } = await import("../extract/cells.ts");
  save(new Blob([claimsCsv(claims, ranked)], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
}

export async function downloadXlsx(claims: Claim[], name: string, ranked = false): Promise<void> {
  if (claims.length + 1 > XLSX_MAX_ROWS) throw new Error(tooManyRows(claims.length));
  const { claimsWorkbook } = await import("../extract/cells.ts");
  save(new Blob([await claimsWorkbook(claims, ranked)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), `${name}.xlsx`);
}
