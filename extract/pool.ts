// Extraction over all cores: batches of papers go to worker threads, results come back tagged with
// their batch, and the caller writes them in the order it sent them, so the output is the same as
// a single-thread run. Size 0 renders in this thread.
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

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Why a worker stopped: every batch after that fails at once rather than waiting for ever. */
  private failure: Error | null = null;

  constructor(readonly size: number) {
    const script = size > 0 ? workerScript() : "";
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { eval: true });
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
    if (this.size === 0) return Promise.resolve(renderBatch(batch));
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

  async close(): Promise<void> {
    this.failure ??= new Error("the extraction pool is closed");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The worker's code bundled into one script. Workers started on the TypeScript sources would each
 * need a loader of their own (tsx) compiling every file again: about a second of CPU per worker.
 */
function workerScript(): string {
  const entry = fileURLToPath(new URL("./worker.ts", import.meta.url));
  const result = buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", mainFields: ["module", "main"], target: "node20", write: false, logLevel: "silent" });
  return result.outputFiles[0]!.text;
}
