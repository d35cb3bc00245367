import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { TABLES, deriveSiteFiles } from "./site/build/derive.ts";

/**
 * The data the site reads, from CLAIMBOARD_DATA (default data/): the extracted tables, published
 * under data/ as downloads (claims.json, CSV, XLSX…),
 * and the site's own small files derived from them in one place (site/build/derive.ts): the
 * overview, one file per benchmark, the efficiency boards, the explorer's index and shards, and
 * the papers in buckets, and the measured accuracy — so that no view downloads the whole table.
 */
function claimTables(dir: string): Plugin {
  let derived: Promise<string> | null = null;
  /** For the dev server: the site files derived once into a cache folder. */
  const derive = () => {
    derived ??= (async () => {
      const cache = resolve("node_modules/.claimboard-site");
      rmSync(cache, { recursive: true, force: true });
      await deriveSiteFiles(dir, cache);
      return cache;
    })();
    return derived;
  };
  return {
    name: "claimboard-tables",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = /^\/data\/([\w./-]+)$/.exec(request.url?.split("?")[0] ?? "")?.[1];
        if (!name || name.includes("..")) return next();
        if (TABLES.includes(name) && existsSync(join(dir, name))) return response.end(readFileSync(join(dir, name)));
        derive().then(
          (cache) =>
            existsSync(join(cache, name))
              ? response.setHeader("content-type", name.endsWith(".xml") ? "application/atom+xml" : "application/json").end(readFileSync(join(cache, name)))
              : next(),
          (error: Error) => next(error),
        );
      });
    },
    async writeBundle(options) {
      const out = join(options.dir ?? resolve("dist"), "data");
      mkdirSync(out, { recursive: true });
      const started = performance.now();
      const result = await deriveSiteFiles(dir, out);
      for (const name of TABLES) if (existsSync(join(dir, name))) copyFileSync(join(dir, name), join(out, name));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      this.info(`${result.claims} claims, ${result.papers} papers → ${result.files.length} site files (${(result.bytes / 1e6).toFixed(1)} MB) in ${seconds} s`);
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
  // The explorer's worker loads papaparse and the workbook writer on demand: module workers can split chunks.
  worker: { format: "es" },
  preview: { port: 4173, strictPort: false },
  test: {
    root: ".",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/seed-tables.ts"],
    testTimeout: 30_000,
  },
});
