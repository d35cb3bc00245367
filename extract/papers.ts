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

/** A key as a 64-bit hash in two 32-bit halves (at a million keys a collision has odds of about 1 in 10^7). */
function keyHash(key: string): [number, number] {
  // Two independently seeded 32-bit multiply-xorshift hashes (cyrb53's mixing), a tenth of SHA-1's
  // cost: nothing here needs a cryptographic hash, only well-spread bits.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // Never [0, 0]: that marks an empty slot.
  return [h1 >>> 0 || 1, h2 >>> 0];
}

/**
 * Key hashes → paper numbers, in typed arrays (open addressing, linear probing): a few bytes per key,
 * where a Map of strings took about a hundred. A removed key leaves a tombstone (-2).
 */
class KeyTable {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private group = new Int32Array(1 << 12).fill(-1);
  private used = 0;

  private slot([hi, lo]: [number, number]): number {
    const mask = this.hi.length - 1;
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    while (this.group[i] !== -1 && !(this.hi[i] === hi && this.lo[i] === lo && this.group[i] !== -2)) i = (i + 1) & mask;
    return i;
  }

  get(key: [number, number]): number | undefined {
    const i = this.slot(key);
    return this.group[i] === -1 ? undefined : this.group[i];
  }

  set(key: [number, number], group: number): void {
    if (2 * (this.used + 1) > this.hi.length) this.grow();
    const i = this.slot(key);
    if (this.group[i] === -1) this.used++;
    [this.hi[i], this.lo[i], this.group[i]] = [key[0], key[1], group];
  }

  delete(key: [number, number]): void {
    const i = this.slot(key);
    if (this.group[i] !== -1) this.group[i] = -2;
  }

  /** Removes every key of the papers numbered `first` and after. */
  deleteFrom(first: number): void {
    for (let i = 0; i < this.group.length; i++) if (this.group[i]! >= first) this.group[i] = -2;
  }

  private grow(): void {
    const [hi, lo, group] = [this.hi, this.lo, this.group];
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.group = new Int32Array(hi.length * 2).fill(-1);
    this.used = 0;
    for (let i = 0; i < hi.length; i++) if (group[i]! >= 0) this.set([hi[i]!, lo[i]!], group[i]!);
  }
}

/** A growable array of 32-bit integers. */
class Int32List {
  private items = new Int32Array(1 << 12);
  length = 0;
  at(i: number): number {
    return this.items[i]!;
  }
  put(i: number, value: number): void {
    this.items[i] = value;
  }
  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }
}

/**
 * Which paper each record belongs to, decided from its keys alone so that it can be done before any
 * paper is kept in memory (the first of the pipeline's two reads): a record joins an earlier paper
 * with its arXiv id, or else with its normalised title unless both have different arXiv ids (two
 * papers that happen to share a title). Keys are kept as hashes in typed arrays, so a million papers
 * take a few tens of MB. A file that fails half-way is taken back out (checkpoint / rollback): what
 * it added is found from the paper count at the checkpoint, and only its changes to earlier papers
 * are logged (a log of closures, one per record, took a quarter of a GB at a million records).
 */
export class PaperGroups {
  private readonly byArxivId = new KeyTable();
  private readonly byTitle = new KeyTable();
  /** Per paper: its records, and the hash of its arXiv id (0, 0 when it has none). */
  private readonly sizes = new Int32List();
  private readonly idHi = new Int32List();
  private readonly idLo = new Int32List();
  /** Papers at the checkpoint (-1: none taken), and the changes to those papers since, four numbers each (see Change). */
  private base = -1;
  private readonly changes = new Int32List();

  get count(): number {
    return this.sizes.length;
  }

  /** How many records a paper has. */
  size(group: number): number {
    return this.sizes.at(group);
  }

  /** The paper of a record: an earlier one it duplicates, or a new one. */
  add(record: Pick<SourceRecord, "title" | "arxivId">): number {
    const titleKey = keyHash(normaliseTitle(record.title));
    const idKey = record.arxivId ? keyHash(record.arxivId) : null;
    let group = idKey ? this.byArxivId.get(idKey) : undefined;
    if (group === undefined) {
      const sameTitle = this.byTitle.get(titleKey);
      // Same title but a different arXiv id: two papers that happen to share a title.
      const conflict = sameTitle !== undefined && idKey !== null && this.hasId(sameTitle) && !this.hasId(sameTitle, idKey);
      if (sameTitle !== undefined && !conflict) group = sameTitle;
    }
    if (group === undefined) {
      // A new paper: a rollback removes it, and its keys, by its number alone.
      group = this.sizes.length;
      this.sizes.push(1);
      this.idHi.push(idKey ? idKey[0] : 0);
      this.idLo.push(idKey ? idKey[1] : 0);
      if (this.byTitle.get(titleKey) === undefined) this.byTitle.set(titleKey, group);
      if (idKey) this.byArxivId.set(idKey, group);
      return group;
    }
    const g = group;
    this.sizes.put(g, this.sizes.at(g) + 1);
    this.log(Change.Size, g);
    if (idKey && !this.hasId(g)) {
      this.idHi.put(g, idKey[0]);
      this.idLo.put(g, idKey[1]);
      this.log(Change.Id, g);
    }
    if (idKey && this.byArxivId.get(idKey) === undefined) {
      this.byArxivId.set(idKey, g);
      this.log(Change.IdKey, g, idKey);
    }
    return g;
  }

  /** Whether a paper has an arXiv id (this one, when given). */
  private hasId(group: number, key?: [number, number]): boolean {
    const [hi, lo] = [this.idHi.at(group) >>> 0, this.idLo.at(group) >>> 0];
    return key ? hi === key[0] && lo === key[1] : hi !== 0 || lo !== 0;
  }

  /** A change to a paper that was there at the checkpoint (changes to papers added since need none). */
  private log(change: Change, group: number, key: [number, number] = [0, 0]): void {
    if (this.base < 0 || group >= this.base) return;
    this.changes.push(change);
    this.changes.push(group);
    this.changes.push(key[0] | 0);
    this.changes.push(key[1] | 0);
  }

  /** Start remembering changes, so that rollback can undo everything added since. */
  checkpoint(): void {
    this.base = this.sizes.length;
    this.changes.length = 0;
  }

  rollback(): void {
    if (this.base < 0) return;
    const base = this.base;
    for (let i = this.changes.length - 4; i >= 0; i -= 4) {
      const group = this.changes.at(i + 1);
      switch (this.changes.at(i) as Change) {
        case Change.Size:
          this.sizes.put(group, this.sizes.at(group) - 1);
          break;
        case Change.Id:
          this.idHi.put(group, 0);
          this.idLo.put(group, 0);
          break;
        case Change.IdKey:
          this.byArxivId.delete([this.changes.at(i + 2) >>> 0, this.changes.at(i + 3) >>> 0]);
          break;
      }
    }
    this.byTitle.deleteFrom(base);
    this.byArxivId.deleteFrom(base);
    this.sizes.length = this.idHi.length = this.idLo.length = base;
    this.base = -1;
    this.changes.length = 0;
  }
}

/** What a logged change did to an earlier paper. */
const Change = {
  /** A record joined the paper. */
  Size: 0,
  /** The paper got its arXiv id. */
  Id: 1,
  /** The paper's arXiv id was added to the arXiv id table (the key's two halves follow). */
  IdKey: 2,
} as const;
type Change = (typeof Change)[keyof typeof Change];

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
