// Extraction over all cores: batches of papers go to worker threads, results come back tagged with
// their batch, and the caller writes them in the order it sent them, so the output is the same as
// a single-thread run. Size 0 renders in this thread.
import { Worker } from "node:worker_threads";
import type { MergedPaper } from "../papers.ts";
import { renderBatch } from "./batch.ts";
import type { RenderedBatch } from "./batch.ts";

interface Pending {
  resolve: (batch: RenderedBatch) => void;
  reject: (error: Error) => void;
}

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      // Workers run the TypeScript sources through tsx, like the main thread (see worker-entry.mjs).
      const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url));
      worker.on("message", ({ id, batch }: { id: number; batch: RenderedBatch }) => {
        this.pending.get(id)?.resolve(batch);
        this.pending.delete(id);
      });
      worker.on("error", (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
    }
  }

  render(papers: MergedPaper[]): Promise<RenderedBatch> {
    if (this.size === 0) return Promise.resolve(renderBatch(papers));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.size]!.postMessage({ id, papers });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
