// npm run eval [-- --split seeds|heldout|dev|test] [--findings]: extraction quality on the gold sets.
// - seeds: the bundled seed abstracts (test/gold/seeds.jsonl);
// - heldout: 40 older abstracts no rule was written from (test/heldout/);
// - dev / test: the corpus gold (test/corpus/), split by a hash of the arXiv id. Rules are written from
//   dev (and the seeds); test prints aggregate figures only and never its findings, so nothing is tuned on it.
// --findings lists misses, false alarms and matched claims read with the wrong metric or dataset, to study.
// --half a|b keeps one half of the dev split (by a second hash of the id): rules are written from half a's
//   findings, and half b (whose findings are never printed) shows whether they carry to text not read.
import { parseArgs } from "node:util";
import { readPapers } from "../../extract/pipeline.ts";
import { SEED_LISTINGS } from "../../extract/bundled.ts";
import { evaluate, formatEvaluation, readJsonLines } from "./evaluate.ts";
import type { GoldPaper } from "./evaluate.ts";
import type { Split } from "../corpus/split.ts";
import { halfOf } from "../corpus/split.ts";

export const SPLITS = ["seeds", "heldout", "dev", "test"] as const;
export type GoldSetName = (typeof SPLITS)[number];

export interface GoldSet {
  name: GoldSetName;
  title: string;
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
        gold: readJsonLines<GoldPaper>("test/heldout/gold.jsonl"),
        abstracts: new Map(papers.map((p) => [p.id, p.abstract])),
        titles: new Map(papers.map((p) => [p.id, p.title])),
      };
    }
    default:
      return corpusSplit(name, name === "dev" ? half : undefined);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { split: { type: "string", multiple: true }, findings: { type: "boolean" }, half: { type: "string" } } });
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
  for (const name of names) {
    const set = await goldSet(name, half);
    const result = evaluate(set.gold, set.abstracts, set.titles);
    console.log(formatEvaluation(set.title, result) + "\n");
    // The test split's findings are never printed: reading them would tune the rules on it.
    // Nor are those of dev half b, kept back to see whether rules written from half a carry over.
    if (values.findings && name !== "test" && !(name === "dev" && half === "b")) {
      for (const f of result.findings) console.log(`${f.kind.padEnd(13)} ${f.type.padEnd(11)} ${f.id} ${JSON.stringify(f.text)} = ${f.value} … ${f.context}`);
      console.log();
    }
  }
}
