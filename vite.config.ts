import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/** The tables the extract step wrote, published under data/ (the site only reads these files). */
const TABLES = ["claims.json", "papers.json", "leaderboards.json", "report.json", "claims.csv", "claims.xlsx"];

/** Serves (dev) and copies (build) the tables from CLAIMBOARD_DATA, default data/. */
function claimTables(dir: string): Plugin {
  return {
    name: "claimboard-tables",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = /^\/data\/([\w.-]+)$/.exec(request.url?.split("?")[0] ?? "")?.[1];
        if (!name || !TABLES.includes(name) || !existsSync(join(dir, name))) return next();
        response.end(readFileSync(join(dir, name)));
      });
    },
    generateBundle() {
      for (const name of TABLES) {
        const path = join(dir, name);
        if (!existsSync(path)) this.error(`${path} is missing: run npm run extract first`);
        this.emitFile({ type: "asset", fileName: `data/${name}`, source: readFileSync(path) });
      }
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
