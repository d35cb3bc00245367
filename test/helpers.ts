import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTables } from "../extract/pipeline.ts";
import { publish } from "../extract/publish.ts";

export function tempDir(prefix = "claimboard-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The tables of the inputs published into out, as `npm run extract` makes them but in this process
 * (starting the command costs seconds; test/pipeline/cli.test.ts runs the command itself).
 */
export async function extractTables(inputs: string[], out: string): Promise<void> {
  const { staging } = await buildTables(inputs, out, { workers: 0 });
  if (!staging) throw new Error(`no paper read from ${inputs.join(", ")}`);
  await publish(out, staging);
}

/** Runs `npm run extract`'s entry point as a user would, from the project folder. */
export function runExtractCli(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "extract/cli.ts", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
