// Score claims grouped into boards and ranked by the metric's direction. A board is a (dataset,
// metric, setting): metric aliases are resolved first ("ap" and "map" are one metric; "accuracy"
// with the tag top-5 is "top-5 accuracy"), and claims whose settings disagree on a splitting tag
// (zero-shot vs fine-tuned, level:char vs level:word…) are never ranked together. Only absolute
// scores rank: retention ratios, relative metrics and baselines' numbers do not. Every entry is
// checked for plausibility (its range, its wording, its dataset, its unit, its distance from the
// board's median); a flagged entry carries its reasons and ranks after every unflagged one.
// A paper appears once per board, with its best claimed result. The rules: docs/leaderboards.md;
// the vocabularies: extract/lexicon/boards.json.
import lexicon from "./lexicon/boards.json" with { type: "json" };
import { Leaderboard } from "./schema.ts";
import type { Claim } from "./schema.ts";
import { alternation } from "./rules/patterns.ts";
import { measureOf } from "./rules/lexicons.ts";

/** What ranking a claim needs of it (the sentence is read once, for the flags, and not kept). */
export type RankedClaim = Pick<
  Claim,
  "claimId" | "paperId" | "title" | "type" | "role" | "dataset" | "metric" | "higherIsBetter" | "value" | "unit" | "bound" | "date" | "text" | "start" | "method" | "setting"
> & {
  /** Reasons to doubt the claim that it shows on its own (range, wording, dataset); see claimFlags. */
  flags: string[];
};

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A tag's name: "few-shot" of "few-shot:5", "pass@" of "pass@1", "top" of "top-5". */
const tagName = (tag: string) => {
  const name = tag.split(":", 1)[0]!;
  return name.startsWith("pass@") ? "pass@" : /^top-?\d+$/.test(name) ? "top" : name;
};
const SHOWN = new Set(lexicon.shownTags);
const TOP_K = new Set(lexicon.topKMetrics);
const ALIASES = lexicon.metricAliases as Record<string, string>;
const LABELS = lexicon.metricLabels as Record<string, string>;

/** The board metric of a claim: its metric with aliases resolved, "top-K" folded in from the setting. */
export function boardMetric(c: Pick<Claim, "metric" | "setting">): string | null {
  if (c.metric === null) return null;
  const metric = ALIASES[c.metric] ?? c.metric;
  if (TOP_K.has(metric)) {
    const top = c.setting.find((t) => tagName(t) === "top");
    if (top) return `top-${top.replace(/^top-?/, "")} ${metric}`;
  }
  return metric;
}

/** How a board metric is written for people: "mAP (AP)", "AP50", "top-1 accuracy". */
export const metricLabel = (metric: string): string => LABELS[metric] ?? metric;

/**
 * The tags that split a claim's board from others, sorted: every tag but the shown ones (split:…,
 * model-size:…, resolution:…, timesteps:…, single-model are columns, not splits) and a top-K that
 * the metric already names. Tags outside the vocabulary split too: claims are kept apart unless
 * they are known to be comparable.
 */
export function splittingTags(c: Pick<Claim, "metric" | "setting">): string[] {
  // A top-K is folded into the metric ("accuracy" with top-5 is "top-5 accuracy"), or the metric names it already.
  const metric = c.metric === null ? null : (ALIASES[c.metric] ?? c.metric);
  const folded = metric !== null && (TOP_K.has(metric) || /^top-?\d+ /.test(metric));
  return [...new Set(c.setting.filter((t) => !SHOWN.has(tagName(t)) && !(folded && tagName(t) === "top")))].sort();
}

/** The tags of a claim shown beside it but not splitting its board ("split:test", "model-size:7B"). */
export const shownTags = (setting: readonly string[]): string[] => setting.filter((t) => SHOWN.has(tagName(t)));

const RELATIVE_METRICS = new Set(lexicon.relativeMetrics);

/** A metric that states a value relative to another system's: a retention ratio, a drop, a gap. */
export function isRelativeMetric(metric: string): boolean {
  return (
    RELATIVE_METRICS.has(metric) ||
    lexicon.relativeMetricSuffixes.some((s) => metric.endsWith(s)) ||
    lexicon.relativeMetricPrefixes.some((p) => metric.startsWith(p))
  );
}

