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

/** What became of each item, in order: problems, or a paper as lines of JSON with its dedup keys. */
export type Rendered =
  | { kind: "rejection"; problem: Problem }
  | { kind: "warning"; problem: Problem }
  | { kind: "paper"; keys: string[]; paper: string; claims: string; claimCount: number };

export function renderBatch({ file, format, items }: Batch): Rendered[] {
  const rendered: Rendered[] = [];
  for (const item of items) {
    if (item.kind !== "raw") {
      rendered.push(item);
      continue;
    }
    const { result: record, warnings } = readRaw(item.raw);
    for (const problem of warnings) rendered.push({ kind: "warning", problem });
    if (isProblem(record)) {
      rendered.push({ kind: "rejection", problem: record });
      continue;
    }
    // Two records are one paper when they share an arXiv id or a normalised title (see papers.ts).
    const titleKey = titleHashId(record.title);
    const keys = record.arxivId ? [`t:${titleKey}`, `a:${record.arxivId}`] : [`t:${titleKey}`];
    const paper = paperFromRecord(record, { file, format, location: record.location }, record.arxivId ?? titleKey);
    const extraction = extractFromAbstract(paper.abstract);
    let claims = "";
    let claimCount = 0;
    for (const claim of toClaims(paper, extraction)) {
      claims += `${JSON.stringify(claim)}\n`;
      claimCount++;
    }
    rendered.push({ kind: "paper", keys, paper: `${JSON.stringify(toPaper(paper, extraction))}\n`, claims, claimCount });
  }
  return rendered;
}
