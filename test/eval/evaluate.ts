// The project's own measure of extraction quality against a hand-made gold set (CLAIMS-SPEC):
// precision, recall and F1 per claim type and overall (a predicted claim matches a gold claim
// when the type and value agree and the spans overlap), dataset-mention P/R/F1, and the metric
// and dataset-link accuracy of the matched claims (names compared as the lexicons canonicalise them).
import { readFileSync } from "node:fs";
import { CLAIM_TYPES } from "../../extract/schema.ts";
import type { ClaimType } from "../../extract/schema.ts";
import { extractFromAbstract } from "../../extract/rules/index.ts";
import type { ClaimDraft } from "../../extract/rules/index.ts";
import { canonicalDataset, canonicalMetric, isVagueMetric } from "../../extract/rules/lexicons.ts";

export interface GoldClaim {
  type: ClaimType;
  text: string;
  value: number;
  low?: number | null;
  unit: string;
  metric: string | null;
  dataset: string | null;
  qualifier: string | null;
  role: string;
  baseline: string | null;
  /** The corpus gold carries both; the older gold sets neither. */
  method?: string | null;
  setting?: string[];
  occurrence?: number;
}

export interface GoldPaper {
  id: string;
  datasets: string[];
  claims: GoldClaim[];
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Finding {
  id: string;
  /** A matched claim with the wrong metric or dataset counts as found, and is listed to study: its text then says what was read and what the gold says. */
  kind: "miss" | "false alarm" | "wrong metric" | "wrong dataset" | "wrong method" | "wrong setting" | "wrong sign";
  type: ClaimType | "dataset";
  text: string;
  value: number;
  context: string;
}

export interface Evaluation {
  papers: number;
  byType: Record<ClaimType, Scores>;
  overall: Scores;
  datasets: Scores;
  metricAccuracy: number;
  datasetLinkAccuracy: number;
  /** Of the gold scores that belong on a board (a dataset named), the share found with the right value, dataset and metric. */
  scoreRowAccuracy: number;
  /** Why the other board scores are wrong: not found, found with the wrong metric (dataset right), with the wrong dataset. */
  scoreRowsLost: { missed: number; metric: number; dataset: number };
  /** Of the matched claims whose gold names a method (or none), the share read with that method; null when the gold has no methods. */
  methodAccuracy: number | null;
  /** The same for the setting tags (the same set of tags, order aside). */
  settingAccuracy: number | null;
  /** Of the matched improvements, the share read with the gold's sign (negative: worse than the comparator); null when none matched. */
  signAccuracy: number | null;
  findings: Finding[];
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Where the k-th occurrence of a gold text starts (occurrences counted left to right, not overlapping). */
export function goldSpan(abstract: string, claim: GoldClaim): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k < (claim.occurrence ?? 1); k++) {
    at = abstract.indexOf(claim.text, at < 0 ? 0 : at + claim.text.length);
    if (at < 0) throw new Error(`gold text "${claim.text}" not found in the abstract`);
  }
  return { start: at, end: at + claim.text.length };
}

/** Values agree when equal, or equal up to an SI prefix ("444M FLOPs" read as 444e6 or 444). */
export function sameValue(a: number, b: number): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return [1, 1e3, 1e6, 1e9, 1e12].some((k) => close(Math.abs(a), Math.abs(b) * k) || close(Math.abs(a) * k, Math.abs(b)));
}

