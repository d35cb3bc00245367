// npm run gold:sample [-- --input CORPUS --count N --seed S]: draws the abstracts of the corpus gold set.
// A fixed seed draws N records, among those whose abstract holds a digit, from the arXiv corpus; each is
// written with its white space collapsed as the pipeline stores it (so gold spans point into the same text)
// and its split. The first 100 drawn are the ones annotated twice. Same corpus and seed → same file.
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { collapseSpace } from "../../extract/sources/record.ts";
import { random } from "../../extract/corpus.ts";
import { ARXIV_CORPUS } from "../../extract/bundled.ts";
import { splitOf } from "./split.ts";

interface CorpusRecord {
  id: string;
  title: string;
  summary: string;
}

const { values } = parseArgs({
  options: {
    input: { type: "string", default: ARXIV_CORPUS },
    count: { type: "string", default: "1200" },
    seed: { type: "string", default: "20251206" },
    out: { type: "string", default: "test/corpus/abstracts.jsonl" },
  },
});

// A bad count or seed would draw nothing and overwrite the gold's abstracts with an empty file.
for (const name of ["count", "seed"] as const) {
  if (!/^\d+$/.test(values[name]) || (name === "count" && Number(values[name]) === 0)) {
    console.error(`--${name} must be a positive whole number, not ${JSON.stringify(values[name])}`);
    process.exit(2);
  }
}

const records = gunzipSync(readFileSync(values.input))
  .toString("utf8")
  .split("\n")
  .map((line, i) => {
    if (!line.trim()) return null;
    try {
      return JSON.parse(line) as CorpusRecord;
    } catch (error) {
      throw new Error(`${values.input} line ${i + 1}: ${(error as Error).message}`);
    }
  })
  .filter((r): r is CorpusRecord => r !== null && typeof r.summary === "string" && /\d/.test(r.summary))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// A partial Fisher–Yates shuffle: the first `count` places are a uniform draw without replacement.
const next = random(Number(values.seed));
const count = Math.min(Number(values.count), records.length);
for (let i = 0; i < count; i++) {
  const j = i + Math.floor(next() * (records.length - i));
  [records[i], records[j]] = [records[j]!, records[i]!];
}
const drawn = records.slice(0, count).map((r) => ({
  id: r.id,
  split: splitOf(r.id),
  title: collapseSpace(r.title),
  abstract: collapseSpace(r.summary),
}));
writeFileSync(values.out, drawn.map((r) => JSON.stringify(r)).join("\n") + "\n");
const tests = drawn.filter((r) => r.split === "test").length;
console.log(`${drawn.length} abstracts (${drawn.length - tests} dev, ${tests} test) of ${records.length} with a digit → ${values.out}`);
