// npm run eval [-- --split seeds|heldout|dev|test] [--findings]: extraction quality on the gold sets.
// - seeds: the bundled seed abstracts (test/gold/seeds.jsonl);
// - heldout: 40 older abstracts no rule was written from (test/heldout/);
// - dev / test: the corpus gold (test/corpus/), split by a hash of the arXiv id. Rules are written from
//   dev (and the seeds); test prints aggregate figures only and never its findings, so nothing is tuned on it.
// --findings lists misses, false alarms and matched claims read with the wrong metric or dataset, to study.
// --half a|b keeps one half of the dev split (by a second hash of the id): rules are written from half a's
//   findings, and half b (whose findings are never printed) shows whether they carry to text not read.
// --write-accuracy writes the figures of every set and the judged top of the corpus boards, dated today,
//   to site/accuracy.json, which the site's Accuracy page shows (quality.test.ts and top.test.ts fail when
//   it no longer holds what the code measures).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { readPapers } from "../../extract/pipeline.ts";
import { Accuracy, CLAIM_TYPES, GOLD_SET_NAMES } from "../../extract/schema.ts";
import type { AccuracyScores, ClaimType, GoldSetAccuracy } from "../../extract/schema.ts";
import { json } from "../../extract/write.ts";
import { ACCURACY_FILE } from "../../site/build/derive.ts";
import { corpusBoards, readVerdicts, topEntries, topOfBoard, verdictOn } from "../boards/top.ts";
import { SEED_LISTINGS } from "../../extract/bundled.ts";
import { evaluate, formatEvaluation, readJsonLines } from "./evaluate.ts";
import type { Evaluation, GoldPaper, Scores } from "./evaluate.ts";
import type { Split } from "../corpus/split.ts";
import { halfOf } from "../corpus/split.ts";

/** The gold sets, as the published accuracy names them. */
export const SPLITS = GOLD_SET_NAMES;
export type GoldSetName = (typeof SPLITS)[number];

export interface GoldSet {
  name: GoldSetName;
  title: string;
  /** What the set is, for readers of the Accuracy page. */
  description: string;
  rulesWrittenFromIt: boolean;
  gold: GoldPaper[];
  abstracts: Map<string, string>;
  titles: Map<string, string>;
}

function corpusSplit(split: Split, half?: "a" | "b"): GoldSet {
  const drawn = readJsonLines<{ id: string; split: Split; title: string; abstract: string }>("test/corpus/abstracts.jsonl").filter((r) => r.split === split && (!half || halfOf(r.id) === half));
  const ids = new Set(drawn.map((r) => r.id));
  return {
    name: split,
    title: `corpus ${split} split${half ? ` half ${half}` : ""} (test/corpus/gold.jsonl)`,
    description:
      split === "dev"
        ? "Two thirds of 1,200 arXiv abstracts (August to November 2025) drawn at random and annotated by hand; the rules were written from what they miss."
        : "The other third of the same 1,200 abstracts, set apart by a hash of the arXiv id. Nobody reads what the rules get wrong on it, so no rule was written from it: its figures are what to expect on new papers.",
    rulesWrittenFromIt: split === "dev",
    gold: readJsonLines<GoldPaper>("test/corpus/gold.jsonl").filter((g) => ids.has(g.id)),
    abstracts: new Map(drawn.map((r) => [r.id, r.abstract])),
    titles: new Map(drawn.map((r) => [r.id, r.title])),
  };
}

export async function goldSet(name: GoldSetName, half?: "a" | "b"): Promise<GoldSet> {
  switch (name) {
    case "seeds": {
      const papers = (await readPapers(SEED_LISTINGS)).papers;
      return {
        name,
        title: "seed gold set (test/gold/seeds.jsonl)",
        description: "The abstracts bundled with the project, annotated by hand; the first rules were written from them.",
        rulesWrittenFromIt: true,
        gold: readJsonLines<GoldPaper>("test/gold/seeds.jsonl"),
        abstracts: new Map(papers.map((p) => [p.paperId, p.abstract])),
        titles: new Map(papers.map((p) => [p.paperId, p.title])),
      };
    }
    case "heldout": {
      const papers = readJsonLines<{ id: string; title: string; abstract: string }>("test/heldout/abstracts.jsonl");
      return {
        name,
        title: "held-out set (test/heldout/gold.jsonl)",
        description: "Older real abstracts annotated by hand and never used to write rules.",
        rulesWrittenFromIt: false,
        gold: readJsonLines<GoldPaper>("test/heldout/gold.jsonl"),
        abstracts: new Map(papers.map((p) => [p.id, p.abstract])),
        titles: new Map(papers.map((p) => [p.id, p.title])),
      };
    }
    default:
      return corpusSplit(name, name === "dev" ? half : undefined);
  }
}

