// Passes over all claims of one abstract (chrono's "refiners"): they see every claim at once, so
// they can join ranges, tell baselines from results, and link each claim to its dataset.
import { measuredIn } from "../tasks.ts";
import type { DatasetMention } from "../schema.ts";
import type { ClaimDraft } from "./index.ts";
import { CHANGED_TO, firstAtOrAfter } from "./context.ts";
import { LEVELS_IN_BRACKET_AFTER_CHANGE } from "./numbers.ts";
import { ACRONYM_AFTER } from "./score.ts";
import type { Sentence, Span } from "./sentences.ts";
import methodLexicon from "../lexicon/methods.json" with { type: "json" };
import { alternation } from "./patterns.ts";
import { MEASURE_HEADS, NOT_DATASETS, SPED_UP, TERMS, canonicalDataset, canonicalMetric, directionOf, isVagueMetric, metricSpedUp, isModelName } from "./lexicons.ts";

/** Where the claim's sentence ends in the abstract. */
function sentenceEndOf(claim: ClaimDraft): number {
  return claim.sentenceStart + claim.sentence.length;
}

/** "running between 1.12times and 20.21times faster": one claim with a range. */
export function joinBetweenRanges(claims: ClaimDraft[], scan: string): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const claim of claims) {
    const previous = out[out.length - 1];
    if (
      previous &&
      previous.type === claim.type &&
      previous.unit === claim.unit &&
      /^\s+and\s+$/.test(scan.slice(previous.end, claim.start)) &&
      /between\s+$/i.test(scan.slice(Math.max(0, previous.start - 12), previous.start))
    ) {
      out[out.length - 1] = { ...claim, start: previous.start, valueLow: previous.value, bound: previous.bound };
      continue;
    }
    out.push(claim);
  }
  return out;
}

// Comparators: "than the FP32 baseline", "over previous best", "compared to BPTT"; not a number ("to less than 6 seconds": a bound).
const COMPARATOR = /^\s*[^.;\d]{0,60}?\b(?:than|over|compared (?:to|with)|relative to|with respect to|against|vs\.?|versus)\s+(?!\d[\d.,]*(?:\s|%|\\|x\b|×|$))((?:[^,.;:()]|\.(?=\w)){2,80}?)(?=\s+(?:on|in|for|while|with|at|when|by|and|but|across|using|under|without|which|that|as|to)\b|[,;:()]|\.(?!\w)|$)/i;
// "outperforms ALBERT by 1.8%", "surpass ViT and ViT-MoE by 0.8% and 2.1%"; a point inside a name stays ("Qwen2.5-7B").
const OUTPERFORMS = /\b(?:outperforms?|outperformed|outperforming|surpass(?:es|ed|ing)?|beats?|exceeds?|improves? (?:up)?on)\s+((?:[^,.;:()]|\.(?=\w)){2,80}?)\s+by\s+(?:[^,;]{0,24})$/i;

