// The extraction configuration: which rules run over an abstract, in order.
import type { Claim, DatasetMention } from "../schema.ts";

export type ClaimDraft = Omit<Claim, "claimId" | "paperId" | "title" | "date">;

export interface Extraction {
  datasets: DatasetMention[];
  claims: ClaimDraft[];
}

export function extractFromAbstract(_abstract: string): Extraction {
  return { datasets: [], claims: [] };
}
