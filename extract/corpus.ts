// npm run corpus -- --papers N [--out FILE] [--seed S]
// A large, realistic corpus for scale runs without a download: abstracts recombined from the
// sentences of the five seed listings (so the numbers, units and names are real ones), written as
// JSON Lines, gzipped when FILE ends in .gz. The same seed gives the same corpus.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { readPapers } from "./pipeline.ts";
import { SEED_LISTINGS } from "./bundled.ts";
import { splitSentences } from "./rules/sentences.ts";

/** mulberry32: a small, fast, seeded PRNG (Math.random cannot be seeded). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusSource {
  titles: string[];
  sentences: string[];
}

export async function corpusSource(sources = SEED_LISTINGS): Promise<CorpusSource> {
  const { papers } = await readPapers(sources);
  return {
    titles: papers.map((p) => p.title),
    sentences: papers.flatMap((p) => splitSentences(p.abstract).map((s) => p.abstract.slice(s.start, s.end))).filter((s) => s.length > 20),
  };
}

/** The i-th generated paper: a title and 5–10 sentences drawn from the seed abstracts. */
export function* generatePapers(source: CorpusSource, count: number, seed = 1): Generator<{ title: string; abstract: string; date: string }> {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const sentences = Array.from({ length: 5 + Math.floor(next() * 6) }, () => pick(source.sentences));
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    yield {
      title: `${pick(source.titles)} (variant ${i + 1})`,
      abstract: sentences.join(" "),
      date: `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    };
  }
}

export async function writeCorpus(path: string, count: number, seed = 1, source?: CorpusSource): Promise<void> {
  source ??= await corpusSource();
  const file = createWriteStream(path);
  const out: Writable = path.endsWith(".gz") ? createGzip() : file;
  if (out !== file) out.pipe(file);
  for (const paper of generatePapers(source, count, seed)) {
    if (!out.write(`${JSON.stringify(paper)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(file, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { papers: { type: "string" }, out: { type: "string" }, seed: { type: "string" } } });
  const count = Number(values.papers ?? "100000");
  if (!Number.isInteger(count) || count <= 0) {
    console.error("usage: npm run corpus -- --papers N [--out FILE(.jsonl|.jsonl.gz)] [--seed S]");
    process.exitCode = 2;
  } else {
    const out = values.out ?? `corpus-${count}.jsonl.gz`;
    await writeCorpus(out, count, Number(values.seed ?? "1"));
    console.log(`${count} abstracts → ${out}`);
  }
}