/** A paper's own absolute score on a named dataset and a metric with a direction: what boards rank. */
export function isRanked(claim: Pick<Claim, "type" | "role" | "dataset" | "metric" | "higherIsBetter">): boolean {
  return (
    claim.type === "score" &&
    claim.role === "result" &&
    claim.dataset !== null &&
    claim.metric !== null &&
    claim.higherIsBetter !== null &&
    !isRelativeMetric(claim.metric)
  );
}

// ---- plausibility -------------------------------------------------------------------------------

const PERCENT = new Set(lexicon.percentMetrics);
const UNIT_INTERVAL = new Set(lexicon.unitIntervalMetrics);
const SIGNED = new Set(lexicon.signedMetrics);
const AT_LEAST_ONE = new Set(lexicon.atLeastOne);
const NOT_PERCENT = new Set(lexicon.notPercentMetrics);
const RELATIVE_WORDS = new RegExp(`(?<![\\w-])(${alternation(lexicon.relativeWords)})(?![\\w-])`, "gi");
// A change by which one system beats another, read as a score: "outperforms X by 16% in top-1".
// Comparisons of absolute values ("improves accuracy from 86.5% to 93.3%", "93%, higher than X") are not relative.
const MARGIN_BEFORE = /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|improv\w*|better|higher|lower|gain\w*|boost\w*|increas\w*|reduc\w*)\b[^.;]{0,50}\bby\s+(?:up to\s+|more than\s+|over\s+|about\s+|nearly\s+|approximately\s+|around\s+|~\s*)?$/i;
// A change read as a score: "the maximum drop reaching 49.89% on GSM8K and 35.40% on MATH500", "a 6.5% absolute gain".
// "accuracy drops to 40%" is a level: a "to" after the change word hands the number back, and so does a
// new clause ("leads to further gains, reaching 57.97%").
const CHANGE_BEFORE = /\b(?:drops?|dropped|decreases?|decreased|degradations?|declines?|gains?|reductions?|reduc(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing))\b(?!(?:[^.;,]|\.\d)*\bto\b)(?:[^.;,]|\.\d)*$/i;
const CHANGE_AFTER = /^\s*(?:%|\\%|percent)?\s*(?:absolute\s+|relative\s+)?(?:drops?|decreases?|degradations?|gains?|reductions?|improvements?|increases?)\b/i;
const CHANGE_REACH = 160;
/** Characters before and after the number searched for relative wording. */
export const WORDING_BEFORE = 60;
export const WORDING_AFTER = 25;

/** The value's range as the metric allows it: the reason it is outside, or null. */
export function rangeProblem(c: Pick<Claim, "metric" | "value" | "unit">): string | null {
  const metric = c.metric;
  if (metric === null) return null;
  const signed = SIGNED.has(metric);
  // A measure at a cut-off ("recall@10") is checked as the lexicon's measure ("recall@k").
  const percent = PERCENT.has(metric) || PERCENT.has(measureOf(metric));
  if (!signed && c.value < 0) return `negative ${metric}, which cannot be below 0`;
  if (c.unit === "%" && !signed && c.value > 100 && percent) return `${c.value}% ${metric}, over 100%`;
  if (c.unit === "" && percent && c.value > 100) return `${c.value} ${metric}, over 100 (a percentage) or 1 (a fraction)`;
  if (c.unit === "" && UNIT_INTERVAL.has(metric) && Math.abs(c.value) > 1) return `${c.value} ${metric}, outside −1…1`;
  if (c.unit === "%" && NOT_PERCENT.has(metric)) return `${metric} in %, which it is not measured in (a relative change?)`;
  if (AT_LEAST_ONE.has(metric) && c.value < 1) return `${metric} ${c.value}, below its minimum of 1`;
  return null;
}

/** Whether the sentence names the claim's dataset (as written, or by its canonical name). */
function namesDataset(c: Pick<Claim, "dataset" | "datasetText" | "sentence">): boolean {
  const sentence = c.sentence.toLowerCase();
  return [c.dataset, c.datasetText].some((name) => name !== null && sentence.includes(name.toLowerCase()));
}

