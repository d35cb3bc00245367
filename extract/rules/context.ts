// What the words around a number say about it: the sentence it is in, the term (metric or
// efficiency cue) it measures, whether it states a change or a level, and the bound before it.
// Every family rule reads a Mention; none of them scans the text itself.
import type { Quantity } from "./numbers.ts";
import type { PhraseHit } from "./phrases.ts";
import type { Sentence, Span } from "./sentences.ts";
import type { Term } from "./lexicons.ts";
import type { DatasetMention } from "../schema.ts";
import { BOUND_BEFORE, CHANGE_AFTER, CHANGE_BEFORE, MEASURE_HEADS_ALONE, boundOf, isVagueMetric } from "./lexicons.ts";
import { CHANGE_VERB_STEMS } from "./patterns.ts";

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
  /** The number is said to be on a dataset named right after it ("94.4% on MMBench-GUI"). */
  datasetAfter: boolean;
}

const WINDOW = 80;
/** Words that may stand between a term and its number: "mAP of 53.3%", "accuracy is up to 92%", "acc.=0.955". */
const LINK_BEFORE = /^\.?(?:\s*\([A-Z][\w-]{0,10}\))?[\s(:=)]*(?:(?:of|is|was|were|are|at|to|by|reaches|reached|reaching|achieves|achieved|achieving|attains|attained|attaining|from|the|a|an|baseline|up|more|less|than|over|around|about|approximately|approx\.?|nearly|roughly|only|just|under|below|above|within|as|high|low|~|>|<|rate|rates|score|scores|metrics?|values?|coefficients?|average|averaging|mean|on|ranges?|ranged|ranging|exceeding|exceeds|exceeded)[\s(:=)]*){0,5}$/i;
const NEGATED_TERM = /\b(?:no|without|negligible|minimal|little|zero)\s+(?:(?:significant|noticeable|notable|measurable|appreciable|substantial|any)\s+)?$/i;
const CHANGED_BY = /^\s*(?:scores?\s+|values?\s+)?(?:(?:that|which)\s+)?(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:(?:also|further|significantly|substantially|consistently|notably|markedly|clearly)\s+)?(?:higher|lower|better|worse|improved|improves|improve|increased|increases|increase|rose|rises|grew|grows|dropped|drops|decreased|decreases|fell|falls|reduced|declined|declines|boosted|enhanced)\s+by\s+(?:(?:up\s+to|over|about|nearly|approximately|around|more\s+than|at\s+least)\s+)?[+~]?\s*$/i;
const CHANGE_OF = /^\s*(?:\([^()]{1,12}\)\s*)?(?:score\s+)?(?:gains?|improvements?|increases?|boosts?|drops?|reductions?|decreases?|degradations?)\s+(?:of\s+|by\s+)?(?:(?:up\s+to|over|about|nearly|approximately|around|more\s+than|at\s+least)\s+)?[+~]?\s*$/i;
/** Words that may stand between a number and its term: "53.3% mAP", "1.72times faster", "3x less memory". */
const LINK_AFTER = /^[\s)]*(?:(?:less|fewer|lower|higher|more|better|worse|smaller|larger|absolute|relative|reduction|reductions|improvement|decrease|increase|drop|loss|gain|in|of|for|the|its|their|our|original|at|on|top-[15]|and|overall|end-to-end|wall|clock|peak|average|mean)\s+){0,3}$/i;
/** A share, or a number with decimals below 1000: how levels are written (not counts, codes or years). */
export const isLevel = (q: Quantity) => q.kind === "percent" || (q.kind === "none" && q.decimals && q.value < 1000);
/** "0.7 correction accuracy", "0.65 overall system accuracy": words that qualify the measure, between the number and its head. */
// (No verb, adverb or conjunction among them: "0.6 achieving test perplexity", "to 0.7 percent but lowered accuracy".)
const QUALIFIERS_AFTER = /^\s*(?:(?!(?:on|in|of|for|with|by|at|to|from|and|or|but|yet|then|the|a|an|than|over|across|while|whereas|when|where|which|that|is|was|are|were|its|their|our)\s|[a-z-]*(?:ly|ing|ed)\s)[a-z][a-z-]*\s+|weighted\s+){1,2}$/;

