// npm run refresh against a real HTTP server on 127.0.0.1 that serves responses in the real shapes
// of the arXiv API and the Hugging Face daily-papers API, including rate limits, server errors,
// a hanging response, malformed bodies, an API change and an empty day. The command runs in this
// process; a few runs start it as its own process, for its exit codes and output.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { extractTables, tempDir } from "../helpers.ts";
import { main } from "../../extract/refresh/cli.ts";
import { retryAfterMs, withQuery } from "../../extract/refresh/http.ts";
import { arxivQuery } from "../../extract/refresh/arxiv.ts";
import { daysOf } from "../../extract/refresh/hfDaily.ts";

// ---- responses in the APIs' real shapes --------------------------------------------------------

function entry(n: number): string {
  const id = `2410.${String(10000 + n)}`;
  return `  <entry>
    <id>http://arxiv.org/abs/${id}v1</id>
    <updated>2024-10-0${1 + (n % 5)}T12:00:00Z</updated>
    <published>2024-10-0${1 + (n % 5)}T12:00:00Z</published>
    <title>Refreshed paper number ${n}: efficient
  training at scale</title>
    <summary>  We train paper ${n}'s model ${n + 1}x faster than the dense baseline and reach
${70 + n}.5% top-1 accuracy on ImageNet.
</summary>
    <author>
      <name>Author ${n}</name>
    </author>
    <link href="http://arxiv.org/abs/${id}v1" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${id}v1" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`;
}

function feed(entries: number[], total: number, start: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?search_query%3Dcat%3Acs.LG%26start%3D${start}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=cat:cs.LG&amp;id_list=&amp;start=${start}&amp;max_results=2</title>
  <id>http://arxiv.org/api/4CDrnBpNmUqWpTXlzJV8bHT0bhA</id>
  <updated>2024-10-06T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${total}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${start}</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">2</opensearch:itemsPerPage>
${entries.map(entry).join("\n")}
</feed>
`;
}

const ARXIV_PAGES = [feed([1, 2], 5, 0), feed([3, 4], 5, 2), feed([5], 5, 4)];
const HF_DAY = readFileSync("test/fixtures/hf-daily-2024-10-01.json", "utf8");

// ---- a scripted server: each path+query answers from its queue, the last answer repeating -----

type Answer = { status: number; body?: string; headers?: Record<string, string> } | "hang" | "endless";
const script = new Map<string, Answer[]>();
const requests: { url: string; userAgent: string; at: number }[] = [];
let server: Server;
let base: string;

function answer(request: IncomingMessage, response: ServerResponse) {
  const url = request.url ?? "";
  requests.push({ url, userAgent: String(request.headers["user-agent"]), at: Date.now() });
  const { pathname, searchParams } = new URL(url, "http://x");
  const key = pathname === "/arxiv" ? `arxiv:${searchParams.get("start")}` : `hf:${searchParams.get("date")}`;
  const queue = script.get(key) ?? [{ status: 404, body: "not found" }];
  const next = queue.length > 1 ? queue.shift()! : queue[0]!;
  if (next === "hang") return; // never answers: the client's timeout must fire
  response.writeHead(next === "endless" ? 200 : next.status, { "content-type": key.startsWith("arxiv") ? "application/atom+xml" : "application/json", ...(next === "endless" ? {} : next.headers) });
  if (next === "endless") {
    // A body that never ends, sent as fast as the client reads it, until the client hangs up.
    const chunk = Buffer.alloc(64 * 1024, "x");
    const send = () => {
      while (!response.destroyed && response.write(chunk));
    };
    response.on("drain", send);
    return send();
  }
  response.end(next.body ?? "");
}

type Run = { status: number | null; stdout: string; stderr: string };

/** The environment of a test run: the local server, small pages, short waits. */
function testEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CLAIMBOARD_ARXIV_URL: `${base}/arxiv`,
    CLAIMBOARD_HF_URL: `${base}/hf`,
    CLAIMBOARD_ARXIV_PAGE_SIZE: "2",
    CLAIMBOARD_ARXIV_DELAY_MS: "150",
    CLAIMBOARD_BACKOFF_MS: "20",
    CLAIMBOARD_RETRIES: "3",
    CLAIMBOARD_TIMEOUT_MS: "2000",
    ...env,
  };
}

/**
 * The refresh command run in this process (a subprocess would spend seconds starting tsx each time),
 * its console output taken as its stdout and stderr. One run at a time: the console is shared.
 */
async function refresh(args: string[], data: string, env: Record<string, string> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const log = vi.spyOn(console, "log").mockImplementation((...parts) => void (stdout += `${format(...parts)}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((...parts) => void (stderr += `${format(...parts)}\n`));
  try {
    const status = await main(["--data", data, ...args], testEnv(env));
    return { status, stdout, stderr };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** `npm run refresh` as a user runs it, in its own process: for the exit code and output contract. */
function refreshCommand(args: string[], data: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "extract/refresh/cli.ts", "--data", data, ...args], { env: testEnv(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file under data/ with its bytes, to prove a run changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else files.set(path.slice(dir.length), readFileSync(path).toString("base64"));
    }
  };
  walk(dir);
  return files;
}

/** A data/ folder holding one seed listing and its tables, as a user's checkout would. */
async function freshData(): Promise<string> {
  const data = join(tempDir("claimboard-refresh-"), "data");
  mkdirSync(join(data, "sources"), { recursive: true });
  cpSync("data/sources/000_390241c12d78bb50.txt", join(data, "sources", "000_390241c12d78bb50.txt"));
  await extractTables([join(data, "sources")], data);
  return data;
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  script.clear();
  requests.length = 0;
});

