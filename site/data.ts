// The site only reads files from its own origin: the small files the build derives from the
// extracted tables (site/build/derive.ts, layout in files.ts), each view only what it shows — the
// home page the overview, a benchmark page its own file, the efficiency boards theirs, a paper page
// the bucket holding it, the explorer its index and then shards, in its worker, "What's new" its own.
import type { BenchmarkFile, EfficiencyFile, ExplorerIndex, FullBoard, PaperBucket, Summary, WhatsNewFile } from "./files.ts";
import { paperBucket } from "./files.ts";
import type { Accuracy } from "../extract/schema.ts";

export type { BenchmarkFile, EfficiencyFile, ExplorerIndex, Summary } from "./files.ts";

async function json<T>(name: string): Promise<T> {
  const response = await fetch(`data/${name}`);
  if (!response.ok) throw new Error(`data/${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Each file fetched once per page load. */
const cache = new Map<string, Promise<unknown>>();
function once<T>(name: string): Promise<T> {
  let file = cache.get(name) as Promise<T> | undefined;
  if (!file) {
    file = json<T>(name);
    cache.set(name, file);
    file.catch(() => cache.delete(name));
  }
  return file;
}

export const loadSummary = () => once<Summary>("summary.json");
export const loadEfficiency = () => once<EfficiencyFile>("efficiency.json");
export const loadExplorerIndex = () => once<ExplorerIndex>("explorer/index.json");
export const loadFullBoard = (file: string) => once<FullBoard>(file);
/** The published accuracy of the rules (site/accuracy.json, checked against its schema at build). */
export const loadAccuracy = () => once<Accuracy>("accuracy.json");
export const loadWhatsNew = () => once<WhatsNewFile>("whatsnew.json");

/** A benchmark's own file, or null when no benchmark has that name. */
export async function loadBenchmark(dataset: string): Promise<BenchmarkFile | null> {
  const entry = (await loadSummary()).benchmarks.find((b) => b.dataset === dataset);
  return entry ? once<BenchmarkFile>(entry.file) : null;
}

/** A paper with its claims, from the one bucket file that can hold it; null when there is none. */
export async function loadPaper(paperId: string): Promise<PaperBucket[string] | null> {
  const { paperBuckets } = await loadSummary();
  const bucket = await once<PaperBucket>(`papers/${paperBucket(paperId, paperBuckets)}.json`);
  return Object.hasOwn(bucket, paperId) ? bucket[paperId]! : null;
}

/** Papers with an arXiv id have it as their id ("2409.20559", "hep-th/9901001"). */
export function arxivIdOf(paperId: string): string | null {
  return /^\d{4}\.\d{4,5}$|^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}$/.test(paperId) ? paperId : null;
}
