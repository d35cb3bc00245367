// The extraction configuration: an abstract's numbers are found once (numbers.ts), each is
// described by the words around it (context.ts), the claim families are asked in order and the
// first that recognises the number makes it a claim; refiners then see all claims together.
import type { Claim, ClaimType, DatasetMention } from "../schema.ts";
import { firstAtOrAfter } from "./context.ts";
import { findQuantities, readAbstract } from "./numbers.ts";
import type { Quantity } from "./numbers.ts";
import { Sentences } from "./sentences.ts";
import type { Sentence, Span } from "./sentences.ts";
import { SCANNER, findLandmarks } from "./landmarks.ts";
import { GLUED_SCRIPT } from "./patterns.ts";
import { Scanner } from "./scanner.ts";
import { MEASURE_WORD_AFTER, describe, usableTerms } from "./context.ts";
import type { ListPlace } from "./context.ts";
import type { PhraseHit } from "./phrases.ts";
import type { Term } from "./lexicons.ts";
import { SETUP_AFTER, TERMS, canonicalMetric, directionOf, isModelName, isVagueMetric } from "./lexicons.ts";
import { findDatasets } from "./datasets.ts";
import { signChanges } from "./signs.ts";
import { accuracyOfTheAbstract, accuracyOfTheSet, assignRoles, comparatorInBrackets, inheritMetrics, shareListMetrics, joinBetweenRanges, linkDatasets, nameUnlistedMetrics, qualifyTimes, qualifyTopK } from "./refiners.ts";
import type { ClaimRule, Reading } from "./rule.ts";
import { energy } from "./energy.ts";
import { memory } from "./memory.ts";
import { compression } from "./compression.ts";
import { speedup } from "./speedup.ts";
import { cost } from "./cost.ts";
import { improvement } from "./improvement.ts";
import { ACRONYM, ACRONYM_AFTER, score } from "./score.ts";
import { attributeMethods } from "./method.ts";
import { tagSettings } from "./setting.ts";

export type ClaimDraft = Omit<Claim, "claimId" | "paperId" | "title" | "date">;

export interface Extraction {
  datasets: DatasetMention[];
  claims: ClaimDraft[];
}

