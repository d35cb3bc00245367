// End to end: the site built over the five seed listings plus a hostile paper, served by a static
// server on 127.0.0.1 and driven in Debian's headless Chromium through playwright-core. Every view
// is screenshotted into test-results/screenshots/ for review.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import * as XLSX from "xlsx";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Accuracy, Claim } from "../../extract/schema.ts";
import { buildLeaderboards, rankedFields } from "../../extract/leaderboards.ts";
import { diffTables } from "../../extract/refresh/changes.ts";
import { recordHistory } from "../../extract/history.ts";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { STATE_OF_THE_ART_FEED, benchmarkFeed } from "../../site/files.ts";
import { openStaging, publish } from "../../extract/publish.ts";
import { json } from "../../extract/write.ts";
import { BUDGET_BYTES, firstLoad } from "../bundle-size.ts";
import { extractTables, tempDir } from "../helpers.ts";
import { SEED_LISTINGS } from "../../extract/bundled.ts";
import { buildSite, drawn, openPage, shot, startSite } from "./browser.ts";
import type { Site } from "./browser.ts";

const HOSTILE_PAPER = "2501.00001";
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
  await extractTables([...SEED_LISTINGS, "test/fixtures/hostile.json"], data);
  // The extractor names no methods or settings yet: a few are given by hand, as it will give them.
  await republish(data, (c) =>
    c.dataset !== "ImageNet" || c.type !== "score"
      ? c
      : c.value === 84.3
        ? { ...c, method: "EfficientNet-B7" }
        : (c.value === 82.7 && c.metric === "top-1 accuracy") || (c.value === 96.2 && c.metric === "top-5 accuracy")
          ? { ...c, method: "NASNet-A", setting: ["fine-tuned", "split:test"] }
          : c,
  );
  claims = JSON.parse(readFileSync(join(data, "claims.json"), "utf8"));
  // A refresh's day, as if it had brought the hostile paper: its history drives "What's new".
  const papers = JSON.parse(readFileSync(join(data, "papers.json"), "utf8")) as { paperId: string; title: string; date: string | null }[];
  const earlier = claims.filter((c) => c.paperId !== HOSTILE_PAPER);
  recordHistory(
    data,
    "2026-12-07",
    diffTables(
      { papers: papers.filter((p) => p.paperId !== HOSTILE_PAPER), claims: earlier, leaderboards: buildLeaderboards(earlier.map(rankedFields)) },
      { papers, claims, leaderboards: JSON.parse(readFileSync(join(data, "leaderboards.json"), "utf8")) },
    ),
  );
  dist = join(work, "dist");
  buildSite(data, dist);
  site = await startSite(dist);
}, 120_000);

/** The data set again with some claims changed and its leaderboards rebuilt, published as the extractor publishes. */
async function republish(data: string, edit: (c: Claim) => Claim): Promise<void> {
  const edited = (JSON.parse(readFileSync(join(data, "claims.json"), "utf8")) as Claim[]).map(edit);
  const staging = openStaging(data);
  for (const name of ["papers.json", "report.json", "claims.csv", "claims.xlsx"]) copyFileSync(join(data, name), join(staging, name));
  writeFileSync(join(staging, "claims.json"), json(edited));
  writeFileSync(join(staging, "leaderboards.json"), json(buildLeaderboards(edited.map(rankedFields))));
  await publish(data, staging);
}

afterAll(async () => {
  await site?.close();
});