// "shortens processing time by 42%, improves resource utilisation by 28%, and reduces operating costs by 35%":
// a verb of change that starts a new clause has its own object, so a term across it is not this number's.
const CLAUSE_VERB = String.raw`(?:,\s*(?:and\s+|but\s+)?|\s+(?:and|but|while)\s+)(?:it\s+|also\s+|further\s+)?(?:improv|reduc|increas|boost|lower|rais|shorten|cut|achiev|enhanc|decreas|accelerat|yield|deliver|attain)\w*\s`;
// "lower answer latency but also improves reasoning quality by 18.75%": "but" starts a clause even after a term with no number.
const CLAUSE_BEFORE = new RegExp(String.raw`\d[^;]*?${CLAUSE_VERB}|\sbut\s+(?:also\s+)?(?:improv|reduc|increas|boost|lower|rais|enhanc|achiev|yield|deliver|attain)\w*\s`, "i");
const CLAUSE_AFTER = new RegExp(CLAUSE_VERB, "i");
// "recall (87.30%), coverage (92.18%)": past a closed bracket, a number alone in brackets after a lower-case word is
// that word's measure; after a name it is the name's ("CIFAR-100 (91.7%), Flowers (98.8%)", "PNG (58.5%) or FLAC (30.3%)").
const CATEGORY_CROSSED = /\)[^()]*(?<![\w-])[a-z][a-z-]*\s?\(\s*$/;
const BRACKET_CROSSED = /\)[^()]*\(\s*[A-Za-z][\w-]*\s*[:=]?\s*$/;
const BRACKET_OPEN = /^\s?\(\s*$/;
const BRACKET_CLOSE = /^\s*\)/;

/** "preferred 78% of the time": how often an outcome happens, a level whatever measure words stand near. */
export const OF_THE_TIME_AFTER = /^\s*(?:%|\\%)?\s*of\s+the\s+time\b/i;

/**
 * The level a change reaches: "applying self-consistency raises this to 66.85%", "reducing the over-search rate to
 * just 2.3%", "a 26.8% drop (to 50.1%)". Group 1 holds the words between the verb and "to" (what it changes).
 */
export const CHANGED_TO = new RegExp(
  String.raw`\b(?:${CHANGE_VERB_STEMS})\w*\s+(?:the\s+)?((?:(?!from\s)[\w@.+-]+\s+){0,5}?)\(?\s*to\s+(?:only\s+|just\s+|merely\s+|about\s+|around\s+|nearly\s+|over\s+|approximately\s+)?$`,
  "i",
);

/**
 * "… latency reduction, with the minimum drop of 2.6% in GenEval score": a quality measure named right after the
 * number is what changed, whatever efficiency word stands earlier in the sentence.
 */
/** "92.6% of visual tokens": a share of the tokens (pruned ones are work saved, not a smaller model). */
export const TOKENS_OF_AFTER = /^\s*(?:%|\\%)?\s*of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?tokens\b/i;
export const QUALITY_AFTER = /^\s*(?:%|\\%)?\s*(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:scores?|accuracy|quality|performance|f1|precision|recall)\b/i;
/** "MiniCheck (7B; 84.0%)": a model's size, then its level, in brackets after its name. */
export const SIZED_MODEL_BEFORE = /\(\s*\d+(?:\.\d+)?\s?[BM]\s*[;,:]\s*$/;
export const OUTPERFORMS_BY = /\b(?:outperform|surpass|beat|exceed)\w*\s+(?:[^,.;]{0,60}\s)?by\s+(?:a\s+)?(?:[\w\s]{0,16})?$/i;
const IMPROVEMENT_OF = /^\s*(?:relative\s+|absolute\s+)?(?:improvements?|gains?|increases?)\s+(?:in|of|on)\s+(?:the\s+)?/i;
const IN_TERMS_OF = /^[^.;:()\d]*\bin terms of\s+(?:the\s+|their\s+|its\s+)?$/i;
const IMPROVEMENT_NEXT = /^\s*(?:relative\s+|absolute\s+)?(?:improvement|gain|increase|more accurate|better)\b/i;

/** Index of the first hit that starts at or after `position` (hits are sorted and do not overlap). */
export function firstAtOrAfter<T extends { start: number }>(hits: T[], position: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The term a number (or list of numbers) at q measures: a term linked right before it wins, then one right after, then the nearest. */
function termFor(q: Span, level: boolean, sentence: Span, terms: PhraseHit<Term>[], scan: string): { hit: PhraseHit<Term> | null; linked: boolean } {
  const next = firstAtOrAfter(terms, q.end);
  const previous = terms[firstAtOrAfter(terms, q.start) - 1];
  const before = previous && previous.end <= q.start && previous.start >= sentence.start ? previous : null;
  // "compresses Qwen2.5 by 50% with no performance drop": a measure said not to change is not the number's.
  const after = terms[next] && terms[next]!.end <= sentence.end && !NEGATED_TERM.test(scan.slice(Math.max(q.end, terms[next]!.start - 40), terms[next]!.start)) ? terms[next]! : null;
  // "2.5x run-time memory saving": of terms written back to back, the last one is the head.
  let head: PhraseHit<Term> | null = null;
  for (let i = next + 1; after && i < terms.length; i++) {
    const hit = terms[i]!;
    const tail = head ?? after;
    if (hit.end > sentence.end || hit.start - tail.end > 1 || !/^[\s-]?$/.test(scan.slice(tail.end, hit.start))) break;
    head = hit;
  }
  // "up to 15.53% absolute improvement in the accuracy": the metric follows the improvement word.
  const improved = IMPROVEMENT_OF.exec(scan.slice(q.end, q.end + 60));
  if (improved) {
    const metric = terms[firstAtOrAfter(terms, q.end + improved[0].length)];
    if (metric && metric.start === q.end + improved[0].length && metric.data.family === "quality") return { hit: metric, linked: true };
  }
  if (before && LINK_BEFORE.test(scan.slice(before.end, q.start))) return { hit: before, linked: true };
  // "mIoU gains of up to +2.29", "QWK improvements of up to 0.19": the change of a named measure ("performance" names none).
  // "the success rate improves by 10.5", "R2 scores that are higher by 0.10": the named measure changed by the number.
  if (before && !isVagueMetric(before.data.metric) && (CHANGE_OF.test(scan.slice(before.end, q.start)) || CHANGED_BY.test(scan.slice(before.end, q.start)))) return { hit: before, linked: true };
  // "improves by 4.05%, 2.50%, 7.71%, and 2.11% over the previous best results in terms of F1-score": the clause says which measure.
  if (after && after.start - q.end <= 100 && IN_TERMS_OF.test(scan.slice(q.end, after.start))) return { hit: head ?? after, linked: true };
  // A share of the errors is no error rate ("34% of errors").
  if (after?.data.metric === "error" && SHARE_OF.test(scan.slice(q.end, after.start))) return { hit: null, linked: false };
  // A bracket or a spread right after the number does not separate it from its term: "1.93% (1.98+/-0.07) validation
  // error", "0.920 ± 0.003 SSIM".
  if (after && LINK_AFTER.test(scan.slice(q.end, after.start).replace(/^\s*(?:\([^)]*\)|±\s?\d[\d.]*\s?%?)/, ""))) return { hit: head ?? after, linked: true };
  if (after && after.data.family === "quality" && level && QUALIFIERS_AFTER.test(scan.slice(q.end, after.start))) return { hit: head ?? after, linked: true };
  // "+7.6% (macro-F1)", "0.505 (Pearson) / 0.537 (Spearman)": the measure alone in brackets right after the number.
  if (after && BRACKET_OPEN.test(scan.slice(q.end, after.start)) && BRACKET_CLOSE.test(scan.slice((head ?? after).end, (head ?? after).end + 4))) return { hit: head ?? after, linked: true };
  // Otherwise the nearest within the clause, preferring what comes before ("reduces memory by 50%").
  const gapBefore = before ? q.start - before.end : Infinity;
  const gapAfter = after ? after.start - q.end : Infinity;
  // "50% faster with a 20-30% relative improvement": an improvement said right after wins over a cue before; so does a
  // measure no lexicon lists named right after ("localizes errors with 86% agreement").
  if (IMPROVEMENT_NEXT.test(scan.slice(q.end, q.end + 40)) || HEAD_NEXT.test(scan.slice(q.end, q.end + 30))) return { hit: null, linked: false };
  // Otherwise the nearer of the two within the clause; a term after may not lie past another number.
  // "(faithfulness +18.8%), and ... (reliability +42.4%)": a number in a new bracket led by its own (unlisted)
  // measure does not take a term from an earlier aside; "(top-1 accuracy +4.2%), ShuffleNetV2 (+3.5%)" still does.
  // "+3.8 mIoU and +5.9 mACC": a term written right after another number is that number's, where this one has a word of its own.
  const othersTerm = before !== null && MEASURE_WORD_AFTER.test(scan.slice(q.end, q.end + 20)) && NUMBER_BEFORE.test(scan.slice(Math.max(0, before.start - 12), before.start));
  const beforeOk = gapBefore <= 100 && !othersTerm && !/[;]/.test(scan.slice(before!.end, q.start)) && !BRACKET_CROSSED.test(scan.slice(before!.end, q.start)) && !CLAUSE_BEFORE.test(scan.slice(before!.end, q.start)) && !CATEGORY_CROSSED.test(scan.slice(before!.end, q.start));
  // "reached 0.68, and the AUC is 0.71": a term that names the next number is that number's.
  // "completeness (99.6% vs. 93%), precision (98.8% …)": a number in brackets does not take a term past their close.
  const afterOk = gapAfter <= 40 && !/\d/.test(scan.slice(q.end, after!.start)) && !CLAUSE_AFTER.test(scan.slice(q.end, after!.start)) && !NAMES_NEXT.test(scan.slice(after!.end, after!.end + 16)) && !(NEXT_ASIDE.test(scan.slice(q.end, after!.start)) && insideBrackets(scan, sentence.start, q.start));
  // "AUC improves from 0.94 to 0.99 (F1: 0.80 to 0.97)": a term past an opening bracket belongs to the aside, not to the number before it.
  if (beforeOk && (!afterOk || gapBefore <= gapAfter || scan.slice(q.end, after!.start).includes("("))) return { hit: before, linked: false };
  if (afterOk) return { hit: after, linked: false };
  return { hit: null, linked: false };
}

/**
 * Whether position lies inside brackets opened within the sentence (from `from` on), no further back than
 * ASIDE_REACH: a search back to the text's start for each number would make a text of many numbers quadratic.
 */
export function insideBrackets(scan: string, from: number, position: number): boolean {
  const start = Math.max(from, position - ASIDE_REACH);
  for (let at = position - 1; at >= start; at--) {
    const c = scan.charCodeAt(at);
    if (c === 41) return false; // ")"
    if (c === 40) return true; // "("
  }
  return false;
}
const ASIDE_REACH = 200;

/** The close of a bracket and the start of the next item of a list ("…), precision (…"). */
const NEXT_ASIDE = /^[^()]*\)\s*(?:,|;|,?\s*(?:and|while|whereas|but))\s*(?:the\s+|its\s+)?$/;
const HEAD_NEXT = new RegExp(`^\\s*(?:%|\\\\%)?\\s*${MEASURE_HEADS_ALONE}\\b`, "i");
const SHARE_OF = /^\s*(?:%|\\%)?\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+)?$/i;
/** A word written as a measure's name ("mACC", "macro-AUC", "mFscore") right after a number. */
export const MEASURE_WORD_AFTER = /^\s*(?:%|\\%)?\s*(?!(?:On|In|For|At|With)\b)[a-z-]*[A-Z][\w@-]*(?=[\s,.;)]|$)/;
const NUMBER_BEFORE = /\d\s*(?:%|\\%)?\s*$/;
const NAMES_NEXT = /^\s*(?:is|was|were|are|of|=|:|reach(?:es|ed)?)\s*[~≈]?\s*\d/;

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
function respectiveTerm(list: ListPlace, sentence: Sentence, terms: PhraseHit<Term>[], scan: string): PhraseHit<Term> | null {
  // Real lists are short; a longer run of numbers is not paired (and pairing stays linear).
  // "35.68/12.20 WER/CER": numbers paired by a slash pair with terms so written, "respectively" or not.
  const slashed = list.size === 2 && /^\s*\/\s*$/.test(scan.slice(list.first.end, list.last.start));
  if (list.size < 2 || list.size > MAX_PAIRED || (!sentence.respectively && list.size < 3 && !slashed)) return null;
  const from = firstAtOrAfter(terms, list.last.end);
  const after = terms.slice(from, from + list.size).filter((t) => t.end <= sentence.end && t.start - list.last.end < 80);
  const upTo = firstAtOrAfter(terms, list.first.start);
  const before = terms.slice(Math.max(0, upTo - list.size), upTo).filter((t) => t.start >= sentence.start && list.first.start - t.end < 100);
  if (listed(after, list.size, scan)) return after[list.index]!;
  // "a precision/recall of 0.91/0.87": terms paired by a slash before numbers paired by one.
  const slashedBefore = slashed && before.length === 2 && /^\s*\/\s*$/.test(scan.slice(before[0]!.end, before[1]!.start));
  if ((sentence.respectively || slashedBefore) && listed(before, list.size, scan)) return before[list.index]!;
  return null;
}

