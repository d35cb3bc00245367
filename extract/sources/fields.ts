// Records given as objects (a JSON object, a CSV row): the field names people actually use,
// mapped onto one SourceRecord. Missing title or abstract rejects the record; a field that is
// present but unreadable keeps the record and is reported as a warning.
import type { Problem, SourceRecord } from "./record.ts";
import { collapseSpace } from "./record.ts";
import { parseDateField } from "./dates.ts";
import { parseArxivId } from "./arxivId.ts";

const FIELD_NAMES = {
  title: ["title"],
  abstract: ["abstract", "summary"],
  id: ["arxivid", "arxiv_id", "arxiv", "id", "paperid", "paper_id"],
  date: ["date", "published", "publishedat", "published_at", "submittedondailyat", "listing_date", "listed"],
  authors: ["authors", "author"],
  url: ["url", "link"],
  categories: ["categories", "category"],
} as const;

export type Field = keyof typeof FIELD_NAMES;

/** The column/key that holds a field, matched case-insensitively. */
export function findKey(keys: string[], field: Field): string | undefined {
  return keyFinder(keys)(field);
}

/** Looks fields up among one record's keys (each key folded once, not once per field name). */
function keyFinder(keys: string[]): (field: Field) => string | undefined {
  const byName = new Map<string, string>();
  for (const key of keys) {
    const name = key.trim().toLowerCase();
    if (!byName.has(name)) byName.set(name, key);
  }
  return (field) => {
    for (const name of FIELD_NAMES[field]) {
      const key = byName.get(name);
      if (key !== undefined) return key;
    }
    return undefined;
  };
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value
      .map((v) => (v && typeof v === "object" && "name" in v ? asText((v as { name: unknown }).name) : asText(v)))
      .map(collapseSpace)
      .filter(Boolean);
  }
  // CSV cells: "A. Author; B. Author" (commas are ambiguous with "Last, First", semicolons are not).
  return asText(value).split(";").map(collapseSpace).filter(Boolean);
}

/**
 * One record from an object's fields, or the reason it cannot be used.
 * Hugging Face's daily-papers API nests the paper under "paper"; its fields win over the wrapper's.
 */
export function recordFromFields(
  object: Record<string, unknown>,
  location: string,
  warnings: Problem[],
): SourceRecord | Problem {
  const nested = object.paper && typeof object.paper === "object" ? (object.paper as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...object, ...nested };
  const find = keyFinder(Object.keys(merged));
  const get = (field: Field) => {
    const key = find(field);
    return key === undefined ? undefined : merged[key];
  };
  const title = collapseSpace(asText(get("title")));
  const abstract = collapseSpace(asText(get("abstract")));
  if (!title || !abstract) {
    const missing = [!title && "title", !abstract && "abstract"].filter(Boolean).join(" and ");
    return { location, reason: `record without ${missing}` };
  }
  const record: SourceRecord = { title, abstract, location };
  const id = asText(get("id"));
  if (id) {
    record.arxivId = parseArxivId(id);
    if (!record.arxivId) warnings.push({ location, reason: `id "${id}" is not an arXiv id; the paper gets a title hash` });
  }
  const date = asText(get("date"));
  if (date) {
    record.date = parseDateField(date);
    if (!record.date) warnings.push({ location, reason: `unreadable date "${date}"; kept as no date` });
  }
  const authors = asList(get("authors"));
  if (authors.length) record.authors = authors;
  const categories = asList(get("categories"));
  if (categories.length) record.categories = categories;
  const url = asText(get("url"));
  if (url) record.url = url;
  return record;
}

export const isProblem = (r: SourceRecord | Problem): r is Problem => "reason" in r;