const scores = ({ gold, predicted, matched }: Counts): Scores => {
  const precision = predicted ? matched / predicted : 1;
  const recall = gold ? matched / gold : 1;
  return { gold, predicted, matched, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

const datasetKey = (text: string | null) => (text === null ? null : (canonicalDataset(text) ?? text).toLowerCase());
/** The gold names metrics as the annotator wrote them ("false positive rate"): both sides are compared by the lexicon's name. */
/** A vague name ("performance") is no metric, on either side. */
const metricKey = (name: string | null | undefined) => {
  const canonical = name ? (canonicalMetric(name) ?? name) : null;
  return canonical && !isVagueMetric(canonical) ? canonical.toLowerCase() : null;
};

/** Method names compared as written, up to case, spacing, hyphens and LaTeX markup ("\\texttt{X}"). */
export const methodKey = (name: string | null | undefined) =>
  name ? name.replace(/\\[a-z]+\{([^}]*)\}/g, "$1").toLowerCase().replace(/[\s\-_]+/g, "") || null : null;
const settingKey = (tags: string[]) => [...new Set(tags.map((t) => t.toLowerCase()))].sort().join(";");

export function evaluate(gold: GoldPaper[], abstracts: Map<string, string>, titles: Map<string, string> = new Map()): Evaluation {
  const counts = Object.fromEntries(CLAIM_TYPES.map((t) => [t, { gold: 0, predicted: 0, matched: 0 }])) as Record<ClaimType, Counts>;
  const datasetCounts: Counts = { gold: 0, predicted: 0, matched: 0 };
  let metricRight = 0;
  let linkRight = 0;
  let matchedTotal = 0;
  let boardScores = 0;
  let boardScoresRight = 0;
  const scoreRowsLost = { missed: 0, metric: 0, dataset: 0 };
  const methods = { judged: 0, right: 0 };
  const settings = { judged: 0, right: 0 };
  const signs = { judged: 0, right: 0 };
  const findings: Finding[] = [];
  for (const paper of gold) {
    const abstract = abstracts.get(paper.id);
    if (abstract === undefined) throw new Error(`gold paper ${paper.id} is not among the abstracts`);
    const { claims, datasets } = extractFromAbstract(abstract, titles.get(paper.id) ?? "");
    const context = (start: number, end: number) =>
      `${abstract.slice(Math.max(0, start - 50), start)}[[${abstract.slice(start, end)}]]${abstract.slice(end, end + 40)}`;

    const goldSets = new Set(paper.datasets.map(datasetKey));
    const predictedSets = new Set(datasets.map((d) => d.name.toLowerCase()));
    datasetCounts.gold += goldSets.size;
    datasetCounts.predicted += predictedSets.size;
    for (const name of predictedSets) if (goldSets.has(name)) datasetCounts.matched++;
    for (const name of goldSets) {
      if (!predictedSets.has(name!)) findings.push({ id: paper.id, kind: "miss", type: "dataset", text: name!, value: 0, context: "" });
    }
    for (const d of datasets) {
      if (!goldSets.has(d.name.toLowerCase())) findings.push({ id: paper.id, kind: "false alarm", type: "dataset", text: d.text, value: 0, context: context(d.start, d.end) });
    }

    const unmatched = new Set<ClaimDraft>(claims);
    for (const c of claims) counts[c.type].predicted++;
    for (const g of paper.claims) {
      counts[g.type].gold++;
      const onBoard = g.type === "score" && g.dataset !== null;
      if (onBoard) boardScores++;
      const span = goldSpan(abstract, g);
      const match = [...unmatched].find((p) => p.type === g.type && sameValue(p.value, g.value) && p.start < span.end && span.start < p.end);
      if (!match) {
        if (onBoard) scoreRowsLost.missed++;
        findings.push({ id: paper.id, kind: "miss", type: g.type, text: g.text, value: g.value, context: context(span.start, span.end) });
        continue;
      }
      unmatched.delete(match);
      counts[g.type].matched++;
      matchedTotal++;
      const wrong = (kind: Finding["kind"], read: string | null, gold: string | null) =>
        findings.push({ id: paper.id, kind, type: g.type, text: `${read} (gold: ${gold})`, value: g.value, context: context(span.start, span.end) });
      const metricIsRight = metricKey(match.metric) === metricKey(g.metric);
      const datasetIsRight = datasetKey(match.datasetText) === datasetKey(g.dataset);
      if (metricIsRight) metricRight++;
      else wrong("wrong metric", match.metric, g.metric);
      if (datasetIsRight) linkRight++;
      else wrong("wrong dataset", match.datasetText, g.dataset);
      if (onBoard && metricIsRight && datasetIsRight) boardScoresRight++;
      else if (onBoard) scoreRowsLost[datasetIsRight ? "metric" : "dataset"]++;
      if (g.method !== undefined) {
        methods.judged++;
        if (methodKey(match.method) === methodKey(g.method)) methods.right++;
        else wrong("wrong method", match.method, g.method);
      }
      if (g.type === "improvement") {
        signs.judged++;
        if (Math.sign(match.value) === Math.sign(g.value)) signs.right++;
        else wrong("wrong sign", String(match.value), String(g.value));
      }
      if (g.setting !== undefined) {
        settings.judged++;
        if (settingKey(match.setting) === settingKey(g.setting)) settings.right++;
        else wrong("wrong setting", match.setting.join(", "), g.setting.join(", "));
      }
    }
    for (const p of unmatched) {
      findings.push({ id: paper.id, kind: "false alarm", type: p.type, text: p.text, value: p.value, context: context(p.start, p.end) });
    }
  }
  const total = CLAIM_TYPES.reduce<Counts>(
    (sum, t) => ({ gold: sum.gold + counts[t].gold, predicted: sum.predicted + counts[t].predicted, matched: sum.matched + counts[t].matched }),
    { gold: 0, predicted: 0, matched: 0 },
  );
  return {
    papers: gold.length,
    byType: Object.fromEntries(CLAIM_TYPES.map((t) => [t, scores(counts[t])])) as Record<ClaimType, Scores>,
    overall: scores(total),
    datasets: scores(datasetCounts),
    metricAccuracy: matchedTotal ? metricRight / matchedTotal : 1,
    datasetLinkAccuracy: matchedTotal ? linkRight / matchedTotal : 1,
    scoreRowAccuracy: boardScores ? boardScoresRight / boardScores : 1,
    scoreRowsLost,
    methodAccuracy: methods.judged ? methods.right / methods.judged : null,
    settingAccuracy: settings.judged ? settings.right / settings.judged : null,
    signAccuracy: signs.judged ? signs.right / signs.judged : null,
    findings,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatEvaluation(name: string, e: Evaluation): string {
  const row = (label: string, s: Scores) =>
    `| ${label.padEnd(11)} | ${String(s.gold).padStart(4)} | ${String(s.predicted).padStart(4)} | ${String(s.matched).padStart(4)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
  return [
    `${name}: ${e.papers} abstracts`,
    "",
    "| claims      | gold | pred | hit  |  P %  |  R %  | F1 %  |",
    "|-------------|------|------|------|-------|-------|-------|",
    ...CLAIM_TYPES.map((t) => row(t, e.byType[t])),
    row("overall", e.overall),
    row("datasets", e.datasets),
    "",
    `metric accuracy on matched claims: ${pct(e.metricAccuracy)} %`,
    `dataset-link accuracy on matched claims: ${pct(e.datasetLinkAccuracy)} %`,
    `score rows right (value, dataset and metric of the gold scores on a dataset): ${pct(e.scoreRowAccuracy)} %`,
    `score rows lost: ${e.scoreRowsLost.missed} not found, ${e.scoreRowsLost.dataset} wrong dataset, ${e.scoreRowsLost.metric} wrong metric (dataset right)`,
    ...(e.methodAccuracy === null ? [] : [`method accuracy on matched claims: ${pct(e.methodAccuracy)} %`]),
    ...(e.settingAccuracy === null ? [] : [`setting accuracy on matched claims: ${pct(e.settingAccuracy)} %`]),
    ...(e.signAccuracy === null ? [] : [`sign right on matched improvements: ${pct(e.signAccuracy)} %`]),
  ].join("\n");
}
