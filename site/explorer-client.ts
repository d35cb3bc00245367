// The page's side of the explorer worker: one worker for the page's life, started by the first
// explorer view, given the index once; searches and downloads answered by message.
import type { ExplorerIndex } from "./files.ts";
import type { FacetCounts, ScanUpdate } from "./search.ts";
import type { ExplorerQuery } from "./views/model.ts";
import type { WorkerReply, WorkerRequest } from "./explorer-worker.ts";

let worker: Worker | null = null;
let next = 0;
const listeners = new Map<number, (reply: WorkerReply) => void>();

function start(index: ExplorerIndex): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./explorer-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<WorkerReply>) => listeners.get(event.data.id)?.(event.data);
  worker.postMessage({ kind: "init", index, base: new URL("data/", document.baseURI).href } satisfies WorkerRequest);
  return worker;
}

/**
 * Starts a search; updates arrive until it is done or cancelled (by the returned function or a newer
 * search), then the facets' counts under the other filters.
 */
export function searchClaims(
  index: ExplorerIndex,
  query: ExplorerQuery,
  onUpdate: (u: ScanUpdate) => void,
  onError: (message: string) => void,
  onFacets: (facets: FacetCounts) => void = () => {},
): () => void {
  const id = ++next;
  listeners.set(id, (reply) => {
    if (reply.kind === "update") onUpdate(reply.update);
    else if (reply.kind === "facets") {
      listeners.delete(id);
      onFacets(reply.facets);
    } else if (reply.kind === "error") {
      listeners.delete(id);
      onError(reply.message);
    }
  });
  start(index).postMessage({ kind: "search", id, query } satisfies WorkerRequest);
  return () => listeners.delete(id);
}

/** The whole filtered, sorted view as a CSV or XLSX file, with progress while shards are read. */
export function downloadClaims(index: ExplorerIndex, query: ExplorerQuery, format: "csv" | "xlsx", onProgress: (u: ScanUpdate) => void): Promise<Blob> {
  const id = ++next;
  return new Promise((resolve, reject) => {
    listeners.set(id, (reply) => {
      if (reply.kind === "update") return onProgress(reply.update);
      if (reply.kind === "facets") return;
      listeners.delete(id);
      if (reply.kind === "file") resolve(reply.blob);
      else reject(new Error(reply.message));
    });
    start(index).postMessage({ kind: "download", id, query, format } satisfies WorkerRequest);
  });
}
