// The extraction configuration: an abstract's numbers are found once (numbers.ts), each is
// described by the words around it (context.ts), the claim families are asked in order and the
// first that recognises the number makes it a claim; refiners then see all claims together.
import type { Claim, DatasetMention } from "../schema.ts";
import { findQuantities, scanText } from "./numbers.ts";
import type { Quantity } from "./numbers.ts";
import { splitSentences } from "./sentences.ts";
import { describe } from "./context.ts";
import { HIGHER_IS_BETTER, SETUP_AFTER, TERMS } from "./lexicons.ts";
import { findDatasets } from "./datasets.ts";
import { assignRoles, joinBetweenRanges, linkDatasets } from "./refiners.ts";
import type { Draft } from "./refiners.ts";
import type { ClaimRule } from "./rule.ts";
import { energy } from "./energy.ts";
import { memory } from "./memory.ts";
import { compression } from "./compression.ts";
import { speedup } from "./speedup.ts";
import { cost } from "./cost.ts";
import { improvement } from "./improvement.ts";
import { score } from "./score.ts";

export type ClaimDraft = Omit<Claim, "claimId" | "paperId" | "title" | "date">;

export interface Extraction {
  datasets: DatasetMention[];
  claims: ClaimDraft[];
}

/** Most specific first: a unit or cue that names a family beats the general quality rules. */
export const RULES: ClaimRule[] = [energy, memory, compression, speedup, cost, improvement, score];

/** Numbers that are never claims whatever surrounds them: years, citations, set-up counts. */
function neverAClaim(q: Quantity, scan: string): boolean {
  if (q.kind !== "none") return false;
  const integer = Number.isInteger(q.value);
  if (integer && q.value >= 1900 && q.value <= 2099 && !q.signed) return true;
  if (/\[\s*$/.test(scan.slice(Math.max(0, q.start - 2), q.start))) return true;
  return integer && SETUP_AFTER.test(scan.slice(q.end, q.end + 40));
}

export function extractFromAbstract(abstract: string): Extraction {
  const scan = scanText(abstract);
  const sentences = splitSentences(scan);
  const datasets = findDatasets(abstract, sentences);
  const terms = TERMS.findAll(scan);
  const drafts: Draft[] = [];
  let s = 0;
  for (const q of findQuantities(abstract, scan)) {
    while (s < sentences.length - 1 && sentences[s]!.end <= q.start) s++;
    const sentence = sentences[s] ?? { start: 0, end: abstract.length };
    if (neverAClaim(q, scan)) continue;
    const mention = describe(q, sentence, terms, datasets, scan, abstract);
    for (const rule of RULES) {
      const reading = rule.read(mention);
      if (!reading) continue;
      drafts.push({
        type: rule.type,
        value: q.value,
        valueLow: q.low,
        unit: q.unit,
        bound: mention.bound as Claim["bound"],
        metric: reading.metric,
        higherIsBetter: reading.metric === null ? null : (HIGHER_IS_BETTER.get(reading.metric) ?? null),
        dataset: null,
        datasetText: null,
        baseline: null,
        role: "result",
        text: abstract.slice(q.start, q.end),
        start: q.start,
        end: q.end,
        sentence: abstract.slice(sentence.start, sentence.end),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
      });
      break;
    }
  }
  const claims = joinBetweenRanges(drafts, scan);
  assignRoles(claims, scan);
  linkDatasets(claims, datasets, scan);
  return {
    datasets,
    claims: claims.map(({ sentenceEnd: _, ...claim }) => ({ ...claim, text: abstract.slice(claim.start, claim.end) })),
  };
}
