// npm run screenshot: the README's picture of the site (docs/screenshot.png), taken over the built
// site in dist/ (npm start or npm run build first) with Debian's headless Chromium, as the e2e tests
// take theirs: a leaderboard with its charts (CIFAR-10 accuracy), in the light theme.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { drawn, startSite } from "./e2e/browser.ts";

const OUT = "docs/screenshot.png";
const BENCHMARK = "CIFAR-10";
const BOARD = 'section.board[data-metric="accuracy"][data-setting="none"]';

const site = await startSite(resolve("dist"));
try {
  const page = await site.browser.newPage({ viewport: { width: 1100, height: 760 }, colorScheme: "light" });
  await page.goto(`${site.origin}/#/benchmark/${BENCHMARK}`);
  const board = page.locator(BOARD);
  await board.scrollIntoViewIfNeeded();
  await drawn(page, `${BOARD} canvas`);
  // The board's heading at the top of the picture, under the header.
  await page.evaluate((selector) => window.scrollTo(0, document.querySelector(selector)!.getBoundingClientRect().top + window.scrollY - 16), BOARD);
  await page.waitForTimeout(300);
  await page.screenshot({ path: OUT });
  if (site.errors.length) throw new Error(`the page printed errors:\n${site.errors.join("\n")}`);
  console.log(`${OUT}: ${(statSync(OUT).size / 1024).toFixed(0)} KB`);
} finally {
  await site.close();
}