/** The term right after a number, nothing but its unit between ("96.5% GPU memory"). */
function ownTerm(q: Span, terms: PhraseHit<Term>[], scan: string): PhraseHit<Term> | null {
  const next = terms[firstAtOrAfter(terms, q.end)];
  return next && next.start - q.end <= 3 && /^\s*(?:%|\\%)?\s*$/.test(scan.slice(q.end, next.start)) ? next : null;
}

/** Whether the hits are `size` terms written as a list ("memory cost and training time", "the ADE and the FDE"). */
function listed(hits: PhraseHit<Term>[], size: number, scan: string): boolean {
  return hits.length === size && hits.every((h, i) => i === 0 || /^\s*(?:,|and|,\s*and|\/)\s*(?:the\s+|its\s+|their\s+)?$/.test(scan.slice(hits[i - 1]!.end, h.start)));
}

const MAX_PAIRED = 12;

/** Terms usable in this text: ambiguous everyday words only where written with a capital ("mAP"), plurals as "RMSEs". */
export function usableTerms(terms: PhraseHit<Term>[], text: string): PhraseHit<Term>[] {
  return terms.filter((t) => {
    const written = text.slice(t.start, t.end);
    if (t.data.plural) return /^[A-Z][A-Z0-9@-]*s$/.test(written);
    // "it always returns a score of 100%", "it returns 0%": a measure's name used as a verb names no measure.
    if (VERB_LIKE_TERM.test(written) && (OBJECT_AFTER.test(text.slice(t.end, t.end + 8)) || SUBJECT_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)))) return false;
    // "78% of the time", "at a time", "over time": "time" in an idiom is no runtime.
    if (written === "time" && TIME_IDIOM_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) return false;
    return !t.data.needsCapital || written !== written.toLowerCase();
  });
}
const VERB_LIKE_TERM = /^(?:returns|scores|rates|ranks|costs)$/;
const TIME_IDIOM_BEFORE = /\b(?:of\s+the|at\s+a|at\s+the|at\s+one|over|in|on|same|first|each|every|any|some|long|real)[\s-]+$/i;
const OBJECT_AFTER = /^\s+(?:a|an|the|its|their)\s/;
const SUBJECT_BEFORE = /\b(?:it|which|that|always|also|still|only|often|never)\s+$/i;

