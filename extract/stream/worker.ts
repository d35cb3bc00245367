// A worker thread: renders the batches it is sent and posts them back with their batch id.
import { parentPort } from "node:worker_threads";
import { renderBatch } from "./batch.ts";
import type { Batch } from "./batch.ts";

parentPort!.on("message", ({ id, batch }: { id: number; batch: Batch }) => {
  const rendered = renderBatch(batch);
  parentPort!.postMessage({ id, rendered }, [rendered.papers.buffer, rendered.claims.buffer]);
});
