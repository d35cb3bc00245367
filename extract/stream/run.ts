// Streaming extraction for inputs of any size: records are read one at a time and sent on, still
// raw, in batches to be made into papers and extracted (over worker threads when asked); their
// results come back in input order, are deduplicated against a compact index of the keys seen so
// far and written as JSON Lines — so memory stays bounded by the key index, and the output is the
// same whatever the number of workers.
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { WriteStream } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { InputReport, Report } from "../schema.ts";
import { displayPath, listInputFiles } from "../sources/index.ts";
import { ExtractionPool } from "./pool.ts";
import type { Batch, RenderedBatch } from "./batch.ts";
import { Progress } from "./progress.ts";
import { fileSize, streamRawRecords } from "./records.ts";

const MAX_LISTED = 1000;

export interface StreamOptions {
  /** Worker threads; 0 extracts in this thread. */
  workers: number;
  batchSize?: number;
  progress?: Progress;
}

/** Writes to a file stream, waiting when its buffer is full (so memory stays flat). */
async function write(stream: WriteStream, bytes: Uint8Array): Promise<void> {
  if (bytes.length && !stream.write(bytes)) await once(stream, "drain");
}

export async function streamExtract(paths: string[], out: string, options: StreamOptions): Promise<Report> {
  const files = listInputFiles(paths);
  const progress = options.progress ?? new Progress(files.reduce((n, f) => n + fileSize(f), 0));
  const batchSize = options.batchSize ?? 256;
  const pool = new ExtractionPool(options.workers);
  const staging = join(out, `.claimboard-tmp-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  const papersOut = createWriteStream(join(staging, "papers.jsonl"));
  const claimsOut = createWriteStream(join(staging, "claims.jsonl"));
  // Keys of papers seen: arXiv ids and hashed normalised titles (a few dozen bytes each).
  const seen = new Set<string>();
  const inputs: InputReport[] = [];
  let totalClaims = 0;

  // A huge input may hold millions of bad records: all are counted, the first thousand listed.
  const note = (list: InputReport["rejections"], problem: InputReport["rejections"][number]) => {
    if (list.length < MAX_LISTED) list.push(problem);
    else if (list.length === MAX_LISTED) list.push({ file: problem.file, location: "file", reason: "more problems of this file are counted but not listed" });
  };

  // Batches in flight, written strictly in the order they were read.
  const inFlight: { report: InputReport; rendered: Promise<RenderedBatch> }[] = [];
  const maxInFlight = Math.max(2, options.workers * 2);
  let batch: Batch | null = null;
  const flushOne = async () => {
    const { report, rendered } = inFlight.shift()!;
    const { outcomes, papers, claims } = await rendered;
    const file = report.file;
    // Each paper's lines, cut from the batch's bytes; duplicates' lines are left out.
    const kept = { papers: [] as Uint8Array[], claims: [] as Uint8Array[] };
    let paperAt = 0;
    let claimAt = 0;
    let dropped = false;
    for (const outcome of outcomes) {
      if (outcome.kind === "warning") {
        note(report.warnings, { file, ...outcome.problem });
        continue;
      }
      report.records++;
      if (outcome.kind === "rejection") {
        report.rejected++;
        note(report.rejections, { file, ...outcome.problem });
        continue;
      }
      const paper = papers.subarray(paperAt, (paperAt += outcome.paperBytes));
      const claim = claims.subarray(claimAt, (claimAt += outcome.claimBytes));
      if (outcome.keys.some((k) => seen.has(k))) {
        report.duplicates++;
        dropped = true;
        continue;
      }
      for (const k of outcome.keys) seen.add(k);
      report.papers++;
      kept.papers.push(paper);
      kept.claims.push(claim);
      totalClaims += outcome.claimCount;
    }
    await write(papersOut, dropped ? Buffer.concat(kept.papers) : papers);
    await write(claimsOut, dropped ? Buffer.concat(kept.claims) : claims);
    progress.addPapers(kept.papers.length);
  };
  const submit = async (report: InputReport) => {
    if (!batch?.items.length) return;
    const rendered = pool.render(batch);
    // When a worker fails, the first batch awaited reports it; the others must not be left unhandled.
    rendered.catch(() => {});
    inFlight.push({ report, rendered });
    batch = null;
    if (inFlight.length >= maxInFlight) await flushOne();
  };

  try {
    for (const path of files) {
      const file = displayPath(path);
      const report: InputReport = { file, format: null, records: 0, papers: 0, duplicates: 0, rejected: 0, rejections: [], warnings: [] };
      inputs.push(report);
      try {
        for await (const item of streamRawRecords(path, (n) => progress.addBytes(n))) {
          if (item.kind === "format") report.format = item.format;
          else {
            batch ??= { file, format: report.format!, items: [] };
            batch.items.push(item);
            if (batch.items.length >= batchSize) await submit(report);
          }
        }
      } catch (error) {
        await submit(report);
        report.rejected++;
        report.rejections.push({ file, location: "file", reason: `unreadable file: ${(error as Error).message}` });
      }
      await submit(report);
    }
    while (inFlight.length) await flushOne();
    papersOut.end();
    claimsOut.end();
    await Promise.all([once(papersOut, "finish"), once(claimsOut, "finish")]);
    progress.done();

    const sum = (key: "records" | "papers" | "duplicates" | "rejected") => inputs.reduce((n, r) => n + r[key], 0);
    const report = Report.parse({
      inputs,
      totals: { files: inputs.length, records: sum("records"), papers: sum("papers"), duplicates: sum("duplicates"), rejected: sum("rejected"), claims: totalClaims, leaderboards: 0 },
    });
    writeFileSync(join(staging, "report.json"), JSON.stringify(report, null, 2) + "\n");
    for (const name of ["papers.jsonl", "claims.jsonl", "report.json"]) renameSync(join(staging, name), join(out, name));
    return report;
  } finally {
    papersOut.destroy();
    claimsOut.destroy();
    await pool.close();
    rmSync(staging, { recursive: true, force: true });
  }
}