export function describe(
  q: Quantity,
  list: ListPlace,
  sentence: Sentence,
  usable: PhraseHit<Term>[],
  datasets: DatasetMention[],
  scan: string,
): Mention {
  const { first, last } = list;
  const before = scan.slice(Math.max(sentence.start, first.start - WINDOW), first.start);
  const after = scan.slice(last.end, Math.min(sentence.end, last.end + WINDOW));
  const respective = respectiveTerm(list, sentence, usable, scan);
  // "saving up to 97.8% FLOPs, 96.5% GPU memory, and 90.0% execution time": a term written right after a listed number is its own.
  const own = list.size > 1 ? ownTerm(q, usable, scan) : null;
  let { hit: termHit, linked } = respective ? { hit: respective, linked: true } : own ? { hit: own, linked: true } : termFor({ start: first.start, end: last.end }, isLevel(last), sentence, usable, scan);
  // "mAP/mCorLoc scores of 58.5%/81.8%": of two measures paired by a slash before two numbers so paired, the
  // lexicon knows one; the other number is the unknown measure's.
  if (!respective && termHit && termHit.end <= first.start && list.size === 2 && /^\s*\/\s*$/.test(scan.slice(first.end, last.start))) {
    if (list.index === 1 ? /^\/[A-Za-z]/.test(scan.slice(termHit.end, termHit.end + 2)) : /[A-Za-z]\/$/.test(scan.slice(termHit.start - 2, termHit.start))) termHit = null;
  }
  // "outperforms ViT by 0.8%": a margin over another method is a quality change unless its metric is named beside it.
  if (!linked && OUTPERFORMS_BY.test(before)) termHit = null;
  const boundMatch = BOUND_BEFORE.exec(before.slice(-BOUND_REACH));
  return {
    quantity: q,
    sentence,
    before,
    after,
    term: termHit?.data ?? null,
    termHit,
    linked,
    // Factors ("3x", "twice") and halves always compare against something.
    change: q.signed || q.kind === "factor" || (q.words && q.unit === "%" && halvesSomething(scan, q)) || CHANGE_BEFORE.test(withoutBound(before, boundMatch)) || CHANGE_AFTER.test(after) || CHANGE_IN_OF.test(before),
    bound: boundMatch ? boundOf(boundMatch[1]!) : null,
    datasetBefore: datasetEndsBefore(datasets, q.start),
    datasetAfter: datasetOnAfter(datasets, q.end, scan),
  };
}

