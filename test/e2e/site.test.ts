// End to end: the site built over the bundled listings plus a hostile paper, served by a static
// server on 127.0.0.1 and driven in Debian's headless Chromium through playwright-core. Every view
// is screenshotted into test-results/screenshots/ for review.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import * as XLSX from "xlsx";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../../extract/schema.ts";
import { BUDGET_BYTES, firstLoad } from "../bundle-size.ts";
import { runExtractCli, tempDir } from "../helpers.ts";
import { buildSite, drawn, openPage, shot, startSite } from "./browser.ts";
import type { Site } from "./browser.ts";

let site: Site;
let dist: string;
let claims: Claim[];
/** The data files each page fetched, by the hash it was opened at. */
const fetched = new Map<string, string[]>();

async function open(hash: string): Promise<Page> {
  const opened = await openPage(site, hash);
  fetched.set(hash, opened.fetched);
  return opened.page;
}

beforeAll(async () => {
  const work = tempDir("claimboard-site-");
  const data = join(work, "data");
  const extract = runExtractCli(["--input", "data/sources", "--input", "test/fixtures/hostile.json", "--out", data]);
  expect(extract.status, extract.stderr).toBe(0);
  claims = JSON.parse(readFileSync(join(data, "claims.json"), "utf8"));
  dist = join(work, "dist");
  buildSite(data, dist);
  site = await startSite(dist);
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe("the built site", () => {
  it("ships a first load within the JavaScript budget, without SheetJS", () => {
    const { files, gzipBytes } = firstLoad(dist);
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    for (const file of files) expect(readFileSync(join(dist, file), "utf8")).not.toContain("SheetJS");
  });

  it("lists the benchmarks on the home page, filters them and keeps the filter in the URL", async () => {
    const page = await open("#/");
    const rows = page.locator("main tbody tr");
    expect(await rows.count()).toBeGreaterThan(10);
    await expect.poll(() => rows.first().locator("th").textContent()).toBe("ImageNet");
    // The first view needs only the overview, not the claims table or the abstracts.
    expect(fetched.get("#/")).toEqual(["summary.json"]);
    await shot(page, "home");
    await page.fill('input[type="search"]', "cifar");
    await page.press('input[type="search"]', "Enter");
    await page.waitForURL(/q=cifar/);
    const names = await page.locator("main tbody th").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain("cifar");
    await page.close();
  });

  it("ranks a benchmark's leaderboards by each metric's direction and draws the chart", async () => {
    const page = await open("#/benchmark/CIFAR-10");
    expect(fetched.get("#/benchmark/CIFAR-10")!.sort()).toEqual([expect.stringMatching(/^benchmarks\/\d+\.json$/), "summary.json"]);
    const boards = page.locator("section.board");
    expect(await boards.count()).toBeGreaterThan(1);
    for (const board of await boards.all()) {
      const values = (await board.locator("tbody td.num strong").allTextContents()).map((t) => Number.parseFloat(t.replace(/^[a-z ]+/, "")));
      const lowerIsBetter = (await board.locator("h2").textContent())!.includes("lower is better");
      const sorted = [...values].sort((a, b) => (lowerIsBetter ? a - b : b - a));
      expect(values).toEqual(sorted);
    }
    const error = page.locator('section.board[data-metric="error"]');
    expect(await error.locator("h2").textContent()).toContain("lower is better");
    await drawn(page, 'section.board[data-metric="error"] canvas');
    // Every number links to its sentence: the evidence holds the claim's text, marked.
    const firstEvidence = error.locator("tbody tr").first().locator(".evidence mark");
    expect(await firstEvidence.textContent()).toBe("1.93%");
    await shot(page, "benchmark");
    await page.close();
  });

  it("filters the claims explorer, puts the filter in the URL, and downloads the view as CSV and XLSX", async () => {
    const page = await open("#/claims");
    await page.selectOption('select[name="type"]', "speedup");
    await page.waitForURL(/type=speedup/);
    const expected = claims.filter((c) => c.type === "speedup");
    await expect.poll(async () => Number(await page.locator("main table").getAttribute("data-rows"))).toBe(expected.length);
    for (const tag of await page.locator("main tbody td:nth-child(2) .tag").allTextContents()) expect(tag).toBe("speedup");
    await shot(page, "explorer");

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click('button:has-text("Download CSV")')]);
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    const rows = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true, newline: "\r\n" }).data;
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(["speedup"]));
    expect(new Set(rows.map((r) => r.claimId))).toEqual(new Set(expected.map((c) => c.claimId)));

    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.click('button:has-text("Download XLSX")')]);
    const book = XLSX.read(readFileSync((await xlsxDownload.path())!));
    const sheet = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!);
    expect(sheet).toHaveLength(expected.length);
    expect(new Set(sheet.map((r) => r.type))).toEqual(new Set(["speedup"]));

    // Sorting by value descending goes into the URL too; back returns to the previous view.
    await page.click('th button:has-text("Value")');
    await page.waitForURL(/sort=value/);
    await page.goBack();
    await page.waitForURL((url) => !url.hash.includes("sort=value"));
    expect(page.url()).toContain("type=speedup");
    await page.close();
  });

  it("marks every claim and dataset of a paper in its abstract", async () => {
    const paperId = "pca6e29e5d735";
    const page = await open(`#/paper/${paperId}`);
    const expected = claims.filter((c) => c.paperId === paperId).map((c) => c.text);
    expect(expected.length).toBeGreaterThan(3);
    expect(await page.locator(".abstract mark.claim").allTextContents()).toEqual(expected);
    await shot(page, "paper");
    await page.close();
  });

  it("shows the efficiency boards with their chart", async () => {
    const page = await open("#/efficiency");
    expect(await page.locator('section[data-type="speedup"] tbody tr').count()).toBeGreaterThan(10);
    await drawn(page, 'section[data-type="speedup"] canvas');
    await shot(page, "efficiency");
    await page.close();
  });

  it("shows markup from a paper as text and never runs it", async () => {
    const page = await open("#/paper/2501.00001");
    expect(await page.locator("main h1").textContent()).toBe('<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> Faster <b>nets</b>');
    expect(await page.locator(".abstract").textContent()).toContain('<img src=x onerror="window.__xss = 3">');
    expect(await page.locator("main img, main script, main b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await shot(page, "hostile-paper");
    // The same paper in the explorer: its title is text there too.
    const explorer = await open(`#/claims?q=${encodeURIComponent("faster nets")}`);
    expect(await explorer.locator("main tbody a").first().textContent()).toContain("<script>");
    expect(await explorer.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await explorer.close();
    await page.close();
  });

  it("printed no console error on any page", () => {
    expect(site.errors).toEqual([]);
  });
});
