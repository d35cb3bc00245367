// A batch of merged papers made into the bytes of every output: extraction, schema validation and
// serialisation (JSON, CSV, spreadsheet rows) all happen here, in a worker thread when there are
// workers, so the main thread only reads, merges and appends.
import { z, ZodError } from "zod";
import { Claim as ClaimRow, CLAIM_COLUMNS, Paper as PaperRow, PAPER_COLUMNS } from "./schema.ts";
import type { Claim, Paper, Rejection } from "./schema.ts";
import { paperFromRecord, paperIdOf } from "./papers.ts";
import type { MergedPaper } from "./papers.ts";
import type { InputFormat } from "./schema.ts";
import { readRaw } from "./sources/stream.ts";
import type { RawRecord } from "./sources/stream.ts";
import { isProblem } from "./sources/fields.ts";
import { extractFromAbstract } from "./rules/index.ts";
import type { Extraction } from "./rules/index.ts";
import { isRanked, rankedFields } from "./leaderboards.ts";
import type { RankedClaim } from "./leaderboards.ts";
import { csvLines, dateColumns, tableRows } from "./cells.ts";
import type { Cell } from "./cells.ts";
import { rowXml } from "./xlsx.ts";

/**
 * A batch's outputs, encoded as UTF-8: bytes cross threads without a copy (transferred). JSON holds
 * one record per line with no separator after the last; sheet rows come with each row's byte length,
 * so the writer can stop at the spreadsheet's row limit.
 */
export interface RenderedBatch {
  papers: number;
  claims: number;
  papersJson: Uint8Array<ArrayBuffer>;
  claimsJson: Uint8Array<ArrayBuffer>;
  claimsCsv: Uint8Array<ArrayBuffer>;
  claimsSheet: Uint8Array<ArrayBuffer>;
  claimRowBytes: Uint32Array<ArrayBuffer>;
  papersSheet: Uint8Array<ArrayBuffer>;
  paperRowBytes: Uint32Array<ArrayBuffer>;
  /** The claims leaderboards rank (the rest are only in the tables). */
  ranked: RankedClaim[];
  /** Cells cut to fit a spreadsheet. */
  cuts: Rejection[];
  /** Papers left out because extracting or validating them failed, each named by its first source. */
  rejected: Rejection[];
}

const utf8 = new TextEncoder();

/**
 * A paper to render: merged from several records already, or the only record of its paper, still
 * raw (reading it is left to the worker, so the main thread does little more than split the input).
 */
export type PaperItem = { kind: "paper"; paper: MergedPaper } | { kind: "raw"; raw: RawRecord; file: string; format: InputFormat };

export function paperOf(item: PaperItem): MergedPaper {
  if (item.kind === "paper") return item.paper;
  const { result: record } = readRaw(item.raw);
  // The first read accepted this record: reading it again cannot fail unless the file changed.
  if (isProblem(record)) throw new Error(`${item.file} changed while it was being read (${record.location})`);
  const paper = paperFromRecord(record, { file: item.file, format: item.format, location: record.location });
  paper.paperId = paperIdOf(paper);
  return paper;
}

/** A merged paper with its dataset mentions, validated. */
function toPaper(paper: MergedPaper, extraction: Extraction): Paper {
  return PaperRow.parse({ ...paper, datasets: extraction.datasets });
}

/** A paper's claims as table rows (ids from the paper and the claim's offset), validated. */
function toClaims(paper: MergedPaper, extraction: Extraction): Claim[] {
  return extraction.claims.map((draft) =>
    ClaimRow.parse({ claimId: `${paper.paperId}#${draft.start}`, paperId: paper.paperId, title: paper.title, ...draft, date: paper.date }),
  );
}

const CLAIM_DATES = dateColumns(CLAIM_COLUMNS);
const PAPER_DATES = dateColumns(PAPER_COLUMNS);