describe("npm run refresh", () => {
  it("pages through arXiv, takes a daily-papers day, saves the raw responses and reports the changes", async () => {
    ARXIV_PAGES.forEach((page, i) => script.set(`arxiv:${i * 2}`, [{ status: 200, body: page }]));
    script.set("hf:2024-10-01", [{ status: 200, body: HF_DAY }]);
    const data = await freshData();
    const run = await refresh(["--arxiv", "cat:cs.LG", "--since", "2024-10-01", "--hf-daily", "2024-10-01", "--today", "2026-12-07"], data);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/fetched 4 response\(s\); 7 new paper\(s\)/);

    // Paging: start=0, 2, 4 with max_results=2, the API's delay between calls, a descriptive agent.
    const arxivCalls = requests.filter((r) => r.url.startsWith("/arxiv"));
    expect(arxivCalls.map((r) => new URL(r.url, base).searchParams.get("start"))).toEqual(["0", "2", "4"]);
    expect(new URL(arxivCalls[0]!.url, base).searchParams.get("search_query")).toBe("(cat:cs.LG) AND submittedDate:[202410010000 TO 299912312359]");
    for (let i = 1; i < arxivCalls.length; i++) expect(arxivCalls[i]!.at - arxivCalls[i - 1]!.at).toBeGreaterThanOrEqual(140);
    expect(arxivCalls[0]!.userAgent).toMatch(/^claimboard-refresh\/.+\(.+\)$/);

    const saved = readdirSync(join(data, "sources")).sort();
    expect(saved).toEqual(["000_390241c12d78bb50.txt", ...saved.filter((f) => f.startsWith("arxiv-2024-10-01-")), "hf-daily-2024-10-01.json"]);
    expect(saved.filter((f) => f.startsWith("arxiv-"))).toHaveLength(3);
    const changes = JSON.parse(readFileSync(join(data, "changes.json"), "utf8"));
    expect(changes.newPapers.map((p: { paperId: string }) => p.paperId).sort()).toEqual(["1311.2524", "2409.20566", "2410.10001", "2410.10002", "2410.10003", "2410.10004", "2410.10005"]);
    expect(changes.newClaims.length).toBeGreaterThanOrEqual(10);
    expect(changes.leaderboards.some((b: { dataset: string; metric: string; before: unknown }) => b.dataset === "ImageNet" && b.metric === "top-1 accuracy")).toBe(true);
    const papers = JSON.parse(readFileSync(join(data, "papers.json"), "utf8"));
    expect(papers.find((p: { paperId: string }) => p.paperId === "2410.10003").title).toBe("Refreshed paper number 3: efficient training at scale");

    // The day's history: the run's changes under the date it was given, each new #1 naming its claim.
    const history = () => readdirSync(join(data, "history"));
    expect(history()).toEqual(["2026-12-07.json"]);
    const day = JSON.parse(readFileSync(join(data, "history", "2026-12-07.json"), "utf8"));
    expect(day.date).toBe("2026-12-07");
    expect(day.newPapers).toEqual(changes.newPapers);
    expect(day.newClaims).toEqual(changes.newClaims);
    const imagenet = day.leaderboards.find((b: { dataset: string; metric: string }) => b.dataset === "ImageNet" && b.metric === "top-1 accuracy");
    const claims = JSON.parse(readFileSync(join(data, "claims.json"), "utf8")) as { claimId: string; value: number }[];
    expect(claims.find((c) => c.claimId === imagenet.after.claimId)?.value).toBe(imagenet.after.value);

    // Idempotence: the same responses again change no byte of data/, its history included.
    const before = snapshot(data);
    const again = await refresh(["--arxiv", "cat:cs.LG", "--since", "2024-10-01", "--hf-daily", "2024-10-01", "--today", "2026-12-08"], data);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/no changes/);
    expect(snapshot(data)).toEqual(before);

    // A second refresh the same day adds to that day's file; another day has its own.
    script.set("arxiv:0", [{ status: 200, body: feed([7], 1, 0) }]);
    expect((await refresh(["--arxiv", "ti:sparse", "--today", "2026-12-07"], data)).status).toBe(0);
    const merged = JSON.parse(readFileSync(join(data, "history", "2026-12-07.json"), "utf8"));
    expect(merged.newPapers.map((p: { paperId: string }) => p.paperId).sort()).toEqual([...changes.newPapers.map((p: { paperId: string }) => p.paperId), "2410.10007"].sort());
    script.set("arxiv:0", [{ status: 200, body: feed([6], 1, 0) }]);
    expect((await refresh(["--arxiv", "ti:dense", "--today", "2026-12-09"], data)).status).toBe(0);
    expect(history()).toEqual(["2026-12-07.json", "2026-12-09.json"]);
    expect(JSON.parse(readFileSync(join(data, "history", "2026-12-09.json"), "utf8")).newPapers.map((p: { paperId: string }) => p.paperId)).toEqual(["2410.10006"]);
  }, 90_000);

  it("takes an abstract longer than a spreadsheet cell holds, and the next refresh still works", async () => {
    const long = feed([8], 1, 0).replace("on ImageNet.", `on ImageNet. ${"More text. ".repeat(4000)}`);
    script.set("arxiv:0", [{ status: 200, body: long }]);
    const data = await freshData();
    const run = await refresh(["--arxiv", "cat:cs.LG", "--since", "2024-10-01"], data);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 new paper\(s\)/);
    const report = JSON.parse(readFileSync(join(data, "report.json"), "utf8"));
    expect(report.outputs).toEqual([expect.objectContaining({ file: "claims.xlsx", location: "papers sheet, paper 2410.10008, column abstract" })]);
    const again = await refresh(["--arxiv", "cat:cs.LG", "--since", "2024-10-01"], data);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/no changes/);
  }, 60_000);

  it("waits out a 429 with Retry-After and a burst of 503s, then succeeds", async () => {
    script.set("arxiv:0", [{ status: 429, body: "Rate exceeded.", headers: { "retry-after": "1" } }, { status: 503 }, { status: 503 }, { status: 200, body: feed([7], 1, 0) }]);
    const data = await freshData();
    const t0 = Date.now();
    const run = await refresh(["--arxiv", "ti:sparse"], data);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(requests.filter((r) => r.url.startsWith("/arxiv"))).toHaveLength(4);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000); // Retry-After: 1 was honoured
    expect(JSON.parse(readFileSync(join(data, "papers.json"), "utf8")).some((p: { paperId: string }) => p.paperId === "2410.10007")).toBe(true);
  }, 60_000);

  it("retries a page the API sent without entries although totalResults says there are more", async () => {
    script.set("arxiv:0", [{ status: 200, body: feed([], 1, 0) }, { status: 200, body: feed([7], 1, 0) }]);
    const data = await freshData();
    const run = await refresh(["--arxiv", "ti:sparse"], data);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(requests.filter((r) => r.url.startsWith("/arxiv"))).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(data, "papers.json"), "utf8")).some((p: { paperId: string }) => p.paperId === "2410.10007")).toBe(true);
  }, 60_000);

  it("adds its parameters to base URLs that already hold a query", async () => {
    script.set("arxiv:0", [{ status: 200, body: feed([7], 1, 0) }]);
    script.set("hf:2024-10-01", [{ status: 200, body: HF_DAY }]);
    const data = await freshData();
    const run = await refresh(["--arxiv", "ti:sparse", "--hf-daily", "2024-10-01"], data, { CLAIMBOARD_ARXIV_URL: `${base}/arxiv?key=a%20b`, CLAIMBOARD_HF_URL: `${base}/hf?key=c` });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(requests.map((r) => Object.fromEntries(new URL(r.url, base).searchParams))).toEqual([
      { key: "a b", search_query: "ti:sparse", start: "0", max_results: "2", sortBy: "submittedDate", sortOrder: "descending" },
      { key: "c", date: "2024-10-01" },
    ]);
  }, 60_000);

  it("takes an empty day and an empty query result as nothing new", async () => {
    script.set("hf:2024-10-05", [{ status: 200, body: "[]" }]);
    script.set("arxiv:0", [{ status: 200, body: feed([], 0, 0) }]);
    const data = await freshData();
    const run = await refreshCommand(["--arxiv", "ti:nothing", "--hf-daily", "2024-10-05"], data);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/fetched 2 response\(s\); no changes/);
  }, 60_000);

  const FAILURES: [string, () => void, string[], RegExp, Record<string, string>?][] = [
    ["a server that keeps failing", () => script.set("arxiv:0", [{ status: 500, body: "oops" }]), ["--arxiv", "cat:cs.LG"], /\/arxiv\?.*: HTTP 500 .*after 2 attempts/],
    ["a response that hangs past the timeout", () => script.set("hf:2024-10-01", ["hang"]), ["--hf-daily", "2024-10-01"], /\/hf\?date=2024-10-01: no complete response within 800 ms/],
    ["malformed XML", () => script.set("arxiv:0", [{ status: 200, body: ARXIV_PAGES[0]!.slice(0, 900) }]), ["--arxiv", "cat:cs.LG"], /\/arxiv\?.*: malformed response: broken XML/],
    ["an HTML error page instead of a feed", () => script.set("arxiv:0", [{ status: 200, body: "<html><body>Service unavailable</body></html>" }]), ["--arxiv", "cat:cs.LG"], /malformed response: not an Atom feed/],
    ["a truncated JSON day", () => script.set("hf:2024-10-01", [{ status: 200, body: HF_DAY.slice(0, 400) }]), ["--hf-daily", "2024-10-01"], /\/hf\?date=2024-10-01: malformed JSON/],
    ["an API change (no summary)", () => script.set("hf:2024-10-01", [{ status: 200, body: HF_DAY.replace(/"summary"/g, '"abstract"') }]), ["--hf-daily", "2024-10-01"], /API change: item 1 has no paper\.summary/],
    ["a page that stays without entries although totalResults says there are more", () => { script.set("arxiv:0", [{ status: 200, body: ARXIV_PAGES[0]! }]); script.set("arxiv:2", [{ status: 200, body: feed([], 5, 2) }]); }, ["--arxiv", "cat:cs.LG"], /\/arxiv\?.*start=2.*: no entries although opensearch:totalResults is 5 \(after 2 attempts\)/],
    ["a body larger than the limit", () => script.set("arxiv:0", ["endless"]), ["--arxiv", "cat:cs.LG"], /\/arxiv\?.*: response body exceeds the 1000000-byte limit \(CLAIMBOARD_MAX_BODY_BYTES\)/, { CLAIMBOARD_TIMEOUT_MS: "20000", CLAIMBOARD_MAX_BODY_BYTES: "1000000" }],
    ["a failure on the second page", () => { script.set("arxiv:0", [{ status: 200, body: ARXIV_PAGES[0]! }]); script.set("arxiv:2", [{ status: 502 }]); }, ["--arxiv", "cat:cs.LG"], /start=2.*HTTP 502/],
  ];

  FAILURES.forEach(([what, setUp, args, message, env], i) => {
    it(`leaves data/ exactly as it was on ${what}, naming the URL`, async () => {
      setUp();
      const data = await freshData();
      const seeded = await refresh(["--hf-daily", "2024-10-02"], data); // 404: fails, writes nothing either
      expect(seeded.status).toBe(1);
      const before = snapshot(data);
      // The first as the command itself: exit code 1, the error on stderr.
      const run = await (i === 0 ? refreshCommand : refresh)(args, data, { CLAIMBOARD_TIMEOUT_MS: "800", CLAIMBOARD_RETRIES: "1", ...env });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/nothing was changed/);
      expect(snapshot(data)).toEqual(before);
      expect(existsSync(join(data, "changes.json"))).toBe(false);
    }, 60_000);
  });

  it("reports what would change on --dry-run and writes nothing", async () => {
    script.set("hf:2024-10-01", [{ status: 200, body: HF_DAY }]);
    const data = await freshData();
    const before = snapshot(data);
    const run = await refresh(["--hf-daily", "2024-10-01", "--dry-run"], data);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 new paper\(s\)/);
    expect(snapshot(data)).toEqual(before);
  }, 60_000);

  it("refuses a numeric setting that is not a whole number in its range, naming it, before any request", async () => {
    const BAD: [string, string][] = [
      ["CLAIMBOARD_ARXIV_PAGE_SIZE", "0"], // would page forever
      ["CLAIMBOARD_RETRIES", "abc"],
      ["CLAIMBOARD_TIMEOUT_MS", "-5"],
      ["CLAIMBOARD_BACKOFF_MS", "1.5"],
      ["CLAIMBOARD_MAX_RETRY_AFTER_MS", "1e3"],
      ["CLAIMBOARD_ARXIV_MAX_RESULTS", "999999"],
      ["CLAIMBOARD_ARXIV_DELAY_MS", " "],
      ["CLAIMBOARD_MAX_BODY_BYTES", "0"],
    ];
    const data = tempDir("claimboard-refresh-");
    for (const [name, value] of BAD) {
      const run = await refresh(["--arxiv", "cat:cs.LG", "--hf-daily", "2024-10-01"], data, { [name]: value });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^${name} must be a whole number from \\d+ to \\d+, not "`));
      expect(run.stderr).toContain(`not "${value}"`);
    }
    expect(requests).toEqual([]);
    expect(readdirSync(data)).toEqual([]);
  }, 60_000);

  it("refuses bad arguments with the usage", async () => {
    const run = await refreshCommand(["--hf-daily", "yesterday"], await freshData());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--hf-daily takes a date/);
    expect((await refresh(["--hf-daily", "2024-10-01", "--today", "7 Dec"], tempDir("claimboard-refresh-"))).stderr).toMatch(/--today takes YYYY-MM-DD, not "7 Dec"/);
    expect((await refresh([], await freshData())).stderr).toMatch(/nothing to fetch/);
  });
});

describe("refresh helpers", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterMs("120")).toBe(120_000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs("soon")).toBeNull();
  });

  it("adds query parameters to a base URL, with or without a query of its own", () => {
    expect(withQuery("http://host/api/query", { start: "0", q: "a b&c" })).toBe("http://host/api/query?start=0&q=a+b%26c");
    expect(withQuery("http://host/api/query?foo=1", { start: "0" })).toBe("http://host/api/query?foo=1&start=0");
    expect(() => withQuery("host/api/query", { start: "0" })).toThrow("host/api/query: not a valid URL");
  });

  it("expands day ranges and limits arXiv queries by date", () => {
    expect(daysOf("2024-02-28..2024-03-01")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(() => daysOf("2024-03-01..2024-02-01")).toThrow(/not a valid date range/);
    expect(arxivQuery("cat:cs.CV", null)).toBe("cat:cs.CV");
  });
});
