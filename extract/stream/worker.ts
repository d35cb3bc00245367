// A worker thread: renders the batches it is sent and posts them back with their batch id.
import { parentPort } from "node:worker_threads";
import type { MergedPaper } from "../papers.ts";
import { renderBatch } from "./batch.ts";

parentPort!.on("message", ({ id, papers }: { id: number; papers: MergedPaper[] }) => {
  parentPort!.postMessage({ id, batch: renderBatch(papers) });
});
