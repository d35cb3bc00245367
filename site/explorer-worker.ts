// The claims explorer's worker: scans the table's shards for a query (search.ts) and builds the
// CSV and XLSX files of a whole filtered view, so the page never freezes however large the table.
// A new search supersedes the previous one (its scan stops at the next shard); likewise downloads.
import type { Claim } from "../extract/schema.ts";
import { tooManyRows } from "./downloads.ts";
import { XLSX_MAX_ROWS } from "./files.ts";
import type { ExplorerIndex, ShardFile } from "./files.ts";
import { ExplorerEngine, countFacets } from "./search.ts";
import type { FacetCounts, ScanUpdate } from "./search.ts";
import type { ExplorerQuery } from "./views/model.ts";

export type WorkerRequest =
  | { kind: "init"; index: ExplorerIndex; base: string }
  | { kind: "search"; id: number; query: ExplorerQuery }
  | { kind: "download"; id: number; query: ExplorerQuery; format: "csv" | "xlsx" };

export type WorkerReply =
  | { kind: "update"; id: number; update: ScanUpdate }
  | { kind: "file"; id: number; blob: Blob }
  | { kind: "facets"; id: number; facets: FacetCounts }
  | { kind: "error"; id: number; message: string };

let engine: ExplorerEngine | null = null;
let search = 0;
let download = 0;
const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

async function fetchData(base: string, file: string): Promise<Response> {
  const response = await fetch(base + file);
  if (!response.ok) throw new Error(`data/${file}: HTTP ${response.status}`);
  return response;
}

/** CSV in the schema's column order, built in chunks (one string for millions of rows would be too long). */
async function csv(claims: Claim[]): Promise<Blob> {
  const [{ CLAIM_COLUMNS }, { csvLines, tableRows }] = await Promise.all([import("../extract/schema.ts"), import("../extract/cells.ts")]);
  // In slices, so that no single string holds a whole large view.
  const parts = [csvLines([CLAIM_COLUMNS as string[]])];
  for (let i = 0; i < claims.length; i += 10_000) parts.push(csvLines(tableRows(claims.slice(i, i + 10_000), CLAIM_COLUMNS)));
  return new Blob(parts, { type: "text/csv;charset=utf-8" });
}

async function xlsx(claims: Claim[]): Promise<Blob> {
  const { claimsWorkbook } = await import("../extract/cells.ts");
  return new Blob([await claimsWorkbook(claims)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.kind === "init") {
    engine = new ExplorerEngine(
      message.index,
      async (file) => (await (await fetchData(message.base, file)).json()) as ShardFile,
      async () => new Uint8Array(await (await fetchData(message.base, "explorer/grams.bin")).arrayBuffer()),
    );
    return;
  }
  const id = message.id;
  try {
    if (!engine) throw new Error("the explorer index is not loaded");
    if (message.kind === "search") {
      search = id;
      await engine.search(message.query, (update) => post({ kind: "update", id, update }), () => search !== id);
      // Then each facet's counts under the other filters, for the filter menus.
      if (search !== id) return;
      const facets = await countFacets(engine, message.query, () => search !== id);
      if (facets) post({ kind: "facets", id, facets });
      return;
    }
    download = id;
    const claims = await engine.search(message.query, (update) => post({ kind: "update", id, update }), () => download !== id, true);
    if (!claims) return;
    if (message.format === "xlsx" && claims.length + 1 > XLSX_MAX_ROWS) {
      throw new Error(tooManyRows(claims.length));
    }
    post({ kind: "file", id, blob: await (message.format === "csv" ? csv(claims) : xlsx(claims)) });
  } catch (error) {
    post({ kind: "error", id, message: (error as Error).message });
  }
};
