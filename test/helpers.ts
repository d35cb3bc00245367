import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempDir(prefix = "claimboard-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs `npm run extract`'s entry point as a user would, from the project folder. */
export function runExtractCli(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "extract/cli.ts", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