/** Scrolls the window to y and resolves once the page has had the scroll event (the app records the position on it). */
function scrolled(page: Page, y: number): Promise<void> {
  return page.evaluate((top) => new Promise<void>((resolve) => {
    window.addEventListener("scroll", () => resolve(), { once: true });
    window.scrollTo(0, top);
  }), y);
}

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
      const read = (rows: string) => board.locator(`tbody ${rows} td.num strong`).allTextContents().then((all) => all.map((t) => Number.parseFloat(t.replace(/^[a-z ]+/, ""))));
      const values = await read("tr:not(.flagged)");
      const lowerIsBetter = (await board.locator("h2").textContent())!.includes("lower is better");
      const sorted = [...values].sort((a, b) => (lowerIsBetter ? a - b : b - a));
      expect(values).toEqual(sorted);
      // Doubtful entries come after every other, each saying why.
      const flags = await board.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.classList.contains("flagged")));
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
      for (const row of await board.locator("tbody tr.flagged").all()) expect(await row.locator(".flags").textContent()).toMatch(/^Doubtful: \S/);
    }
    const error = page.locator('section.board[data-metric="error"]');
    // The unitless 3.65 and the far-off 19.51 beside percentages around 2%: ranked last, with their reasons.
    expect(await error.locator("tbody tr.flagged td.num strong").allTextContents()).toEqual(["3.65", "19.51%"]);
    expect(await error.locator("tbody tr.flagged .flags").allTextContents()).toEqual(['Doubtful: unit none unlike the board\'s "%"', expect.stringContaining("outlier")]);
    expect(await error.locator("h2").textContent()).toContain("lower is better");
    await drawn(page, 'section.board[data-metric="error"] canvas');
    // Every number links to its sentence: the evidence holds the claim's text, marked.
    const firstEvidence = error.locator("tbody tr").first().locator(".evidence mark");
    expect(await firstEvidence.textContent()).toBe("1.93%");
    await shot(page, "benchmark");
    await page.close();
  });

  it("shows a benchmark as methods by metrics per setting, filters by setting, and links every value to its sentence", async () => {
    const page = await open("#/benchmark/ImageNet");
    expect(await page.locator(".sub .tasks").textContent()).toContain("image classification");
    // Rows are labelled by the method, the paper beside it; the split setting has its own board.
    const top1 = page.locator('section.board[data-metric="top-1 accuracy"][data-setting="none"]');
    // (The hostile paper's 91.5% is first; it names no method, so its title stands in.)
    expect(await top1.locator("tbody tr").first().locator(".method.untitled a").first().textContent()).toContain("<script>");
    const second = top1.locator("tbody tr").nth(1);
    expect(await second.locator(".method strong").textContent()).toBe("EfficientNet-B7");
    expect(await second.locator(".method .note a").first().textContent()).toContain("EfficientNet: Rethinking Model Scaling");
    expect(await top1.locator("tbody td.num strong").allTextContents()).not.toContain("82.7%");
    const tuned = page.locator('section.board[data-metric="top-1 accuracy"][data-setting="fine-tuned"]');
    // (The extractor reads a fine-tuned 75.2% elsewhere in the seeds: it ranks on this board too, below.)
    expect((await tuned.locator("tbody td.num strong").allTextContents())[0]).toBe("82.7%");
    // split:test does not split boards: it shows beside the value.
    expect(await tuned.locator("h2 .tag").allTextContents()).toEqual(["fine-tuned"]);
    expect(await tuned.locator("tbody tr").first().locator(".tag").allTextContents()).toEqual(["fine-tuned", "split:test"]);
    // The fine-tuned results: top-1 and top-5 side by side in NASNet-A's row.
    const results = page.locator('section.results[data-setting="fine-tuned"]');
    expect(await results.locator("thead th").allTextContents()).toEqual(["Rank", "Method", "top-1 accuracy ↑", "top-5 accuracy ↑", "Tags"]);
    const row = results.locator("tbody tr").first();
    expect(await row.locator(".method strong").textContent()).toBe("NASNet-A");
    expect(await row.locator("td.num a").allTextContents()).toEqual(["82.7%", "96.2%"]);
    expect(await row.locator("td").last().textContent()).toContain("split:test");
    // The no-setting results are ranked by their main metric, top-1 accuracy (the one most methods report).
    const plain = page.locator('section.results[data-setting="none"]');
    expect(await plain.locator("thead th").nth(2).textContent()).toBe("top-1 accuracy ↑");
    expect(await plain.locator("tbody tr").evaluateAll((rows) => rows.slice(0, 2).map((r) => r.querySelector("td.num a")?.textContent))).toEqual(["91.5%", "84.3%"]);
    await shot(page, "benchmark-results");
    // The filter shows one setting, and says so in the URL.
    await page.selectOption('select[name="setting"]', "fine-tuned");
    await page.waitForURL(/setting=fine-tuned/);
    const settings = await page.locator("section.board").evaluateAll((all) => all.map((s) => s.getAttribute("data-setting")));
    expect(settings.length).toBeGreaterThan(0);
    expect(new Set(settings)).toEqual(new Set(["fine-tuned"]));
    // A value leads to its sentence: the paper with that number marked.
    await page.locator('section.results tbody td.num a:has-text("96.2%")').click();
    await page.waitForURL(/#\/paper\/.*claim=/);
    await page.waitForSelector("mark.focus");
    expect(await page.locator("mark.focus").textContent()).toBe("96.2%");
    // The paper's table says what the number was read as, method and setting included.
    const read = page.locator("tr.focus td");
    expect(await read.nth(5).textContent()).toBe("NASNet-A");
    expect(await read.nth(6).locator(".tag").allTextContents()).toEqual(["fine-tuned", "split:test"]);
    await page.close();
  });

  it("never shows a doubtful entry as the best claimed, and groups benchmarks by task", async () => {
    const home = await open("#/");
    const imagenet = home.locator("main tbody tr", { has: home.locator('th a:text-is("ImageNet")') });
    const best = await imagenet.locator("td").last().textContent();
    // Not the unitless 99.69 that led the board before it was flagged; each setting its own best, with its method.
    expect(best).toContain("top-1 accuracy: 91.5%");
    expect(best).toContain("top-1 accuracy (fine-tuned): 82.7% — NASNet-A");
    expect(best).not.toContain("99.69");
    await home.close();
    const page = await open("#/tasks");
    const classification = page.locator('section.task[data-task="image classification"] tbody th a');
    expect(await classification.allTextContents()).toEqual(expect.arrayContaining(["ImageNet", "CIFAR-10", "CIFAR-100", "MNIST"]));
    expect(await page.locator('section.task[data-task="object detection"] tbody th a').allTextContents()).toEqual(expect.arrayContaining(["COCO", "PASCAL VOC 2012"]));
    await shot(page, "tasks");
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

  it("publishes the measured accuracy, test split first, and links every board to it", async () => {
    // Every board carries the link; following one from a benchmark page leads to the Accuracy page.
    const benchmark = await open("#/benchmark/CIFAR-10");
    const boards = benchmark.locator("section.board");
    expect(await boards.count()).toBeGreaterThan(1);
    for (const board of await boards.all()) expect(await board.locator('a[href="#/accuracy"]').textContent()).toBe("How far to trust these numbers");
    await boards.first().locator('a[href="#/accuracy"]').click();
    await benchmark.waitForSelector('main h1:text-is("How far to trust these numbers")');
    expect(await benchmark.locator('nav a[aria-current="page"]').textContent()).toBe("Accuracy");
    await benchmark.close();

    const page = await open("#/accuracy");
    // The figures are the file the eval wrote (site/accuracy.json), copied into the site's data as it is.
    const published = JSON.parse(readFileSync("site/accuracy.json", "utf8")) as Accuracy;
    expect(JSON.parse(readFileSync(join(dist, "data/accuracy.json"), "utf8"))).toEqual(published);
    // The page reads its own file only (the header's download links read the overview on every page).
    expect(fetched.get("#/accuracy")!.sort()).toEqual(["accuracy.json", "summary.json"]);
    const test = published.sets.find((s) => s.name === "test")!;
    const shown = (share: number) => `${(100 * share).toFixed(1)}%`;
    expect(await page.locator('[data-figure="claim-f1"] dd strong').textContent()).toBe(shown(test.overall.f1));
    expect(await page.locator('tr[data-type="all claims"] td').nth(3).textContent()).toBe(shown(test.overall.f1));
    expect(await page.locator('tr[data-type="score"] td').nth(3).textContent()).toBe(shown(test.byType.score.f1));
    expect(await page.locator('[data-figure="score-rows"] dd strong').textContent()).toBe(shown(test.scoreRowAccuracy));
    expect(await page.locator('[data-figure="top-of-board"] dd strong').textContent()).toBe(`${published.topOfBoard.right} of ${published.topOfBoard.boards}`);
    // The date measured is the file's, not the build's; the test split leads every table.
    expect(await page.locator(".sub").textContent()).toContain(`Measured on ${new Date(`${published.measured}T00:00:00Z`).toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" })}`);
    expect(await page.locator('tr[data-figure="metric"] td.num').allTextContents()).toEqual(["test", "dev", "heldout", "seeds"].map((name) => shown(published.sets.find((s) => s.name === name)!.metricAccuracy)));
    expect(await page.locator("tr[data-set] th").allTextContents()).toEqual(["Test", "Dev", "Held-out", "Seeds"]);
    await shot(page, "accuracy");
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

  it("says a benchmark that does not exist is not found, instead of showing an empty board", async () => {
    const page = await open("#/benchmark/NoSuchBench");
    expect(await page.locator("main h1").textContent()).toBe("Not found");
    expect(await page.locator("main p").first().textContent()).toContain("NoSuchBench");
    expect(await page.locator('main a[href="#/"]').count()).toBe(1);
    expect(await page.title()).toContain("Not found");
    await page.close();
  });

  it("filters the home page while typing, without a history entry per search, and keeps the box focused", async () => {
    const page = await open("#/tasks");
    await page.evaluate(() => (location.hash = "#/"));
    await page.waitForSelector('main h1:text-is("Benchmarks")');
    const before = await page.evaluate(() => history.length);
    await page.locator('input[type="search"]').pressSequentially("cifar", { delay: 30 });
    // No Enter, no blur: the filter applies and goes into the URL.
    await page.waitForURL(/q=cifar$/);
    await expect.poll(() => page.locator("main tbody th").allTextContents()).toEqual(expect.arrayContaining(["CIFAR-10", "CIFAR-100"]));
    for (const name of await page.locator("main tbody th").allTextContents()) expect(name.toLowerCase()).toContain("cifar");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("cifar");
    expect(await page.evaluate(() => history.length)).toBe(before);
    // Typing then clicking a benchmark: one entry for the click; Back returns to the filtered list, Back again leaves it.
    await page.locator('main tbody th a:text-is("CIFAR-10")').click();
    await page.waitForURL(/#\/benchmark\/CIFAR-10$/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await page.waitForURL(/#\/\?q=cifar$/);
    await page.goBack();
    await page.waitForURL(/#\/tasks$/);
    await page.close();
  });

  it("filters the explorer while typing, without a history entry", async () => {
    const page = await open("#/claims");
    const before = await page.evaluate(() => history.length);
    await page.locator('input[name="q"]').pressSequentially("imagenet", { delay: 30 });
    await page.waitForURL(/q=imagenet/);
    await expect.poll(() => page.locator("main section").getAttribute("data-state")).toBe("done");
    expect(Number(await page.locator("main table").getAttribute("data-rows"))).toBeLessThan(claims.length);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("imagenet");
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.close();
  });

  it("restores the scroll position on Back, and starts a new view at the top", async () => {
    const page = await open("#/");
    // A short window, so that the home page scrolls far enough whatever the number of boards.
    await page.setViewportSize({ width: 1280, height: 300 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(1400 + 300);
    await scrolled(page, 1400);
    await page.evaluate(() => (location.hash = "#/tasks"));
    await page.waitForSelector('main h1:text-is("Tasks")');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // A link to a claim still scrolls to it (the view's own scrolling comes after the reset to the top).
    const focus = claims.filter((c) => c.paperId === "pca6e29e5d735").at(-1)!;
    await page.evaluate((hash) => (location.hash = hash), `#/paper/${focus.paperId}?claim=${encodeURIComponent(focus.claimId)}`);
    await page.waitForSelector("mark.focus");
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const marked = (await page.locator("mark.focus").boundingBox())!;
    expect(marked.y).toBeGreaterThanOrEqual(0);
    expect(marked.y + marked.height).toBeLessThanOrEqual(300);
    await page.goBack();
    await page.waitForSelector('main h1:text-is("Tasks")');
    await page.goBack();
    await page.waitForSelector('main h1:text-is("Benchmarks")');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1400);
    // The explorer's rows load after the view: the position is restored once they are in.
    await page.evaluate(() => (location.hash = "#/claims"));
    await page.waitForSelector('main section[data-state="done"]');
    await scrolled(page, 1200);
    await page.evaluate(() => (location.hash = "#/efficiency"));
    await page.waitForSelector('main h1:text-is("Efficiency claims")');
    await page.goBack();
    await page.waitForSelector("main table[data-rows]");
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1200);
    await page.close();
  });

  it("shows the explorer's pager below the table too", async () => {
    const page = await open("#/claims");
    await page.waitForSelector('main section[data-state="done"]');
    const pagers = page.locator("main .pager");
    expect(await pagers.count()).toBe(2);
    const table = await page.locator("main table").boundingBox();
    const below = await pagers.last().boundingBox();
    expect(below!.y).toBeGreaterThan(table!.y + table!.height - 1);
    expect(await pagers.last().textContent()).toBe(await pagers.first().textContent());
    await pagers.last().locator('button:has-text("Next")').click();
    await page.waitForURL(/page=2/);
    await page.close();
  });

  it("finds benchmarks on the home page by their aliases", async () => {
    const page = await open("#/?q=ptb");
    expect(await page.locator("main tbody th").allTextContents()).toContain("Penn Treebank");
    await page.close();
    const imagenet = await open("#/?q=imagenet-1k");
    expect(await imagenet.locator("main tbody th").allTextContents()).toContain("ImageNet");
    await imagenet.close();
  });

  it("names explorer downloads after the filter, writes dates as dates, and gives board downloads their rank", async () => {
    const page = await open("#/claims?type=speedup");
    await page.waitForSelector('main section[data-state="done"]');
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click('button:has-text("Download CSV")')]);
    expect(csvDownload.suggestedFilename()).toBe("claims-speedup.csv");
    const rows = Papa.parse<Record<string, string>>(readFileSync((await csvDownload.path())!, "utf8").trimEnd(), { header: true, newline: "\r\n" }).data;
    // Full dates as dates; a yearless one keeps its quote (Excel would run --03-11 as a formula).
    expect(rows.some((r) => r.date === "'--03-11")).toBe(true);
    for (const row of rows) expect(row.date ?? "").toMatch(/^(?:\d{4}-\d{2}-\d{2}|'--\d{2}-\d{2}|)$/);
    await page.close();
    const board = await open("#/benchmark/CIFAR-10");
    const [boardDownload] = await Promise.all([board.waitForEvent("download"), board.locator('section.board[data-metric="error"] button:has-text("Download CSV")').click()]);
    const boardCsv = readFileSync((await boardDownload.path())!, "utf8");
    const header = Papa.parse<string[]>(boardCsv.split("\r\n")[0]!).data[0]!;
    expect(header[0]).toBe("rank");
    const ranks = Papa.parse<Record<string, string>>(boardCsv.trimEnd(), { header: true, newline: "\r\n" }).data.map((r) => r.rank);
    expect(ranks).toEqual(ranks.map((_, i) => String(i + 1)));
    expect(ranks.length).toBeGreaterThan(2);
    await board.close();
  });

  it("counts each facet's options under the other filters, so no option promises rows it does not give", async () => {
    const page = await open("#/claims?dataset=COCO");
    await page.waitForSelector('main section[data-state="done"]');
    const coco = claims.filter((c) => c.dataset === "COCO");
    const expected = (facet: "metric" | "type") => {
      const counts = new Map<string, number>();
      for (const c of coco) if (c[facet]) counts.set(c[facet]!, (counts.get(c[facet]!) ?? 0) + 1);
      return [...counts].map(([v, n]) => `${v} (${n})`).sort();
    };
    const options = (facet: string) =>
      page.locator(`select[name="${facet}"] option`).evaluateAll((all) => all.filter((o) => (o as HTMLOptionElement).value).map((o) => o.textContent!).sort());
    await expect.poll(() => options("metric")).toEqual(expected("metric"));
    expect(await options("type")).toEqual(expected("type"));
    // The dataset facet, with no other filter, keeps every dataset with its own count.
    expect((await options("dataset")).length).toBeGreaterThan(10);
    // A counted option gives as many rows as it says.
    const [metric, n] = expected("metric")[0]!.match(/^(.*) \((\d+)\)$/)!.slice(1);
    await page.selectOption('select[name="metric"]', metric!);
    await page.waitForURL(/metric=/);
    await expect.poll(async () => Number(await page.locator("main table").getAttribute("data-rows"))).toBe(Number(n));
    await page.close();
  });

  it("sorts the explorer's values within their unit, units grouped, and writes counted units with SI prefixes", async () => {
    const page = await open("#/claims?sort=value&dir=desc");
    await page.waitForSelector('main section[data-state="done"]');
    const values = await page.locator("main tbody td.num strong").allTextContents();
    expect(values.length).toBeGreaterThan(50);
    // The unit of each shown value: what follows its number (or range).
    const units = values.map((v) => v.replace(/^[a-z ]*?(?=[−+\d])/, "").replace(/^[−+]?[\d.e]+(?:–[−+]?[\d.e]+)?/, "").trim());
    const groups = units.filter((u, i) => i === 0 || u !== units[i - 1]);
    expect(groups).toEqual([...new Set(groups)]);
    await page.close();
    const flops = await open("#/claims?q=MFLOPs");
    await flops.waitForSelector('main section[data-state="done"]');
    const shown = await flops.locator("main tbody td.num strong").allTextContents();
    expect(shown).toContain("200–1000 MFLOPs");
    for (const v of shown) expect(v).not.toMatch(/e\d/);
    await flops.close();
  });

  it("has a theme toggle, remembered, and applied before the app's scripts run (no flash)", async () => {
    const page = await open("#/tasks");
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const theme = () => page.evaluate(() => document.documentElement.getAttribute("data-theme"));
    const system = await background();
    await page.click("button.theme");
    expect(await theme()).toBe("light");
    await page.click("button.theme");
    expect(await theme()).toBe("dark");
    const dark = await background();
    expect(dark).not.toBe(system);
    expect(await page.evaluate(() => localStorage.getItem("claimboard-theme"))).toBe("dark");
    expect(await page.locator("button.theme").getAttribute("aria-label")).toContain("dark");
    // Reloaded with the app's scripts held back (empty): the remembered theme is already there.
    await page.route(/\/assets\/.*\.js$/, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
    await page.reload({ waitUntil: "domcontentloaded" });
    expect(await theme()).toBe("dark");
    expect(await background()).toBe(dark);
    await page.unroute(/\/assets\/.*\.js$/);
    // Back to following the system.
    await page.reload();
    await page.waitForSelector("main h1");
    await page.click("button.theme");
    expect(await theme()).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem("claimboard-theme"))).toBeNull();
    await page.close();
  });

  it("fits a 390 px screen in every view: no horizontal scroll of the page, values and evidence on screen", async () => {
    const views: [string, string][] = [
      ["home", "#/"],
      ["tasks", "#/tasks"],
      ["benchmark", "#/benchmark/CIFAR-10"],
      ["efficiency", "#/efficiency"],
      ["explorer", "#/claims"],
      ["paper", "#/paper/pca6e29e5d735"],
      ["accuracy", "#/accuracy"],
      ["new", "#/new"],
    ];
    for (const [name, hash] of views) {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
      page.on("console", (m) => m.type() === "error" && site.errors.push(`390px ${hash}: ${m.text()}`));
      page.on("pageerror", (e) => site.errors.push(`390px ${hash}: ${e.message}`));
      await page.goto(`${site.origin}/${hash}`);
      await page.waitForSelector("main h1");
      if (name === "explorer") await page.waitForSelector('main section[data-state="done"]');
      await page.waitForSelector("main tbody tr");
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
      // In the first rows of every table, the value and the evidence lie within the screen.
      for (const selector of ["td.num strong, td.num a", ".evidence"]) {
        const cells = page.locator(`main tbody tr:first-child :is(${selector})`);
        const count = await cells.count();
        if (!["home", "tasks", "paper", "accuracy"].includes(name) && selector === ".evidence") expect(count, `${name} evidence`).toBeGreaterThan(0);
        for (let i = 0; i < Math.min(count, 6); i++) {
          const box = (await cells.nth(i).boundingBox())!;
          expect(box.x, `${name} ${selector}`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${name} ${selector}`).toBeLessThanOrEqual(390.5);
        }
      }
      // A paper's evidence is its abstract.
      if (name === "paper") {
        const box = (await page.locator(".abstract").boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(390.5);
      }
      await shot(page, `mobile-${name}`);
      await page.close();
    }
  }, 90_000);

  it("gives each efficiency bar room for its label, charts only factors of at least 1, and groups no junk comparators", async () => {
    const page = await open("#/efficiency");
    const efficiency = JSON.parse(readFileSync(join(dist, "data/efficiency.json"), "utf8")) as { types: { type: string; factors: Claim[] }[] };
    for (const { type, factors } of efficiency.types) {
      for (const c of factors) expect(c.value, `${type} ${c.text}`).toBeGreaterThanOrEqual(1);
      if (!factors.length) continue;
      const box = (await page.locator(`section[data-type="${type}"] .chart`).boundingBox())!;
      expect(box.height / factors.length, type).toBeGreaterThanOrEqual(18);
    }
    const against = await page.locator("main tbody th").allTextContents();
    expect(against.length).toBeGreaterThan(5);
    for (const text of against) expect(text).not.toMatch(/^(?:[\d+\-−.%]|at |after )/);
    await page.close();
  });

  it("links the site-wide Atom feed from every page, and each benchmark's from its page while it is shown", async () => {
    const page = await open("#/benchmark/ImageNet");
    const feeds = () => page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((all) => all.map((l) => l.getAttribute("href")!));
    const own = `data/${benchmarkFeed("ImageNet")}`;
    expect(await feeds()).toEqual([`data/${STATE_OF_THE_ART_FEED}`, own]);
    expect(await page.locator("main a.feed").getAttribute("href")).toBe(own);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "entry" || name === "link" });
    for (const href of await feeds()) {
      const response = await page.request.get(`${site.origin}/${href}`);
      expect(response.status(), href).toBe(200);
      expect(XMLValidator.validate(await response.text()), href).toBe(true);
    }
    // The hostile paper has the benchmark's only dated claims: its title is escaped text in the feed.
    const xml = await (await page.request.get(`${site.origin}/${own}`)).text();
    expect(xml).not.toContain("<script>");
    const entries = parser.parse(xml).feed.entry as { summary: { "#text": string } }[];
    const hostile = claims.filter((c) => c.paperId === HOSTILE_PAPER && c.dataset === "ImageNet");
    expect(entries.map((e) => e.summary["#text"])).toEqual(hostile.map(() => expect.stringContaining("<script>window.__xss = 1</script>")));
    // Another view: the benchmark's feed is no longer announced.
    await page.evaluate(() => (location.hash = "#/tasks"));
    await page.waitForSelector('main h1:text-is("Tasks")');
    expect(await feeds()).toEqual([`data/${STATE_OF_THE_ART_FEED}`]);
    await page.close();
  });

  it("shows what's new from the refreshes' history: the day's new state of the art and new claims, linked to boards and evidence", async () => {
    const page = await open("#/");
    await page.click('nav a:text-is("What\'s new")');
    await page.waitForSelector('main h1:text-is("What\'s new")');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe("What's new");
    const day = page.locator('section.day[data-date="2026-12-07"]');
    expect(await day.locator(".sub").textContent()).toMatch(/^1 new paper, \d+ new claims? on \d+ benchmarks?/);
    const record = day.locator("tr.record", { has: page.locator('th a:text-is("ImageNet")') });
    expect(await record.locator("td").first().textContent()).toContain("top-1 accuracy");
    expect(await record.locator("td.num").textContent()).toBe("91.5%");
    expect(await record.locator("td").last().textContent()).toContain("84.3% — EfficientNet-B7");
    // The hostile title is text, never markup.
    expect(await day.locator("td a", { hasText: "<script>" }).count()).toBeGreaterThan(0);
    expect(await page.locator("main script, main img").count()).toBe(0);
    expect(await day.locator("tbody .evidence mark").first().textContent()).toBeTruthy();
    await shot(page, "whats-new");
    await record.locator("td.num a").click();
    await page.waitForURL(new RegExp(`#/paper/${HOSTILE_PAPER}\\?claim=`));
    await page.waitForSelector("mark.focus");
    expect(await page.locator("mark.focus").textContent()).toBe("91.5%");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it("printed no console error on any page", () => {
    expect(site.errors).toEqual([]);
  });
});
