// Extraction over all cores: batches of papers go to worker threads, results come back tagged with
// their batch, and the caller writes them in the order it sent them, so the output is the same as
// a single-thread run. Size 0 renders in this thread.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { renderBatch } from "./render.ts";
import type { RenderedBatch } from "./render.ts";
import type { PaperItem } from "./render.ts";

interface Pending {
  resolve: (rendered: RenderedBatch) => void;
  reject: (error: Error) => void;
}

/**
 * A worker renders a batch at a time (a batch is bounded by its papers and its text: pipeline.ts), so it
 * lives on little; left alone, V8 grows each worker's heap to hundreds of MB before collecting. The young
 * generation is where a batch's garbage dies, the old generation what V8 lets grow lazily. 1M generated
 * abstracts, one run each on a quiet machine: young 8 MB / old 256 MB took 124 s, 223 s of CPU and 501 MB
 * peak RSS; 32 / 256 115 s, 202 s, 568 MB; 16 / 256 125 s, 225 s, 466 MB; 32 / 128 112 s, 202 s, 467 MB.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 128 };

/**
 * This process's node options without the modules it preloads (--import, --require, --loader): the
 * worker runs one bundled CommonJS script that needs none of them, and under tsx each worker loaded
 * tsx's loader and read its bundle through it (about 0.9 s of CPU per run with two workers).
 */
export function withoutPreloads(args: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (PRELOAD.test(arg)) i++;
    else if (!PRELOAD_INLINE.test(arg)) kept.push(arg);
  }
  return kept;
}

const PRELOAD = /^(?:--import|--require|-r|--loader|--experimental-loader)$/;
const PRELOAD_INLINE = /^(?:--import|--require|--loader|--experimental-loader)=/;

/** A batch holding a text this long is rendered in this thread, whose heap is not capped (a 50 MB abstract needs GBs). */
const LONG_TEXT = 1_000_000;

/** The longest text a paper item carries: its abstract, or the raw record it will be read from. */
export function textLength(item: PaperItem): number {
  if (item.kind === "paper") return item.paper.abstract.length;
  const raw = item.raw;
  if (raw.kind === "record") return raw.record.abstract.length;
  if (raw.kind === "fields") return Object.values(raw.fields).reduce((n, v) => Math.max(n, v.length), 0);
  return raw.text.length;
}

/**
 * A worker with this process's node options, less its preloads; a worker refuses V8 and per-process
 * options ("node --max-semi-space-size=4 …" stopped every run at its first worker), and then starts with none.
 */
function startWorker(script: string): Worker {
  try {
    return new Worker(script, { resourceLimits: WORKER_HEAP, execArgv: withoutPreloads(process.execArgv) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw error;
    return new Worker(script, { resourceLimits: WORKER_HEAP, execArgv: [] });
  }
}

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Why a worker stopped: every batch after that fails at once rather than waiting for ever. */
  private failure: Error | null = null;

  constructor(readonly size: number) {
    const script = size > 0 ? workerScript() : "";
    for (let i = 0; i < size; i++) {
      const worker = startWorker(script);
      worker.on("message", ({ id, rendered }: { id: number; rendered: RenderedBatch }) => {
        this.pending.get(id)?.resolve(rendered);
        this.pending.delete(id);
      });
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => this.fail(new Error(`an extraction worker stopped (exit code ${code})`)));
      this.workers.push(worker);
    }
  }

  render(batch: PaperItem[]): Promise<RenderedBatch> {
    if (this.size === 0 || batch.some((item) => textLength(item) > LONG_TEXT)) return Promise.resolve(renderBatch(batch));
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.size]!.postMessage({ id, batch });
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  /** Stops the workers (once: closing again does nothing). */
  async close(): Promise<void> {
    this.failure ??= new Error("the extraction pool is closed");
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The worker's code bundled into one script (workers started on the TypeScript sources would each
 * need a loader of their own, tsx, compiling every file again: about a second of CPU per worker).
 * The bundle is kept in node_modules/.cache under a hash of the sources' (and the lock file's) names, sizes and times,
 * so it is built again only when the code changes (building took a second of every run).
 */
function workerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(here, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name))
    .concat(join(here, "..", "package-lock.json"))
    .sort();
  const key = createHash("sha1").update(sources.map((f) => `${f}\u0000${statSync(f).size}\u0000${statSync(f).mtimeMs}`).join("\n")).digest("hex").slice(0, 16);
  const cache = join(here, "..", "node_modules", ".cache", "claimboard");
  const script = join(cache, `worker-${key}.cjs`);
  if (existsSync(script)) return script;
  const result = buildSync({ entryPoints: [join(here, "worker.ts")], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], target: "node20", write: false, logLevel: "silent" });
  mkdirSync(cache, { recursive: true });
  // Written beside and renamed, so a run started meanwhile never loads half a script.
  writeFileSync(`${script}.${process.pid}`, result.outputFiles[0]!.text);
  renameSync(`${script}.${process.pid}`, script);
  return script;
}
