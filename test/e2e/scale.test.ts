// The site at scale: built over a generated 200,000-claim table published as the extractor
// publishes its tables (without CSV or XLSX), served and driven in headless Chromium. The
// home page, a leaderboard, a paper and the claims explorer must render within normal time limits
// without ever fetching the whole table; the explorer's counts under every kind of filter are
// checked against counts made here, independently, from the generated claims.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Claim } from "../../extract/schema.ts";
import { BOARD_PAGE } from "../../site/files.ts";
import { tempDir } from "../helpers.ts";
import { writeScaleTable } from "../scale/table.ts";
import { buildSite, drawn, openPage, shot, startSite } from "./browser.ts";
import type { Site } from "./browser.ts";

const CLAIMS = 200_000;
const SEARCHED: (keyof Claim)[] = ["title", "text", "sentence", "metric", "dataset", "baseline"];
/** A word of one seed paper's title alone: its variants sit together in title order, in few shards. */
const SEED_TABLES = inject("seedTables");
const RARE = rareTitleWord(JSON.parse(readFileSync(join(SEED_TABLES, "claims.json"), "utf8")) as Claim[]);
/** Free-text searches and the claims they must find (every word in one of these fields). */
const SEARCHES = ["imagenet top-1", "variant 12 faster", RARE];

let site: Site;
const timings: Record<string, number> = {};
/** Counts made from the generated claims as they are written. */
const expected = {
  claims: 0,
  papers: new Set<string>(),
  type: new Map<string, number>(),
  metric: new Map<string, number>(),
  dataset: new Map<string, { claims: number; papers: Set<string> }>(),
  typeAndDataset: new Map<string, number>(),
  search: new Map<string, number>(SEARCHES.map((q) => [q, 0])),
  paperClaims: new Map<string, string[]>(),
  results: new Map<string, number>(),
};
const add = (map: Map<string, number>, key: string | null) => key !== null && map.set(key, (map.get(key) ?? 0) + 1);

function count(c: Claim): void {
  expected.claims++;
  expected.papers.add(c.paperId);
  add(expected.type, c.type);
  add(expected.metric, c.metric);
  if (c.role === "result") add(expected.results, c.type);
  if (c.dataset !== null) {
    const d = expected.dataset.get(c.dataset) ?? { claims: 0, papers: new Set() };
    d.claims++;
    d.papers.add(c.paperId);
    expected.dataset.set(c.dataset, d);
    add(expected.typeAndDataset, `${c.type}|${c.dataset}`);
  }
  for (const q of SEARCHES) {
    const words = q.split(" ");
    if (words.every((w) => SEARCHED.some((f) => typeof c[f] === "string" && (c[f] as string).toLowerCase().includes(w)))) add(expected.search, q);
  }
  if (c.paperId.startsWith("g7-")) expected.paperClaims.set(c.paperId, [...(expected.paperClaims.get(c.paperId) ?? []), c.text]);
}

function rareTitleWord(seed: Claim[]): string {
  const titles = [...new Set(seed.map((c) => c.title.toLowerCase()))];
  const texts = seed.map((c) => SEARCHED.map((f) => (typeof c[f] === "string" ? (c[f] as string).toLowerCase() : "")).join(" "));
  for (const title of titles) {
    for (const word of title.split(/[^a-z]+/).filter((w) => w.length >= 8)) {
      if (texts.filter((t) => t.includes(word)).length <= 3 && titles.filter((t) => t.includes(word)).length === 1) return word;
    }
  }
  throw new Error("no rare title word in the seed table");
}

/** The data files served since the last call, and their bytes. */
function served(): { files: string[]; bytes: number } {
  const data = site.served.filter((s) => s.path.startsWith("/data/"));
  site.served.length = 0;
  return { files: data.map((s) => s.path.slice("/data/".length)), bytes: data.reduce((n, s) => n + s.bytes, 0) };
}

const rowsShown = (page: Page) => page.locator("main table").getAttribute("data-rows").then(Number);

/**
 * Milliseconds until the explorer is done (its count known) after a change that navigates, and
 * that count. The view shown before is marked, so that its own "done" is not taken for the new
 * one's: each navigation renders a new view, asynchronously.
 */
async function explore(page: Page, change: () => Promise<unknown>): Promise<{ ms: number; count: number }> {
  await page.evaluate(() => document.querySelector("main section")?.setAttribute("data-before", ""));
  const started = Date.now();
  await change();
  await page.waitForSelector('main section[data-state="done"]:not([data-before])', { timeout: 45_000 });
  return { ms: Date.now() - started, count: await rowsShown(page) };
}

// The generated tables and their site: about 840 MB, removed when the file ends (65 runs had filled /tmp).
let work = "";

beforeAll(async () => {
  work = tempDir("claimboard-scale-");
  let started = Date.now();
  const written = await writeScaleTable(join(work, "data"), { claims: CLAIMS, seed: 6, source: SEED_TABLES }, count);
  timings.generate = Date.now() - started;
  expect(written.claims).toBe(CLAIMS);
  started = Date.now();
  buildSite(join(work, "data"), join(work, "dist"));
  timings.build = Date.now() - started;
  site = await startSite(join(work, "dist"));
}, 240_000);

