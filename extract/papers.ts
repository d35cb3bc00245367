// Records from every input → deduplicated papers. Two records are one paper when they share an
// arXiv id, or when their titles agree after normalising case, punctuation and white space.
import { hash } from "node:crypto";
import type { SourceRef } from "./schema.ts";
import type { SourceRecord } from "./sources/index.ts";

export function normaliseTitle(title: string): string {
  // ASCII titles (most) need neither Unicode normalisation nor Unicode classes.
  if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/** A stable short id for papers without an arXiv id ("p" keeps spreadsheets from reading it as a number). */
/** A merged paper's id: its arXiv id, or a hash of its title. */
export const paperIdOf = (paper: Pick<MergedPaper, "arxivId" | "title">) => paper.arxivId ?? titleHashId(paper.title);

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

/** A paper as one record gives it; its id is set once all its records are merged (see paperIdOf). */
export function paperFromRecord(record: SourceRecord, source: SourceRef): MergedPaper {
  return {
    paperId: "",
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

/**
 * Which paper each record belongs to, decided from its keys alone so that it can be done before any
 * paper is kept in memory (the first of the pipeline's two reads): a record joins an earlier paper
 * with its arXiv id, or else with its normalised title unless both have different arXiv ids (two
 * papers that happen to share a title). Titles are kept hashed, so a million papers fit.
 * A file that fails half-way is taken back out (checkpoint / rollback).
 */
export class PaperGroups {
  private readonly byArxivId = new Map<string, number>();
  private readonly byTitle = new Map<string, number>();
  private readonly arxivIds: (string | null)[] = [];
  /** Records per paper. */
  readonly sizes: number[] = [];
  private undo: (() => void)[] | null = null;

  get count(): number {
    return this.sizes.length;
  }

  /** The paper of a record: an earlier one it duplicates, or a new one. */
  add(record: Pick<SourceRecord, "title" | "arxivId">): number {
    const titleKey = titleHashId(record.title);
    const arxivId = record.arxivId ?? null;
    let group = arxivId ? this.byArxivId.get(arxivId) : undefined;
    if (group === undefined) {
      const sameTitle = this.byTitle.get(titleKey);
      const other = sameTitle === undefined ? null : this.arxivIds[sameTitle];
      if (sameTitle !== undefined && !(arxivId && other && other !== arxivId)) group = sameTitle;
    }
    if (group === undefined) {
      group = this.sizes.length;
      this.sizes.push(1);
      this.arxivIds.push(arxivId);
      this.undo?.push(() => {
        this.sizes.pop();
        this.arxivIds.pop();
      });
      if (!this.byTitle.has(titleKey)) this.set(this.byTitle, titleKey, group);
      if (arxivId) this.set(this.byArxivId, arxivId, group);
      return group;
    }
    const g = group;
    this.sizes[g]!++;
    this.undo?.push(() => this.sizes[g]!--);
    if (arxivId && !this.arxivIds[g]) {
      this.arxivIds[g] = arxivId;
      this.undo?.push(() => (this.arxivIds[g] = null));
    }
    if (arxivId && !this.byArxivId.has(arxivId)) this.set(this.byArxivId, arxivId, g);
    return g;
  }

  private set(map: Map<string, number>, key: string, group: number): void {
    map.set(key, group);
    this.undo?.push(() => map.delete(key));
  }

  /** Start remembering changes, so that rollback can undo everything added since. */
  checkpoint(): void {
    this.undo = [];
  }

  rollback(): void {
    for (const step of (this.undo ?? []).reverse()) step();
    this.undo = null;
  }
}

/**
 * Fill what the paper lacks; keep the longest abstract (copied pages can cut abstracts short). The
 * date does not depend on the order records come in: a full date beats a month-and-day, and of two
 * of a kind the earlier wins.
 */
export function mergeInto(paper: MergedPaper, record: SourceRecord, source: SourceRef): void {
  paper.sources.push(source);
  paper.arxivId ??= record.arxivId ?? null;
  if (record.date && (!paper.date || rankDate(record.date) < rankDate(paper.date))) paper.date = record.date;
  paper.url ??= record.url ?? null;
  if (!paper.authors.length && record.authors) paper.authors = record.authors;
  if (!paper.categories.length && record.categories) paper.categories = record.categories;
  if (record.abstract.length > paper.abstract.length) paper.abstract = record.abstract;
}

/** Order of preference of dates: full dates first, then the earlier. */
const rankDate = (date: string) => (date.startsWith("--") ? "1" : "0") + date;
