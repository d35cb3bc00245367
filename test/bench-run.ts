// One timed end-to-end run of the pipeline (every output written and published), run by
// `npm run bench -- --end-to-end` in a child process of its own so that its peak memory (RSS,
// worker threads included) is measured alone. Prints one JSON line.
import { availableParallelism } from "node:os";
import { buildTables } from "../extract/pipeline.ts";
import { publish } from "../extract/publish.ts";
import { Progress } from "../extract/progress.ts";

const [input, out, workers] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const { report, staging } = await buildTables([input!], out!, { workers: Number(workers ?? availableParallelism()), progress: new Progress(1, process.stderr, false) });
if (staging) await publish(out!, staging);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
// CPU time of every thread of the process (workers and zlib's threads too): on a shared machine the
// wall time depends on the other work, the CPU time much less.
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(JSON.stringify({ seconds, cpuSeconds, papers: report.totals.papers, claims: report.totals.claims, maxRssMB: usage.maxRSS / 1024 }));
