// One timed streaming extraction, run by `npm run bench` in a child process of its own so that its
// peak memory (RSS, worker threads included) is measured alone. Prints one JSON line.
import { availableParallelism } from "node:os";
import { streamExtract } from "../extract/stream/run.ts";
import { Progress } from "../extract/stream/progress.ts";

const [input, out, workers] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const report = await streamExtract([input!], out!, { workers: Number(workers ?? availableParallelism()), progress: new Progress(1, process.stderr, false) });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ seconds, papers: report.totals.papers, claims: report.totals.claims, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
