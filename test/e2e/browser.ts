// What the end-to-end tests share: building the site over a data folder, serving dist/ on
// 127.0.0.1 (logging what each request cost), Debian's headless Chromium through playwright-core,
// pages that record console errors and the data files they fetched, screenshots, drawn charts.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = "test-results/screenshots";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".csv": "text/csv", ".xlsx": "application/octet-stream", ".xml": "application/atom+xml" };

/** `vite build` of the site over a data folder into dist; returns the build's output (it logs the derivation). */
export function buildSite(data: string, dist: string): string {
  const build = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build"], {
    encoding: "utf8",
    env: { ...process.env, CLAIMBOARD_DATA: data, CLAIMBOARD_DIST: dist },
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}\n${build.stdout}`);
  return build.stdout;
}

export interface Served {
  path: string;
  bytes: number;
}

export interface Site {
  origin: string;
  browser: Browser;
  /** Every file served, in order (the tests read and clear it). */
  served: Served[];
  /** Console errors and uncaught exceptions of every page opened. */
  errors: string[];
  close(): Promise<void>;
}

function serve(root: string, served: Served[]): Promise<Server> {
  const s = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? "/").split("?")[0]!)).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    served.push({ path, bytes: body.length });
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

export async function startSite(dist: string): Promise<Site> {
  const served: Served[] = [];
  const server = await serve(dist, served);
  const address = server.address();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    browser,
    served,
    errors: [],
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

export interface Opened {
  page: Page;
  /** The data files (relative to data/) the page and its workers fetched. */
  fetched: string[];
}

/** A new page at a hash route, once its view's heading shows. */
export async function openPage(site: Site, hash: string): Promise<Opened> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on("console", (m) => m.type() === "error" && site.errors.push(`${hash}: ${m.text()}`));
  page.on("pageerror", (e) => site.errors.push(`${hash}: ${e.message}`));
  const fetched: string[] = [];
  page.on("request", (r) => r.url().includes("/data/") && fetched.push(r.url().replace(/^.*\/data\//, "")));
  await page.goto(`${site.origin}/${hash}`);
  await page.waitForSelector("main h1");
  return { page, fetched };
}

/** A screenshot of the whole page, or of the window only (a page of thousands of rows takes long). */
export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** Resolves once the canvas holds non-transparent pixels (Chart.js drew something). */
export const drawn = (page: Page, selector: string) =>
  page.waitForFunction((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel);
    if (!canvas || !canvas.width) return false;
    const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  }, selector);