/** Shares as the Accuracy page publishes them: 4 places, so a rerun gives the same file. */
const rounded = (x: number) => Math.round(x * 1e4) / 1e4;
const roundedScores = (s: Scores): AccuracyScores => ({ gold: s.gold, predicted: s.predicted, matched: s.matched, precision: rounded(s.precision), recall: rounded(s.recall), f1: rounded(s.f1) });

/** A set's aggregate figures as site/accuracy.json holds them (no finding). */
export function publishedFigures(set: GoldSet, e: Evaluation): GoldSetAccuracy {
  return {
    name: set.name,
    description: set.description,
    rulesWrittenFromIt: set.rulesWrittenFromIt,
    abstracts: e.papers,
    byType: Object.fromEntries(CLAIM_TYPES.map((t) => [t, roundedScores(e.byType[t])])) as Record<ClaimType, AccuracyScores>,
    overall: roundedScores(e.overall),
    datasets: roundedScores(e.datasets),
    metricAccuracy: rounded(e.metricAccuracy),
    datasetLinkAccuracy: rounded(e.datasetLinkAccuracy),
    scoreRowAccuracy: rounded(e.scoreRowAccuracy),
    scoreRowsLost: e.scoreRowsLost,
    methodAccuracy: e.methodAccuracy === null ? null : rounded(e.methodAccuracy),
    settingAccuracy: e.settingAccuracy === null ? null : rounded(e.settingAccuracy),
    signAccuracy: e.signAccuracy === null ? null : rounded(e.signAccuracy),
  };
}

/** site/accuracy.json from every gold set and the judged top of the corpus boards, dated today. */
async function writeAccuracy(sets: GoldSetAccuracy[]): Promise<void> {
  const { boards, claims, papers } = await corpusBoards();
  const tops = topEntries(boards, claims);
  const verdicts = readVerdicts();
  const unjudged = tops.filter((t) => !verdictOn(t, verdicts)).length;
  if (unjudged) throw new Error(`${unjudged} #1 entries of the corpus boards have no verdict: judge them first (npm run boards:top)`);
  const accuracy = Accuracy.parse({ measured: new Date().toISOString().slice(0, 10), sets, topOfBoard: topOfBoard(tops, verdicts, papers.length) });
  writeFileSync(ACCURACY_FILE, json(accuracy));
  console.log(`wrote ${ACCURACY_FILE} (measured ${accuracy.measured})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { split: { type: "string", multiple: true }, findings: { type: "boolean" }, half: { type: "string" }, "write-accuracy": { type: "boolean" } } });
  const names = (values.split ?? SPLITS) as GoldSetName[];
  const unknown = names.filter((n) => !SPLITS.includes(n));
  if (unknown.length) {
    console.error(`unknown split ${unknown.join(", ")}; one of ${SPLITS.join(", ")}`);
    process.exit(2);
  }
  const half = values.half as "a" | "b" | undefined;
  if (half !== undefined && half !== "a" && half !== "b") {
    console.error("--half is a or b");
    process.exit(2);
  }
  if (values["write-accuracy"] && (values.split || half)) {
    console.error("--write-accuracy measures every set whole: no --split or --half with it");
    process.exit(2);
  }
  const published: GoldSetAccuracy[] = [];
  for (const name of names) {
    const set = await goldSet(name, half);
    const result = evaluate(set.gold, set.abstracts, set.titles);
    published.push(publishedFigures(set, result));
    console.log(formatEvaluation(set.title, result) + "\n");
    // The test split's findings are never printed: reading them would tune the rules on it.
    // Nor are those of dev half b, kept back to see whether rules written from half a carry over.
    if (values.findings && name !== "test" && !(name === "dev" && half === "b")) {
      for (const f of result.findings) console.log(`${f.kind.padEnd(13)} ${f.type.padEnd(11)} ${f.id} ${JSON.stringify(f.text)} = ${f.value} … ${f.context}`);
      console.log();
    }
  }
  if (values["write-accuracy"]) await writeAccuracy(published);
}
