// A worker thread: renders the batches it is sent and posts them back with their batch id.
import { parentPort } from "node:worker_threads";
import { renderBatch, transferables } from "./render.ts";
import type { PaperItem } from "./render.ts";

parentPort!.on("message", ({ id, batch }: { id: number; batch: PaperItem[] }) => {
  const rendered = renderBatch(batch);
  parentPort!.postMessage({ id, rendered }, transferables(rendered));
});