/** Relative wording near the number ("of the original", "margin", "compared to"): the words found. */
export function relativeWording(c: Pick<Claim, "start" | "end" | "sentence" | "sentenceStart">): string[] {
  const at = c.start - c.sentenceStart;
  const before = c.sentence.slice(Math.max(0, at - WORDING_BEFORE), at);
  const window = before + c.sentence.slice(at, Math.min(c.sentence.length, c.end - c.sentenceStart + WORDING_AFTER));
  const words = [...window.matchAll(RELATIVE_WORDS)].map((m) => m[1]!.toLowerCase());
  if (MARGIN_BEFORE.test(before)) words.push("by (a margin)");
  // A change is looked for back to the clause's start (commas and "to" stop it), further than other wording.
  if (CHANGE_BEFORE.test(c.sentence.slice(Math.max(0, at - CHANGE_REACH), at)) || CHANGE_AFTER.test(c.sentence.slice(c.end - c.sentenceStart, c.end - c.sentenceStart + WORDING_AFTER))) words.push("a change");
  return [...new Set(words)];
}

/** The words that put a number on one category or subset of its benchmark, if the clause before or after it has them. */
function partOfTheSet(c: Pick<Claim, "start" | "end" | "sentence" | "sentenceStart">): string | null {
  const at = c.start - c.sentenceStart;
  const window = c.sentence.slice(Math.max(0, at - WORDING_BEFORE), Math.min(c.sentence.length, c.end - c.sentenceStart + WORDING_AFTER));
  return PART_OF_SET.exec(window)?.[0] ?? null;
}
const PART_OF_SET = /\b(?:on|for|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2}(?:category|class|subset|subgroup)\b/;

/** The reasons to doubt a claim that it shows on its own: range, dataset, wording, a best case, a part of the set. */
export function claimFlags(c: Claim): string[] {
  const flags: string[] = [];
  const range = rangeProblem(c);
  if (range) flags.push(`out of range: ${range}`);
  if (c.dataset !== null && !namesDataset(c)) flags.push(`dataset not named in the sentence: ${c.dataset}`);
  const words = relativeWording(c);
  if (words.length) flags.push(`relative wording near the number: ${words.map((w) => `"${w}"`).join(", ")}`);
  // "accuracy over 62% in most cases and up to 96.5%": the best of several settings, not a result to rank beside others'.
  // "maintaining 91-95% clean accuracy": a range's top is the best of several too.
  // "accuracy on the Person category from 19.1 percent to 87.3 percent": a part of the benchmark, not the whole.
  const part = partOfTheSet(c);
  if (part) flags.push(`a part of the benchmark: "${part}"`);
  if (c.type === "score" && c.bound === "up to") flags.push(`the best case of several ("up to")`);
  else if (c.type === "score" && c.valueLow !== null) flags.push(`the top of a range (${c.text})`);
  return flags;
}

export const rankedFields = (c: Claim): RankedClaim => ({
  claimId: c.claimId, paperId: c.paperId, title: c.title, type: c.type, role: c.role, dataset: c.dataset, metric: c.metric,
  higherIsBetter: c.higherIsBetter, value: c.value, unit: c.unit, bound: c.bound, date: c.date, text: c.text, start: c.start,
  method: c.method, setting: c.setting, flags: claimFlags(c),
});

/** Median of numbers (sorted copy). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Entries far from the board's median: modified z-score 0.6745·|x − median| / MAD above the
 * threshold (Iglewicz and Hoaglin), only on boards of minEntries or more and a MAD above 0.
 */
export function outliers(values: number[], minEntries = lexicon.outliers.minEntries, threshold = lexicon.outliers.threshold): { median: number; outlying: boolean[] } | null {
  if (values.length < minEntries) return null;
  const m = median(values);
  const mad = median(values.map((v) => Math.abs(v - m)));
  if (mad === 0) return null;
  return { median: m, outlying: values.map((v) => (0.6745 * Math.abs(v - m)) / mad > threshold) };
}

/** The unit most entries of a board have ("%" first on a tie, then by name). */
function boardUnit(units: string[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || Number(b === "%") - Number(a === "%") || compareText(a, b))[0]![0];
}

// ---- ranking ------------------------------------------------------------------------------------

/** The board a ranked claim is on: dataset, board metric and splitting tags. */
export function boardKey(c: Pick<RankedClaim, "dataset" | "metric" | "setting">): string {
  return JSON.stringify([c.dataset, boardMetric(c), splittingTags(c)]);
}

/** Board order of two claims of one board: unflagged first, better value (by the metric's direction), then paper, then position. */
export function compareOnBoard(a: RankedClaim, b: RankedClaim): number {
  return (
    Number(a.flags.length > 0) - Number(b.flags.length > 0) ||
    (a.higherIsBetter ? b.value - a.value : a.value - b.value) ||
    compareText(a.paperId, b.paperId) ||
    a.start - b.start
  );
}

