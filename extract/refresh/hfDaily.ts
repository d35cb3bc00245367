// The Hugging Face daily-papers API: one JSON list of papers per day (?date=YYYY-MM-DD), each item
// holding `paper` with the arXiv id, title, summary and publication date.
import { FetchError, fetchText, withQuery } from "./http.ts";
import type { HttpOptions } from "./http.ts";

export interface HfOptions extends HttpOptions {
  baseUrl: string;
}

export interface FetchedDay {
  url: string;
  body: string;
  date: string;
}

const REQUIRED = ["id", "title", "summary"] as const;

/** "2024-10-01" or "2024-10-01..2024-10-03" → every day in it (at most a year). */
export function daysOf(spec: string): string[] {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(spec.trim());
  if (!m) throw new Error(`--hf-daily takes a date (2024-10-01) or a range (2024-10-01..2024-10-07), not "${spec}"`);
  const first = new Date(`${m[1]}T00:00:00Z`);
  const last = new Date(`${m[2] ?? m[1]}T00:00:00Z`);
  if (Number.isNaN(first.getTime()) || Number.isNaN(last.getTime()) || last < first) throw new Error(`--hf-daily: "${spec}" is not a valid date range`);
  const days: string[] = [];
  for (let d = first; d <= last && days.length <= 366; d = new Date(d.getTime() + 86_400_000)) days.push(d.toISOString().slice(0, 10));
  if (days.length > 366) throw new Error(`--hf-daily: "${spec}" spans more than a year`);
  return days;
}

/** Checks a day's response has the shape this code reads; names the first thing that is missing. */
export function checkDailyPapers(body: string, url: string): void {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new FetchError(url, `malformed JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new FetchError(url, "API change: expected a JSON list of papers");
  value.forEach((item: unknown, i) => {
    const paper = (item as { paper?: Record<string, unknown> } | null)?.paper;
    if (!paper || typeof paper !== "object") throw new FetchError(url, `API change: item ${i + 1} has no "paper" object`);
    for (const field of REQUIRED) {
      if (typeof paper[field] !== "string" || !paper[field]) throw new FetchError(url, `API change: item ${i + 1} has no paper.${field}`);
    }
  });
}

export async function fetchHfDaily(days: string[], options: HfOptions): Promise<FetchedDay[]> {
  const fetched: FetchedDay[] = [];
  for (const date of days) {
    const url = withQuery(options.baseUrl, { date });
    const body = await fetchText(url, options);
    checkDailyPapers(body, url);
    fetched.push({ url, body, date });
  }
  return fetched;
}
