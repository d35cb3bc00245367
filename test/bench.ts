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

const NUMBER = /\d+(?:[.,]\d+)*/g;
const CHUNK = abstracts.length;
const scanOf = (texts: string[]) => texts.reduce((found, a) => found + (a.match(NUMBER)?.length ?? 0), 0);
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

/**
 * One round over the corpus: extraction and the bare scan take turns chunk by chunk (each chunk
 * the seed abstracts once), so that both meet the shared machine in the same state (its speed
 * drifts by tens of per cent within seconds); then the bare scan alone, back to back over the
 * whole corpus, as it runs with the repeated text hot in the caches. MB/s of each.
 */
function round(): { extraction: number; scanInTurn: number; scanAlone: number } {
  let extracting = 0;
  let scanning = 0;
  let found = 0;
  for (let from = 0; from < corpus.length; from += CHUNK) {
    const chunk = corpus.slice(from, from + CHUNK);
    const t0 = process.hrtime.bigint();
    for (const a of chunk) found += extractFromAbstract(a).claims.length;
    extracting += seconds(t0);
    const t1 = process.hrtime.bigint();
    found += scanOf(chunk);
    scanning += seconds(t1);
  }
  const t2 = process.hrtime.bigint();
  found += scanOf(corpus);
  const alone = seconds(t2);
  if (found < 0) throw new Error("unreachable");
  return { extraction: megabytes / extracting, scanInTurn: megabytes / scanning, scanAlone: megabytes / alone };
}

const ROUNDS = 5;
round(); // warm-up
const rounds = Array.from({ length: ROUNDS }, round);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const show = (label: string, values: number[]) =>
  console.log(`${label.padEnd(44)} ${Math.max(...values).toFixed(1).padStart(7)} MB/s best, ${median(values).toFixed(1).padStart(6)} median   (rounds: ${values.map((v) => v.toFixed(1)).join(", ")})`);
const ratio = (label: string, scans: number[]) => {
  const ratios = rounds.map((r, i) => scans[i]! / r.extraction);
  console.log(`  ratio ${label}: ${median(ratios).toFixed(1)}x (median of the rounds; range ${Math.min(...ratios).toFixed(1)}-${Math.max(...ratios).toFixed(1)}x)`);
};

console.log(`corpus: ${corpus.length} abstracts (${abstracts.length} seed abstracts repeated), ${megabytes.toFixed(1)} MB; target: >= 30 MB/s, within 25x of the bare scan`);
show("extraction (claims + datasets)", rounds.map((r) => r.extraction));
show("bare regex scan, in turn with extraction", rounds.map((r) => r.scanInTurn));
show("bare regex scan, alone (text hot in cache)", rounds.map((r) => r.scanAlone));
ratio("to the scan in turn", rounds.map((r) => r.scanInTurn));
ratio("to the scan alone", rounds.map((r) => r.scanAlone));

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
