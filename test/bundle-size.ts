// npm run size: the JavaScript a first page load fetches (the entry script and its static imports,
// gzipped) must stay within the budget, and SheetJS must not be part of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 150 * 1024;

export interface FirstLoad {
  files: string[];
  gzipBytes: number;
}

/** The entry script of dist/index.html and every chunk it imports statically, transitively. */
export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const queue = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const files = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    // Static imports only ("import{a}from"./x.js"", "import"./x.js""), not import("./x.js").
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]!}`);
  }
  const gzipBytes = [...files].reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { files: [...files], gzipBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  const { files, gzipBytes } = firstLoad(dist);
  console.log(`first load: ${files.join(", ")}`);
  console.log(`${(gzipBytes / 1024).toFixed(1)} KB gzipped of ${BUDGET_BYTES / 1024} KB allowed`);
  const sheetjs = files.filter((f) => /xlsx/i.test(f) || readFileSync(join(dist, f), "utf8").includes("SheetJS"));
  if (gzipBytes > BUDGET_BYTES || sheetjs.length) {
    console.error(sheetjs.length ? `SheetJS is in the first load: ${sheetjs.join(", ")}` : "over budget");
    process.exitCode = 1;
  }
}
