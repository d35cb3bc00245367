// npm run extract -- --input PATH [--input PATH ...] --out DIR [--stream [--workers N]]
// With no arguments it reads data/sources/ and writes data/. --stream reads inputs of any size
// record by record and writes JSON Lines (papers.jsonl, claims.jsonl) in input order.
import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { Report } from "./schema.ts";
import { streamExtract } from "./stream/run.ts";
import { runPipeline } from "./pipeline.ts";
import { renderTables, writeFilesAtomically } from "./write.ts";

const USAGE =
  "usage: npm run extract -- [--input PATH ...] [--out DIR] [--stream] [--workers N]   (defaults: --input data/sources --out data; --workers: one per core)";

/** Rejections and warnings on stderr: all of them, or the first thousand of a huge input (the report has the counts). */
function printProblems(report: Report): void {
  const lines = report.inputs.flatMap((input) => [
    ...input.rejections.map((r) => `${r.file}: ${r.location}: rejected: ${r.reason}`),
    ...input.warnings.map((w) => `${w.file}: ${w.location}: warning: ${w.reason}`),
  ]);
  for (const line of lines.slice(0, 1000)) console.error(line);
  if (lines.length > 1000) console.error(`… and ${lines.length - 1000} more (see report.json)`);
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string", multiple: true },
        out: { type: "string" },
        stream: { type: "boolean" },
        workers: { type: "string" },
        help: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const inputs = values.input ?? ["data/sources"];
  const out = values.out ?? "data";
  if (values.stream) {
    // One worker per core: the main thread only splits the input and writes, and is idle most of the time.
    const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0) {
      console.error(`--workers takes a whole number, not "${values.workers}"\n${USAGE}`);
      return 2;
    }
    let report: Report;
    try {
      mkdirSync(out, { recursive: true });
      report = await streamExtract(inputs, out, { workers });
    } catch (error) {
      console.error(`error: ${(error as Error).message}`);
      return 2;
    }
    printProblems(report);
    const t = report.totals;
    console.log(`${t.files} file(s), ${t.records} record(s): ${t.papers} paper(s), ${t.duplicates} duplicate(s) skipped, ${t.rejected} rejected; ${t.claims} claim(s) → ${out}/`);
    return t.papers === 0 ? 1 : 0;
  }
  let tables;
  try {
    tables = runPipeline(inputs);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const { report } = tables;
  printProblems(report);
  const t = report.totals;
  if (t.papers === 0) {
    console.error(`error: no usable paper in ${t.files} file(s) (${t.rejected} record(s) rejected); nothing written`);
    return 1;
  }
  writeFilesAtomically(out, renderTables(tables));
  console.log(
    `${t.files} file(s), ${t.records} record(s): ${t.papers} paper(s), ${t.duplicates} duplicate(s) merged, ` +
      `${t.rejected} rejected; ${t.claims} claim(s), ${t.leaderboards} leaderboard(s) → ${out}/`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
