// A worker thread: renders the batches it is sent and posts them back with their batch id.
import { parentPort } from "node:worker_threads";
import { renderBatch, transferables } from "./render.ts";
import type { MergedPaper } from "./papers.ts";

parentPort!.on("message", ({ id, batch }: { id: number; batch: MergedPaper[] }) => {
  const rendered = renderBatch(batch);
  parentPort!.postMessage({ id, rendered }, transferables(rendered));
});
