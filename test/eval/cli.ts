// npm run eval [-- --findings]: extraction quality on the gold set (the seed abstracts) and on the
// held-out set (abstracts the rules were not written from), with misses, false alarms and matched
// claims read with the wrong metric or dataset, to study.
import { readPapers } from "../../extract/pipeline.ts";
import { evaluate, formatEvaluation, readJsonLines } from "./evaluate.ts";
import type { GoldPaper } from "./evaluate.ts";

export function goldSets() {
  const seeds = new Map(readPapers(["data/sources"]).papers.map((p) => [p.paperId, p.abstract]));
  const heldOut = new Map(readJsonLines<{ id: string; abstract: string }>("test/heldout/abstracts.jsonl").map((p) => [p.id, p.abstract]));
  return [
    { name: "gold set (test/gold/seeds.jsonl)", gold: readJsonLines<GoldPaper>("test/gold/seeds.jsonl"), abstracts: seeds },
    { name: "held-out set (test/heldout/gold.jsonl)", gold: readJsonLines<GoldPaper>("test/heldout/gold.jsonl"), abstracts: heldOut },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const showFindings = process.argv.includes("--findings");
  for (const set of goldSets()) {
    const result = evaluate(set.gold, set.abstracts);
    console.log(formatEvaluation(set.name, result) + "\n");
    if (showFindings) {
      for (const f of result.findings) console.log(`${f.kind.padEnd(13)} ${f.type.padEnd(11)} ${f.id} ${JSON.stringify(f.text)} = ${f.value} … ${f.context}`);
      console.log();
    }
  }
}
