// npm run extract -- [--input PATH ...] [--out DIR] [--workers N]
// With no arguments it reads data/sources/ and writes data/. Inputs of any size and format (plain
// or gzipped) go through the one pipeline (pipeline.ts); the tables are published as one set.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { Report } from "./schema.ts";
import { buildTables } from "./pipeline.ts";
import { publish } from "./publish.ts";

const MAX_WORKERS = 64;
const USAGE = `usage: npm run extract -- [--input PATH ...] [--out DIR] [--workers N]
  defaults: --input data/sources --out data --workers ${availableParallelism()} (one per core; 0 to ${MAX_WORKERS}, 0 extracts in the main thread)
  --stream is accepted and does nothing (every run streams)`;

/** Rejections and warnings on stderr: all of them, or the first thousand of a huge input (the report has the counts). */
function printProblems(report: Report): void {
  const lines = [
    ...report.inputs.flatMap((input) => [
      ...input.rejections.map((r) => `${r.file}: ${r.location}: rejected: ${r.reason}`),
      ...input.warnings.map((w) => `${w.file}: ${w.location}: warning: ${w.reason}`),
    ]),
    ...report.outputs.map((w) => `${w.file}: ${w.location}: warning: ${w.reason}`),
  ];
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
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!/^\d+$/.test(values.workers ?? "0") || workers > MAX_WORKERS) {
    console.error(`--workers takes a whole number from 0 to ${MAX_WORKERS}, not "${values.workers}"\n${USAGE}`);
    return 2;
  }
  let report: Report;
  try {
    const built = await buildTables(inputs, out, { workers });
    report = built.report;
    printProblems(report);
    const t = report.totals;
    if (!built.staging) {
      console.error(`error: no usable paper in ${t.files} file(s) (${t.rejected} record(s) rejected); nothing written`);
      return 1;
    }
    await publish(out, built.staging);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const t = report.totals;
  console.log(
    `${t.files} file(s), ${t.records} record(s): ${t.papers} paper(s), ${t.duplicates} duplicate(s) merged, ` +
      `${t.rejected} rejected; ${t.claims} claim(s), ${t.leaderboards} leaderboard(s) → ${out}/`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
