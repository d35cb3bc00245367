// What the words around a number say about it: the sentence it is in, the term (metric or
// efficiency cue) it measures, whether it states a change or a level, and the bound before it.
// Every family rule reads a Mention; none of them scans the text itself.
import type { Quantity } from "./numbers.ts";
import type { PhraseHit } from "./phrases.ts";
import type { Span } from "./sentences.ts";
import type { Term } from "./lexicons.ts";
import type { DatasetMention } from "../schema.ts";
import { BOUND_BEFORE, CHANGE_AFTER, CHANGE_BEFORE, boundOf } from "./lexicons.ts";

export interface Mention {
  quantity: Quantity;
  sentence: Span;
  /** Scan text of the sentence before and after the number (bounded windows). */
  before: string;
  after: string;
  /** The term the number measures; `linked` when it stands right next to the number ("mAP of"). */
  term: Term | null;
  termHit: PhraseHit<Term> | null;
  linked: boolean;
  /** The number states a change against something ("by 30%", "3x faster") rather than a level. */
  change: boolean;
  bound: string | null;
  /** A dataset name ends right before the number ("MMLU (63.2)"). */
  datasetBefore: boolean;
}

const WINDOW = 80;
/** Words that may stand between a term and its number: "mAP of 53.3%", "accuracy is up to 92%". */
const LINK_BEFORE = /^[\s(:=)]*(?:(?:of|is|was|were|are|at|to|by|reaches|reached|achieves|achieved|achieving|from|the|a|an|baseline|up|more|less|than|over|around|about|approximately|approx\.?|nearly|roughly|only|just|under|below|above|within|as|high|low|~|>|<|rate|rates|score|scores|metrics?|values?|average|averaging|mean|on)[\s(:=)]*){0,5}$/i;
/** Words that may stand between a number and its term: "53.3% mAP", "1.72times faster", "3x less memory". */
const LINK_AFTER = /^[\s)]*(?:(?:less|fewer|lower|higher|more|better|worse|smaller|larger|absolute|relative|reduction|reductions|improvement|decrease|increase|drop|loss|gain|in|of|the|its|their|our|original|at|on|top-[15]|and|overall|end-to-end|wall|clock|peak|average|mean)\s+){0,3}$/i;

export const OUTPERFORMS_BY = /\b(?:outperform|surpass|beat|exceed)\w*\s+(?:[^,.;]{0,60}\s)?by\s+(?:a\s+)?(?:[\w\s]{0,16})?$/i;
const IMPROVEMENT_NEXT = /^\s*(?:relative\s+|absolute\s+)?(?:improvement|gain|increase|more accurate|better)\b/i;

/** The term a number measures: a term linked right before it wins, then one right after, then the nearest. */
function termFor(q: Quantity, sentence: Span, terms: PhraseHit<Term>[], scan: string): { hit: PhraseHit<Term> | null; linked: boolean } {
  let before: PhraseHit<Term> | null = null;
  let after: PhraseHit<Term> | null = null;
  for (const hit of terms) {
    if (hit.end <= q.start && hit.start >= sentence.start) before = hit;
    // "2.5x run-time memory saving": of terms written back to back, the last one is the head.
    if (hit.start >= q.end && hit.end <= sentence.end && (!after || /^[\s-]?$/.test(scan.slice(after.end, hit.start)))) {
      if (after && hit.start - after.end > 1) continue;
      after = hit;
    }
  }
  if (before && LINK_BEFORE.test(scan.slice(before.end, q.start))) return { hit: before, linked: true };
  // A bracket right after the number does not separate it from its term: "1.93% (1.98+/-0.07) validation error".
  if (after && LINK_AFTER.test(scan.slice(q.end, after.start).replace(/^\s*\([^)]*\)/, ""))) return { hit: after, linked: true };
  // Otherwise the nearest within the clause, preferring what comes before ("reduces memory by 50%").
  const gapBefore = before ? q.start - before.end : Infinity;
  const gapAfter = after ? after.start - q.end : Infinity;
  // "50% faster with a 20-30% relative improvement": an improvement said right after wins over a cue before.
  if (IMPROVEMENT_NEXT.test(scan.slice(q.end, q.end + 40))) return { hit: null, linked: false };
  // Otherwise the nearer of the two within the clause; a term after may not lie past another number.
  const beforeOk = gapBefore <= 100 && !/[;]/.test(scan.slice(before!.end, q.start));
  const afterOk = gapAfter <= 40 && !/\d/.test(scan.slice(q.end, after!.start));
  if (beforeOk && (!afterOk || gapBefore <= gapAfter)) return { hit: before, linked: false };
  if (afterOk) return { hit: after, linked: false };
  return { hit: null, linked: false };
}

