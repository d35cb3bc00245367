// Records from every input → deduplicated papers. Two records are one paper when they share an
// arXiv id, or when their titles agree after normalising case, punctuation and white space.
import { hash } from "node:crypto";
import type { InputFormat, SourceRef } from "./schema.ts";
import type { SourceRecord } from "./sources/index.ts";

export function normaliseTitle(title: string): string {
  // ASCII titles (most) need neither Unicode normalisation nor Unicode classes.
  if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/** A stable short id for papers without an arXiv id ("p" keeps spreadsheets from reading it as a number). */
export function titleHashId(title: string): string {
  return "p" + hash("sha1", normaliseTitle(title)).slice(0, 12);
}

/** A paper as merged from its records, before extraction adds datasets and claims. */
export interface MergedPaper {
  paperId: string;
  arxivId: string | null;
  title: string;
  date: string | null;
  authors: string[];
  categories: string[];
  url: string | null;
  abstract: string;
  sources: SourceRef[];
}

/** A paper as one record gives it; its id is set once all records are merged (see finish). */
export function paperFromRecord(record: SourceRecord, source: SourceRef, paperId = ""): MergedPaper {
  return {
    paperId,
    arxivId: record.arxivId ?? null,
    title: record.title,
    date: record.date ?? null,
    authors: record.authors ?? [],
    categories: record.categories ?? [],
    url: record.url ?? null,
    abstract: record.abstract,
    sources: [source],
  };
}

export interface MergeOutcome {
  /** true when the record was merged into a paper seen before */
  duplicate: boolean;
}

export class PaperIndex {
  private readonly papers: MergedPaper[] = [];
  private readonly byArxivId = new Map<string, MergedPaper>();
  private readonly byTitle = new Map<string, MergedPaper>();

  add(record: SourceRecord, file: string, format: InputFormat): MergeOutcome {
    const source: SourceRef = { file, format, location: record.location };
    const titleKey = normaliseTitle(record.title);
    const arxivId = record.arxivId ?? null;
    let paper = arxivId ? this.byArxivId.get(arxivId) : undefined;
    if (!paper) {
      const sameTitle = this.byTitle.get(titleKey);
      // Same title but a different arXiv id: two papers that happen to share a title.
      if (sameTitle && !(arxivId && sameTitle.arxivId && sameTitle.arxivId !== arxivId)) paper = sameTitle;
    }
    if (!paper) {
      paper = paperFromRecord(record, source);
      this.papers.push(paper);
      if (!this.byTitle.has(titleKey)) this.byTitle.set(titleKey, paper);
      if (arxivId) this.byArxivId.set(arxivId, paper);
      return { duplicate: false };
    }
    mergeInto(paper, record, source);
    if (arxivId && !this.byArxivId.has(arxivId)) this.byArxivId.set(arxivId, paper);
    return { duplicate: true };
  }

  /** The papers with their final ids, in a stable order (by id). */
  finish(): MergedPaper[] {
    for (const paper of this.papers) paper.paperId = paper.arxivId ?? titleHashId(paper.title);
    return [...this.papers].sort((a, b) => (a.paperId < b.paperId ? -1 : a.paperId > b.paperId ? 1 : 0));
  }
}

/** Fill what the paper lacks; keep the longest abstract (copied pages can cut abstracts short). */
function mergeInto(paper: MergedPaper, record: SourceRecord, source: SourceRef): void {
  paper.sources.push(source);
  paper.arxivId ??= record.arxivId ?? null;
  // A full date (from arXiv) beats a page's month-and-day.
  if (record.date && (!paper.date || (paper.date.startsWith("--") && !record.date.startsWith("--")))) paper.date = record.date;
  paper.url ??= record.url ?? null;
  if (!paper.authors.length && record.authors) paper.authors = record.authors;
  if (!paper.categories.length && record.categories) paper.categories = record.categories;
  if (record.abstract.length > paper.abstract.length) paper.abstract = record.abstract;
}
