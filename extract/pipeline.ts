// sources → papers → claims → normalise → validate → write: the one pipeline, for every input and
// every size. Inputs are streamed and each record's paper is found from its keys (arXiv id, title) as it
// comes; papers of one record go on at once, in batches, to worker threads, which extract, validate and
// render them (render.ts), and the main thread appends the rendered bytes to the outputs in order. A
// record that turns out to belong to a paper met before (or a file that cannot be read to its end) makes
// the run start again with two reads: the first finds which records are one paper, the second merges
// them. So memory stays flat, and the output is the same whatever the size, the number of workers or the
// order of --input (files are taken in name order; merging does not depend on order).
import { existsSync, rmSync } from "node:fs";
import { Report } from "./schema.ts";
import type { InputReport, Rejection } from "./schema.ts";
import { displayPath, listInputFiles } from "./sources/index.ts";
import { fileSize, readRaw, streamRawRecords } from "./sources/stream.ts";
import { isProblem } from "./sources/fields.ts";
import { mergeInto, paperFromRecord, paperIdOf, PaperGroups } from "./papers.ts";
import type { MergedPaper } from "./papers.ts";
import { BestClaims, buildLeaderboards } from "./leaderboards.ts";
import { ExtractionPool, textLength } from "./pool.ts";
import { paperOf } from "./render.ts";
import type { PaperItem, RenderedBatch } from "./render.ts";
import { Progress } from "./progress.ts";
import { TableWriter } from "./write.ts";
import { discard, openStaging } from "./publish.ts";

/** Problems listed per file (a huge input may hold millions; all are counted). */
const MAX_LISTED = 1000;

function note(list: Rejection[], problem: Rejection): void {
  if (list.length < MAX_LISTED) list.push(problem);
  else if (list.length === MAX_LISTED) list.push({ file: problem.file, location: "file", reason: "more problems of this file are counted but not listed" });
}

/**
 * A batch is sent once it holds this much text, whatever its number of papers: a worker's heap is
 * capped (pool.ts), and 256 long abstracts would not fit in it.
 */
const BATCH_TEXT = 4_000_000;

/** What reading the inputs learns: which paper each record is (-1: rejected), and which files could be read. */
interface RecordIndex {
  files: string[];
  reports: InputReport[];
  readable: boolean[];
  groups: PaperGroups;
  groupOf: Int32Array;
}

/**
 * Why a single read gave up: a record of a paper met before (it must be merged with records already
 * rendered) or a file that failed half-way (its records already rendered must be taken back).
 */
class NeedsTwoReads extends Error {}

/**
 * Reads every record once, filling `index` as it goes. With `single`, each record is yielded at once as
 * its paper (raw: the worker reads it), and a duplicate or an unreadable file throws NeedsTwoReads; else
 * nothing is yielded and an unreadable file is refused whole (the first of two reads).
 */
