// Fetching from the web APIs politely and safely: a descriptive User-Agent, a timeout on every
// request, retries with exponential backoff on 429 and 5xx that honour Retry-After, a limit on the
// size of a body, and errors that always name the URL and what went wrong.
export interface HttpOptions {
  userAgent: string;
  timeoutMs: number;
  retries: number;
  /** First backoff; doubles on each retry. */
  backoffMs: number;
  /** Longest wait a Retry-After header may impose. */
  maxRetryAfterMs: number;
  /** Largest body read; a larger one fails the request. */
  maxBodyBytes: number;
  sleep?: (ms: number) => Promise<void>;
}

export class FetchError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** `base` with `params` added to the query it may already hold ("…/query?key=1" gets "&start=0"). */
export function withQuery(base: string, params: Record<string, string>): string {
  if (!URL.canParse(base)) throw new FetchError(base, "not a valid URL");
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
  return url.href;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds ("120") or an HTTP date, as milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const retryable = (status: number) => status === 429 || (status >= 500 && status <= 599);

/** The body as text, read chunk by chunk so that a huge or endless body never fills memory. */
async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel(); // closes the connection instead of reading on
      throw new FetchError(url, `response body exceeds the ${maxBytes}-byte limit (CLAIMBOARD_MAX_BODY_BYTES)`);
    }
    chunks.push(read.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The body of a successful GET, or a FetchError after the retries are spent. */
export async function fetchText(url: string, options: HttpOptions): Promise<string> {
  const sleep = options.sleep ?? wait;
  let lastReason = "";
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      const response = await fetch(url, { headers: { "user-agent": options.userAgent, accept: "application/atom+xml, application/json;q=0.9, */*;q=0.5" }, signal: controller.signal });
      if (response.ok) return await readBody(response, url, options.maxBodyBytes);
      await response.body?.cancel(); // an error page's body is not used
      lastReason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      if (!retryable(response.status) || attempt === options.retries) break;
      const asked = retryAfterMs(response.headers.get("retry-after"));
      if (asked !== null && asked > options.maxRetryAfterMs) throw new FetchError(url, `${lastReason}, Retry-After ${Math.round(asked / 1000)} s is longer than we wait`);
      await sleep(asked ?? options.backoffMs * 2 ** attempt);
    } catch (error) {
      if (error instanceof FetchError) throw error;
      lastReason = controller.signal.aborted ? `no complete response within ${options.timeoutMs} ms` : `network error: ${(error as Error).message}`;
      if (attempt === options.retries) break;
      await sleep(options.backoffMs * 2 ** attempt);
    } finally {
      clearTimeout(timer);
    }
  }
  throw new FetchError(url, `${lastReason} (after ${options.retries + 1} attempts)`);
}
