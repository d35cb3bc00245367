// One batch of raw records made into output lines: reading the record's fields, extraction, schema
// validation and serialisation all happen here, in a worker thread when there are workers, so the
// main thread only splits the input, drops duplicates and writes.
import type { InputFormat } from "../schema.ts";
import type { Problem } from "../sources/record.ts";
import { isProblem } from "../sources/fields.ts";
import { paperFromRecord, titleHashId } from "../papers.ts";
import { toClaims, toPaper } from "../pipeline.ts";
import { extractFromAbstract } from "../rules/index.ts";
import { readRaw } from "./records.ts";
import type { RawItem } from "./records.ts";

export interface Batch {
  file: string;
  format: InputFormat;
  items: Exclude<RawItem, { kind: "format" }>[];
}

/** What became of each item, in order: problems, or a paper with its dedup keys and the size of its lines. */
export type Outcome =
  | { kind: "rejection"; problem: Problem }
  | { kind: "warning"; problem: Problem }
  | { kind: "paper"; keys: string[]; paperBytes: number; claimBytes: number; claimCount: number };

/**
 * A batch's outcomes, and its papers' and claims' JSON lines already encoded as UTF-8: bytes cross
 * threads without a copy (transferred), and the thread that writes has nothing left to encode.
 */
export interface RenderedBatch {
  outcomes: Outcome[];
  papers: Uint8Array<ArrayBuffer>;
  claims: Uint8Array<ArrayBuffer>;
}

const utf8 = new TextEncoder();

export function renderBatch({ file, format, items }: Batch): RenderedBatch {
  const outcomes: Outcome[] = [];
  let papers = "";
  let claims = "";
  for (const item of items) {
    if (item.kind !== "raw") {
      outcomes.push(item);
      continue;
    }
    const { result: record, warnings } = readRaw(item.raw);
    for (const problem of warnings) outcomes.push({ kind: "warning", problem });
    if (isProblem(record)) {
      outcomes.push({ kind: "rejection", problem: record });
      continue;
    }
    // Two records are one paper when they share an arXiv id or a normalised title (see papers.ts).
    const titleKey = titleHashId(record.title);
    const keys = record.arxivId ? [`t:${titleKey}`, `a:${record.arxivId}`] : [`t:${titleKey}`];
    const paper = paperFromRecord(record, { file, format, location: record.location }, record.arxivId ?? titleKey);
    const extraction = extractFromAbstract(paper.abstract);
    const paperLine = `${JSON.stringify(toPaper(paper, extraction))}\n`;
    let claimLines = "";
    let claimCount = 0;
    for (const claim of toClaims(paper, extraction)) {
      claimLines += `${JSON.stringify(claim)}\n`;
      claimCount++;
    }
    papers += paperLine;
    claims += claimLines;
    outcomes.push({ kind: "paper", keys, paperBytes: Buffer.byteLength(paperLine), claimBytes: Buffer.byteLength(claimLines), claimCount });
  }
  return { outcomes, papers: utf8.encode(papers), claims: utf8.encode(claims) };
}
