// One batch of papers made into output lines: extraction, schema validation and serialisation all
// happen here, in a worker thread when there are workers, so the main thread only reads and writes.
import { toClaims, toPaper } from "../pipeline.ts";
import type { MergedPaper } from "../papers.ts";
import { extractFromAbstract } from "../rules/index.ts";

export interface RenderedBatch {
  papers: string;
  claims: string;
  claimCount: number;
}

export function renderBatch(papers: MergedPaper[]): RenderedBatch {
  let paperLines = "";
  let claimLines = "";
  let claimCount = 0;
  for (const paper of papers) {
    const extraction = extractFromAbstract(paper.abstract);
    paperLines += `${JSON.stringify(toPaper(paper, extraction))}\n`;
    for (const claim of toClaims(paper, extraction)) {
      claimLines += `${JSON.stringify(claim)}\n`;
      claimCount++;
    }
  }
  return { papers: paperLines, claims: claimLines, claimCount };
}
