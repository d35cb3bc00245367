// A benchmark: one leaderboard per metric, ranked by the metric's direction, with the evidence
// sentence of every number, a chart of the best values and one of the state of the art over time
// (each entry that beat all earlier ones, over the whole board) where dates exist. The
// page's file holds each board's best entries; a longer board pages through its own file
// (#/benchmark/<dataset>?metric=<m>&page=<n>), and all the benchmark's claims are in the explorer.
import type { Claim } from "../../extract/schema.ts";
import type { BenchmarkFile } from "../data.ts";
import { loadFullBoard } from "../data.ts";
import { BOARD_PAGE } from "../files.ts";
import type { BoardPart, FullBoard } from "../files.ts";
import { h } from "../dom.ts";
import { drawChart } from "../charts.ts";
import { routeHash } from "../router.ts";
import { formatDate, pageOf, spansOrdersOfMagnitude } from "./model.ts";
import { downloadButtons, evidence, paperLinks, table, valueText } from "./parts.ts";
import type { View } from "./view.ts";

const short = (title: string) => (title.length > 42 ? `${title.slice(0, 40)}…` : title);
const number = (n: number) => n.toLocaleString("en");
/** Bars in the ranked chart (the first page): more would not be readable. */
const CHART_BARS = BOARD_PAGE;

/** The board a benchmark URL pages through, and which page. */
export function boardPage(query: URLSearchParams): { metric: string; page: number } | null {
  const metric = query.get("metric");
  const page = Math.max(1, Number.parseInt(query.get("page") ?? "1", 10) || 1);
  return metric ? { metric, page } : null;
}

export function benchmarkView(dataset: string, file: BenchmarkFile | null, query: URLSearchParams, full: FullBoard | null): View {
  const boards = file?.boards ?? [];
  const others = file?.others ?? { total: 0, claims: [] };
  const paging = boardPage(query);
  const charts: (() => void)[] = [];
  const explore = routeHash("claims", { dataset });

  const sections = boards.map((board) => {
    const paged = paging?.metric === board.metric && full ? pageOf(full.entries, paging.page, BOARD_PAGE) : null;
    const shown = paged?.rows ?? board.entries;
    const offset = paged ? (paged.page - 1) * BOARD_PAGE : 0;
    const best = board.entries.slice(0, CHART_BARS);
    const bar = h("canvas", { role: "img", "aria-label": `${board.metric} on ${dataset}, the ${best.length} best` });
    const timeline = board.records;
    const line = timeline.length >= 2 ? h("canvas", { role: "img", "aria-label": `The best ${board.metric} on ${dataset} over time` }) : null;
    charts.push(() => {
      void drawChart(bar, "bar", { labels: best.map((c) => short(c.title)), values: best.map((c) => c.value), titles: best.map((c) => c.title) }, {
        label: board.metric,
        log: spansOrdersOfMagnitude(best.map((c) => c.value)),
      });
      if (line) void drawChart(line, "line", { labels: timeline.map((c) => c.date!), values: timeline.map((c) => c.value), titles: timeline.map((c) => c.title) }, { label: board.metric });
    });
    return h(
      "section",
      { class: "board", "data-metric": board.metric },
      h("h2", {}, board.metric, h("span", { class: board.higherIsBetter ? "note" : "direction" }, board.higherIsBetter ? "  higher is better" : "lower is better — ranked ascending")),
      h("div", { class: "charts" }, h("div", { class: "chart" }, bar), line ? h("div", { class: "chart" }, line) : null),
      downloadButtons(async () => (board.file ? (await loadFullBoard(board.file)).entries : board.entries), `${dataset}-${board.metric}`.replace(/[^\w.-]+/g, "_")),
      table(
        `${board.metric} on ${dataset}: ${number(board.total)} paper${board.total === 1 ? "" : "s"}, best first${shown.length < board.total ? ` (${number(offset + 1)}–${number(offset + shown.length)} shown)` : ""}`,
        [{ label: "Rank", numeric: true }, { label: "Paper" }, { label: "Value", numeric: true }, { label: "Type" }, { label: "Listed" }, { label: "Evidence" }],
        shown.map((c, i) => claimRow(c, offset + i + 1)),
      ),
      board.total > board.entries.length ? boardPager(dataset, board, paged?.page ?? 1) : null,
    );
  });

  return {
    title: dataset,
    element: h(
      "section",
      {},
      h("h1", {}, dataset),
      h(
        "p",
        { class: "sub" },
        `${boards.length} ranked metric${boards.length === 1 ? "" : "s"}; ${number(others.total)} further claim${others.total === 1 ? "" : "s"} on this benchmark. `,
        file ? h("a", { href: explore }, "Every claim on this benchmark in the explorer") : null,
      ),
      ...sections,
      others.total
        ? h(
            "section",
            {},
            h("h2", {}, "Other claims on this benchmark"),
            others.claims.length < others.total
              ? h("p", { class: "note" }, `The first ${others.claims.length} of ${number(others.total)}; `, h("a", { href: explore }, "all of them, with downloads, in the explorer"), ".")
              : downloadButtons(() => others.claims, `${dataset}-other`.replace(/[^\w.-]+/g, "_")),
            table("Improvements, efficiency and unranked scores", [{ label: "" }, { label: "Paper" }, { label: "Value", numeric: true }, { label: "Type" }, { label: "Listed" }, { label: "Evidence" }], others.claims.map((c) => claimRow(c, null))),
          )
        : null,
      boards.length || others.total ? null : h("p", { class: "empty" }, "No claims on this benchmark."),
    ),
    mounted: () => charts.forEach((draw) => draw()),
  };
}

function boardPager(dataset: string, board: BoardPart, page: number): HTMLElement {
  const pages = Math.ceil(board.total / BOARD_PAGE);
  const link = (p: number, label: string) => h("a", { href: routeHash(`benchmark/${dataset}`, p === 1 ? {} : { metric: board.metric, page: p }) }, label);
  return h(
    "div",
    { class: "pager" },
    page > 1 ? link(page - 1, "‹ Previous") : null,
    `Page ${page} of ${number(pages)} (${number(board.total)} papers)`,
    page < pages ? link(page + 1, "Next ›") : null,
  );
}

function claimRow(c: Claim, rank: number | null): HTMLElement {
  return h(
    "tr",
    {},
    h("td", { class: "num rank" }, rank ?? ""),
    h("td", {}, paperLinks(c.title, c.paperId)),
    h("td", { class: "num" }, h("strong", {}, valueText(c)), c.metric ? h("div", { class: "note" }, c.metric) : null),
    h("td", {}, h("span", { class: "tag" }, c.type), c.role === "baseline" ? h("div", { class: "note" }, "baseline") : null),
    h("td", {}, formatDate(c.date)),
    h("td", {}, evidence(c)),
  );
}
