// XLSX written as a stream: each sheet is given as its rows' XML, made here one row at a time
// (rowXml), and zipped with fflate as it comes, so a table of any size is never held whole (SheetJS
// builds the whole workbook in memory). Works in Node and in the browser.
// Spreadsheet limits are kept: a cell holds at most 32,767 characters (longer text is cut with a
// visible marker) and a sheet at most 1,048,576 rows (the caller stops there and says so).
import { Zip, ZipDeflate } from "fflate";
import type { ZipInputFile } from "fflate";
import type { Cell } from "./cells.ts";

import { XLSX_MAX_CELL } from "./limits.ts";

export { XLSX_MAX_CELL, XLSX_MAX_ROWS } from "./limits.ts";
export const CUT_MARKER = " […cut: a spreadsheet cell holds at most 32,767 characters]";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Text as XML character data. Characters XML cannot hold (control characters, lone surrogates) and
 * carriage returns (which XML parsers turn into line feeds) use the spreadsheet's own `_xHHHH_`
 * escape; a literal `_xHHHH_` in the text is escaped too, so it reads back as written.
 */
export function xmlText(text: string): string {
  // Most text needs nothing: one quick test spares the full pattern (with its look-arounds).
  if (!MAYBE_SPECIAL.test(text)) return text;
  return text.replace(XML_SPECIAL, (ch) => {
    if (ch === "&") return "&amp;";
    if (ch === "<") return "&lt;";
    if (ch === ">") return "&gt;";
    // Legal in text, but readers that find attributes by pattern took `onerror="…"` for a cell's r="…".
    if (ch === '"') return "&quot;";
    if (ch.startsWith("_")) return `_x005F${ch}`;
    return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
  });
}

const MAYBE_SPECIAL = /[&<>"\x00-\x08\x0B-\x1F_\uD800-\uDFFF\uFFFE\uFFFF]/;
const XML_SPECIAL = /[&<>"\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_x[0-9A-Fa-f]{4}_/g;

/** Text cut to fit a cell (never between the halves of a surrogate pair), or null when it fits. */
function cutToCell(text: string): string | null {
  if (text.length <= XLSX_MAX_CELL) return null;
  let end = XLSX_MAX_CELL - CUT_MARKER.length;
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  return text.slice(0, end) + CUT_MARKER;
}

/** Days since 1899-12-30: how spreadsheets store a date. */
function dateSerial(isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One row of cells as sheet XML. Cells have no references (`r`): rows and cells are placed in order,
 * with an empty `<c/>` for a missing value. Full dates in `dateColumns` become dates (style 1).
 * `onCut` is told the index of every cell cut to fit.
 */
export function rowXml(cells: Cell[], dateColumns: ReadonlySet<number> = NO_COLUMNS, onCut?: (column: number) => void): string {
  let xml = "<row>";
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined) xml += "<c/>";
    else if (typeof cell === "number") xml += Number.isFinite(cell) ? `<c><v>${cell}</v></c>` : "<c/>";
    else if (typeof cell === "boolean") xml += `<c t="b"><v>${cell ? 1 : 0}</v></c>`;
    else if (dateColumns.has(i) && FULL_DATE.test(cell)) xml += `<c s="1"><v>${dateSerial(cell)}</v></c>`;
    else {
      const cut = cutToCell(cell);
      if (cut !== null) onCut?.(i);
      xml += `<c t="inlineStr"><is><t xml:space="preserve">${xmlText(cut ?? cell)}</t></is></c>`;
    }
  }
  return xml + "</row>";
}

const NO_COLUMNS: ReadonlySet<number> = new Set();

export type SheetSource =
  | {
      name: string;
      /** The sheet's rows as XML (rowXml), in chunks of any size. */
      rows: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
    }
  | {
      name: string;
      /**
       * The sheet's whole part (SHEET_HEAD, the rows, SHEET_TAIL), deflated already (raw deflate, as
       * zip entries hold it), with the CRC-32 and byte length of the XML: so a writer can compress a
       * sheet while its rows are made, and not in one go at the end.
       */
      deflated: { crc: number; size: number; data: AsyncIterable<Uint8Array> | Iterable<Uint8Array> };
    };

/** What a sheet's part holds before its rows, and after them. */
export const SHEET_HEAD = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`;
export const SHEET_TAIL = "</sheetData></worksheet>";

const utf8 = new TextEncoder();

function packageParts(names: string[]): [string, string][] {
  const sheets = names.map((_, i) => i + 1);
  return [
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    ],
    ["_rels/.rels", `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheets.map((i) => `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("")}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      "xl/styles.xml",
      // Style 1 shows dates as 2025-08-01 in every locale.
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
  ];
}

/** A zip entry that its data is pushed into (compressed by it). */
export type ZipEntry = ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void | Promise<void> };

/** fflate's own deflate: works everywhere (Node may pass a faster, native one). */
const fflateEntry = (name: string): ZipEntry => new ZipDeflate(name, { level: 6 });

/**
 * Writes a workbook of the given sheets through `write`, which may return a promise to slow the
 * writer down (back-pressure). The zip entries carry a fixed time, so the same rows give the same bytes.
 */
export async function writeWorkbook(
  sheets: SheetSource[],
  write: (chunk: Uint8Array) => void | Promise<void>,
  makeEntry: (name: string) => ZipEntry = fflateEntry,
): Promise<void> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = async () => {
    if (failure) throw failure;
    while (out.length) await write(out.shift()!);
  };
  // A local time: zip times are local, so this is the same bytes in every time zone.
  const mtime = new Date(2000, 0, 1);
  const entry = (name: string) => {
    const file = makeEntry(name);
    file.mtime = mtime;
    zip.add(file);
    return file;
  };
  for (const [name, text] of packageParts(sheets.map((s) => s.name))) {
    await entry(name).push(utf8.encode(text), true);
    await drain();
  }
  for (const [i, sheet] of sheets.entries()) {
    const filename = `xl/worksheets/sheet${i + 1}.xml`;
    if ("deflated" in sheet) {
      // Its compressed bytes go into the zip as they are (fflate writes the sizes and CRC after them).
      const { crc, size, data } = sheet.deflated;
      const file: ZipInputFile = { filename, compression: 8, crc, size, mtime };
      zip.add(file);
      for await (const chunk of data) {
        file.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false);
        await drain();
      }
      file.ondata!(null, new Uint8Array(0), true);
      await drain();
      continue;
    }
    const file = entry(filename);
    await file.push(utf8.encode(SHEET_HEAD));
    for await (const chunk of sheet.rows) {
      await file.push(chunk);
      await drain();
    }
    await file.push(utf8.encode(SHEET_TAIL), true);
    await drain();
  }
  zip.end();
  await drain();
}
