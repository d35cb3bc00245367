// npm run bench [-- --papers 100000,1000000]: extraction throughput over the seed abstracts
// (repeated), single thread after a warm-up, and in the same run the throughput of one bare
// regular-expression scan for numbers over the same text, so the ratio between the two is measured
// on the same machine at the same time. With --papers, also streaming extraction of generated
// corpora (npm run corpus) single-thread and over all cores, with peak memory.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import { readPapers } from "../extract/pipeline.ts";
import { extractFromAbstract } from "../extract/rules/index.ts";
import { writeCorpus } from "../extract/corpus.ts";

const TARGET_BYTES = 16 << 20;
const abstracts = readPapers(["data/sources"]).papers.map((p) => p.abstract);
const corpus: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const a of abstracts) {
    corpus.push(a);
    bytes += Buffer.byteLength(a);
  }
}
const megabytes = bytes / (1 << 20);

function timed(label: string, run: () => number): number {
  run(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    const count = run();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    runs.push(megabytes / seconds);
    if (count < 0) throw new Error("unreachable");
  }
  const best = Math.max(...runs);
  console.log(`${label.padEnd(34)} ${best.toFixed(1).padStart(8)} MB/s   (runs: ${runs.map((r) => r.toFixed(1)).join(", ")})`);
  return best;
}

console.log(`corpus: ${corpus.length} abstracts (${abstracts.length} seed abstracts repeated), ${megabytes.toFixed(1)} MB`);
const extraction = timed("extraction (claims + datasets)", () => {
  let claims = 0;
  for (const a of corpus) claims += extractFromAbstract(a).claims.length;
  return claims;
});
const NUMBER = /\d+(?:[.,]\d+)*/g;
const scan = timed("bare regex scan for numbers", () => {
  let found = 0;
  for (const a of corpus) found += a.match(NUMBER)?.length ?? 0;
  return found;
});
console.log(`ratio: extraction is ${(scan / extraction).toFixed(1)}x slower than the bare scan (target: within 25x, and >= 30 MB/s)`);

// ---- scale runs over generated corpora ---------------------------------------------------------

/** The abstracts' bytes and a bare number scan over them, streaming the corpus file. */
async function scanCorpus(path: string): Promise<{ megabytes: number; scanMBs: number }> {
  let bytes = 0;
  let seconds = 0;
  for await (const line of createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity })) {
    const abstract = (JSON.parse(line) as { abstract: string }).abstract;
    bytes += Buffer.byteLength(abstract);
    const t0 = process.hrtime.bigint();
    NUMBER.lastIndex = 0;
    abstract.match(NUMBER);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return { megabytes: bytes / (1 << 20), scanMBs: bytes / (1 << 20) / seconds };
}

/** What running on all cores can give here at best: CPU-bound loops run one alone, then one per core at once. */
function parallelCeiling(cores: number): number {
  const loop = "let x = 0; for (let i = 0; i < 6e8; i++) x += i % 7; if (x < 0) console.log(x);";
  const time = (n: number) => {
    const t0 = process.hrtime.bigint();
    execFileSync("bash", ["-c", Array.from({ length: n }, () => `node -e '${loop}' &`).join(" ") + " wait"]);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const one = time(1);
  return (cores * one) / time(cores);
}

const { values } = parseArgs({ options: { papers: { type: "string" } } });
const cores = availableParallelism();
if (values.papers) console.log(`\n${cores} cores; CPU-bound work runs ${parallelCeiling(cores).toFixed(2)}x faster on all of them than on one (the ceiling for all-cores speedups)`);
for (const count of (values.papers ?? "").split(",").filter(Boolean).map(Number)) {
  const corpus = join(tmpdir(), `claimboard-corpus-${count}.jsonl.gz`);
  if (!existsSync(corpus)) await writeCorpus(corpus, count, 1);
  const { megabytes, scanMBs } = await scanCorpus(corpus);
  console.log(`\n${count} generated abstracts: ${megabytes.toFixed(0)} MB of abstract text (${(statSync(corpus).size / 1e6).toFixed(0)} MB gzipped); bare regex scan ${scanMBs.toFixed(0)} MB/s`);
  const runs = [0, cores].map((n) => {
    const out = mkdtempSync(join(tmpdir(), "claimboard-bench-"));
    const result = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "test/bench-stream.ts", corpus, out, String(n)], { encoding: "utf8" }).trim().split("\n").pop()!) as { seconds: number; claims: number; maxRssMB: number };
    const mbs = megabytes / result.seconds;
    console.log(`  ${n === 0 ? "single thread       " : `all cores (${n} worker${n > 1 ? "s" : ""})`} ${mbs.toFixed(1).padStart(6)} MB/s  ${(count / result.seconds).toFixed(0).padStart(6)} papers/s  peak RSS ${result.maxRssMB.toFixed(0)} MB  ${result.claims} claims  (bare scan ${(scanMBs / mbs).toFixed(0)}x faster)`);
    return mbs;
  });
  console.log(`  all cores / single thread: ${(runs[1]! / runs[0]!).toFixed(2)}x`);
}