afterAll(async () => {
  console.log(`scale e2e timings (ms): ${JSON.stringify(timings)}`);
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`the site over ${CLAIMS.toLocaleString("en")} claims`, () => {
  it("shows the benchmarks with their counts from the overview alone", async () => {
    served();
    const started = Date.now();
    const { page } = await openPage(site, "#/");
    await page.waitForSelector("main tbody tr");
    timings.home = Date.now() - started;
    const top = [...expected.dataset].sort(([a, x], [b, y]) => y.papers.size - x.papers.size || y.claims - x.claims || a.localeCompare(b))[0]!;
    const first = page.locator("main tbody tr").first();
    expect(await first.locator("th").textContent()).toBe(top[0]);
    expect(await first.locator("td.num").allTextContents()).toEqual([String(top[1].papers.size), String(top[1].claims)]);
    expect(await page.locator("main tbody tr").count()).toBe(expected.dataset.size);
    expect(await page.locator("main p.sub").textContent()).toContain(`${CLAIMS} claims from ${expected.papers.size} papers`);
    // The header offers the explorer's CSV: the streaming layout has no claims.csv.
    expect(await page.locator(".downloads a").last().textContent()).toBe("CSV from the explorer");
    const { files, bytes } = served();
    expect(files.filter((f) => f.endsWith(".json"))).toEqual(["summary.json"]);
    expect(bytes).toBeLessThan(200_000);
    timings.homeBytes = bytes;
    await shot(page, "scale-home", false);
    await page.close();
  });

  it("ranks a large benchmark's leaderboard, draws its chart and pages through the board", async () => {
    const name = [...expected.dataset].sort(([, x], [, y]) => y.claims - x.claims)[0]![0];
    served();
    const started = Date.now();
    const { page } = await openPage(site, `#/benchmark/${encodeURIComponent(name)}`);
    await page.locator("section.board tbody tr").first().waitFor();
    // A board with its state of the art over time (a board replicated from a handful of claims may
    // have its best entry first in time, and then no line to draw).
    const board = page.locator('section.board:has(canvas[aria-label^="The best"])').first();
    timings.leaderboard = Date.now() - started;
    // Doubtful entries rank after the rest (docs/leaderboards.md): the others are in the metric's order.
    const values = (await board.locator("tbody tr:not(.flagged) td.num strong").allTextContents()).map((t) => Number.parseFloat(t.replace(/^[a-z ]+/, "").split("–").pop()!));
    const lowerIsBetter = (await board.locator("h2").textContent())!.includes("lower is better");
    // Beside the ranked bars, the state of the art over time, drawn from the whole board.
    expect(await page.locator('section.board canvas[aria-label^="The best"]').count()).toBeGreaterThan(0);
    expect(await board.locator('canvas[aria-label^="The best"]').count()).toBe(1);
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => (lowerIsBetter ? a - b : b - a)));
    await drawn(page, "section.board canvas");
    timings.leaderboardChart = Date.now() - started;
    const { files, bytes } = served();
    expect(files.sort()).toEqual([expect.stringMatching(/^benchmarks\/\d+\.json$/), "summary.json"]);
    expect(bytes).toBeLessThan(1_000_000);
    timings.leaderboardBytes = bytes;
    await shot(page, "scale-benchmark", false);
    // A board longer than its page: the next page loads the whole board and continues the ranks.
    const long = page.locator("section.board:has(.pager a)").first();
    if (await long.count()) {
      const metric = await long.getAttribute("data-metric");
      await long.locator(".pager a", { hasText: "Next" }).click();
      await page.waitForURL(/page=2/);
      const again = page.locator(`section.board[data-metric="${metric}"]`);
      await expect.poll(() => again.locator("tbody td.rank").first().textContent()).toBe(String(BOARD_PAGE + 1));
      timings.leaderboardPage2 = Date.now() - started;
    }
    await page.close();
  });

  it("opens a paper from its bucket with every claim marked", async () => {
    const [paperId, texts] = [...expected.paperClaims].find(([, t]) => t.length > 3)!;
    served();
    const { page } = await openPage(site, `#/paper/${paperId}`);
    expect(await page.locator(".abstract mark.claim").allTextContents()).toEqual(texts);
    const { files } = served();
    expect(files.sort()).toEqual([expect.stringMatching(/^papers\/\d+\.json$/), "summary.json"]);
    await page.close();
  });

  it("shows the efficiency boards from their own file", async () => {
    served();
    const { page } = await openPage(site, "#/efficiency");
    for (const type of ["speedup", "memory", "compression"]) {
      expect(await page.locator(`section[data-type="${type}"] h2`).textContent()).toContain(`(${expected.results.get(type)!.toLocaleString("en")} claims)`);
    }
    expect(await page.locator('section[data-type="speedup"] tbody tr').count()).toBeGreaterThan(10);
    await drawn(page, 'section[data-type="speedup"] canvas');
    const { files, bytes } = served();
    expect(files.filter((f) => f.endsWith(".json")).sort()).toEqual(["efficiency.json", "summary.json"]);
    expect(bytes).toBeLessThan(500_000);
    timings.efficiencyBytes = bytes;
    await shot(page, "scale-efficiency", false);
    await page.close();
  });

  it("shows the explorer's first page at once, then filters by type, dataset, metric and text with the right counts", async () => {
    served();
    let started = Date.now();
    const { page } = await openPage(site, "#/claims");
    await page.locator("main tbody tr").nth(99).waitFor();
    timings.explorerFirstPage = Date.now() - started;
    expect(await rowsShown(page)).toBe(CLAIMS);
    let { files, bytes } = served();
    // The index and the first shard (and the two read ahead), never the table itself.
    expect(files.filter((f) => f.startsWith("explorer/")).length).toBeLessThanOrEqual(2);
    expect(bytes).toBeLessThan(2_000_000);
    timings.explorerFirstBytes = bytes;
    await shot(page, "scale-explorer", false);

    const type = [...expected.type].sort(([, a], [, b]) => a - b)[0]![0];
    let result = await explore(page, () => page.selectOption('select[name="type"]', type));
    expect(result.count).toBe(expected.type.get(type));
    timings.filterType = result.ms;
    for (const tag of await page.locator("main tbody td:nth-child(2) .tag").allTextContents()) expect(tag).toBe(type);

    const [pair, pairCount] = [...expected.typeAndDataset].filter(([k]) => k.startsWith(`${type}|`)).sort(([, a], [, b]) => b - a)[0]!;
    const dataset = pair.split("|")[1]!;
    served();
    result = await explore(page, () => page.selectOption('select[name="dataset"]', dataset));
    expect(result.count).toBe(pairCount);
    expect(page.url()).toContain(`type=${type}`);
    timings.filterTypeAndDataset = result.ms;
    // The dataset filter reads the benchmark's own shards for its rows. (The menus' counts under the other
    // filters then read the type's shards too, after the rows are shown, so which others were read by now
    // depends on the machine's speed: only the benchmark's own are asserted.)
    ({ files } = served());
    expect(files.some((f) => /^explorer\/d\d+-\d+\.json$/.test(f))).toBe(true);

    const metric = [...expected.metric].sort(([, a], [, b]) => b - a)[0]![0];
    started = Date.now();
    await page.goto(`${site.origin}/#/claims?metric=${encodeURIComponent(metric)}&sort=value&dir=desc`);
    await page.waitForSelector('main section[data-state="done"]', { timeout: 45_000 });
    timings.filterMetricSortedByValue = Date.now() - started;
    expect(await rowsShown(page)).toBe(expected.metric.get(metric));
    // A range reads "low–value"; claims sort by their value, the upper end.
    const values = (await page.locator("main tbody td.num strong").allTextContents()).map((t) => Number.parseFloat(t.replace(/^[a-z ]+/, "").split("–").pop()!));
    expect(values).toEqual([...values].sort((a, b) => b - a));

    const shardsRead = new Map<string, number>();
    for (const q of SEARCHES) {
      await explore(page, () => page.goto(`${site.origin}/#/claims`));
      result = await explore(page, async () => {
        await page.fill('input[name="q"]', q);
        await page.press('input[name="q"]', "Enter");
      });
      expect(result.count, q).toBe(expected.search.get(q));
      timings[`search "${q}"`] = result.ms;
      shardsRead.set(q, Number(/searched (\d+) of \1 shards/.exec((await page.locator("main .status").textContent()) ?? "")?.[1]));
    }
    // The trigram filters let a rare word skip nearly every shard; common words read them all.
    expect(shardsRead.get(RARE)!).toBeLessThan(shardsRead.get("variant 12 faster")! / 4);
    for (const [q, shards] of shardsRead) timings[`shards read for "${q}"`] = shards;
    await shot(page, "scale-explorer-search", false);
    ({ files, bytes } = served());
    timings.explorerAllShardsBytes = bytes;
    expect(files.some((f) => /^(claims|papers)\.jsonl?$/.test(f))).toBe(false);
    await page.close();
  });

  it("cancels a scan when the filters change, and downloads the filtered view as CSV", async () => {
    const { page } = await openPage(site, `#/claims?q=${encodeURIComponent("the")}`);
    // Change the filter while the full-text scan runs: the count must be the new filter's.
    const type = [...expected.type].sort(([, a], [, b]) => a - b)[0]![0];
    const result = await explore(page, () => page.goto(`${site.origin}/#/claims?type=${type}`));
    expect(result.count).toBe(expected.type.get(type));
    expect(page.url()).toContain(`type=${type}`);
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 45_000 }), page.click('button:has-text("Download CSV")')]);
    const csv = readFileSync((await download.path())!, "utf8");
    timings.downloadCsv = Date.now() - started;
    const rows = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true, newline: "\r\n" }).data;
    expect(rows).toHaveLength(expected.type.get(type)!);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set([type]));
    await page.close();
  });

  it("never fetched the whole table, and printed no console error", () => {
    expect(site.errors).toEqual([]);
  });
}, 120_000);