/** "exceeding the baseline of 0.6461", "below our human baseline of 0.89" (not "a new baseline of 51.6 mAP": the paper's own). */
const BASELINE_OF = /(?<!\bnew\s+)\bbaseline(?:'s)?\s+(?:score\s+)?of\s+$/i;

// The comparison words of the method lexicon ("exceeding", "than", "versus"…), not "less than 50% of SA-UNet" (a share).
const COMPARED_BEFORE = new RegExp(`(?:^|[^\\w-])(?<!\\b(?:less|more|fewer|greater|higher|lower)\\s)(?:${alternation(methodLexicon.comparatorBefore)})\\s+(?:the\\s+)?$`, "i");
const LEVEL_OF_SYSTEM = /^\s*(?:%|\\%)?\s*of\s+([A-Z](?:[\w+-]|\.(?=\w))*(?:[\s-][A-Z0-9](?:[\w+-]|\.(?=\w))*){0,2})/;

/** Roles and comparators: "from 70.1% to 75.3%" makes 70.1% the baseline; "X vs. Y" makes Y one. */
/** A comparator named before a bracket that holds its level alone: "surpassing TSN alone (", "outperforming Prithvi (". */
/** The close of a bracket right after a number, past its unit and spread: "%)", " \pm 0.042)". */
const SPREAD_THEN_CLOSE = String.raw`\s*(?:%|\\%)?\s*(?:(?:±|\\pm|\+/-)\s*[\d.]+\s*(?:%|\\%)?\s*)?\)`;
// (Not a pronoun, a margin, "by significant margins (", a gap on a set, "the optimal solutions on the TSPLib (", or a clause:
// "while Bing-Balanced (43.3%) … did not".)
const COMPARATOR_NAME = String.raw`(?!(?:it|them|this|these|those|while|whereas|but|which|who)\b|[a-z]+ing\s)([A-Za-z][\w.+-]*(?:\s+(?!(?:by|on)\b)[\w.+-]+){0,4}?)\s*\(\s*$`;
const COMPARATOR_BRACKET = new RegExp(String.raw`\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|than|vs\.?|versus|compared\s+(?:to|with))\s+(?:(?:both|all|the|a|an)\s+)?${COMPARATOR_NAME}`, "i");
const POSSESSIVE_BEFORE = /['\u2019]s\s+$/;
const COMPARATOR_POSSESSIVE = /\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|than|vs\.?|versus|compared\s+(?:to|with)|close\s+to|approaching|matching|on\s+par\s+with)\s+(?:(?:both|all|the|a|an)\s+)?(?!(?:it|its|their|our|this)\b)([A-Za-z][\w.+-]*(?:\s+(?!(?:by|on)\b)[\w.+-]+){0,4}?)['\u2019]s\s+$/i;
/** The next comparator of a list, each with its level in brackets: "(0.24) and DOFA (". */
const LISTED_BRACKET = new RegExp(String.raw`^${SPREAD_THEN_CLOSE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|an?\s+)?${COMPARATOR_NAME}`);
/** "large-scale models like Grok-4", "strong baselines such as MedCPT": the comparator is the example named. */
const EXAMPLE_NAMED = /\b(?:like|such as|including|e\.g\.,?)\s+(.+)$/;
// (A system is named, not a task: "99.3% vs. 88.9% for test selection, 99.3% vs. …".)
const LISTED_FOR_NAME = /^\s*(?:%|\\%)?\s*for\s+(?:the\s+)?[A-Z0-9][\w.+-]*(?:\s+[\w.+-]+){0,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
const LISTED_BARE = /^\s*(?:%|\\%)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
const BRACKET_CLOSES = new RegExp(`^${SPREAD_THEN_CLOSE}`);

/**
 * The comparator whose level a number is, alone in brackets after its name ("achieves an accuracy of 0.88, surpassing TSN
 * alone (0.77)", "outperforming MIL (0.491), Trans-MIL (0.39), and GAT-Mamba (0.703)"), or null; `earlier` are the claims
 * (the first `count` of them) before it, of which those of its sentence are read.
 */
export function comparatorInBrackets(scan: string, q: Span, sentenceStart: number, earlier: readonly ClaimDraft[], count = earlier.length): string | null {
  // "surpassing the supervised CNN's 0.8803", "close to the supervised baseline's 0.7834": a comparator's level said as its own.
  const possessive = POSSESSIVE_BEFORE.test(scan.slice(Math.max(0, q.start - 4), q.start)) ? COMPARATOR_POSSESSIVE.exec(scan.slice(Math.max(sentenceStart, q.start - 100), q.start)) : null;
  if (possessive) return clean(possessive[1]!);
  if (!BRACKET_CLOSES.test(scan.slice(q.end, q.end + 24))) return null;
  let name: string | null = null;
  let item: Span = q;
  // Back along the list, item by item, to the comparator word that opens it (a few items at most: linear).
  for (let k = count - 1; ; k--) {
    const named = COMPARATOR_BRACKET.exec(scan.slice(Math.max(sentenceStart, item.start - 100), item.start));
    if (named) {
      name ??= named[1]!;
      return clean(EXAMPLE_NAMED.exec(name)?.[1] ?? name);
    }
    const previous = earlier[k];
    if (!previous || previous.sentenceStart !== sentenceStart || count - k > LONGEST_LIST || item.start - previous.end >= 80) return null;
    const listed = LISTED_BRACKET.exec(scan.slice(previous.end, item.start));
    if (!listed) return null;
    name ??= listed[1]!;
    item = previous;
  }
}
const LONGEST_LIST = 8;

export function assignRoles(claims: ClaimDraft[], scan: string): void {
  for (const [i, claim] of claims.entries()) {
    const next = claims[i + 1];
    const before = scan.slice(Math.max(claim.sentenceStart, claim.start - 40), claim.start);
    // "surpassing TSN alone (0.77)": the comparator's level, named before it.
    const bracketed = claim.type === "score" ? comparatorInBrackets(scan, claim, claim.sentenceStart, claims, i) : null;
    if (bracketed) {
      [claim.role, claim.baseline] = ["baseline", bracketed];
      continue;
    }
    // "with baseline model accuracy ranging from 0.49 to 0.57": levels said to be the baseline's.
    if (claim.type === "score" && /(?<!\bnew\s)\bbaseline\s+(?:[\w-]+\s+){0,2}?(?:ranging\s+from|was|were|is)\s+$/i.test(before)) claim.role = "baseline";
    // "ranging from 41.16 (English) to 15.21 (Marathi)" spans a range; it has no baseline.
    // "improves accuracy (0.6% to 76.3%)": a change's two levels in brackets after it.
    const from = /\bfrom\s+(?:the\s+)?(?:\w+\s+){0,2}$|[A-Za-z0-9]:\s*$/i.test(before) || (/\(\s*$/.test(before) && LEVELS_IN_BRACKET_AFTER_CHANGE.test(scan.slice(Math.max(claim.sentenceStart, claim.start - 90), claim.start)));
    if (next && from && !/\b(?:rang|var)(?:e|es|ed|ing|y|ies|ied|ying)\s+from\s+$/i.test(before) && /^\s*(?:\([^()]{0,40}\)\s*|(?:under|with|in|for)\s+(?:[\w-]+\s+){0,3})?(?:down\s+|up\s+)?to\s+(?:less than\s+|more than\s+|only\s+|above\s+|below\s+|over\s+|about\s+)?$/i.test(scan.slice(claim.end, next.start))) {
      claim.role = "baseline";
    }
    if (/\b(?:vs\.?|versus|compared\s+(?:to|with))\s+$/i.test(before) || BASELINE_OF.test(before)) claim.role = "baseline";
    // "versus 0.506 for GPT-4 and 0.508 for GPT-4o": the list of comparators goes on, each number with its name.
    const previous = claims[i - 1];
    if (previous?.role === "baseline" && previous.sentenceStart === claim.sentenceStart && previous.type === claim.type && claim.start - previous.end < 60 && LISTED_FOR_NAME.test(scan.slice(previous.end, claim.start))) claim.role = "baseline";
    // "compared to the RT-DETR-L model's 0.810 and 0.606, respectively": the comparator's numbers go on.
    if (previous?.role === "baseline" && previous.baseline && previous.sentenceStart === claim.sentenceStart && previous.type === claim.type && LISTED_BARE.test(scan.slice(previous.end, claim.start))) {
      [claim.role, claim.baseline] = ["baseline", previous.baseline];
      continue;
    }
    const after = scan.slice(claim.end, sentenceEndOf(claim));
    // "far exceeding the 40% of DeepSeek-R1-671B": the level of a system named after it, set against the result.
    const ofSystem = claim.type === "score" && COMPARED_BEFORE.test(before) ? LEVEL_OF_SYSTEM.exec(after) : null;
    if (ofSystem) {
      [claim.role, claim.baseline] = ["baseline", ofSystem[1]!];
      continue;
    }
    const outperforms = OUTPERFORMS.exec(scan.slice(Math.max(claim.sentenceStart, claim.start - 120), claim.start));
    const comparator = outperforms?.[1] ?? COMPARATOR.exec(after)?.[1] ?? null;
    claim.baseline = comparator ? clean(comparator) : null;
  }
}

function clean(phrase: string): string | null {
  const text = phrase.replace(/\s+/g, " ").trim().replace(/^(?:that of|those of)\s+/i, "");
  return text.length >= 2 && /[A-Za-z]/.test(text) ? text : null;
}

/**
 * Each claim's dataset: in a "respectively" list the i-th number goes with the i-th dataset;
 * otherwise a dataset named right after the number ("on CIFAR-10"), then the nearest one before
 * it in the sentence, then one after it in the sentence; with none in the sentence, a score takes
 * the paper's only dataset if it names exactly one before the number (one the paper builds afterwards
 * is not what the number was measured on; a speed-up or a saving is on data only where its sentence
 * says so).
 */
export function linkDatasets(claims: ClaimDraft[], datasets: DatasetMention[], sentences: Sentence[], scan: string): void {
  const respectively = respectivePairs(claims, datasets, sentences);
  // (A dataset the model learned from, "pretrained on ImageNet", is not where a later number was measured.)
  const pretrainedOn = (d: DatasetMention) => PRETRAINED_ON.test(scan.slice(Math.max(0, d.start - 30), d.start));
  const only = datasets.length && datasets.every((d) => d.name === datasets[0]!.name) && !datasets.every(pretrainedOn) ? datasets[0] : undefined;
  const semicolons = new Semicolons();
  const anaphors = new Anaphors();
  // The mentions of a claim's clause are a range [lo, hi) of `datasets`, found by binary search (linear overall).
  for (const claim of claims) {
    const { lo, hi } = clauseRange(datasets, sentenceRange(datasets, claim), claim, semicolons);
    const at = (k: number) => (k >= lo && k < hi ? datasets[k] : undefined);
    const paired = respectively.get(claim);
    const firstAfter = at(Math.max(lo, firstAtOrAfter(datasets, claim.end)));
    // "up to 25.3% (OSWorld) and 18.1% (WebArena)": a dataset alone in brackets right after the number is its own too.
    const rightAfter =
      firstAfter && firstAfter.start - claim.end < 60 && (RIGHT_AFTER.test(scanBetween(claim, firstAfter, scan)) || (/^\s*(?:%|\\%)?\s*\(\s*$/.test(scanBetween(claim, firstAfter, scan)) && /^\s*\)/.test(scan.slice(firstAfter.end, firstAfter.end + 3))))
        ? firstAfter
        : undefined;
    const before = Math.min(hi, firstAtOrAfter(datasets, claim.start)) - 1;
    // A number after a list of datasets ("on the ChartBench and ChartX benchmarks, surpassing ... by 16%") is over all of them: none.
    // "On the RAGTruth subset of the LLM-AggreFact benchmark, X achieves 84.0%": the number is on the subset.
    const nearestBefore = inList(at, before, claim) || trainedOnThenElsewhere(at(before), claim, scan) ? undefined : at(before) && at(before - 1) && SUBSET_OF.test(gapBetween(claim, at(before - 1)!, at(before)!)) ? at(before - 1) : at(before);
    // "Over the full benchmark it reaches 75.7%", "on this new benchmark": a sentence naming none may refer back to the last one named.
    const referred = hi === lo ? anaphors.referent(claim, datasets) : undefined;
    // "67.7% on BrowseComp and 83% on xbench-DeepSearch": a number said to be on a name no lexicon knows is on that, not on the last one known.
    if (paired === undefined && !rightAfter && onUnknownName(claim, firstAfter)) {
      [claim.dataset, claim.datasetText] = [null, null];
      continue;
    }
    // An efficiency claim ("reduces inference FLOPs by 40.5% …, while improving its average score on LV-Eval") is not on a
    // benchmark named after a clause about quality or after another claim: that is where the quality was measured.
    const efficiency = !QUALITY.has(claim.type);
    const later = efficiency && firstAfter && (QUALITY_CLAUSE.test(scanBetween(claim, firstAfter, scan)) || (claims[firstAtOrAfter(claims, claim.end + 1)]?.start ?? Infinity) < firstAfter.start) ? undefined : firstAfter;
    const chosen = paired === null ? undefined : paired ?? rightAfter ?? nearestBefore ?? later ?? (efficiency ? undefined : referred ?? (hi === lo && claim.type === "score" && only && only.start < claim.start ? only : undefined));
    claim.dataset = chosen?.name ?? null;
    claim.datasetText = chosen?.text ?? null;
  }
}

/** "trained exclusively on the ProGAN dataset, achieves 97.1% on an open-world benchmark": the training set, the number measured elsewhere. */
function trainedOnThenElsewhere(d: DatasetMention | undefined, claim: ClaimDraft, scan: string): boolean {
  return d !== undefined && TRAINED_ON.test(scan.slice(Math.max(0, d.start - 40), d.start)) && (/\b(?:on|across)\s/.test(scan.slice(d.end, claim.start)) || /^\s*(?:on|across)\s/.test(scan.slice(claim.end, claim.end + 12)));
}
/** A training set named right after its verb ("fine-tuned solely on the", "trained on"). */
const TRAINED_ON = /\b(?:(?:pre-?)?train(?:ed|ing)|fine-?tun(?:ed|ing))\s+(?:(?:only|exclusively|solely|entirely|purely)\s+)?on\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
/** Where the model's weights came from ("pretrained on", "initialized from"): never where its own numbers were measured. */
const PRETRAINED_ON = /\b(?:pre-?train(?:ed|ing)|distill(?:ed|ing)|initiali[sz]ed)\s+(?:\w+\s+)?(?:on|from|with)\s+(?:the\s+)?$/i;
const QUALITY_CLAUSE = /\b(?:while|whereas|but|improv\w*|achiev\w*|maintain\w*|preserv\w*|retain\w*|outperform\w*|surpass\w*)\b/i;
const SUBSET_OF = /^\s*(?:subset|split|portion|partition|part|section|track|subtask)s?\s+of\s+(?:the\s+)?$/i;

function gapBetween(claim: ClaimDraft, a: DatasetMention, b: DatasetMention): string {
  return claim.sentence.slice(a.end - claim.sentenceStart, b.start - claim.sentenceStart);
}

const LISTED_WITH = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?$/i;

/** Whether the k-th mention is one of a list of distinct datasets ("A, B, and C") before the claim. */
function inList(at: (k: number) => DatasetMention | undefined, k: number, claim: ClaimDraft): boolean {
  const d = at(k);
  if (!d) return false;
  const gap = (a: DatasetMention, b: DatasetMention) => gapBetween(claim, a, b);
  const previous = at(k - 1);
  const next = at(k + 1);
  return (previous !== undefined && previous.name !== d.name && LISTED_WITH.test(gap(previous, d))) || (next !== undefined && next.start < claim.start && next.name !== d.name && LISTED_WITH.test(gap(d, next)));
}

/** In a sentence that says "respectively", the numbers listed together with the datasets listed together, in order. */
/**
 * The dataset of each number a "respectively" list pairs with one (or none: a number of such a list
 * that could not be paired, whose dataset is then unknown, maps to null).
 */
function respectivePairs(claims: ClaimDraft[], datasets: DatasetMention[], sentences: Sentence[]): Map<ClaimDraft, DatasetMention | null> {
  const respectively = new Map<ClaimDraft, DatasetMention | null>();
  const pairs = new Set(sentences.filter((s) => s.respectively).map((s) => s.start));
  const bySentence = new Map<number, ClaimDraft[]>();
  for (const c of claims) {
    const group = bySentence.get(c.sentenceStart);
    if (group) group.push(c);
    else bySentence.set(c.sentenceStart, [c]);
  }
  for (const group of bySentence.values()) {
    const inSentence = inSentenceOf(datasets, group[0]!);
    // "runs at 30 fps, 98.2% faster, … on PFPascal, APK, and CUB, improving PCK by 6.0%, 6.2%, and 4.1%, respectively":
    // the list that goes with the names is one kind of claim, whichever kind the sentence starts with.
    const types = pairs.has(group[0]!.sentenceStart) ? [...new Set(group.map((c) => c.type))] : [group[0]!.type];
    for (const type of types) pairUp(group, group.filter((c) => c.type === type), inSentence);
  }
  return respectively;

  function pairUp(group: ClaimDraft[], sameType: ClaimDraft[], inSentence: DatasetMention[]): void {
    const first = sameType[0]!;
    if (pairs.has(first.sentenceStart)) {
      const listed = inSentence.filter((d) => d.start > first.start);
      const candidates = listed.length >= 2 ? listed : inSentence;
      // "94.6% (95.6% for ensemble) and 77.0%": a bracketed alternative takes its neighbour's dataset, not a place in the list.
      const ordered = sameType.filter((c) => !isAlternative(c));
      if (ordered.length === candidates.length) ordered.forEach((c, k) => respectively.set(c, candidates[k]!));
      // "14.7% and 6.41% in robustness, 11.4% and 1.71% in AEO over A and B": each run of the list pairs in order.
      else if (candidates.length >= 2) {
        const runs = runsOf(ordered);
        if (runs.length > 1 && runs.every((run) => run.length === candidates.length)) for (const run of runs) run.forEach((c, k) => respectively.set(c, candidates[k]!));
      }
      for (const [k, c] of sameType.entries()) {
        const neighbour = respectively.get(sameType[k - 1]!);
        if (k > 0 && isAlternative(c) && neighbour) respectively.set(c, neighbour);
      }
      // Four numbers over three names found ("Synapse, ACDC, Kvasir, and …, respectively" with Kvasir unknown):
      // which number is on which is unknown, so none takes a dataset from the list.
      if (listed.length >= 2 && ordered.length > listed.length && ordered.every((c) => !respectively.has(c))) for (const c of ordered) respectively.set(c, null);
    } else if (sameType.length >= 2 && sameType.length === group.length && inSentence.length === sameType.length && runsOf(sameType).length === 1) {
      // Without "respectively", a list of n numbers in a sentence naming n distinct datasets, all before or
      // all after the numbers, pairs them in order: "on OK-VQA and A-OKVQA, achieving 38.8% and 34.6%".
      const names = new Set(inSentence.map((d) => d.name));
      const side = inSentence.every((d) => d.end <= first.start) || inSentence.every((d) => d.start >= sameType[sameType.length - 1]!.end);
      if (names.size === inSentence.length && side) sameType.forEach((c, k) => respectively.set(c, inSentence[k]!));
    }
  }
}

/** "94.6% (95.6% for ensemble)": a number in brackets right after another. */
function isAlternative(claim: ClaimDraft): boolean {
  return /\d\s*%?\s*\(\s*$/.test(claim.sentence.slice(Math.max(0, claim.start - claim.sentenceStart - 12), claim.start - claim.sentenceStart));
}

const RUN_GAP = /^\s*(?:,|and|,\s*and)\s*$/;

/** Claims split into runs written as one list ("14.7% and 6.41%"). */
function runsOf(claims: ClaimDraft[]): ClaimDraft[][] {
  const runs: ClaimDraft[][] = [];
  for (const [k, c] of claims.entries()) {
    const previous = claims[k - 1];
    const gap = previous ? c.sentence.slice(previous.end - c.sentenceStart, c.start - c.sentenceStart) : "";
    if (previous && previous.sentenceStart === c.sentenceStart && RUN_GAP.test(gap)) runs[runs.length - 1]!.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * The words after the last number of a list name the measure of all ("14.7% and 6.41% in robustness"):
 * a claim of the run with no metric takes the run's last one.
 */
export function shareListMetrics(claims: ClaimDraft[]): void {
  for (const run of runsOf(claims)) {
    const last = run[run.length - 1]!;
    if (run.length < 2 || last.metric === null) continue;
    for (const c of run) if (c.metric === null && c.type === last.type) [c.metric, c.higherIsBetter] = [last.metric, last.higherIsBetter];
  }
}

/** Where the semicolons of each claim's sentence stand, found once per sentence. */
class Semicolons {
  private readonly bySentence = new Map<number, number[]>();

  of(claim: ClaimDraft): number[] {
    let found = this.bySentence.get(claim.sentenceStart);
    if (!found) {
      found = [];
      for (let i = claim.sentence.indexOf(";"); i >= 0; i = claim.sentence.indexOf(";", i + 1)) found.push(claim.sentenceStart + i);
      this.bySentence.set(claim.sentenceStart, found);
    }
    return found;
  }
}

// "on this benchmark", "over the full benchmark", "on the same dataset": a dataset named before, referred back to.
const REFERS_BACK = /\b(?:on|over|across|in|for)\s+(?:this|that|the\s+same|the\s+full|the\s+whole|the\s+entire)\s+(?:new\s+|proposed\s+)?(?:benchmark|dataset|data\s?set|corpus|test\s+set)\b/i;

/** Whether each sentence refers back to a dataset, found once per sentence. */
class Anaphors {
  private readonly bySentence = new Map<number, boolean>();

  referent(claim: ClaimDraft, datasets: DatasetMention[]): DatasetMention | undefined {
    let refers = this.bySentence.get(claim.sentenceStart);
    if (refers === undefined) {
      refers = REFERS_BACK.test(claim.sentence);
      this.bySentence.set(claim.sentenceStart, refers);
    }
    return refers ? datasets[firstAtOrAfter(datasets, claim.sentenceStart) - 1] : undefined;
  }
}

interface Range {
  lo: number;
  hi: number;
}

/**
 * The mentions in the claim's clause, when the sentence has clauses (split by ";") and that clause
 * names any: "On COVID-CXR, AUC improves from 0.94 to 0.99; on Brain MRI, ..." keeps each number
 * with its own clause's dataset.
 */
function clauseRange(datasets: DatasetMention[], sentence: Range, claim: ClaimDraft, semicolons: Semicolons): Range {
  if (sentence.hi - sentence.lo < 2) return sentence;
  const marks = semicolons.of(claim);
  if (!marks.length) return sentence;
  let k = 0;
  for (let lo = 0, hi = marks.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < claim.start) [lo, k] = [mid + 1, mid + 1];
    else hi = mid;
  }
  const from = k > 0 ? marks[k - 1]! + 1 : claim.sentenceStart;
  const to = k < marks.length ? marks[k]! : sentenceEndOf(claim);
  const clause = { lo: Math.max(sentence.lo, firstAtOrAfter(datasets, from)), hi: Math.min(sentence.hi, firstAtOrAfter(datasets, to)) };
  return clause.hi > clause.lo ? clause : sentence;
}

function sentenceRange(datasets: DatasetMention[], claim: ClaimDraft): Range {
  return { lo: firstAtOrAfter(datasets, claim.sentenceStart), hi: firstAtOrAfter(datasets, sentenceEndOf(claim)) };
}

function inSentenceOf(datasets: DatasetMention[], claim: ClaimDraft): DatasetMention[] {
  const { lo, hi } = sentenceRange(datasets, claim);
  return datasets.slice(lo, hi);
}

const QUALITY = new Set(["score", "improvement"]);

// The numbers of a list share the dataset named after the last: "0.505 (Pearson) / 0.537 (Spearman) on the SimCLUE test set".
// A list of numbers, each maybe followed by its metric ("92.81% accuracy and 92.47% F1-score on HAM10000").
// (Past the comparator a change is over: "a 15.45x acceleration compared with vanilla 3DGS on the Deep Blending dataset".)
const RIGHT_AFTER = /^(?:\s*(?:%|\\%)?\s*(?:[\w-]+\s+){0,2}?(?:\([^()]{0,20}\)\s*)?(?:,|\/|and|with|,\s*and)\s*[-+]?\d[\d.,]*){0,4}\s*(?:%|\\%)?\s*(?:\([^()]{0,20}\)\s*)?[)]?\s*(?:[\w-]+\s+){0,3}?(?:(?:compared\s+(?:with|to)|relative\s+to|over|than|against|versus|vs\.?)\s+(?:[\w.+-]+\s+){1,4}?)?(?:on|for|in|at|of|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

const TASKS_AFTER_ON = /^(?:downstream|other|unseen|held-out|out-of-domain|in-domain|real-world)\b[^.;,]{0,40}?\btasks?\b/i;
const ON_NAME_AFTER = /^\s*(?:%|\\%)?\s*(?:[a-z-]+\s+){0,2}?on\s+(?:the\s+)?([A-Za-z][\w.-]*)/;

/** Whether the number is said to be on a name (inner capitals or digits, "xbench-DeepSearch") that is no known dataset's mention. */
const IN_LISTED_AFTER = /^\s*(?:%|\\%)?\s+in\s+([A-Z][\w.-]*)/;
const LISTED_ON_BEFORE = /\d(?:\.\d+)?\s*(?:%|\\%)?\s+(?:in|on)\s+[A-Z][\w.-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

function onUnknownName(claim: ClaimDraft, nextMention: DatasetMention | undefined): boolean {
  const after = claim.sentence.slice(claim.end - claim.sentenceStart, claim.end - claim.sentenceStart + 60);
  // In a list of numbers each on its own name ("3.6% in GSM8K, 2.6% in MATH500, 18.4% in Countdown and 27.0% in Sudoku"),
  // "in" says where too, and a plain capitalised word is a name.
  const listed = LISTED_ON_BEFORE.test(claim.sentence.slice(Math.max(0, claim.start - claim.sentenceStart - 40), claim.start - claim.sentenceStart));
  const on = ON_NAME_AFTER.exec(after) ?? (listed ? IN_LISTED_AFTER.exec(after) : null);
  if (!on) return false;
  // "68.48% accuracy on downstream long Video-QA tasks": on some tasks, not on the benchmark named before.
  if (TASKS_AFTER_ON.test(after.slice(on.index + on[0].length - on[1]!.length))) return true;
  // A known model is what the number was measured with ("on the DenseNet (applied to CIFAR-10)"), not data.
  if (!(/[a-z][A-Z]|[A-Z]{2}|[A-Za-z]\d/.test(on[1]!) || (listed && /^[A-Z][a-z]{2,}$/.test(on[1]!))) || isModelName(on[1]!)) return false;
  const at = claim.end + on.index + on[0].length - on[1]!.length;
  return !nextMention || nextMention.start > at || nextMention.end <= at;
}

/** The scan text between a claim and a later dataset mention (LaTeX markup is blank there: "\textbf{97.37\%} on CelebA"). */
function scanBetween(claim: ClaimDraft, dataset: DatasetMention, scan: string): string {
  return scan.slice(claim.end, dataset.start);
}

/**
 * An improvement that names no metric is in the metric of the score stated beside it: "achieves
 * 74% top-1 accuracy, which is 3.1% better than …", "surpass state-of-the-art by 4.0% achieving
 * 43.1% mAP". The nearest score of the same sentence before it wins, else the nearest after.
 */
export function inheritMetrics(claims: ClaimDraft[]): void {
  // A placing is no measure a change could be in ("1st place … with a lead of 52.38%").
  const scored = (c: ClaimDraft) => c.type === "score" && c.metric !== null && c.metric !== "rank" && c.metric !== "percentile";
  // The nearest score with a metric before and after each claim in its sentence, in two passes (linear).
  const before: (ClaimDraft | undefined)[] = [];
  const after: (ClaimDraft | undefined)[] = [];
  for (let i = 0, last: ClaimDraft | undefined; i < claims.length; i++) {
    if (i > 0 && claims[i - 1]!.sentenceStart !== claims[i]!.sentenceStart) last = undefined;
    before[i] = last;
    if (scored(claims[i]!)) last = claims[i];
  }
  for (let i = claims.length - 1, next: ClaimDraft | undefined; i >= 0; i--) {
    if (i < claims.length - 1 && claims[i + 1]!.sentenceStart !== claims[i]!.sentenceStart) next = undefined;
    after[i] = next;
    if (scored(claims[i]!)) next = claims[i];
  }
  for (const [i, claim] of claims.entries()) {
    if (claim.type !== "improvement" || claim.metric !== null) continue;
    const source = before[i] ?? after[i];
    if (!source) continue;
    claim.metric = source.metric;
    claim.higherIsBetter = source.higherIsBetter;
  }
}

/** A number followed by a bare "top-1"/"top-5", the measure named later: "21.2% top-1 and 5.6% top-5 error". */
const BARE_TOP_K = /^\s*top[- ]?([15])(?![\w-])(?!\s*(?:accuracy|acc|error|err)\b)/i;
const NAMED_LATER = /^(?:[^.;:]|\.(?=\d)){0,40}?\b(error|accuracy)\b/i;

/**
 * A bare "top-1"/"top-5" right after a number says which accuracy or error it is: the one named
 * before it ("an accuracy of 82.7% top-1"), else the one named after it in the clause ("25.1% top-1
 * (7.8% top-5) error").
 */
export function qualifyTopK(claims: ClaimDraft[], scan: string): void {
  for (const claim of claims) {
    const named = claim.metric === "accuracy" || claim.metric === "error";
    if (!named && claim.metric !== "top-1 accuracy" && claim.metric !== "top-5 accuracy") continue;
    const topK = BARE_TOP_K.exec(scan.slice(claim.end, claim.end + 12));
    if (!topK) continue;
    const measure = named ? claim.metric : NAMED_LATER.exec(scan.slice(claim.end + topK[0].length, claim.end + topK[0].length + 60))?.[1]!.toLowerCase();
    if (measure !== "accuracy" && measure !== "error") continue;
    claim.metric = `top-${topK[1]} ${measure}`;
    claim.higherIsBetter = directionOf(claim.metric);
  }
}

/** How far from a speed-up or time its clause is searched for what it speeds up or takes. */
const SPED_UP_REACH = 60;

/**
 * "5.61x faster training", "our search is 50% faster", "a 1.71x speedup in inference latency", "it
 * trains Atari in 4 hours": a speed-up or a time with no more than a general metric ("speed",
 * "time") is in the time of what its clause says it speeds up or takes, the nearest such word
 * within reach in the sentence, not past a semicolon.
 */
export function qualifyTimes(claims: ClaimDraft[], scan: string): void {
  for (const claim of claims) {
    const general = claim.metric === "speed" || (claim.type === "cost" && claim.metric === "time");
    if (!general || (claim.type !== "speedup" && claim.type !== "cost")) continue;
    const from = Math.max(claim.sentenceStart, claim.start - SPED_UP_REACH);
    const to = Math.min(sentenceEndOf(claim), claim.end + SPED_UP_REACH);
    let nearest: { word: string; distance: number } | null = null;
    // The window keeps a character on each side, so that a word it cuts is not read as whole.
    const offset = Math.max(0, from - 1);
    const window = scan.slice(offset, to + 1);
    SPED_UP.lastIndex = from - offset;
    for (let m = SPED_UP.exec(window); m; m = SPED_UP.exec(window)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (end > to) break;
      const [gapFrom, gapTo] = end <= claim.start ? [end, claim.start] : [claim.end, start];
      if (gapTo < gapFrom || scan.slice(gapFrom, gapTo).includes(";")) continue;
      const distance = gapTo - gapFrom;
      if (!nearest || distance < nearest.distance) nearest = { word: m[0], distance };
    }
    // A time its clause ties to no stage is the time the system takes to process its input (the gold guide's "inference time").
    if (!nearest) {
      if (claim.type === "cost") claim.metric = "inference time";
      continue;
    }
    claim.metric = metricSpedUp(nearest.word);
    claim.higherIsBetter = directionOf(claim.metric);
  }
}

// ---- metrics the lexicon does not list, named by the grammar around the number ------------------

// Up to four words after a cue; the phrase is cut at the first word that cannot be part of a metric's name.
const WORDS = String.raw`([A-Za-z][\w@.+-]*(?:\s[A-Za-z][\w@.+-]*){0,3})`;
const NAMED_AFTER = [
  // "a 6.9% improvement in Output Alignment"
  new RegExp(String.raw`^\s*(?:absolute\s+|relative\s+|average\s+|overall\s+)?(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?)\s+(?:in|of)\s+(?:the\s+)?${WORDS}`, "i"),
  // "230% better mutual adaptation"
  new RegExp(String.raw`^\s*(?:better|higher|greater|lower)\s+${WORDS}`, "i"),
  // "86.5% alignment with human reasoning", "a 38.7% user preference rate": a noun phrase right after the number that ends in a measure's head noun.
  // "a 21.67% CVR online increase", "(-9% TPC)": a measure's acronym right after the number.
  ACRONYM_AFTER,
  // (with its cut-off: "92% Success@10").
  new RegExp(String.raw`^\s*(?!(?:in|on|of|for|over|across|at|by|with|and|or|to|the|than|from)\s)((?:[A-Za-z][\w-]*\s+){0,3}?${MEASURE_HEADS}(?:@\d+)?)(?![\w-])`, "i"),
  // "overall scores of 86.7% for Semantic Consistency Score (SCS), 93.9% for Layout Fidelity": a measure named in title case after "for".
  /^\s*(?:%|\\%)?\s*for\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,4}(?:Score|Index|Rate|Ratio|Accuracy|Fidelity|Consistency|Quality|Similarity|Precision|Recall|Error|Distance))\b/,
];
// "The improvement in embedding rate exceeds 160%": the change named, its measure, then the number.
const CHANGE_IN_BEFORE = new RegExp(String.raw`\b(?:improvements?|gains?|increases?|reductions?|decreases?)\s+in\s+(?:the\s+)?${WORDS}\s+(?:exceeds?|exceeded|is|was|reaches|reached|of|amounts\s+to)\s+(?:about\s+|over\s+|nearly\s+|approximately\s+|up\s+to\s+)?$`, "i");
// A change "by 31.6% in G-Eval", "by over 5% across Face similarity" (a level "in X" names a subset instead).
const CHANGED_IN = new RegExp(String.raw`^\s*(?:in|across)\s+(?:terms\s+of\s+)?(?:the\s+)?${WORDS}`, "i");
// "(+8.4% helpfulness)": a signed number in brackets with the measure after it.
const BRACKETED = new RegExp(String.raw`^\s*${WORDS}\s*[),;]`);
// "improves the transferability of the studied attacks by up to 27%"
const NAMED_BEFORE = new RegExp(String.raw`\b(?:improv|increas|boost|enhanc|rais|reduc|lower|decreas)\w*\s+(?:the\s+)?${WORDS}\s+by\s+(?:up\s+to\s+|over\s+|about\s+|nearly\s+|more\s+than\s+|at\s+least\s+|roughly\s+|approximately\s+)?[+~]?$`, "i");
// "raising mAM by 14.4% and mLGM by 24.2%": the next of a list of changes names its own measure before "by".
const AND_NAMED_BEFORE = new RegExp(String.raw`(?:,|\band)\s+(?:the\s+)?${WORDS}\s+by\s+(?:up\s+to\s+|over\s+|about\s+|nearly\s+)?[+~]?$`, "i");
// "reduce the over-blocking rate on borderline content from 62.4% to 10.4%", "boosts Verified Pass@1024 on
// AIME2024 from 26.7% to 62.6%": the levels of what the verb changes (cut at the first word no name holds).
const LEVEL_WORDS = String.raw`([A-Za-z][\w@.+-]*(?:\s[A-Za-z][\w@.+-]*){0,5})`;
const FROM_LEVEL = String.raw`\s+from\s+(?:[~≈]?\s*-?\d[\d.,]*\s*(?:%|\\%|percent)?\s+to\s+)?$`;
const CHANGED_FROM = new RegExp(String.raw`\b(?:improv|increas|boost|enhanc|rais|reduc|lower|decreas|cut|lift)\w*\s+(?:the\s+)?${LEVEL_WORDS}${FROM_LEVEL}`, "i");
// "with refusal rate dropping from 90.8% to 53.9%": the measure is the subject of the verb (the words after the last that no name holds).
const CHANGING_FROM = new RegExp(String.raw`${WORDS}\s+(?:drop|fall|fell|declin|decreas|increas|ris|rose|improv|climb|jump|grow|grew|went|reduc)\w*${FROM_LEVEL}`, "i");
// "a 10.23% drop in execution accuracy (from 77.11% to 66.9%)": levels in brackets after a change are of its metric.
const BRACKETED_FROM = /^\s*\(\s*from\s+$/i;
const VERSUS_GAP = /^\s*(?:%|\\%|percent)?\s*(?:[a-z][\w-]*\s+)?\)?\s*,?\s*(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+(?:only\s+|just\s+)?$/i;
const FROM_TO_GAP = /^\s*(?:%|\\%|percent)?\s*to\s+$/i;

/** The words of a phrase after the last one that no metric's name holds ("content with refusal rate" → "refusal rate"). */
function trailingPhrase(words: string): string {
  const all = words.split(/\s+/);
  let k = all.length;
  while (k > 0 && !NOT_IN_NAME.has(all[k - 1]!.toLowerCase())) k--;
  return all.slice(k).join(" ");
}

// Words that end a metric's name: prepositions, conjunctions, determiners, and what a claim is compared on.
const NOT_IN_NAME = new Set(
  "on over than compared for with and or while in of to at across by from against vs versus the a an which that when under without respectively using due thanks relative among after before during within per whereas but as its their our this these those it is are was were all both each".split(" "),
);
// Phrases that name no measure: what was compared, or a stand-in for a metric.
const NOT_A_METRIC = /^(?:performance|results?|baselines?|models?|methods?|approaches|average|overall|tasks?|benchmarks?|datasets?|sota|state-of-the-art|prior|previous|existing|standard|other|most|several|many|terms|addition|total|general|comparison|particular|quality|higher|lower|better|worse|more|less|fewer|greater|smaller|larger)$/i;

const COUNT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multiple|various|different|diverse|both|all|each)$/i;

const CHANGE_HEAD = /^(?:improvements?|gains?|increases?|reductions?|decreases?|boosts?|drops?)$/i;
const CHANGE_QUALIFIER = /^(?:absolute|relative|average|overall|total|mean|significant|substantial|consistent|notable|large|further|additional|net)$/i;
function metricPhrase(words: string): string | null {
  const kept: string[] = [];
  const all = words.split(/\s+/);
  for (const [i, word] of all.entries()) {
    // A name in title case goes on past "of": "Probability of Correct Keypoint".
    const titled = word === "of" && /^[A-Z]/.test(kept[kept.length - 1] ?? "") && /^[A-Z]/.test(all[i + 1] ?? "");
    if (NOT_IN_NAME.has(word.toLowerCase()) && !titled) break;
    kept.push(word.replace(/[.,]+$/, ""));
  }
  while (kept.length && /^(?:metrics?|scores?|measures?)$/i.test(kept[kept.length - 1]!) && kept.length > 1) kept.pop();
  // "the average fertility score": how it is aggregated is no part of the measure's name.
  while (kept.length > 1 && /^(?:average|mean|overall|total)$/i.test(kept[0]!)) kept.shift();
  const phrase = kept.join(" ");
  // "VLM performance", "seven question-answering benchmarks": the head noun names no measure.
  // Nor parts of the evaluation, nor a count of anything ("in three variants of ScanObjectNN").
  // Nor a part of the model ("in early convolutional layers").
  if (kept.length && /^(?:performance|results?|benchmarks?|datasets?|tasks?|models?|methods?|settings?|scenarios?|conditions?|regimes?|cases?|variants?|versions?|splits?|subsets?|domains?|languages?|categories|environments?|layers?)$/i.test(kept[kept.length - 1]!)) return null;
  // Nor a letter that labels a group ("B improved from 55% to 71%"), nor the change itself ("(45 % absolute improvement)";
  // "84% variance reduction" names what changed).
  if (kept.length === 1 && kept[0]!.length < 2) return null;
  if (CHANGE_HEAD.test(kept[kept.length - 1]!) && kept.slice(0, -1).every((w) => CHANGE_QUALIFIER.test(w))) return null;
  if (kept.length && COUNT_WORD.test(kept[0]!)) return null;
  // Nor how much it changed ("improves dramatically by 21.9%"): an adverb alone.
  if (kept.length === 1 && /^[a-z]+ly$/i.test(kept[0]!) && !canonicalMetric(kept[0]!)) return null;
  // Nor a dataset or a model ("improves Qwen3-8B by 13.97 points": a model's size ends its name).
  // (Nor a language or a kind of data, "exceeds 160% in English": a subset, no measure.)
  if (!phrase || NOT_A_METRIC.test(phrase) || NOT_A_METRIC.test(kept[0]!) || canonicalDataset(phrase) || (/^[A-Z][a-z]+$/.test(phrase) && NOT_DATASETS.has(phrase)) || /^\d/.test(phrase)) return null;
  if (isModelName(phrase) || /\d(?:\.\d+)?[BM]$/.test(phrase)) return null;
  const canonical = canonicalMetric(phrase) ?? (phrase.endsWith("s") ? canonicalMetric(phrase.slice(0, -1)) : null);
  if (canonical) return isVagueMetric(canonical) ? null : canonical;
  return phrase.toLowerCase();
}

/**
 * A score or improvement the lexicons give no metric, named by the words around it: "a 6.9%
 * improvement in Output Alignment", "230% better mutual adaptation", "(+8.4% helpfulness)", "by
 * 31.6% in G-Eval", "improves the transferability of the attacks by 27%". Each looks at a bounded
 * window beside its number.
 */
export function nameUnlistedMetrics(claims: ClaimDraft[], scan: string): void {
  for (const [i, claim] of claims.entries()) {
    // "performance" names no measure: such a claim is named here as one with none.
    if ((claim.metric !== null && !isVagueMetric(claim.metric)) || (claim.type !== "score" && claim.type !== "improvement")) continue;
    const after = scan.slice(claim.end, Math.min(sentenceEndOf(claim), claim.end + 80));
    const before = scan.slice(Math.max(claim.sentenceStart, claim.start - 100), claim.start);
    const previous = claims[i - 1];
    if (claim.type === "score" && previous?.metric && previous.sentenceStart === claim.sentenceStart) {
      const gap = scan.slice(previous.end, claim.start);
      // "(concordance = 50% vs. 33%)", "85.5% success versus 70.3% baseline": the level set against it is of its measure.
      const pairedOn =
        previous.type === "improvement"
          ? BRACKETED_FROM.test(gap)
          : previous.type === "score" && ((FROM_TO_GAP.test(gap) && /\bfrom\s+$/i.test(scan.slice(Math.max(0, previous.start - 8), previous.start))) || VERSUS_GAP.test(gap));
      if (pairedOn) {
        [claim.metric, claim.higherIsBetter] = [previous.metric, previous.higherIsBetter];
        continue;
      }
    }
    // Said of "performance", a number takes a measure only from the words right after it ("(43.96% success rate)",
    // "achieving 55% success"): "performance … by 8.7% across four real-world tasks" names none.
    if (claim.metric !== null) {
      const listed = TERMS.findIn(after.slice(0, 40))[0];
      const term = listed && /^\s*(?:%|\\%)?\s*$/.test(after.slice(0, listed.start)) && listed.data.family === "quality" ? listed.data.metric : null;
      // Or from the verb's object right before "by" ("state-of-the-art performance, raising mAM by 14.4% and mLGM by
      // 24.2%"): what the clause changes is named there, nearer than "performance".
      const changed = claim.type === "improvement" ? (NAMED_BEFORE.exec(before) ?? (previous?.sentenceStart === claim.sentenceStart && previous.type === "improvement" ? AND_NAMED_BEFORE.exec(before) : null))?.[1] : undefined;
      const named = term ?? changed ?? NAMED_AFTER.map((pattern) => pattern.exec(after)?.[1]).find((w) => w !== undefined);
      const metric = term ?? (named ? (definedAs(named, after) ?? metricPhrase(named)) : null);
      if (metric) [claim.metric, claim.higherIsBetter] = [metric, directionOf(metric)];
      continue;
    }
    let words: string | undefined;
    if (claim.type === "score") {
      // "reducing the over-search rate to just 2.3%": the level it reaches, in what the verb changes.
      words = CHANGED_FROM.exec(before)?.[1] ?? (CHANGED_TO.exec(before)?.[1]?.trim() || undefined);
      const subject = words === undefined ? CHANGING_FROM.exec(before)?.[1] : undefined;
      if (subject !== undefined) words = trailingPhrase(subject);
    }
    // The places a measure is named, in turn; the first that names one wins ("improves the average fertility score by 39.5% over
    // LLaMA4": the words after name a comparator, those before the measure).
    // (Each place is read only when the ones before it named nothing: most claims are named by the first.)
    let metric = words ? measureNamed(words, after) : null;
    for (let k = 0; metric === null && k < NAMED_AFTER.length; k++) metric = measureNamed(NAMED_AFTER[k]!.exec(after)?.[1], after);
    if (metric === null && /\(\s*[+-]?\s*$/.test(before)) metric = measureNamed(BRACKETED.exec(after)?.[1], after);
    if (metric === null && claim.type === "improvement") metric = measureNamed(CHANGED_IN.exec(after)?.[1], after) ?? measureNamed(NAMED_BEFORE.exec(before)?.[1], after);
    if (metric === null && claim.type === "improvement" && /\sin\s/.test(before)) metric = measureNamed(CHANGE_IN_BEFORE.exec(before)?.[1], after);
    if (metric) [claim.metric, claim.higherIsBetter] = [metric, directionOf(metric)];
  }
}

/** The measure some words name, if any. */
const measureNamed = (words: string | undefined, after: string) => (words ? (definedAs(words, after) ?? metricPhrase(words)) : null);

/**
 * The measure a phrase is defined as in brackets right after it: "recommendation accuracy (NDCG@10)" is NDCG@10, "Semantic
 * Consistency Score (SCS)" goes by its short name, as names do (CLAIMS-SPEC: "lowercase short canonical form").
 */
function definedAs(phrase: string, text: string): string | null {
  const at = text.indexOf(phrase);
  const bracket = at < 0 ? null : /^\s*\(([^()]{1,24})\)/.exec(text.slice(at + phrase.length, at + phrase.length + 30));
  if (!bracket) return null;
  const inside = bracket[1]!.trim();
  const initials = phrase.split(/[\s-]+/).map((w) => w[0]!.toLowerCase()).join("");
  return canonicalMetric(inside) ?? (/^[A-Z]{2,6}$/.test(inside) && initials === inside.toLowerCase() ? inside.toLowerCase() : null);
}

// ---- the abstract's own measure -------------------------------------------------------------

const NAMES_ACCURACY = /accurac(?:y|ies)/i;

/**
 * A percentage level or change that nothing around it names ("achieve 46.0%, 55.6\%, and 57.7\%
 * respectively", "improves up to 2.05% over vanilla CoT") is in accuracy when accuracy is the
 * measure the abstract speaks of: one accuracy (the plain one, or one kind of it such as "execution
 * accuracy") named anywhere in it. A number said of "performance" keeps no metric. The whole text is
 * read for terms only when such a number is there and the text says "accuracy" at all.
 */
/**
 * A share on a set whose task is measured in accuracy names it by the set ("improvements of 2.17% on CIFAR-10, 4.92% on
 * CIFAR-100", CLAIMS-SPEC: the metric the text "clearly implies"); tasks.json says which sets those are.
 */
export function accuracyOfTheSet(claims: ClaimDraft[]): void {
  for (const c of claims) {
    if (c.metric !== null || c.dataset === null || !QUALITY.has(c.type) || (c.unit !== "%" && c.unit !== "pp")) continue;
    if (measuredIn(c.dataset, "accuracy")) [c.metric, c.higherIsBetter] = ["accuracy", directionOf("accuracy")];
  }
}

export function accuracyOfTheAbstract(claims: ClaimDraft[], scan: string): void {
  const bare = claims.filter((c) => c.metric === null && c.unit === "%" && QUALITY.has(c.type));
  if (!bare.length || !NAMES_ACCURACY.test(scan)) return;
  const named = new Set<string>();
  for (const hit of TERMS.findIn(scan)) if (hit.data.family === "quality" && hit.data.metric.endsWith("accuracy")) named.add(hit.data.metric);
  if (named.size !== 1) return;
  const [metric] = named as Set<string>;
  for (const c of bare) [c.metric, c.higherIsBetter] = [metric!, directionOf(metric!)];
}