/** Rows (their cells) as sheet XML with the byte length of each. */
function sheetRows<T extends object>(rows: T[], cells: Cell[][], columns: (keyof T)[], dates: Set<number>, cut: (row: T, column: keyof T) => void) {
  return utf8All(cells.map((row, r) => rowXml(row, dates, (c) => cut(rows[r]!, columns[c]!))));
}

/**
 * Strings as UTF-8 in one buffer of its own (it is transferred to another thread), `separator`
 * between them, with the byte length of each string. Each is written in its place: joining them
 * into one string first and encoding that took ten times as long (V8 joins long strings slowly).
 */
export function utf8All(parts: string[], separator = ""): { bytes: Uint8Array<ArrayBuffer>; lengths: Uint32Array<ArrayBuffer> } {
  const lengths = new Uint32Array(parts.length);
  const gap = Buffer.byteLength(separator);
  let total = parts.length > 1 ? gap * (parts.length - 1) : 0;
  for (let i = 0; i < parts.length; i++) total += lengths[i] = Buffer.byteLength(parts[i]!);
  const out = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i && gap) at += out.write(separator, at);
    at += out.write(parts[i]!, at);
  }
  if (at !== total) throw new Error(`${total} bytes counted, ${at} written`);
  // A buffer of its own (never one of Node's shared pools), so it can be transferred.
  return { bytes: new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, total), lengths };
}

export function renderBatch(batch: PaperItem[]): RenderedBatch {
  const papers: Paper[] = [];
  const claims: Claim[] = [];
  const rejected: Rejection[] = [];
  for (const item of batch) {
    const merged = paperOf(item);
    // One paper the rules or the schema cannot take is left out and reported; the batch goes on.
    try {
      const extraction = extractFromAbstract(merged.abstract, merged.title);
      const paper = toPaper(merged, extraction);
      const paperClaims = toClaims(merged, extraction);
      papers.push(paper);
      claims.push(...paperClaims);
    } catch (error) {
      const source = merged.sources[0]!;
      const reason = error instanceof ZodError ? z.prettifyError(error).replace(/\s*\n\s*/g, "; ") : String((error as Error)?.message ?? error);
      rejected.push({ file: source.file, location: source.location, reason: `paper ${merged.paperId} left out: ${reason}` });
    }
  }
  const cuts: Rejection[] = [];
  const reason = "cell cut to the spreadsheet's 32,767 characters (claims.csv and the JSON hold it whole)";
  // The claims' cells serve the CSV and the sheet alike.
  const claimCells = tableRows(claims, CLAIM_COLUMNS);
  const claimsSheet = sheetRows(claims, claimCells, CLAIM_COLUMNS, CLAIM_DATES, (claim, column) =>
    cuts.push({ file: "claims.xlsx", location: `claims sheet, claim ${claim.claimId}, column ${column}`, reason }),
  );
  const papersSheet = sheetRows(papers, tableRows(papers, PAPER_COLUMNS), PAPER_COLUMNS, PAPER_DATES, (paper, column) =>
    cuts.push({ file: "claims.xlsx", location: `papers sheet, paper ${paper.paperId}, column ${column}`, reason }),
  );
  return {
    papers: papers.length,
    claims: claims.length,
    papersJson: utf8All(papers.map((p) => JSON.stringify(p)), ",\n").bytes,
    claimsJson: utf8All(claims.map((c) => JSON.stringify(c)), ",\n").bytes,
    claimsCsv: utf8.encode(csvLines(claimCells)),
    claimsSheet: claimsSheet.bytes,
    claimRowBytes: claimsSheet.lengths,
    papersSheet: papersSheet.bytes,
    paperRowBytes: papersSheet.lengths,
    ranked: claims.filter(isRanked).map(rankedFields),
    cuts,
    rejected,
  };
}

/** What a worker sends back: the buffers are moved, not copied. */
export const transferables = (r: RenderedBatch) => [r.papersJson, r.claimsJson, r.claimsCsv, r.claimsSheet, r.claimRowBytes, r.papersSheet, r.paperRowBytes].map((a) => a.buffer);