/**
 * Each paper's best claim so far on each leaderboard (buildLeaderboards ranks only those). At a
 * million papers they are over a hundred thousand, so they are held lean: by board, then paper (no
 * key string of their own), with the short texts that many share (names, units, dates) held once, a
 * paper's id and title once for all its claims (claims come paper by paper, each with copies of its
 * own from the worker), and one empty list for the many claims without setting or flags.
 */
const NONE: string[] = Object.freeze([]) as unknown as string[];

export class BestClaims {
  private readonly boards = new Map<string, Map<string, RankedClaim>>();
  private readonly texts = new Map<string, string>();
  private paper = { paperId: "", title: "" };

  keep(c: RankedClaim): void {
    if (!isRanked(c)) return;
    const name = boardKey(c);
    let board = this.boards.get(name);
    if (!board) this.boards.set(name, (board = new Map()));
    const held = board.get(c.paperId);
    if (!held || compareOnBoard(c, held) < 0) board.set(c.paperId, this.lean(c));
  }

  /** The claims held, board by board (each board's in the order its papers first came). */
  *values(): Generator<RankedClaim> {
    for (const board of this.boards.values()) yield* board.values();
  }

  clear(): void {
    this.boards.clear();
    this.texts.clear();
  }

  private shared<T extends string | null>(text: T): T {
    if (text === null) return text;
    const held = this.texts.get(text);
    if (held !== undefined) return held as T;
    this.texts.set(text, text);
    return text;
  }

  private lean(c: RankedClaim): RankedClaim {
    if (c.paperId !== this.paper.paperId || c.title !== this.paper.title) this.paper = { paperId: c.paperId, title: c.title };
    const { paperId, title } = this.paper;
    return {
      claimId: c.claimId, paperId, title, type: this.shared(c.type), role: this.shared(c.role), dataset: this.shared(c.dataset),
      metric: this.shared(c.metric), higherIsBetter: c.higherIsBetter, value: c.value, unit: this.shared(c.unit), bound: this.shared(c.bound),
      date: this.shared(c.date), text: c.text, start: c.start, method: c.method === null ? null : this.shared(c.method),
      setting: c.setting.length ? c.setting : NONE, flags: c.flags.length ? c.flags : NONE,
    };
  }
}

export function buildLeaderboards(claims: Iterable<RankedClaim>): Leaderboard[] {
  const groups = new Map<string, RankedClaim[]>();
  for (const claim of claims) {
    if (!isRanked(claim)) continue;
    const key = boardKey(claim);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const boards: Leaderboard[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const higherIsBetter = first.higherIsBetter!;
    const bestPerPaper = new Map<string, RankedClaim>();
    for (const claim of group.sort(compareOnBoard)) if (!bestPerPaper.has(claim.paperId)) bestPerPaper.set(claim.paperId, claim);
    // The board's own checks: values far from the median, the unit most entries share (entries already
    // implausible have no vote: two stray fractions must not make the board's percentages look out of place).
    const best = [...bestPerPaper.values()];
    const spread = outliers(best.map((c) => c.value));
    const voters = best.filter((c, i) => c.flags.length === 0 && !spread?.outlying[i]);
    const unit = boardUnit((voters.length ? voters : best).map((c) => c.unit));
    const flagged = best.map((c, i) => {
      const flags = [...c.flags];
      if (c.unit !== unit) flags.push(`unit ${c.unit ? `"${c.unit}"` : "none"} unlike the board's ${unit ? `"${unit}"` : "none"}`);
      if (spread?.outlying[i]) flags.push(`outlier: far from the board's median of ${Number(spread.median.toPrecision(6))}`);
      return { ...c, flags };
    });
    // Validated board by board: a parse copies, and the boards of a million papers are tens of MB.
    boards.push(Leaderboard.parse({
      dataset: first.dataset!,
      metric: boardMetric(first)!,
      setting: splittingTags(first),
      higherIsBetter,
      entries: flagged.sort(compareOnBoard).map((claim, i) => ({
        rank: i + 1,
        claimId: claim.claimId,
        paperId: claim.paperId,
        title: claim.title,
        method: claim.method,
        setting: claim.setting,
        value: claim.value,
        unit: claim.unit,
        bound: claim.bound,
        date: claim.date,
        text: claim.text,
        flags: claim.flags,
      })),
    }));
  }
  return boards.sort((a, b) => compareText(a.dataset, b.dataset) || compareText(a.metric, b.metric) || compareText(a.setting.join(";"), b.setting.join(";")));
}
