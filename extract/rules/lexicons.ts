// The lexicons as the rules use them: metric names with their direction, efficiency cue words
// with the claim family they signal, and dataset aliases with their canonical names.
import metricLexicon from "../lexicon/metrics.json" with { type: "json" };
import datasetLexicon from "../lexicon/datasets.json" with { type: "json" };
import cueLexicon from "../lexicon/cues.json" with { type: "json" };
import modelLexicon from "../lexicon/models.json" with { type: "json" };
import notDatasetLexicon from "../lexicon/notDatasets.json" with { type: "json" };
import type { ClaimType } from "../schema.ts";
import { PhraseIndex } from "./phrases.ts";
import { isSpace } from "./words.ts";
import { alternation, escapeRegExp } from "./patterns.ts";

/** What a cue word says a number measures. "quality" terms are evaluation metrics. */
export interface Term {
  family: "quality" | Extract<ClaimType, "speedup" | "memory" | "compression" | "energy" | "cost">;
  metric: string;
  /** Ambiguous everyday words ("map", "kid") count only when written with a capital ("mAP"). */
  needsCapital: boolean;
  /** An abbreviation's plural counts only written in capitals with a small "s" ("RMSEs", not "EMS"). */
  plural?: true;
}

interface MetricEntry {
  name: string;
  aliases: string[];
  higherIsBetter: boolean;
  family: string;
  ambiguousAliases?: string[];
  /** A cue that a number is a quality level ("90% of the original performance"), but no metric to rank by. */
  vague?: boolean;
}
interface DatasetEntry {
  name: string;
  aliases: string[];
  ambiguousAliases?: string[];
}

const METRICS = metricLexicon as MetricEntry[];
const LOWERCASE_OK = new Set(["error", "precision", "recall", "sensitivity", "loss", "reward", "rewards", "return", "returns"]);

/**
 * A ranking measure at a cut-off keeps it: Recall@1 and Recall@10 are two measures, not one ("R@10" is
 * "recall@10"); the lexicon's name stands for the measure at no cut-off written ("Recall@K", "nDCG").
 */
function atCutOff(m: MetricEntry, alias: string): string {
  const cutOff = m.family === "retrieval" ? /@(\d+)$/.exec(alias)?.[1] : undefined;
  return cutOff === undefined ? m.name : `${m.name.replace(/@k$/, "")}@${cutOff}`;
}

/** Each measure at a cut-off ("recall@10", "ndcg@10") with the lexicon's measure it is of ("recall@k", "ndcg"). */
const AT_CUT_OFF = new Map<string, string>(METRICS.flatMap((m) => m.aliases.map((a): [string, string] => [atCutOff(m, a), m.name]).filter(([name]) => name !== m.name)));
/** The lexicon's measure a metric is, or is at a cut-off of: what its range and direction are read from. */
export const measureOf = (metric: string) => AT_CUT_OFF.get(metric) ?? metric;
/** Whether a metric is a ranking measure at a cut-off ("recall@10"). */
export const isAtCutOff = (metric: string | null) => metric !== null && AT_CUT_OFF.has(metric);

const HIGHER_IS_BETTER = new Map<string, boolean>(METRICS.map((m) => [m.name, m.higherIsBetter]));

const VAGUE = new Set(METRICS.filter((m) => m.vague).map((m) => m.name));
/** A metric name too general to compare claims by ("performance"): claims carry no metric for it. */
export const isVagueMetric = (metric: string | null) => metric !== null && VAGUE.has(metric);

/** Whether a higher value of the metric is better (null: no metric, or one the lexicon gives no direction). */
export function directionOf(metric: string | null): boolean | null {
  return metric === null ? null : (HIGHER_IS_BETTER.get(measureOf(metric)) ?? null);
}

const SHORT_WORD = /^[a-z][a-z0-9@-]{1,5}$/;

