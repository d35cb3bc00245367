// Vitest global setup: the tables of the five seed listings, extracted once per test run into a
// temporary folder, for the tests that need a small published set (data/ holds the tables of all
// of data/sources, a build output that a clean clone does not have). Tests read the folder with
// inject("seedTables").
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { SEED_LISTINGS } from "../extract/bundled.ts";
import { extractTables, tempDir } from "./helpers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    seedTables: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = tempDir("claimboard-seed-tables-");
  await extractTables(SEED_LISTINGS, dir);
  project.provide("seedTables", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