// "gains of 1.64% on DRIVE and 1.25% on STARE", "22.01% in precision, 34.22% in recall, and 28.37% in F1".
// "a C-index of 0.838 (prediction) and 0.826 (stratification)": a short aside in brackets may name what each is on.
// "4% compared to SpatialVLA and 19% compared to TraceVLA" lists against whom, "97% with regular expressions and 98.75% with LLMs"
// with what ("0.76 for the Enhancing Tumor (ET), 0.80 for …": with the name's acronym), "71.2% visual matching on SimplerEnv Fractal and 49.3% overall on SimplerEnv Bridge" where; the next may
// carry its own bound ("up to 15% for in-distribution over the baselines, and up to 16% in out-of-distribution"); each
// may be followed by its measure ("39.3% recognition score and 56.0% …", "by 0.64 RDBLEU and 0.62 RDchrF").
const LISTED_ON = /^\s*\)?\s*(?:\([^();%]{1,30}\)\s*)?(?:(?:[A-Za-z][\w.-]*\s+){0,2}(?:in|on|of|for|over|against|with|using|via|under|compared\s+(?:to|with)|relative\s+to|versus|vs\.?)\s+[^;:()%]{1,60}?(?:\s*\([^();%]{1,20}\))?|(?:[A-Za-z][\w-]*\s+)?[A-Za-z][A-Za-z0-9@-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a\s+|an\s+)?(?:(?:up\s+to|over|about|nearly|around|more\s+than|at\s+least)\s+)?$/i;
// "F1-score of 92.23%, followed by Mistral-7B at 88.94% and Gemma-3-4B at 80.25%": a list of systems, each at its level.
const LISTED_AT = /^(?:[^.;()]{0,60}?,\s*followed\s+by|\s*,\s*(?:and\s+)?|\s+and\s+)\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}\s+(?:at|with)\s+$/;
// "by 28% (11.43 points) and 27% (11.21 points)": a claim in an aside does not break the list it stands in.
const ASIDE_THEN_LISTED = /^\s*\([^()]{1,40}\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a\s+|an\s+)?$/;
// "accuracy improvements over sequential LLMs (12.3% for 1.5B ...)": a change noun, then the numbers in brackets.
// A verb of change reads so too: "improves robustness of AD explanations (up to 62.5%)", "boosting OCR performance: closed-source (up to 14%)".
const CHANGE_THEN_BRACKET = /\b(?:improvements?|gains?|increases?|boosts?|reductions?|drops?|decreases?|degradations?|(?:improv|boost|enhanc|increas|rais|reduc|lower)(?:es|s|ed|ing))\b[^.;()\d%]{0,50}\(\s*(?:(?:up\s+to|over|more\s+than|about|around|nearly|~)\s*)?$/i;
// "(0.6% to 76.3%)", "(62.31% to 69.10%)": two levels, not a change.
const LEVELS_AFTER = /^\s*%?\s*(?:to|->|→|vs\.?)\s/i;

/**
 * The kind of the claim a number is listed on after, with only the words that say where it was
 * measured between them ("14.7% and 6.41% in robustness, 11.4% and 1.71% in AEO"), if any.
 */
function listedOn(drafts: ClaimDraft[], q: Quantity, sentence: Span, scan: string): ClaimType | null {
  let previous = drafts[drafts.length - 1];
  const beforeAside = drafts[drafts.length - 2];
  if (previous && previous.unit !== q.unit && beforeAside?.unit === q.unit && ASIDE_THEN_LISTED.test(scan.slice(beforeAside.end, q.start))) previous = beforeAside;
  if (!previous || previous.sentenceStart !== sentence.start || previous.unit !== q.unit) return null;
  const between = scan.slice(previous.end, q.start);
  // "performance (50.92) comparable to GPT-4o (51.00)", "an F1 score of 0.85, which improved to 0.90": the other
  // level of the same measure, with decimals as the first.
  // Decimals as written: "51.00" is written with them, although its value is whole.
  const decimals = /\.\d/.test(scan.slice(q.start, q.end)) && /\.\d/.test(previous.text);
  if (previous.type === "score" && (q.kind === "percent" || (q.kind === "none" && decimals)) && (COMPARED_IN_BRACKETS.test(between) || CHANGED_ON_TO.test(between))) return "score";
  // "achieves an accuracy of 0.88, surpassing TSN alone (0.77)", "outperforming Prithvi (0.24) and DOFA (0.35)": a
  // comparator's level in brackets after its name, written as the level it is compared with.
  if (previous.type === "score" && (q.kind === "percent" || (q.kind === "none" && decimals)) && comparatorInBrackets(scan, q, sentence.start, drafts)) return "score";
  // A bare number goes on a list only after a level or change of a named metric, written with decimals as it was:
  // "an FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512", "AUCs of 0.9969 for ACL tear detection and 0.9641 for ...".
  // So does one of a list of levels each on a named set, whatever its measure is called ("0.887 $S_\alpha$ on CAMO, 0.890
  // on COD10K, and 0.895 on NC4K").
  const onSets = previous.type === "score" && ON_SET_AFTER.test(scan.slice(previous.end, previous.end + 40)) && ON_SET_AFTER.test(scan.slice(q.end, q.end + 40));
  // So does one of a list of numbers each before its measure's acronym ("by up to 0.64 RDBLEU and 0.62 RDchrF").
  const acronyms = ACRONYM_AFTER.test(scan.slice(previous.end, previous.end + 40)) && ACRONYM_AFTER.test(scan.slice(q.end, q.end + 40));
  const bare = q.kind === "none" && (previous.metric !== null || onSets || acronyms) && (previous.type === "score" || previous.type === "improvement") && decimals;
  if (q.kind !== "percent" && !bare) return null;
  return LISTED_ON.test(between) || (previous.type === "score" && LISTED_AT.test(between)) ? previous.type : null;
}

/** The earlier level of the sentence read from a "from A to B" pair, when q stands in a pair so written, with decimals as it. */
function fromToListed(drafts: ClaimDraft[], q: Quantity, sentence: Span, scan: string, terms: PhraseHit<Term>[]): ClaimDraft | null {
  const before = scan.slice(Math.max(sentence.start, q.start - 30), q.start);
  // A range ("ranged from 1.68 to 16.39 m") is no pair of levels.
  if (q.kind !== "none" || !/\.\d/.test(scan.slice(q.start, q.end)) || !FROM_OR_TO_BEFORE.test(before) || /\brang\w*\s+from\b/i.test(before)) return null;
  // Only the last few drafts are looked at: a sentence of many numbers stays linear.
  for (let k = drafts.length - 1; k >= Math.max(0, drafts.length - 6); k--) {
    const d = drafts[k]!;
    if (d.sentenceStart !== sentence.start) return null;
    // Not past another measure named ("…, cuts rotation error (ROT) from 22.91° to 20.93°").
    if (d.type === "score" && d.unit === q.unit && /\bfrom\s+$/i.test(scan.slice(Math.max(0, d.start - 6), d.start)) && /\.\d/.test(d.text)) {
      const term = terms[firstAtOrAfter(terms, d.end)];
      return term && term.start < q.start ? null : d;
    }
  }
  return null;
}
const FROM_OR_TO_BEFORE = /\bfrom\s+$|\bfrom\s+\d[\d.]*\s+to\s+$/i;

const COMPARED_IN_BRACKETS = /^\s*(?:%|\\%)?\s*\)\s*,?\s*(?:(?:is|was|are|were|remains?|stays?|being)\s+)?(?:comparable|compared|similar|close|equal|superior|inferior|on par)\s+(?:to|with)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+){0,2}\s*\(\s*$/;
const CHANGED_ON_TO = /^\s*(?:%|\\%)?\s*,\s*(?:which|and\s+(?:it|this|that))\s+(?:further\s+)?(?:improv|increas|rose|rise|rises|grew|grow|jump|climb|drop|fell|fall|decreas|reduc)\w*\s+(?:further\s+)?to\s+$/i;

const ON_SET_AFTER = /^\s*(?:[^\s,;.]+\s+){0,2}?on\s+(?:the\s+)?[A-Z][\w-]*\d*/;

const PAIRED_WITH = /^\s*(?:%|\\%)?\s*(?:to|->|→)\s*[~≈]?\s*$/;

/** Most specific first: a unit or cue that names a family beats the general quality rules. */
export const RULES: ClaimRule[] = [energy, memory, compression, speedup, cost, improvement, score];

const NOT_REACHED = /\b(?:not|never|fails? to|failed to|cannot|can't)\s+(?:achieve|reach|attain|obtain|match)(?:es|s)?\s+(?:a\s+|an\s+|the\s+)?$/i;
const OPERATING_POINT = /\b(?:when|where|if)\s+(?:the\s+)?[\w\s-]{0,40}\s(?:is|equals|reaches)\s+$/i;

/** Numbers that are never claims whatever surrounds them: years, citations, set-up counts. */
function neverAClaim(q: Quantity, scan: string, text: string): boolean {
  // Inside LaTeX exponents and subscripts: "T^{3/4}", "8e^{-5}".
  if (/[\^_]\{[^}]*$|\^\s*$/.test(text.slice(Math.max(0, q.start - 12), q.start))) return true;
  // Growth rates of the field, not results: "scaling at 3.0x/2yrs", "1.4 times every 2 years".
  if (/^\s*(?:\/|per|every)\s*\d*\s*(?:yrs?|years?|months?)\b/i.test(scan.slice(q.end, q.end + 20))) return true;
  // A result restated over runs, in brackets after it: "1.93% (1.98+/-0.07) validation error".
  if (/\d\s?%?\s*\(\s*$/.test(scan.slice(Math.max(0, q.start - 6), q.start)) && RESTATED_SPREAD_AFTER.test(scan.slice(q.end, q.end + 16))) return true;
  // A power, not a level: "errors at the $10^{-5}$ level" (degrees are a unit: "$3.42^{\circ}$").
  if (/^\$?\^(?!\{?\\circ)/.test(text.slice(q.end, q.end + 9))) return true;
  // A number glued to a capitalised word is part of a name: "7-Scenes", "3-D".
  if (q.kind === "none" && /^-[A-Z]/.test(scan.slice(q.end, q.end + 2))) return true;
  // A ranking measure's cut-off, not a result: "association Precision at 5 rose by 16%".
  if (q.kind === "none" && Number.isInteger(q.value) && CUT_OFF_BEFORE.test(scan.slice(Math.max(0, q.start - 20), q.start))) return true;
  // The length of the inputs a result is reported for is its setting: "for videos longer than 20 minutes".
  if (q.kind === "time" && INPUTS_LONGER_BEFORE.test(scan.slice(Math.max(0, q.start - 40), q.start))) return true;
  // The size of a dataset in time: "a dataset with 11.4 hours and 1.2M frames of multimodal data".
  if (q.kind === "time" && DATA_WITH_BEFORE.test(scan.slice(Math.max(0, q.start - 50), q.start))) return true;
  // An amount, not a halving: "less than half a second", "half an hour".
  if (q.words && /^half$/i.test(scan.slice(q.start, q.end)) && /^\s+an?\s/.test(scan.slice(q.end, q.end + 4))) return true;
  const before = scan.slice(Math.max(0, q.start - 60), q.start);
  // The noise a result is measured under is its setting: "by 11% on CIFAR-100 under 70% semantic noise", "with 40% label noise".
  if (q.kind === "percent" && NOISE_AFTER.test(scan.slice(q.end, q.end + 40)) && /\b(?:under|with|at|of|for)\s+(?:up\s+to\s+|only\s+)?$/i.test(before)) return true;
  // A threshold that counts cases, no level: "reduces the proportion of errors exceeding 10 m to under 3%".
  if (THRESHOLD_WORDS.has(lastWordOf(before)) && CASES_BEYOND_BEFORE.test(before)) return true;
  // A DOI ("DOI: 10.5281/zenodo.17601357"): an identifier, no number.
  if (scan.charCodeAt(q.end) === 47 && /^\/[\w.-]/.test(scan.slice(q.end, q.end + 2)) && (/^10\.\d{4,9}$/.test(scan.slice(q.start, q.end)) || /\bdoi(?:\.org\/|\s*:)\s*$/i.test(before))) return true;
  // "better detection performance than 11 state-of-the-art (SOTA) anomaly detection algorithms": a count of systems, no level.
  if (q.kind === "none" && !q.decimals && scan.charCodeAt(q.end) === 32 && COUNT_OF_SYSTEMS_AFTER.test(scan.slice(q.end, q.end + 80))) return true;
  // An operating point, not a result: "when the true positive rate is 95%".
  if (/\b(?:when|where|if)\b/i.test(before) && OPERATING_POINT.test(before)) return true;
  // "a TAR of 99.47% at a 0.01% FAR", "40 FPS at 90% recall": the operating point of a result just stated.
  // (A number inside a name is not a result: "Mistral-7B at 88.94%".)
  if (q.kind === "percent" && /(?:^|[^\w.-])\d[\d.,]*\s*(?:%|[A-Za-z]{1,5})?\s+at\s+(?:a\s+|an\s+|the\s+)?(?:same\s+)?$/.test(before)) return true;
  // "improved the TPR by 15% at FPR = 0.01": the operating point, named before its value.
  if (AT_RATE_BEFORE.test(before)) return true;
  // "89.95% Dice with 10% labeled data", "a 4% DSC gain with only 20% labeled data": the share of labels a result was
  // trained with is its setting ("trained with only 50% of the labeled data" claims a saving).
  if (q.kind === "percent" && /\b(?:with|at|using|under)\s+(?:only\s+|just\s+)?$/i.test(before) && /^\s*(?:labell?ed|annotated|training|supervised)\s+(?:data|samples|images|examples|labels)\b/i.test(scan.slice(q.end, q.end + 30))) return true;
  // A confidence interval: its level ("95% CI") and its bounds ("(95% CI, 0.969-0.986)", "CI -3.1 to +4.7").
  if (q.kind === "percent" && INTERVAL_AFTER.test(scan.slice(q.end, q.end + 30))) return true;
  if (INTERVAL_BEFORE.test(scan.slice(Math.max(0, q.start - 40), q.start))) return true;
  // The people of a study, not a result: "98% of participants identified them as toxic".
  if (q.kind === "percent" && PEOPLE_AFTER.test(scan.slice(q.end, q.end + 40))) return true;
  // A spread, not a level: "with standard deviations averaging 10.1%".
  if (SPREAD_BEFORE.test(before) || SPREAD_ABBREVIATION_BEFORE.test(before)) return true;
  // A budget the method is run under: "with 30% retention budget", "at a 10% token budget".
  if (q.kind === "percent" && BUDGET_AFTER.test(scan.slice(q.end, q.end + 30))) return true;
  // "the top 1% and top 5% validation accuracy", "the top 1% of users": a rank or a share named, no result.
  if (q.kind === "percent" && /\btop\s+$/i.test(before)) return true;
  // "the true detect rate at 1% false detect rate improved", "recall at 90% precision": the operating point itself.
  if (q.kind === "percent" && /\bat\s+(?:a\s+|an\s+|the\s+)?$/i.test(before) && OPERATING_RATE_AFTER.test(scan.slice(q.end, q.end + 30))) return true;
  // Members of a set in LaTeX: "rewards of $\{-1,0,1\}$".
  if (/\\\{[^}]{0,40}$/.test(text.slice(Math.max(0, q.start - 44), q.start))) return true;
  // An IoU threshold range "0.50:0.95" (mAP@0.5:0.95).
  if (/^:\d/.test(scan.slice(q.end, q.end + 2)) || /\d:$/.test(scan.slice(Math.max(0, q.start - 2), q.start))) return true;
  // A result the paper says it does not reach: "our model does not achieve a 100% accuracy".
  if (NOT_REACHED.test(before)) return true;
  // "5-fold cross-validation", "5G networks", the second operand of "245759 times 50000 muJ".
  if (/^\s*(?:cross[- ]validation|CV)\b/i.test(scan.slice(q.end, q.end + 20))) return true;
  // "5G/6G networks", "beyond 5G": a bare "G" names a network generation ("48G to 7G" of memory stays).
  if (q.unitText === "G" && (/^\s*[A-Z]/.test(scan.slice(q.end, q.end + 4)) || /^\s*(?:\/\s*\d+G|and\s+\d+G|(?:networks?|cellular|wireless|mobile|era|systems?|communications?|technology|base stations?)\b)/i.test(scan.slice(q.end, q.end + 24)) || /(?:\/|beyond|and)\s*$/i.test(scan.slice(Math.max(0, q.start - 8), q.start)))) return true;
  // A denominator ("1/120 s"), a schedule ("halved every 25k steps"), a factor word as an adjective ("twofold ideas").
  if (/(?:^|[^\d.])1\s*\/\s*$/.test(scan.slice(Math.max(0, q.start - 4), q.start)) || /^\s*every\b/i.test(scan.slice(q.end, q.end + 8))) return true;
  if (q.words && q.unit === "x" && FACTOR_AS_ADJECTIVE.test(scan.slice(q.end, q.end + 24))) return true;
  // "detecting doubles and triples": a noun, not the verb ("doubles the throughput", "speed nearly doubles").
  if (q.words && /^doubles$/i.test(text.slice(q.start, q.end)) && /^\s*(?:and|or|,)/.test(scan.slice(q.end, q.end + 6))) return true;
  // The scale of a rating or a score: the 5 of "4.64/5", the 30 of "23.5/30 points" (a whole number above the one before the "/").
  if (q.kind === "none" && RATING_SCALE.test(text.slice(q.start, q.end)) && /\d\s*\/\s*$/.test(scan.slice(Math.max(0, q.start - 3), q.start))) return true;
  const over = /(\d+(?:\.\d+)?)\/$/.exec(scan.slice(Math.max(0, q.start - 12), q.start));
  if (over && (q.kind === "none" || q.unitText === "points") && /^\d+$/.test(text.slice(q.start, q.end).replace(/\s*points$/, "")) && q.value > Number(over[1])) return true;
  // Decades: "the 1960s".
  if (q.unitText === "s" && /^\d{3}0$/.test(text.slice(q.start, q.end - 1))) return true;
  // Data amounts and durations that set up the task: "20 hours of driving data", "three seconds into the future".
  if ((q.kind === "time" || q.kind === "memory") && DATA_OR_HORIZON_AFTER.test(scan.slice(q.end, q.end + 50))) return true;
  if (q.kind === "time" && timeAsAmount(q, before, scan)) return true;
  // The length of a stretch of data ("a 10 second scene", "a 5s, 720p video"), the rate of a signal ("a 100 Hz PPG signal").
  if (q.kind === "time" && /\b(?:an?|each|every|per)\s+$/i.test(before) && SPAN_NOUN_AFTER.test(scan.slice(q.end, q.end + 30))) return true;
  if (q.kind === "rate" && /hz$/i.test(q.unitText) && SIGNAL_AFTER.test(scan.slice(q.end, q.end + 40))) return true;
  // A gap kept "within 2%" of another system, a scale written as a range in brackets ("rewards (0-1)"):
  // bounds, not results.
  if (q.kind === "percent" && /\bwithin\s+(?:about\s+|roughly\s+|only\s+)?$/i.test(before)) return true;
  if (/\(\s*$/.test(scan.slice(Math.max(0, q.start - 2), q.start)) && /^[01]\s*-\s*(?:1|5|10|100)\s*\)/.test(scan.slice(q.start, q.start + 12))) return true;
  // The memory of the hardware, not of the result: "on 40GB consumer-grade GPUs", "A100 GPUs with 80GB VRAM each".
  if (q.kind === "memory" && (HARDWARE_AFTER.test(scan.slice(q.end, q.end + 40)) || /\bGPUs?\s+with\s+$/i.test(before))) return true;
  if (/(?:times|×)\s*$/.test(scan.slice(Math.max(0, q.start - 7), q.start))) return true;
  // The scale a score is out of: "a score of 313 out of 320 points".
  if (/\bout\s+of\s+$/i.test(before) && !q.signed) return true;
  if (q.kind !== "none") return false;
  // A span of time as an adjective sets up the task: "30-day readmission", "5-year survival".
  if (/^-(?:day|week|month|year)\b/i.test(scan.slice(q.end, q.end + 7))) return true;
  const integer = Number.isInteger(q.value);
  if (integer && q.value >= 1900 && q.value <= 2099 && !q.signed) return true;
  // The number of a part ("on Subtask 2", "in Table 3", "Stage 1"), a total ("on 11 intent classes out of 14").
  if (integer && !q.signed && (PART_BEFORE.test(before) || /\bout\s+of\s+$/i.test(before))) return true;
  if (/\[\s*$/.test(scan.slice(Math.max(0, q.start - 2), q.start))) return true;
  // The upper end of a range of whole numbers no unit makes one ("gains of 2--5 Dice points", "1-2 layers").
  if (integer && /\d\s*(?:--?|~)\s*$/.test(scan.slice(Math.max(0, q.start - 6), q.start))) return true;
  // An enumeration marker: "three rewards: (1) a bell-shaped regression reward, (2) …", "noisy data: 1) Not all
  // responses …" (a ")" that closes no bracket opened before the number).
  if (integer && q.value <= 20 && /^\s*\)\s+[A-Za-z]/.test(scan.slice(q.end, q.end + 4)) && (ENUMERATION_BEFORE.test(before) || before.lastIndexOf("(") <= before.lastIndexOf(")"))) return true;
  // A version after a model's name: "wav2vec 2.0", "GPT 4", "Llama 2".
  const model = VERSION.test(text.slice(q.start, q.end)) ? WORD_BEFORE.exec(scan.slice(Math.max(0, q.start - 24), q.start)) : null;
  if (model && isModelName(model[1]!)) return true;
  return integer && SETUP_AFTER.test(scan.slice(q.end, q.end + 40));
}

/**
 * A mention as the abstract writes it. The scan text reads "$^3$" as "^3" in the first places, so a name that ends in
 * a super- or subscript ("ChartM$^3$", "PASCAL-5$^i$") takes the whole of it.
 */
function writtenAs(d: DatasetMention, abstract: string): void {
  // (Looked for within the name only: a search back to the text's start for each name made a long text quadratic.)
  const found = abstract.slice(Math.max(0, d.start - 1), d.end + 1).lastIndexOf("$");
  const dollar = found < 0 ? -1 : Math.max(0, d.start - 1) + found;
  const script = dollar >= d.start - 1 && dollar <= d.end ? GLUED_SCRIPT.exec(abstract.slice(dollar, dollar + 30)) : null;
  if (script && dollar > d.start) {
    d.end = dollar + script[0].length;
    d.name = abstract.slice(d.start, d.end);
  }
  d.text = abstract.slice(d.start, d.end);
}

/** A number inside a dataset's name ("LibriSpeech 960h", "ImageNet 2012") is part of the name. */
function insideName(q: Quantity, datasets: DatasetMention[]): boolean {
  const d = datasets[firstAtOrAfter(datasets, q.start + 1) - 1];
  return d !== undefined && d.start <= q.start && q.end <= d.end && (d.start < q.start || q.end < d.end);
}

/** "GRIT (20M) and V3Det (200K)", "Pragyaan-IT (22.5K)": a count in brackets right after a dataset's name is its size. */
function sizeOfData(q: Quantity, datasets: DatasetMention[], scan: string): boolean {
  if (q.kind !== "none" || q.value < 1000 || q.signed || !/^\s*\)/.test(scan.slice(q.end, q.end + 3))) return false;
  const open = scan.lastIndexOf("(", q.start);
  const d = datasets[firstAtOrAfter(datasets, open) - 1];
  return open >= 0 && q.start - open <= 3 && d !== undefined && /^\s*$/.test(scan.slice(d.end, open));
}

const VERSION = /^\d{1,2}(?:\.\d)?$/;
const ENUMERATION_BEFORE = /(?:^|[:;,.]|\band|\bor)\s*\(\s*$/;
const PEOPLE_AFTER = /^\s*of\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+)?(?:participants|respondents|subjects|interviewees|annotators|people|clinicians|physicians|radiologists|pathologists|students|teachers|developers|practitioners|surveyed)\b/i;
const INTERVAL_AFTER = /^\s*(?:CI|(?:confidence|credible)\s+intervals?)\b/i;
const INTERVAL_BEFORE = /\b(?:CI|(?:confidence|credible)\s+intervals?)\s*(?:of\s+)?[:,=]?\s*(?:[-+]?\d[\d.]*\s*%?\s*(?:--|-|–|to|,)\s*)?$/i;
// "by up to 9x at IoU 0.9", "at an IoU threshold of 0.7": an overlap threshold a detection result is counted at.
const AT_RATE_BEFORE = /\bat\s+(?:an?\s+|the\s+)?(?:(?:FPR|FAR|FRR|FNR|TPR|false[\w\s-]{0,20}?rates?)\s*(?:=|of|@)|IoU\s*(?:thresholds?\s*(?:of\s*)?)?(?:=|of|@)?)\s*$/i;
const OPERATING_RATE_AFTER = /^\s*(?:false[\w\s-]{0,20}?rates?|FPR|FAR|FRR|FNR|TPR|recall|precision)\b/i;
const PART_BEFORE = /\b(?:(?:sub)?tasks?|tracks?|phases?|stages?|levels?|rounds?|parts?|sections?|chapters?|figures?|fig\.?|tables?|eqs?\.?|equations?|appendix|lemma|theorem)\s+$/i;
const RATING_SCALE = /^(?:4|5|7|9|10|100)(?:\.0)?$/;
const FACTOR_AS_ADJECTIVE = /^\s+(?:contributions?|ideas?|goals?|purposes?|aims?|objectives?|approach(?:es)?|strateg(?:y|ies)|roles?|benefits?|challenges?|problems?|advantages?|nature|significance)\b/i;
const DATA_OR_HORIZON_AFTER = /^\+?\s*(?:into the future|ahead|in advance|lead[- ]?times?|forecast horizons?|prediction horizons?|of\s+(?:[\w-]+\s+){0,3}?(?:data|speech|audio|video|videos|footage|recordings?|context|history|conversations?|driving|music|text|trajectories|demonstrations?|gameplay))\b/i;
const WORD_BEFORE = /([A-Za-z][\w.-]*) $/;
const SPAN_NOUN_AFTER = /^[\s-]*(?:long\s+)?(?:,?\s*\d{3,4}p\s+)?(?:(?:[\w-]+\s+){0,2}(?:datasets?|data|corpus|benchmark)|scenes?|clips?|videos?|windows?|segments?|audio|recordings?|intervals?|horizons?|trajector(?:y|ies)|sequences?|episodes?|conversations?|sessions?|snippets?|excerpts?)\b/i;
const SPREAD_BEFORE = /\b(?:standard deviations?|std\.?|variances?)\s+(?:(?:of|averaging|around|about|was|were|is|are|below|under|within)\s+)*$/i;
/**
 * Time as an amount of something, not the time a system takes: "36 hours of dancing motion", "500 hours of human labor",
 * "totaling 22.7 hours", "1,100 recordings (6 hours)", "(124 minutes, 13 patients)"; "90 minutes of training" is a cost.
 */
function timeAsAmount(q: Quantity, before: string, scan: string): boolean {
  const after = scan.slice(q.end, q.end + 60);
  return AMOUNT_OF_AFTER.test(after) || AMOUNT_BEFORE.test(before) || (COUNT_THEN_BRACKET.test(before) && /^\s*\)/.test(after)) || (/\(\s*$/.test(before) && COUNT_AFTER_IN_BRACKET.test(after));
}
const AMOUNT_OF_AFTER = /^\+?\s*(?:per\s+(?!(?:second|minute|hour|day|frame|image)s?\b)[\w-]+\s+)?of\s+(?!(?:[\w$-]+\s+){0,3}?(?:(?:pre-?|post-?)?training|fine-?tuning|inference|computation|compute|computing|processing|search|optimi[sz]ation|runtime|run-?time|execution|generation|decoding|sampling|learning|GPUs?|TPUs?|CPUs?|wall-?clock|[AHV]\d{2,3})\b)/i;
const AMOUNT_BEFORE = /\b(?:total(?:l?ing|l?ed|s)|compris(?:e|es|ed|ing)|contain(?:s|ed|ing)?|includ(?:e|es|ed|ing)|spanning|lasting|featur(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s+of|durations?\s+(?:ranging\s+)?(?:from|of|between)|a\s+total\s+of)\s+(?:(?:over|about|around|nearly|more\s+than|approximately|roughly|up\s+to|almost|~)\s+)?$/i;
const NOISE_AFTER = /^\s*(?:%|\\%)?\s*(?:(?!(?:across|in|on|under|with|for|at|of)\s)[\w-]+\s+){0,2}?(?:noise|noisy\s+labels|corruption|occlusion|masking|missing)\b(?!\s+(?:[\w-]+\s+)?(?:rates?|errors?|accuracy|ratios?|levels?)\b)/i;
/** The word a threshold ends in, looked for first: most numbers have none before them. */
const THRESHOLD_WORDS = new Set(["exceeding", "above", "below", "over", "under", "within", "than"]);
/** The last word of a text, lower case. */
const lastWordOf = (text: string) => text.slice(text.lastIndexOf(" ", text.length - 2) + 1).trimEnd().toLowerCase();
const INPUTS_LONGER_BEFORE = /\b(?:videos?|clips?|recordings?|audios?|sequences?|sessions?|documents?|dialogues?|conversations?|episodes?|trajectories|inputs?)\s+(?:longer|shorter|of\s+more|of\s+less)\s+than\s*$/i;
const CASES_BEYOND_BEFORE = /\b(?:proportion|percentage|fraction|share|number|ratio|rate)\s+of\s+(?:(?!by\s)[\w-]+\s+){1,3}(?:exceeding|above|below|over|under|within|greater\s+than|less\s+than|larger\s+than|smaller\s+than)\s*$/i;
const COUNT_OF_SYSTEMS_AFTER = /^\s+(?:(?!(?:on|in|across|over|for|with|at|by|of|than|and|or|to|from|points?|pp)\s)(?:[\w-]+|\([A-Z]{2,8}\))\s+){0,4}?(?:algorithms|methods|models|baselines|approaches|techniques|systems|detectors|classifiers|architectures|competitors|LLMs|agents|solvers|variants)\b/;
const COUNT_AFTER_IN_BRACKET = /^\s*,\s*\d[\d,.]*\s*[kKM]?\s+[a-z]{3,}/;
const COUNT_THEN_BRACKET = /\d[\d,.]*\s*[kKMB]?\+?\s+(?:[\w-]+\s+){0,2}?[a-z]{3,}s\s*\(\s*$/;
const DATA_WITH_BEFORE = /\b(?:datasets?|corpus|corpora|benchmarks?|collection)\s+(?:with|of|containing|comprising|totall?ing|spanning)\s+(?:(?:over|about|around|nearly|more\s+than)\s+)?$/i;
const CUT_OFF_BEFORE = /\b(?:precision|recall|ndcg|hits|mrr|map|success)\s+at\s+$/i;
const RESTATED_SPREAD_AFTER = /^\s*%?\s*±\s?\d[\d.]*\s?%?\s*\)/;
/** "mean drop -11.14%, SD 15.74%", "(SE = 0.02)": a spread by its abbreviation (in capitals: "sd" is no word of it). */
const SPREAD_ABBREVIATION_BEFORE = /(?:^|[\s(,;])(?:SDs?|SEs?|SEM|s\.d\.|σ)\s*[=:]?\s*$/;
const BUDGET_AFTER = /^\s*(?:[\w-]+\s+)?(?:budgets?|cache\s+sizes?)\b/i;
const SIGNAL_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:signals?|recordings?|sampling|data|audio|streams?|frequency)\b/i;
const HARDWARE_AFTER = /^\s*(?:(?:[\w-]+\s+){0,2}?(?:GPUs?|graphics cards?|(?:NVIDIA\s+)?(?:A100|H100|V100|A6000|RTX\s?\d{4}|T4|L40S?)s?)\b(?!\s*(?:memory|RAM|VRAM))|VRAM\s+each\b)/;

/** The stretches of text around the numbers, as far as the rules look (touching ones joined). */
function neighbourhoods(quantities: Quantity[], length: number): Span[] {
  const spans: Span[] = [];
  for (const q of quantities) {
    const from = Math.max(0, q.start - REACH_BEFORE);
    const to = Math.min(length, q.end + REACH_AFTER);
    const last = spans[spans.length - 1];
    if (last && from <= last.end) last.end = to;
    else spans.push({ start: from, end: to });
  }
  return spans;
}

const REACH_BEFORE = 140;
const REACH_AFTER = 120;

/** The sentence of each quantity (in text order), as the rules read it. */
function sentencesOf(quantities: Quantity[], sentences: Sentence[], length: number): Sentence[] {
  const found: Sentence[] = [];
  let s = 0;
  for (const q of quantities) {
    while (s < sentences.length - 1 && sentences[s]!.end <= q.start) s++;
    found.push(sentences[s] ?? { start: 0, end: length, respectively: false });
  }
  return found;
}

/**
 * Where metric and cue words may matter: around the numbers and within their sentences (given in
 * text order), since no phrase and no rule reaches over a full stop. A line break also ends a
 * sentence but may fall inside a phrase, so text with one is read around the numbers whole.
 */
function termSpans(near: Span[], sentences: Sentence[], scan: string): Span[] {
  if (scan.includes("\n")) return near;
  const parts: Span[] = [];
  let k = 0;
  for (const span of near) {
    while (k < sentences.length && sentences[k]!.end <= span.start) k++;
    for (let j = k; j < sentences.length && sentences[j]!.start < span.end; j++) {
      if (sentences[j] === sentences[j - 1]) continue;
      parts.push({ start: Math.max(span.start, sentences[j]!.start), end: Math.min(span.end, sentences[j]!.end) });
    }
  }
  return parts;
}

/** "A, B, and C" / "A/B" / "A or B": numbers listed together, each with its place in its list (numbers never claims left out). */
function listsOf(quantities: Quantity[], scan: string, never: boolean[], terms: PhraseHit<Term>[]): ListPlace[] {
  const lists: ListPlace[] = quantities.map((q) => ({ first: q, last: q, index: 0, size: 1 }));
  for (let i = 1; i < quantities.length; i++) {
    const [a, b] = [quantities[i - 1]!, quantities[i]!];
    // A number that is never a claim ("on Subtask 1, 35.68/12.20 WER/CER") starts no list; a scale after one ends it ("23.5/30 points").
    if (never[i - 1]) continue;
    // "PSNR/SSIM of 29.83 dB/90.84%": two measures' levels paired by a slash may differ in kind.
    const compatible = a.kind === b.kind || a.kind === "none" || (isRelative(a.kind) && isRelative(b.kind)) || scan.slice(a.end, b.start) === "/";
    if (compatible && (LIST_GAP.test(scan.slice(a.end, b.start)) || labelledList(a, b, scan, terms)) && !isRating(a, b, scan)) {
      lists[i]!.first = lists[i - 1]!.first;
      lists[i]!.index = lists[i - 1]!.index + 1;
    }
  }
  for (let i = quantities.length - 1; i >= 0; i--) {
    const next = lists[i + 1];
    if (next && next.first === lists[i]!.first) {
      lists[i]!.last = next.last;
      lists[i]!.size = next.size;
    } else lists[i]!.size = lists[i]!.index + 1;
  }
  // "by 4.86 and 2.30 percentage points", "by 1.5 and 3%": a unit said once after the last is every bare member's.
  for (const [i, q] of quantities.entries()) {
    const { last } = lists[i]!;
    const opens = i > 0 && lists[i - 1]!.first === lists[i]!.first ? true : LIST_OPENER.test(scan.slice(Math.max(0, q.start - 12), q.start));
    if (q !== last && opens && q.kind === "none" && q.unit === "" && !q.words && q.value < 1e4 && (last.kind === "points" || last.kind === "percent")) Object.assign(q, { kind: last.kind, unit: last.unit });
  }
  return lists;
}

const LIST_GAP = /^\s*(?:,|\/|,?\s*(?:and|or))\s*[~≈]?\s*$/;
/** What a list of changes or levels opens with: "by 4.86 and 2.30 points", "improvements of 17.9, 15.8, and 12.3 points". */
const LIST_OPENER = /\b(?:by|of|between|from)\s+(?:up\s+to\s+|over\s+|about\s+|nearly\s+|approximately\s+|around\s+)?$/i;

/**
 * "(ours: 0.91, multimodal: 0.88, imaging-only: 0.73 AUC)": values of one kind, each after a label, the measure
 * said once after the last. Labels that are measures or other terms ("MR: 391, MRR: 0.411", "CT: 36.1%, MRI:
 * 22.8%") name each value's own.
 */
function labelledList(a: Quantity, b: Quantity, scan: string, terms: PhraseHit<Term>[]): boolean {
  if (a.kind !== b.kind) return false;
  const gap = LABELLED_GAP.exec(scan.slice(a.end, b.start));
  const from = Math.max(0, a.start - 40);
  const first = gap && LABEL_BEFORE.exec(scan.slice(from, a.start));
  if (!first) return false;
  // The labels' places in the text (the patterns keep their groups' indices: flag d).
  const labels: Span[] = [
    { start: from + first.indices![1]![0], end: from + first.indices![1]![1] },
    { start: a.end + gap!.indices![1]![0], end: a.end + gap!.indices![1]![1] },
  ];
  return labels.every((label) => {
    const term = terms[firstAtOrAfter(terms, label.start)];
    const text = scan.slice(label.start, label.end);
    // An acronym before a colon names a measure too ("FKGL: 8.64"; score.ts).
    return !(term && term.start < label.end) && canonicalMetric(text) === null && !ACRONYM_LABEL.test(text);
  });
}
const ACRONYM_LABEL = new RegExp(`^${ACRONYM}`);
const LABELLED_GAP = /^\s*,\s*(?:and\s+)?([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2})\s*:\s*$/d;
const LABEL_BEFORE = /(?:^|[(,;]\s*)([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2})\s*:\s*$/d;

/** "4.64/5": a rating written with decimals over its scale, not a list of two numbers. */
function isRating(a: Quantity, b: Quantity, scan: string): boolean {
  return a.kind === "none" && b.kind === "none" && RATING_SCALE.test(scan.slice(b.start, b.end)) && a.value <= b.value && /\.\d/.test(scan.slice(a.start, a.end)) && /^\s*\/\s*$/.test(scan.slice(a.end, b.start));
}
const isRelative = (kind: string) => kind === "percent" || kind === "factor";

/** The claims and dataset mentions of an abstract; the title, when given, may name the paper's method. */
export function extractFromAbstract(given: string, title = ""): Extraction {
  const { abstract, scan, ascii } = readAbstract(given);
  const scanned = ascii && scan.length <= Scanner.LONGEST;
  const landmarks = findLandmarks(scan, scanned);
  // Sentences matter around numbers and beside ambiguous dataset names: an abstract with neither is not split.
  const sentences = new Sentences(scan, ascii, landmarks);

  const drafts: ClaimDraft[] = [];
  const quantities = findQuantities(abstract, scan, landmarks);
  const near = neighbourhoods(quantities, scan.length);
  // Names are read in the scan text too, so that copy artefacts hide none ("CIFAR–10", "{ImageNet}"); each mention keeps the abstract's text.
  const datasets = findDatasets(scan, sentences, landmarks, near);
  if (scan !== abstract) for (const d of datasets) writtenAs(d, abstract);
  const sentenceOfEach = sentencesOf(quantities, quantities.length ? sentences.all : [], abstract.length);
  const terms = usableTerms(TERMS.findIn(scan, termSpans(near, sentenceOfEach, scan), scanned ? SCANNER : undefined), abstract);
  const never = quantities.map((q) => neverAClaim(q, scan, abstract) || insideName(q, datasets) || sizeOfData(q, datasets, scan));
  const lists = listsOf(quantities, scan, never, terms);
  for (const [i, q] of quantities.entries()) {
    const sentence = sentenceOfEach[i]!;
    if (never[i]) continue;
    const mention = describe(q, lists[i]!, sentence, terms, datasets, scan);
    let type: ClaimType | null = null;
    let reading: Reading | null = null;
    for (const rule of RULES) {
      reading = rule.read(mention);
      if (reading) {
        type = rule.type;
        break;
      }
    }
    // A level in brackets after a change noun is a change: "accuracy improvements over X (12.3% for 1.5B ...)".
    // A share alone in those brackets that no rule read is a change all the same, of no metric named.
    if ((type === "score" || !type) && q.kind === "percent" && CHANGE_THEN_BRACKET.test(mention.before) && !LEVELS_AFTER.test(mention.after) && !/\sto\s/.test(scan.slice(q.start, q.end)) && !(type === "score" && mention.linked)) {
      // What changed may be a cost, not a quality: "reduces token usage (up to 30%)".
      const family = mention.term && mention.term.family !== "quality" ? mention.term.family : null;
      type = family ?? "improvement";
      reading = family ? { metric: mention.term!.metric } : (reading ?? { metric: null });
    }
    // A number listed on after a claim takes its kind: one no rule read, or a level after a change
    // ("gains of 1.64% on DRIVE and 1.25% on STARE": only the first carries the change word).
    const continued = listedOn(drafts, q, sentence, scan);
    if (continued && (!reading || (type === "score" && continued === "improvement"))) {
      type = continued;
      // A bare level on a list is of the metric of the list: "AUCs of 0.9969 for ... and 0.9641 for ...".
      // One written before a measure word of its own takes none from the list ("80.64% mIoU and 89.13% mFscore": named later, or none).
      const own = !mention.linked && MEASURE_WORD_AFTER.test(scan.slice(q.end, q.end + 20));
      reading ??= { metric: own ? null : mention.term?.family === "quality" ? mention.term.metric : q.kind === "none" ? drafts[drafts.length - 1]!.metric : null };
    }
    // "LLaVA-1.6's from 0.678 to 0.921 (+35.8%), …, and Qwen2.5-VL's from 0.732 to 0.930": a pair of levels on a list of such pairs.
    if (!reading) {
      const pair = fromToListed(drafts, q, sentence, scan, terms);
      if (pair) [type, reading] = ["score", { metric: pair.metric }];
    }
    if (!type || !reading) continue;
    // "ROC-AUC increases from 0.6041 to 0.7269 and PR-AUC from ...": the level a change reaches is in the metric it started from.
    const from = drafts[drafts.length - 1];
    if (type === "score" && from?.type === "score" && from.metric && from.sentenceStart === sentence.start && PAIRED_WITH.test(scan.slice(from.end, q.start))) reading = { metric: from.metric };
    drafts.push({
      type,
      value: q.value,
      valueLow: q.low,
      unit: q.unit,
      bound: mention.bound as Claim["bound"],
      metric: reading.metric,
      higherIsBetter: directionOf(reading.metric),
      dataset: null,
      datasetText: null,
      baseline: null,
      role: "result",
      method: null,
      setting: [],
      text: abstract.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      sentence: abstract.slice(sentence.start, sentence.end),
      sentenceStart: sentence.start,
    });
  }
  const claims = joinBetweenRanges(drafts, scan);
  assignRoles(claims, scan);
  qualifyTopK(claims, scan);
  qualifyTimes(claims, scan);
  // Words right at a number name its measure before a score beside it lends one ("(84% variance reduction)").
  nameUnlistedMetrics(claims, scan);
  inheritMetrics(claims);
  shareListMetrics(claims);
  accuracyOfTheAbstract(claims, scan);
  // "performance" marks a quality level for the rules, but names nothing a board could rank by (nor does its set:
  // "maintaining 99.9% performance on MMLU tasks" is no accuracy).
  const vague = new Set(claims.filter((claim) => isVagueMetric(claim.metric)));
  for (const claim of vague) [claim.metric, claim.higherIsBetter] = [null, null];
  signChanges(claims, scan);
  linkDatasets(claims, datasets, claims.length ? sentences.all : [], scan);
  accuracyOfTheSet(claims.filter((claim) => !vague.has(claim)));
  attributeMethods(claims, scan, title, datasets, abstract);
  tagSettings(claims, scan);
  // A range joined from two numbers starts at the first.
  for (const claim of claims) claim.text = abstract.slice(claim.start, claim.end);
  return { datasets, claims };
}