function* termPhrases(): Generator<[string, Term]> {
  const plurals: [string, Term][] = [];
  for (const m of METRICS) {
    if (m.family === "efficiency") continue; // efficiency words come from cues.json with their claim family
    const ambiguous = new Set(m.ambiguousAliases ?? []);
    for (const alias of m.aliases) {
      const metric = atCutOff(m, alias);
      yield [alias, { family: "quality", metric, needsCapital: ambiguous.has(alias) && !LOWERCASE_OK.has(alias) }];
      // An abbreviation's plural as papers write it ("RMSEs of 0.0046, 0.0016 and 0.0025", "AUCs").
      // A word's plural may be written in lower case ("trajectory errors of 3.1 cm"); an abbreviation's only in capitals.
      if (SHORT_WORD.test(alias)) plurals.push([`${alias}s`, LOWERCASE_OK.has(alias) ? { family: "quality", metric, needsCapital: false } : { family: "quality", metric, needsCapital: true, plural: true }]);
    }
  }
  for (const [family, metrics] of Object.entries(cueLexicon.efficiency)) {
    for (const [metric, words] of Object.entries(metrics)) {
      for (const word of words) yield [word, { family: family as Term["family"], metric, needsCapital: false }];
    }
  }
  // Last: a word the lexicons list ("returns", "rewards") keeps its own reading.
  yield* plurals;
}

export const TERMS = new PhraseIndex<Term>(termPhrases(), false);

export interface DatasetName {
  canonical: string;
  ambiguous: boolean;
}

// A dataset alias that also names a metric ("NDS": Network Design Spaces, nuScenes Detection Score) needs context.
const METRIC_ALIASES = new Set(METRICS.flatMap((m) => m.aliases.map((a) => a.toLowerCase())));

export const DATASETS = new PhraseIndex<DatasetName>(
  (datasetLexicon as DatasetEntry[]).flatMap((d) => {
    const ambiguous = new Set(d.ambiguousAliases ?? []);
    return d.aliases.map((alias): [string, DatasetName] => [alias, { canonical: d.name, ambiguous: ambiguous.has(alias) || METRIC_ALIASES.has(alias.toLowerCase()) }]);
  }),
  true,
);

/** Names written before "dataset" or "benchmark" that name no dataset (reviewed candidates of npm run lexicon). */
export const NOT_DATASETS = new Set<string>(notDatasetLexicon.names);

/** Canonical name for a dataset as written, when the gazetteer knows it. */
export function canonicalDataset(text: string): string | null {
  return DATASETS.whole(text)?.canonical ?? null;
}

/** Canonical name for a metric or cue as written ("false positive rate" → the FPR metric), when the lexicons know it. */
export function canonicalMetric(text: string): string | null {
  return TERMS.whole(text)?.metric ?? null;
}

// A prefix names a model only where the word goes on with no other word glued to it: a version, size
// or variant ("GPT-4o", "Qwen2.5", "YOLOv5s", "MobileNetV2", "DenseNets", "Stable Diffusion"), not "GenEval",
// "SAMM" or "BERTScore".
const MODEL_PREFIX = new RegExp(`^(?:${modelLexicon.prefixes.map(escapeRegExp).join("|")})s?(?![A-Za-z])|^(?:${modelLexicon.prefixes.map(escapeRegExp).join("|")})[vV]\\d`);
/** Whether a name is a known model's ("ResNet-50", "wav2vec"): models are never datasets, and the numbers after them are versions. */
export function isModelName(name: string): boolean {
  return MODEL_PREFIX.test(name);
}

const phrases = alternation;

/**
 * A phrase of the list (any case) at the end of a text, after a boundary and before white space
 * only (`spaceAfter`: at least one). Tried on the end of the text alone: a pattern anchored at the
 * end would be tried at every position.
 */
class PhraseAtEnd {
  private readonly pattern: RegExp;
  private readonly longest: number;

  constructor(words: string[], spaceAfter: boolean) {
    // LaTeX's "--" is a dash, not a hyphen: "GEPA+Merge--by an average of 12%".
    // "consistent gains: 9.4% on MedQA, …": a colon may introduce what the phrase announces.
    this.pattern = new RegExp(`(?:^|[^\\w-]|--)(?:${phrases(words)})(?:\\s*:)?\\s${spaceAfter ? "+" : "*"}$`, "i");
    this.longest = Math.max(...words.map((w) => w.length));
  }

