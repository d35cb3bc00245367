// npm run extract -- --input PATH [--input PATH ...] --out DIR
// With no arguments it reads data/sources/ and writes data/.
import { parseArgs } from "node:util";
import { runPipeline } from "./pipeline.ts";
import { renderTables, writeFilesAtomically } from "./write.ts";

const USAGE = "usage: npm run extract -- [--input PATH ...] [--out DIR]   (defaults: --input data/sources --out data)";

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { input: { type: "string", multiple: true }, out: { type: "string" }, help: { type: "boolean" } },
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
  let tables;
  try {
    tables = runPipeline(inputs);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 2;
  }
  const { report } = tables;
  for (const input of report.inputs) {
    for (const r of input.rejections) console.error(`${r.file}: ${r.location}: rejected: ${r.reason}`);
    for (const w of input.warnings) console.error(`${w.file}: ${w.location}: warning: ${w.reason}`);
  }
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

process.exitCode = main(process.argv.slice(2));
