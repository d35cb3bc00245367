import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import type { Claim, Leaderboard, Report } from "./extract/schema.ts";
import { summariseBenchmarks } from "./site/views/model.ts";

/** The tables the extract step wrote, published under data/ (the site only reads these files). */
const TABLES = ["claims.json", "papers.json", "leaderboards.json", "report.json", "claims.csv", "claims.xlsx"];

/**
 * The site's own small files, so that no view downloads more than it shows: the benchmarks
 * overview (summary.json) and one file per benchmark with its claims and leaderboards.
 */
export function siteFiles(dir: string): Map<string, string> {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as T;
  const claims = read<Claim[]>("claims.json");
  const boards = read<Leaderboard[]>("leaderboards.json");
  const benchmarks = summariseBenchmarks(claims, boards).map((b, i) => ({ ...b, file: `benchmarks/${i}.json` }));
  const files = new Map<string, string>([["summary.json", JSON.stringify({ totals: read<Report>("report.json").totals, benchmarks })]]);
  for (const b of benchmarks) {
    files.set(b.file, JSON.stringify({ dataset: b.dataset, claims: claims.filter((c) => c.dataset === b.dataset), leaderboards: boards.filter((l) => l.dataset === b.dataset) }));
  }
  return files;
}

/** Serves (dev) and copies (build) the tables from CLAIMBOARD_DATA, default data/. */
function claimTables(dir: string): Plugin {
  return {
    name: "claimboard-tables",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = /^\/data\/([\w./-]+)$/.exec(request.url?.split("?")[0] ?? "")?.[1];
        if (name && TABLES.includes(name) && existsSync(join(dir, name))) return response.end(readFileSync(join(dir, name)));
        const own = name ? siteFiles(dir).get(name) : undefined;
        return own === undefined ? next() : response.end(own);
      });
    },
    generateBundle() {
      for (const name of TABLES) {
        const path = join(dir, name);
        if (!existsSync(path)) this.error(`${path} is missing: run npm run extract first`);
        this.emitFile({ type: "asset", fileName: `data/${name}`, source: readFileSync(path) });
      }
      for (const [name, source] of siteFiles(dir)) this.emitFile({ type: "asset", fileName: `data/${name}`, source });
    },
  };
}

export default defineConfig({
  root: "site",
  base: "./",
  plugins: [claimTables(resolve(process.env.CLAIMBOARD_DATA ?? "data"))],
  build: {
    outDir: resolve(process.env.CLAIMBOARD_DIST ?? "dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  preview: { port: 4173, strictPort: false },
  test: {
    root: ".",
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