/**
 * Describes q. Numbers listed together ("15.53%, 8.88%, and 6.33% absolute improvement",
 * "0.4/0.6 BLEU") share their context: the words before the first and after the last.
 */
export interface ListPlace {
  first: Quantity;
  last: Quantity;
  index: number;
  size: number;
}

/** "memory cost and training time are reduced by 70% and 50%, respectively": pair them in order. */
function respectiveTerm(list: ListPlace, sentence: Span, terms: PhraseHit<Term>[], scan: string): PhraseHit<Term> | null {
  // "2.9x, 19x and 3x better throughput, energy efficiency and area" pairs up even without "respectively".
  const respectively = /\brespectively\b/i.test(scan.slice(sentence.start, sentence.end));
  if (list.size < 2 || (!respectively && list.size < 3)) return null;
  const inSentence = terms.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const after = inSentence.filter((t) => t.start >= list.last.end && t.start - list.last.end < 80).slice(0, list.size);
  const before = inSentence.filter((t) => t.end <= list.first.start && list.first.start - t.end < 100).slice(-list.size);
  const listed = (hits: PhraseHit<Term>[]) =>
    hits.length === list.size && hits.every((h, i) => i === 0 || /^\s*(?:,|and|,\s*and|\/)\s*$/.test(scan.slice(hits[i - 1]!.end, h.start)));
  if (listed(after)) return after[list.index]!;
  if (respectively && listed(before)) return before[list.index]!;
  return null;
}

export function describe(
  q: Quantity,
  list: ListPlace,
  sentence: Span,
  terms: PhraseHit<Term>[],
  datasets: DatasetMention[],
  scan: string,
  text: string,
): Mention {
  const { first, last } = list;
  const before = scan.slice(Math.max(sentence.start, first.start - WINDOW), first.start);
  const after = scan.slice(last.end, Math.min(sentence.end, last.end + WINDOW));
  const usable = terms.filter((t) => !t.data.needsCapital || text.slice(t.start, t.end) !== text.slice(t.start, t.end).toLowerCase());
  const respective = respectiveTerm(list, sentence, usable, scan);
  let { hit: termHit, linked } = respective ? { hit: respective, linked: true } : termFor({ ...q, start: first.start, end: last.end }, sentence, usable, scan);
  // "outperforms ViT by 0.8%": a margin over another method is a quality change unless its metric is named beside it.
  if (!linked && OUTPERFORMS_BY.test(before)) termHit = null;
  const boundMatch = BOUND_BEFORE.exec(before.slice(-30));
  return {
    quantity: q,
    sentence,
    before,
    after,
    term: termHit?.data ?? null,
    termHit,
    linked,
    // Factors ("3x", "twice") and halves always compare against something.
    change: q.signed || q.kind === "factor" || (q.words && q.unit === "%" && halvesSomething(text, q)) || CHANGE_BEFORE.test(withoutBound(before)) || CHANGE_AFTER.test(after),
    bound: boundMatch ? boundOf(boundMatch[1]!) : null,
    datasetBefore: datasets.some((d) => d.end <= q.start && q.start - d.end <= 3),
  };
}

/** "halve the time", "by half", "more than half": a halving; "half of the data" is only a share. */
function halvesSomething(text: string, q: Quantity): boolean {
  return !/^half$/i.test(text.slice(q.start, q.end)) || /\b(?:by|than)\s+$/i.test(text.slice(Math.max(0, q.start - 10), q.start));
}

/** "by up to 30%", "by more than 30%": the change word stands before the bound. */
function withoutBound(before: string): string {
  const tail = before.slice(-30);
  const m = BOUND_BEFORE.exec(tail);
  return m ? before.slice(0, before.length - tail.length + m.index + m[0].indexOf(m[1]!)) : before;
}