async function* indexRecords(files: string[], progress: Progress, index: RecordIndex, single: boolean): AsyncGenerator<PaperItem> {
  const { groups, reports, readable } = index;
  let n = 0;
  const push = (group: number) => {
    if (n === index.groupOf.length) {
      const grown = new Int32Array(n * 2);
      grown.set(index.groupOf);
      index.groupOf = grown;
    }
    index.groupOf[n++] = group;
  };
  for (const path of files) {
    const file = displayPath(path);
    const report: InputReport = { file, format: null, records: 0, papers: 0, duplicates: 0, rejected: 0, rejections: [], warnings: [] };
    reports.push(report);
    const start = n;
    groups.checkpoint();
    try {
      for await (const item of streamRawRecords(path, (bytes) => progress.addBytes(bytes))) {
        if (item.kind === "format") report.format = item.format;
        else if (item.kind === "warning") note(report.warnings, { file, ...item.problem });
        else if (item.kind === "rejection") {
          report.records++;
          report.rejected++;
          note(report.rejections, { file, ...item.problem });
        } else {
          report.records++;
          const { result, warnings } = readRaw(item.raw);
          for (const problem of warnings) note(report.warnings, { file, ...problem });
          if (isProblem(result)) {
            report.rejected++;
            note(report.rejections, { file, ...result });
            push(-1);
            continue;
          }
          const group = groups.add(result);
          if (groups.size(group) > 1) {
            if (single) throw new NeedsTwoReads("a paper with more than one record");
            report.duplicates++;
          } else report.papers++;
          push(group);
          // The record as read here goes on: reading it again in a worker would parse it twice.
          if (single) yield { kind: "raw", raw: { kind: "record", record: result }, file, format: report.format! };
        }
      }
      readable.push(true);
    } catch (error) {
      if (single) throw error instanceof NeedsTwoReads ? error : new NeedsTwoReads(`${file}: ${(error as Error).message}`);
      // A file that cannot be read to its end (a truncated .gz, say) is refused whole, not half used.
      groups.rollback();
      n = start;
      const read = report.records;
      Object.assign(report, { records: Math.max(read, 1), papers: 0, duplicates: 0, rejected: Math.max(read, 1), rejections: [] });
      report.rejections.push({ file, location: "file", reason: `unreadable file: ${(error as Error).message}${read ? ` (none of the ${read} record(s) before it are used)` : ""}` });
      readable.push(false);
    }
  }
  index.groupOf = index.groupOf.subarray(0, n);
}

const emptyIndex = (files: string[]): RecordIndex => ({ files, reports: [], readable: [], groups: new PaperGroups(), groupOf: new Int32Array(1024) });

/** The first of two reads: the index alone. */
async function indexed(files: string[], progress: Progress): Promise<RecordIndex> {
  const index = emptyIndex(files);
  for await (const _ of indexRecords(files, progress, index, false));
  return index;
}

/**
 * The second read: each paper once all its records are merged, in the order its last record comes;
 * a paper of one record (most) is passed on unread, as a raw record.
 */
async function* mergePapers({ files, reports, readable, groups, groupOf }: RecordIndex, progress: Progress): AsyncGenerator<PaperItem> {
  const seen = new Int32Array(groups.count);
  const open = new Map<number, MergedPaper>();
  let ordinal = 0;
  for (const [i, path] of files.entries()) {
    if (!readable[i]) continue;
    const { file, format } = reports[i]!;
    for await (const item of streamRawRecords(path, (bytes) => progress.addBytes(bytes))) {
      if (item.kind !== "raw") continue;
      const group = groupOf[ordinal++];
      if (group === undefined) throw new Error(`${file} changed while it was being read`);
      if (group < 0) continue;
      if (groups.size(group) === 1) {
        yield { kind: "raw", raw: item.raw, file, format: format! };
        continue;
      }
      const { result: record } = readRaw(item.raw);
      if (isProblem(record)) throw new Error(`${file} changed while it was being read`);
      const source = { file, format: format!, location: record.location };
      let paper = open.get(group);
      if (paper) mergeInto(paper, record, source);
      else paper = paperFromRecord(record, source);
      if (++seen[group]! < groups.size(group)) {
        open.set(group, paper);
        continue;
      }
      open.delete(group);
      paper.paperId = paperIdOf(paper);
      yield { kind: "paper", paper };
    }
  }
}

const bytesOf = (files: string[]) => files.reduce((sum, f) => sum + (safeSize(f) ?? 0), 0);

const safeSize = (path: string) => {
  try {
    return fileSize(path);
  } catch {
    return null;
  }
};

/** Every paper of the inputs, merged, in memory: for small inputs (the eval, lexicon mining, benchmarks). */
export async function readPapers(paths: string[]): Promise<{ papers: MergedPaper[]; inputs: InputReport[] }> {
  const files = listInputFiles(paths);
  const quiet = new Progress(0, process.stderr, false);
  const index = await indexed(files, quiet);
  const papers: MergedPaper[] = [];
  for await (const item of mergePapers(index, quiet)) papers.push(paperOf(item));
  return { papers, inputs: index.reports };
}

export interface PipelineOptions {
  /** Worker threads; 0 extracts in this thread. */
  workers: number;
  batchSize?: number;
  progress?: Progress;
}

