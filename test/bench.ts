// npm run bench: extraction throughput over the seed abstracts (repeated), single thread after a
// warm-up, and in the same run the throughput of one bare regular-expression scan for numbers over
// the same text, so the ratio between the two is measured on the same machine at the same time.
import { readPapers } from "../extract/pipeline.ts";
import { extractFromAbstract } from "../extract/rules/index.ts";

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
