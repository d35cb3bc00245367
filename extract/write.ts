// Writing the tables as batches of rendered papers arrive (render.ts), into a staging folder
// (publish.ts): papers.json and claims.json (a JSON array, one record per line), claims.csv and
// claims.xlsx (claims and papers sheets) in the schema's column order, then leaderboards.json and
// report.json. Memory stays flat: every file is appended to, and the spreadsheet's sheets are kept
// beside it, deflated as they come, until they are zipped at the end.
import { closeSync, createReadStream, createWriteStream, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { createDeflateRaw, crc32 } from "node:zlib";
import type { AsyncFlateStreamHandler } from "fflate";
import type { WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { CLAIM_COLUMNS, PAPER_COLUMNS } from "./schema.ts";
import type { Leaderboard, Rejection, Report } from "./schema.ts";
import { csvLines } from "./cells.ts";
import { rowXml, SHEET_HEAD, SHEET_TAIL, writeWorkbook, XLSX_MAX_ROWS } from "./xlsx.ts";
import type { ZipEntry } from "./xlsx.ts";
import type { RenderedBatch } from "./render.ts";

const ignore = () => {};

/** Appends to a file, waiting when its buffer is full (so memory stays flat). */
class Output {
  private readonly stream: WriteStream;
  constructor(readonly path: string) {
    this.stream = createWriteStream(path);
  }
  async write(bytes: Uint8Array | string): Promise<void> {
    if (bytes.length && !this.stream.write(bytes)) await once(this.stream, "drain");
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
  /** Throws away what is written: writes still on their way fail, and their errors are of no use then. */
  destroy(): void {
    this.stream.on("error", ignore);
    this.stream.destroy();
  }
}


/** A JSON array written one element per line. */
class JsonArrayOutput extends Output {
  private empty = true;
  async append(lines: Uint8Array): Promise<void> {
    if (!lines.length) return;
    await this.write(this.empty ? "[\n" : ",\n");
    this.empty = false;
    await this.write(lines);
  }
  override async close(): Promise<void> {
    await this.write(this.empty ? "[]\n" : "\n]\n");
    await super.close();
  }
}

/**
 * A sheet's part (its rows between SHEET_HEAD and SHEET_TAIL), deflated as it is written into a file
 * of its own, so that the compression runs while rows are made (zlib's threads) and the workbook
 * only has to copy it into the zip at the end; the XML's CRC-32 and length are counted on the way.
 * Stops one row short of the limit to say how many rows did not fit.
 */
class SheetOutput {
  rows = 1; // the header
  dropped = 0;
  size = 0;
  crc = 0;
  // Level 1: sheets of repeated markup shrink nearly as much as at 6, in a third of the time.
  private readonly deflate = createDeflateRaw({ level: 1 });
  private readonly file: WriteStream;
  private readonly written: Promise<unknown>;
  constructor(
    readonly path: string,
    header: string[],
    private readonly maxRows: number,
  ) {
    this.file = createWriteStream(path);
    this.deflate.pipe(this.file);
    this.written = once(this.file, "finish");
    // A failure of either is met by the next write or by finish.
    this.written.catch(() => {});
    this.deflate.on("error", (error) => this.file.destroy(error));
    void this.write(SHEET_HEAD + rowXml(header));
  }
  private async write(bytes: Uint8Array | string): Promise<void> {
    const chunk = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
    if (!chunk.length) return;
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    if (!this.deflate.write(chunk)) await Promise.race([once(this.deflate, "drain"), this.written]);
  }
  async append(bytes: Uint8Array, rowBytes: Uint32Array): Promise<void> {
    const room = this.maxRows - 1 - this.rows;
    if (rowBytes.length <= room) {
      this.rows += rowBytes.length;
      await this.write(bytes);
      return;
    }
    let end = 0;
    for (let i = 0; i < Math.max(room, 0); i++) end += rowBytes[i]!;
    this.rows += Math.max(room, 0);
    this.dropped += rowBytes.length - Math.max(room, 0);
    await this.write(bytes.subarray(0, end));
  }
  async finish(what: string, whole: string): Promise<void> {
    if (this.dropped) await this.write(rowXml([`… ${this.dropped.toLocaleString("en")} more ${what} do not fit in a spreadsheet; ${whole} holds them all`]));
    await this.write(SHEET_TAIL);
    this.deflate.end();
    await this.written;
  }
  /** The deflated part, for writeWorkbook. */
  deflated() {
    return { crc: this.crc, size: this.size, data: createReadStream(this.path) };
  }
  destroy(): void {
    this.deflate.on("error", ignore);
    this.file.on("error", ignore);
    this.deflate.destroy();
    this.file.destroy();
  }
}

/**
 * A zip entry deflated by Node's zlib: native, and run off the main thread (fflate's deflate took
 * a fifth of a run there). The entry's size and CRC are counted as its data is pushed.
 */
class NativeDeflateEntry implements ZipEntry {
  readonly compression = 8;
  size = 0;
  crc = 0;
  mtime?: Date;
  ondata: AsyncFlateStreamHandler = () => {};
  // Level 1: sheets of repeated markup shrink nearly as much as at 6, in a third of the time.
  private readonly deflate = createDeflateRaw({ level: 1 });
  private readonly ended: Promise<void>;

  constructor(readonly filename: string) {
    this.deflate.on("data", (chunk: Buffer<ArrayBuffer>) => this.ondata(null, chunk, false));
    this.ended = once(this.deflate, "end").then(() => {});
  }

  async push(chunk: Uint8Array, final = false): Promise<void> {
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    if (!this.deflate.write(chunk)) await once(this.deflate, "drain");
    if (!final) return;
    this.deflate.end();
    await this.ended;
    this.ondata(null, new Uint8Array(0), true);
  }
}

export class TableWriter {
  private readonly papers: JsonArrayOutput;
  private readonly claims: JsonArrayOutput;
  private readonly csv: Output;
  private readonly claimsSheet: SheetOutput;
  private readonly papersSheet: SheetOutput;
  /** Problems found while writing (cells cut, rows that did not fit), counted in full, listed up to a thousand. */
  readonly warnings: Rejection[] = [];
  warningCount = 0;

  /** `maxRows`: the spreadsheet's row limit (smaller in tests). */
  constructor(
    private readonly staging: string,
    private readonly maxRows = XLSX_MAX_ROWS,
  ) {
    this.papers = new JsonArrayOutput(join(staging, "papers.json"));
    this.claims = new JsonArrayOutput(join(staging, "claims.json"));
    this.csv = new Output(join(staging, "claims.csv"));
    void this.csv.write(csvLines([CLAIM_COLUMNS as string[]]));
    this.claimsSheet = new SheetOutput(join(staging, "claims.sheet.deflated"), CLAIM_COLUMNS as string[], maxRows);
    this.papersSheet = new SheetOutput(join(staging, "papers.sheet.deflated"), PAPER_COLUMNS as string[], maxRows);
  }

  warn(problem: Rejection): void {
    if (this.warningCount++ < 1000) this.warnings.push(problem);
  }

  async append(batch: RenderedBatch): Promise<void> {
    for (const cut of batch.cuts) this.warn(cut);
    await this.papers.append(batch.papersJson);
    await this.claims.append(batch.claimsJson);
    await this.csv.write(batch.claimsCsv);
    await this.claimsSheet.append(batch.claimsSheet, batch.claimRowBytes);
    await this.papersSheet.append(batch.papersSheet, batch.paperRowBytes);
  }

  /** Closes the tables and writes the spreadsheet, the leaderboards and the report. */
  async finish(leaderboards: Leaderboard[], report: (writing: { warnings: Rejection[]; warningCount: number }) => Report): Promise<Report> {
    await Promise.all([this.papers.close(), this.claims.close(), this.csv.close()]);
    await this.claimsSheet.finish("claims", "claims.csv");
    await this.papersSheet.finish("papers", "papers.json");
    for (const [sheet, what] of [[this.claimsSheet, "claims"], [this.papersSheet, "papers"]] as const) {
      if (sheet.dropped) this.warn({ file: "claims.xlsx", location: `${what} sheet`, reason: `${sheet.dropped} ${what} beyond the spreadsheet's ${this.maxRows.toLocaleString("en")} rows are left out (the CSV and JSON hold them)` });
    }
    const xlsx = new Output(join(this.staging, "claims.xlsx"));
    await writeWorkbook(
      [
        { name: "claims", deflated: this.claimsSheet.deflated() },
        { name: "papers", deflated: this.papersSheet.deflated() },
      ],
      (chunk) => xlsx.write(chunk),
      (name) => new NativeDeflateEntry(name),
    );
    await xlsx.close();
    rmSync(this.claimsSheet.path);
    rmSync(this.papersSheet.path);
    const done = report({ warnings: this.warnings, warningCount: this.warningCount });
    writeJsonArray(join(this.staging, "leaderboards.json"), leaderboards);
    writeFileSync(join(this.staging, "report.json"), json(done));
    return done;
  }

  destroy(): void {
    for (const output of [this.papers, this.claims, this.csv, this.claimsSheet, this.papersSheet]) output.destroy();
  }
}

export const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/**
 * An array as `json` gives it, written part by part: the leaderboards of a million papers are tens of
 * MB of JSON, and a board of thousands of entries as one string (twice, indented) grew the heap by
 * a hundred MB at the end of a run. Arrays and objects are opened down to SPLIT_DEPTH (the boards'
 * entries), each part below that is one JSON.stringify, and the text goes out in chunks.
 */
export function writeJsonArray(path: string, items: unknown[]): void {
  const fd = openSync(path, "w");
  let pending = "";
  const out = (text: string) => {
    pending += text;
    if (pending.length < 1 << 20) return;
    writeSync(fd, pending);
    pending = "";
  };
  try {
    writeJsonPart(items, "", 0, out);
    out("\n");
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

const SPLIT_DEPTH = 3;

/** `value` as JSON.stringify(value, null, 2) writes it at `indent`, given to `out` in parts. */
function writeJsonPart(value: unknown, indent: string, depth: number, out: (text: string) => void): void {
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    out((JSON.stringify(value, null, 2) ?? "null").replaceAll("\n", `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  const array = Array.isArray(value);
  const parts: [string | null, unknown][] = array
    ? value.map((item) => [null, item]) // an element JSON cannot hold is "null", as a leaf says
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (!parts.length) {
    out(array ? "[]" : "{}");
    return;
  }
  out(array ? "[" : "{");
  for (const [i, [key, item]] of parts.entries()) {
    out(`${i ? "," : ""}\n${inner}${key === null ? "" : `${JSON.stringify(key)}: `}`);
    writeJsonPart(item, inner, depth + 1, out);
  }
  out(`\n${indent}${array ? "]" : "}"}`);
}
