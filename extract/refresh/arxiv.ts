// The arXiv API (Atom): a query fetched page by page with start/max_results, waiting the delay
// the API asks for between calls, each page checked before it is kept.
import { XMLParser } from "fast-xml-parser";
import { readArxivAtom } from "../sources/atom.ts";
import { FetchError, fetchText, withQuery } from "./http.ts";
import type { HttpOptions } from "./http.ts";

export interface ArxivOptions extends HttpOptions {
  baseUrl: string;
  pageSize: number;
  maxResults: number;
  /** arXiv asks for 3 s between calls. */
  delayMs: number;
}

export interface FetchedPage {
  url: string;
  body: string;
  start: number;
}

const opensearch = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

/** "cat:cs.LG" since 2024-10-01 → "cat:cs.LG AND submittedDate:[202410010000 TO 299912312359]". */
export function arxivQuery(query: string, since: string | null): string {
  return since ? `(${query}) AND submittedDate:[${since.replace(/-/g, "")}0000 TO 299912312359]` : query;
}

function totalResults(body: string, url: string): number {
  const feed = (opensearch.parse(body) as { feed?: Record<string, unknown> }).feed;
  const total = Number(feed?.["opensearch:totalResults"]);
  if (!Number.isInteger(total) || total < 0) throw new FetchError(url, "API change: the feed has no opensearch:totalResults");
  return total;
}

interface ArxivPage {
  body: string;
  /** Entries on the page, usable or not. */
  entries: number;
  total: number;
}

/**
 * One page, checked. The API sometimes answers a page without entries while totalResults says there
 * are more from this start: that is a transient failure, so the page is fetched again.
 */
async function fetchPage(url: string, start: number, options: ArxivOptions, sleep: (ms: number) => Promise<void>): Promise<ArxivPage> {
  for (let attempt = 0; ; attempt++) {
    const body = await fetchText(url, options);
    const read = readArxivAtom(body);
    // A broken or non-Atom page (an HTML error page, a truncated body) fails the whole refresh.
    const broken = read.rejections.find((r) => !/^arXiv API error|^entry without/.test(r.reason));
    if (broken) throw new FetchError(url, `malformed response: ${broken.reason} (${broken.location})`);
    const apiError = read.rejections.find((r) => r.reason.startsWith("arXiv API error"));
    if (apiError) throw new FetchError(url, apiError.reason);
    const total = totalResults(body, url);
    const entries = read.records.length + read.rejections.length;
    if (entries > 0 || start >= total) return { body, entries, total };
    if (attempt === options.retries) throw new FetchError(url, `no entries although opensearch:totalResults is ${total} (after ${options.retries + 1} attempts)`);
    // arXiv's delay between calls holds for these retries too.
    await sleep(Math.max(options.delayMs, options.backoffMs * 2 ** attempt));
  }
}

export async function fetchArxiv(query: string, since: string | null, options: ArxivOptions): Promise<FetchedPage[]> {
  const pages: FetchedPage[] = [];
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let start = 0; start < options.maxResults; start += options.pageSize) {
    if (start > 0) await sleep(options.delayMs);
    const url = withQuery(options.baseUrl, {
      search_query: arxivQuery(query, since),
      start: String(start),
      max_results: String(Math.min(options.pageSize, options.maxResults - start)),
      sortBy: "submittedDate",
      sortOrder: "descending",
    });
    const { body, entries, total } = await fetchPage(url, start, options, sleep);
    pages.push({ url, body, start });
    if (start + entries >= total) break;
  }
  return pages;
}