/**
 * Runs the pipeline into a staging folder of `out` (see publish.ts), returning the report and the
 * staging folder to publish, or null when no paper was usable (nothing is written then).
 */
export async function buildTables(paths: string[], out: string, options: PipelineOptions): Promise<{ report: Report; staging: string | null }> {
  const files = listInputFiles(paths);
  const progress = options.progress ?? new Progress(bytesOf(files));
  const batchSize = options.batchSize ?? 256;
  const outExisted = existsSync(out);
  // The staging folder first: a bad --out must stop the run before any worker starts.
  let staging = openStaging(out);
  const pool = new ExtractionPool(options.workers);
  let writer = new TableWriter(staging);
  const best = new BestClaims();
  let index = emptyIndex(files);
  let claims = 0;
  let papers = 0;

  /** Renders the papers in batches (in the workers) and appends them to the outputs strictly in the order they come. */
  const renderAll = async (items: AsyncIterable<PaperItem>) => {
    const inFlight: Promise<RenderedBatch>[] = [];
    const maxInFlight = Math.max(2, options.workers * 2);
    const flushOne = async () => {
      const rendered = await inFlight.shift()!;
      // A paper that could not be extracted or validated counts as its first source's rejected record.
      for (const rejection of rendered.rejected) {
        const report = index.reports.find((r) => r.file === rejection.file)!;
        report.papers--;
        report.rejected++;
        note(report.rejections, rejection);
      }
      await writer.append(rendered);
      for (const claim of rendered.ranked) best.keep(claim);
      claims += rendered.claims;
      papers += rendered.papers;
      progress.addPapers(rendered.papers);
    };
    let batch: PaperItem[] = [];
    let batchText = 0;
    const submit = async () => {
      if (!batch.length) return;
      const rendered = pool.render(batch);
      // When a worker fails, the first batch awaited reports it; the others must not be left unhandled.
      rendered.catch(() => {});
      inFlight.push(rendered);
      [batch, batchText] = [[], 0];
      if (inFlight.length >= maxInFlight) await flushOne();
    };
    for await (const item of items) {
      batch.push(item);
      batchText += textLength(item);
      if (batch.length >= batchSize || batchText >= BATCH_TEXT) await submit();
    }
    await submit();
    while (inFlight.length) await flushOne();
  };

  // Nothing is written when nothing is usable: not even the output folder.
  const writeNothing = () => {
    writer.destroy();
    discard(staging);
    if (!outExisted) rmSync(out, { recursive: true, force: true });
  };
  try {
    try {
      await renderAll(indexRecords(files, progress, index, true));
    } catch (error) {
      if (!(error instanceof NeedsTwoReads)) throw error;
      // Most inputs hold each paper once and are read once; this one is read again, twice, into a new staging folder.
      writer.destroy();
      discard(staging);
      staging = openStaging(out);
      writer = new TableWriter(staging);
      best.clear();
      [claims, papers] = [0, 0];
      progress.expectMore(2 * bytesOf(files));
      index = await indexed(files, progress);
      await renderAll(mergePapers(index, progress));
    }
    progress.done();
    // The workers' memory is given back before the leaderboards and the workbook are made.
    await pool.close();

    const leaderboards = buildLeaderboards(best.values());
    best.clear();
    const inputs = index.reports;
    const sum = (key: "records" | "papers" | "duplicates" | "rejected") => inputs.reduce((total, r) => total + r[key], 0);
    const report = (writing: { warnings: Rejection[]; warningCount: number }) =>
      Report.parse({
        inputs,
        outputs: writing.warnings,
        totals: {
          files: inputs.length,
          records: sum("records"),
          papers,
          duplicates: sum("duplicates"),
          rejected: sum("rejected"),
          claims,
          leaderboards: leaderboards.length,
          outputWarnings: writing.warningCount,
        },
      });
    if (papers === 0) {
      writeNothing();
      return { report: report({ warnings: [], warningCount: 0 }), staging: null };
    }
    return { report: await writer.finish(leaderboards, report), staging };
  } catch (error) {
    writeNothing();
    throw error;
  } finally {
    await pool.close();
  }
}
