// npm run bench [-- --end-to-end [--papers 1000000,...]]: extraction throughput over the seed
// abstracts (repeated), single thread after a warm-up, and in the same run the throughput of one
// bare regular-expression scan for numbers over the same text, so the ratio between the two is
// measured on the same machine at the same time. With --end-to-end, also the whole pipeline (every
// output written) over the arXiv corpus and generated corpora (npm run corpus), on all cores, with
// peak memory and its ratio to extraction alone.
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import { readPapers } from "../extract/pipeline.ts";
import { ARXIV_CORPUS, SEED_LISTINGS } from "../extract/bundled.ts";
import { extractFromAbstract } from "../extract/rules/index.ts";
import { writeCorpus } from "../extract/corpus.ts";

const TARGET_BYTES = 16 << 20;
const abstracts = (await readPapers(SEED_LISTINGS)).papers.map((p) => p.abstract);
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

// ---- end to end, over real and generated corpora -----------------------------------------------

/** The abstracts' bytes, streaming a corpus file (JSON Lines, gzipped; `abstract` or arXiv's `summary`). */
async function abstractMegabytes(path: string): Promise<number> {
  let bytes = 0;
  for await (const line of createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity })) {
    const record = JSON.parse(line) as { abstract?: string; summary?: string };
    bytes += Buffer.byteLength(record.abstract ?? record.summary ?? "");
  }
  return bytes / (1 << 20);
}

/**
 * The environment `npm run extract` sets (package.json): the end-to-end run is measured as users run it.
 * MALLOC_ARENA_MAX=2: glibc gives each thread that allocates (main, workers, zlib's) arenas of its own
 * that keep what was freed; at 1M abstracts they held 50-90 MB of the peak RSS.
 */
const EXTRACT_ENV = Object.fromEntries(
  /^(?:\w+=\S*\s+)*/
    .exec((JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.extract!)![0]
    .split(/\s+/)
    .filter(Boolean)
    .map((assignment) => assignment.split("=", 2)),
);

const { values } = parseArgs({ options: { "end-to-end": { type: "boolean" }, papers: { type: "string" } } });
if (values["end-to-end"]) {
  const cores = availableParallelism();
  const alone = median(rounds.map((r) => r.extraction));
  console.log(`\nend to end on ${cores} cores, every output written; targets: >= 20 MB/s, within 3x of extraction alone (${alone.toFixed(1)} MB/s, single thread), peak RSS < 500 MB, 1M abstracts < 120 s`);
  const inputs: [string, string][] = [[ARXIV_CORPUS, "arXiv corpus, Aug-Nov 2025"]];
  for (const count of (values.papers ?? "1000000").split(",").filter(Boolean).map(Number)) {
    const corpus = join(tmpdir(), `claimboard-corpus-${count}.jsonl.gz`);
    if (!existsSync(corpus)) await writeCorpus(corpus, count, 1);
    inputs.push([corpus, `${count} generated abstracts`]);
  }
  for (const [corpus, label] of inputs) {
    const megabytes = await abstractMegabytes(corpus);
    const out = mkdtempSync(join(tmpdir(), "claimboard-bench-"));
    const result = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "test/bench-run.ts", corpus, out, String(cores)], { encoding: "utf8", env: { ...process.env, ...EXTRACT_ENV } }).trim().split("\n").pop()!) as { seconds: number; cpuSeconds: number; papers: number; claims: number; maxRssMB: number };
    const mbs = megabytes / result.seconds;
    console.log(`  ${label}: ${megabytes.toFixed(0)} MB of abstracts (${(statSync(corpus).size / 1e6).toFixed(0)} MB gzipped), ${result.papers} papers, ${result.claims} claims`);
    console.log(`    ${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds.toFixed(1)} s)  ${mbs.toFixed(1)} MB/s  ${(result.papers / result.seconds).toFixed(0)} papers/s  peak RSS ${result.maxRssMB.toFixed(0)} MB  extraction alone / end to end: ${(alone / mbs).toFixed(2)}x`);
    rmSync(out, { recursive: true, force: true });
  }
}
