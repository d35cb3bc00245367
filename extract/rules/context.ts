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
const LINK_BEFORE = /^[\s(:=,]*(?:(?:of|is|was|were|are|at|to|by|reaches|reached|achieves|achieved|achieving|with|from|the|a|an|baseline|up|more|less|than|over|around|about|approximately|approx\.?|nearly|roughly|only|just|under|below|above|within|as|high|low|~|>|<|and|respectively|rate|rates|score|scores|metrics?|values?|average|averaging|mean|on)[\s(:=,]*){0,5}$/i;
/** Words that may stand between a number and its term: "53.3% mAP", "1.72times faster", "3x less memory". */
const LINK_AFTER = /^[\s)]*(?:(?:less|fewer|lower|higher|more|better|worse|smaller|larger|absolute|relative|reduction|reductions|improvement|in|of|the|at|on|top-[15]|and|overall|end-to-end|wall|clock|peak|average|mean)\s+){0,3}$/i;

/** The term a number measures: a term linked right before it wins, then one right after, then the nearest. */
function termFor(q: Quantity, sentence: Span, terms: PhraseHit<Term>[], scan: string): { hit: PhraseHit<Term> | null; linked: boolean } {
  let before: PhraseHit<Term> | null = null;
  let after: PhraseHit<Term> | null = null;
  for (const hit of terms) {
    if (hit.end <= q.start && hit.start >= sentence.start) before = hit;
    if (hit.start >= q.end && hit.end <= sentence.end && !after) after = hit;
  }
  if (before && LINK_BEFORE.test(scan.slice(before.end, q.start))) return { hit: before, linked: true };
  if (after && LINK_AFTER.test(scan.slice(q.end, after.start))) return { hit: after, linked: true };
  // Otherwise the nearest within the clause, preferring what comes before ("reduces memory by 50%").
  const gapBefore = before ? q.start - before.end : Infinity;
  const gapAfter = after ? after.start - q.end : Infinity;
  if (gapBefore <= 60 && !/[;]/.test(scan.slice(before!.end, q.start))) return { hit: before, linked: false };
  if (gapAfter <= 40) return { hit: after, linked: false };
  return { hit: null, linked: false };
}

export function describe(
  q: Quantity,
  sentence: Span,
  terms: PhraseHit<Term>[],
  datasets: DatasetMention[],
  scan: string,
  text: string,
): Mention {
  const before = scan.slice(Math.max(sentence.start, q.start - WINDOW), q.start);
  const after = scan.slice(q.end, Math.min(sentence.end, q.end + WINDOW));
  const usable = terms.filter((t) => !t.data.needsCapital || text.slice(t.start, t.end) !== text.slice(t.start, t.end).toLowerCase());
  const { hit: termHit, linked } = termFor(q, sentence, usable, scan);
  const boundMatch = BOUND_BEFORE.exec(before.slice(-30));
  return {
    quantity: q,
    sentence,
    before,
    after,
    term: termHit?.data ?? null,
    termHit,
    linked,
    change: q.signed || CHANGE_BEFORE.test(withoutBound(before)) || CHANGE_AFTER.test(after),
    bound: boundMatch ? boundOf(boundMatch[1]!) : null,
    datasetBefore: datasets.some((d) => d.end <= q.start && q.start - d.end <= 3),
  };
}

/** "by up to 30%", "by more than 30%": the change word stands before the bound. */
function withoutBound(before: string): string {
  const tail = before.slice(-30);
  const m = BOUND_BEFORE.exec(tail);
  return m ? before.slice(0, before.length - tail.length + m.index + m[0].indexOf(m[1]!)) : before;
}