  test(text: string): boolean {
    let end = text.length;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    // The phrase ends at `end`; it and the two characters before it are all the pattern needs.
    const from = end - this.longest - 4;
    return this.pattern.test(from > 0 ? text.slice(from) : text);
  }
}

/** "by", "reduces", "improvement of" … just before a number: it states a change, not a level. */
export const CHANGE_BEFORE = new PhraseAtEnd(cueLexicon.change.before, false);
/** "faster", "fewer", "reduction" … just after a number. */
// (Not across a preposition: "its accuracy to 70.1% with fewer search calls" says what else was fewer.)
// ("a 2.9% mean absolute error" names a measure: "absolute" there is no change.)
export const CHANGE_AFTER = new RegExp(`^\\s*(?:(?!(?:with|while|using|and|but|at|on|for|from|than|whereas)\\s)[\\w/@-]+\\s+){0,3}?(?:${phrases(cueLexicon.change.after)})(?![\\w-])(?!(?<=\\b(?:absolute|relative))\\s+(?:errors?|deviations?|differences?)\\b)`, "i");
/** Words after a bare count that make it a description of the set-up ("8 benchmarks", "24 layers"). */
// "17 open source LLMs", "6 industrial anomaly detection benchmarks": up to three modifiers may stand
// between a count and what it counts, but no preposition ("82 F1 across all tasks" is a score).
export const SETUP_AFTER = new RegExp(
  // "on 10 of these 12 datasets": a part of a count is a count.
  `^\\s*(?:of\\s+(?:these|the|all|our)?\\s*\\d+\\s+)?(?:(?!(?:on|in|across|for|of|at|with|over|and|or|than|to|by|from|per)\\b)[A-Za-z][\\w-]*\\s+){0,3}?(?:${phrases(cueLexicon.setup)})(?![\\w-])`,
  "i",
);
/** Words before a time or step count that make it a result ("only 8 epochs", "in 4 hours"). */
export const RESULT_BEFORE = new PhraseAtEnd(cueLexicon.result, true);

/** Head nouns of measures no lexicon lists (cues.json "measureHeads"): those that make a bare share a score, and all of them. */
export const MEASURE_HEADS_ALONE = `(?:${phrases(cueLexicon.measureHeads.alone)})`;
export const MEASURE_HEADS = `(?:${phrases([...cueLexicon.measureHeads.alone, ...cueLexicon.measureHeads.named])})`;

const SPED_UP_WORDS = Object.entries(cueLexicon.spedUp).filter(([metric]) => metric !== "_").flatMap(([metric, words]) => (words as string[]).map((w) => [w, metric] as const));
const METRIC_SPED_UP = new Map(SPED_UP_WORDS.map(([w, metric]) => [w.toLowerCase(), metric]));
/** What a general speed-up speeds up: "faster training", "the search is 50% faster" (whole words, longest first). */
export const SPED_UP = new RegExp(`(?<![\\w-])(?:${phrases(SPED_UP_WORDS.map(([w]) => w))})(?![\\w-])`, "gi");
export function metricSpedUp(word: string): string | null {
  return METRIC_SPED_UP.get(word.toLowerCase()) ?? null;
}

const BOUND_WORDS = Object.entries(cueLexicon.bounds).flatMap(([bound, words]) => words.map((w) => [w, bound] as const));
const BOUND_BY_WORD = new Map(BOUND_WORDS.map(([w, b]) => [w.toLowerCase(), b]));
/** A bound word right before the number ("up to", "more than", "~"), possibly after "by". */
export const BOUND_BEFORE = new RegExp(`(?:^|[^\\w-])(${phrases(BOUND_WORDS.map(([w]) => w))})\\s*(?:~\\s*)?(?:just\\s+|only\\s+)?(?:an?\\s+)?$`, "i");
export function boundOf(word: string): string | null {
  return BOUND_BY_WORD.get(word.toLowerCase()) ?? null;
}