/** "a reduction in CER of 18%", "improvements of BLEU-4 scores of 4.01": a change noun, its measure, then the number. */
const CHANGE_IN_OF = /\b(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|declines?)\s+(?:in|of)\s+(?:the\s+)?(?:[\w@.-]+\s+){1,4}?of\s+(?:(?:up\s+to|about|around|nearly|over|approximately|approx\.?|roughly|more\s+than)\s+)?[+~-]?$/i;

const ON_DATASET = /^\s*(?:on|in)\s+(?:the\s+)?$/i;

function datasetOnAfter(datasets: DatasetMention[], position: number, scan: string): boolean {
  const next = datasets[firstAtOrAfter(datasets, position)];
  return next !== undefined && next.start - position <= 10 && ON_DATASET.test(scan.slice(position, next.start));
}

function datasetEndsBefore(datasets: DatasetMention[], position: number): boolean {
  const previous = datasets[firstAtOrAfter(datasets, position) - 1];
  return previous !== undefined && previous.end <= position && position - previous.end <= 3;
}

/** "halve the time", "by half", "more than half": a halving; "half of the data" is only a share. */
function halvesSomething(text: string, q: Quantity): boolean {
  return !/^half$/i.test(text.slice(q.start, q.end)) || /\b(?:by|than)\s+$/i.test(text.slice(Math.max(0, q.start - 10), q.start));
}

/** "by up to 30%", "by more than 30%": the change word stands before the bound (found in the last BOUND_REACH characters). */
function withoutBound(before: string, bound: RegExpExecArray | null): string {
  return bound ? before.slice(0, before.length - Math.min(before.length, BOUND_REACH) + bound.index + bound[0].indexOf(bound[1]!)) : before;
}

const BOUND_REACH = 30;
