// A benchmark as researchers read one: per setting (the tags that split its boards) one table whose
// rows are methods and whose columns are the metrics they report, ranked by the main metric, each
// cell linking to its sentence; then one leaderboard per (metric, setting), ranked by the metric's
// direction with flagged entries last and their reasons shown, labelled by method with the paper
// beside it, with a chart of the best unflagged values and one of the state of the art over time.
// A filter (#/benchmark/<dataset>?setting=<key>) shows one setting. The page's file holds each
// board's best entries; a longer board pages through its own file
// (…?metric=<m>&setting=<key>&page=<n>), and all the benchmark's claims are in the explorer.
import type { Claim } from "../../extract/schema.ts";
import type { BenchmarkFile } from "../data.ts";
import { loadFullBoard } from "../data.ts";
import { BOARD_PAGE, benchmarkFeed, settingKey } from "../files.ts";
import type { BoardEntry, BoardPart, FullBoard } from "../files.ts";
import { h } from "../dom.ts";
import { drawChart } from "../charts.ts";
import { routeHash } from "../router.ts";
import { barChartHeight, entryLabel, formatDate, pageOf, resultsTables, settingText, settingsOf, spansOrdersOfMagnitude } from "./model.ts";
import type { ResultsTable } from "./model.ts";
import { claimLink, downloadButtons, evidence, flagNote, paperLinks, table, tags, trustLink, valueText } from "./parts.ts";
import type { View } from "./view.ts";

const short = (title: string) => (title.length > 42 ? `${title.slice(0, 40)}…` : title);
const number = (n: number) => n.toLocaleString("en");
/** Bars in the ranked chart (the first page): more would not be readable. */
const CHART_BARS = BOARD_PAGE;

/** The board a benchmark URL pages through, and which page. */
export function boardPage(query: URLSearchParams): { metric: string; setting: string | null; page: number } | null {
  const metric = query.get("metric");
  const page = Math.max(1, Number.parseInt(query.get("page") ?? "1", 10) || 1);
  return metric ? { metric, setting: query.get("setting"), page } : null;
}

/** Whether a board is the one a paging URL names (any setting when the URL names none). */
export const isPagedBoard = (board: BoardPart, paging: ReturnType<typeof boardPage>): boolean =>
  paging !== null && paging.metric === board.metric && (paging.setting === null || paging.setting === settingKey(board.setting));

/** Claims without the board's flags, as downloads want them. */
const plain = (entries: BoardEntry[]): Claim[] => entries.map(({ flags, ...c }) => (void flags, c));

export function benchmarkView(dataset: string, file: BenchmarkFile | null, query: URLSearchParams, full: FullBoard | null, tasks: string[] = [], navigate?: (hash: string) => void): View {
  const all = file?.boards ?? [];
  const others = file?.others ?? { total: 0, claims: [] };
  const paging = boardPage(query);
  const settings = settingsOf(all);
  const chosen = query.get("setting");
  const filter = chosen && settings.some((s) => s.key === chosen) ? chosen : null;
  const boards = filter ? all.filter((b) => settingKey(b.setting) === filter) : all;
  const charts: (() => void)[] = [];
  const explore = routeHash("claims", { dataset });
  // The benchmark's Atom feed: linked on the page, and announced in the head while the page is shown.
  const feed = file ? `data/${benchmarkFeed(dataset)}` : null;
  const feedLink = feed ? h("link", { rel: "alternate", type: "application/atom+xml", title: `claimboard: new claims on ${dataset}`, href: feed }) : null;

  const settingFilter = settings.length > 1 ? (() => {
    const select = h(
      "select",
      { name: "setting", "aria-label": "Setting" },
      h("option", { value: "" }, `every setting (${settings.length})`),
      ...settings.map((s) => h("option", { value: s.key }, `${settingText(s.setting)} (${s.boards} board${s.boards === 1 ? "" : "s"})`)),
    );
    select.value = filter ?? "";
    select.addEventListener("change", () => navigate?.(routeHash(`benchmark/${dataset}`, { setting: select.value })));
    return h("div", { class: "controls" }, h("label", {}, "Setting ", select));
  })() : null;

  const sections = boards.map((board) => {
    const paged = isPagedBoard(board, paging) && full ? pageOf(full.entries, paging!.page, BOARD_PAGE) : null;
    const shown = paged?.rows ?? board.entries;
    const offset = paged ? (paged.page - 1) * BOARD_PAGE : 0;
    // Flagged entries are not drawn: a doubtful number must not look like the best.
    const best = board.entries.filter((c) => c.flags.length === 0).slice(0, CHART_BARS);
    const name = `${board.label}${board.setting.length ? ` (${settingText(board.setting)})` : ""}`;
    const bar = best.length ? h("canvas", { role: "img", "aria-label": `${name} on ${dataset}, the ${best.length} best` }) : null;
    const timeline = board.records;
    const line = timeline.length >= 2 ? h("canvas", { role: "img", "aria-label": `The best ${name} on ${dataset} over time` }) : null;
    charts.push(() => {
      if (bar)
        void drawChart(bar, "bar", { labels: best.map((c) => short(entryLabel(c))), values: best.map((c) => c.value), texts: best.map((c) => valueText(c)), titles: best.map((c) => (c.method ? `${c.method} — ${c.title}` : c.title)) }, {
          label: board.label,
          log: spansOrdersOfMagnitude(best.map((c) => c.value)),
        });
      if (line) void drawChart(line, "line", { labels: timeline.map((c) => c.date!), values: timeline.map((c) => c.value), texts: timeline.map((c) => valueText(c)), titles: timeline.map((c) => (c.method ? `${c.method} — ${c.title}` : c.title)) }, { label: board.label });
    });
    const flagged = board.entries.filter((c) => c.flags.length).length;
    return h(
      "section",
      { class: "board", "data-metric": board.metric, "data-setting": settingKey(board.setting) },
      h("h2", {}, board.label, " ", board.setting.length ? tags(board.setting) : null, h("span", { class: board.higherIsBetter ? "note" : "direction" }, board.higherIsBetter ? "  higher is better" : "lower is better — ranked ascending")),
      bar || line ? h("div", { class: "charts" }, bar ? tall(h("div", { class: "chart" }, bar), best.length) : null, line ? h("div", { class: "chart" }, line) : null) : null,
      h(
        "div",
        { class: "board-tools" },
        downloadButtons(async () => plain(board.file ? (await loadFullBoard(board.file)).entries : board.entries), `${dataset}-${board.metric}${board.setting.length ? `-${board.setting.join("-")}` : ""}`.replace(/[^\w.-]+/g, "_"), true),
        trustLink(),
      ),
      table(
        `${board.label} on ${dataset}: ${number(board.total)} paper${board.total === 1 ? "" : "s"}, best first${flagged ? ", doubtful entries last" : ""}${shown.length < board.total ? ` (${number(offset + 1)}–${number(offset + shown.length)} shown)` : ""}`,
        [{ label: "Rank", numeric: true }, { label: "Method" }, { label: "Value", numeric: true }, { label: "Setting" }, { label: "Listed" }, { label: "Evidence" }],
        shown.map((c, i) => entryRow(c, offset + i + 1)),
      ),
      board.total > board.entries.length ? boardPager(dataset, board, paged?.page ?? 1) : null,
    );
  });
  const results = resultsTables(boards).map((t) => resultsSection(dataset, t));

  return {
    title: dataset,
    element: h(
      "section",
      {},
      h("h1", {}, dataset),
      h(
        "p",
        { class: "sub" },
        tasks.length ? h("span", { class: "tasks" }, `Task: ${tasks.join(", ")}. `) : null,
        `${all.length} leaderboard${all.length === 1 ? "" : "s"} in ${settings.length} setting${settings.length === 1 ? "" : "s"}; ${number(others.total)} further claim${others.total === 1 ? "" : "s"} on this benchmark. `,
        file ? h("a", { href: explore }, "Every claim on this benchmark in the explorer") : null,
        feed ? " · " : null,
        feed ? h("a", { href: feed, type: "application/atom+xml", class: "feed" }, "Feed") : null,
        file || feed ? ". " : null,
        trustLink(),
      ),
      settingFilter,
      ...results,
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
    mounted: () => {
      if (feedLink) document.head.append(feedLink);
      charts.forEach((draw) => draw());
    },
    unmounted: () => feedLink?.remove(),
  };
}

/** A bar chart's box, tall enough for one readable label per bar. */
function tall(box: HTMLElement, bars: number): HTMLElement {
  box.style.height = `${barChartHeight(bars)}px`;
  return box;
}

/** A setting's results: methods as rows, metrics as columns, every value linking to its sentence. */
function resultsSection(dataset: string, t: ResultsTable): HTMLElement {
  const main = t.columns[0]!;
  return h(
    "section",
    { class: "results", "data-setting": t.key },
    h("h2", {}, "Results", t.setting.length ? " " : "", t.setting.length ? tags(t.setting) : null),
    table(
      `Methods on ${dataset}${t.setting.length ? ` (${settingText(t.setting)})` : ""}, ranked by ${main.label} (${main.higherIsBetter ? "higher" : "lower"} is better); each value links to its sentence`,
      [
        { label: "Rank", numeric: true },
        { label: "Method" },
        ...t.columns.map((c) => ({ label: `${c.label} ${c.higherIsBetter ? "↑" : "↓"}`, numeric: true })),
        { label: "Tags" },
      ],
      t.rows.map((row, i) => {
        const cells = row.cells.filter((c): c is BoardEntry => c !== null);
        const shownTags = [...new Set(cells.flatMap((c) => c.setting.filter((tag) => !t.setting.includes(tag))))];
        return h(
          "tr",
          { class: row.cells[0] && row.cells[0].flags.length === 0 ? undefined : "unranked" },
          h("td", { class: "num rank" }, row.cells[0] && row.cells[0].flags.length === 0 ? i + 1 : ""),
          h("td", {}, methodCell(row)),
          ...row.cells.map((c, k) =>
            h(
              "td",
              { class: `num${c?.flags.length ? " flagged" : ""}`, "data-metric": t.columns[k]!.metric },
              c ? claimLink(c, valueText(c)) : "—",
              c?.flags.length ? h("span", { class: "flag", title: c.flags.join("; "), "aria-label": `doubtful: ${c.flags.join("; ")}` }, " ⚠") : null,
            ),
          ),
          h("td", {}, shownTags.length ? tags(shownTags) : ""),
        );
      }),
    ),
  );
}

function boardPager(dataset: string, board: BoardPart, page: number): HTMLElement {
  const pages = Math.ceil(board.total / BOARD_PAGE);
  const link = (p: number, label: string) =>
    h("a", { href: routeHash(`benchmark/${dataset}`, p === 1 ? {} : { metric: board.metric, setting: settingKey(board.setting), page: p }) }, label);
  return h(
    "div",
    { class: "pager" },
    page > 1 ? link(page - 1, "‹ Previous") : null,
    `Page ${page} of ${number(pages)} (${number(board.total)} papers)`,
    page < pages ? link(page + 1, "Next ›") : null,
  );
}

/** The method a number belongs to, with its paper beside it; the paper's title when no method is named. */
function methodCell(c: { method: string | null; title: string; paperId: string }): HTMLElement {
  return c.method
    ? h("span", { class: "method" }, h("strong", {}, c.method), h("div", { class: "note" }, paperLinks(c.title, c.paperId)))
    : h("span", { class: "method untitled" }, paperLinks(c.title, c.paperId));
}

function entryRow(c: BoardEntry, rank: number): HTMLElement {
  return h(
    "tr",
    { class: c.flags.length ? "flagged" : undefined },
    h("td", { class: "num rank" }, rank),
    h("td", {}, methodCell(c)),
    h("td", { class: "num" }, h("strong", {}, valueText(c))),
    h("td", {}, c.setting.length ? tags(c.setting) : "—"),
    h("td", {}, formatDate(c.date)),
    h("td", {}, evidence(c), flagNote(c.flags)),
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
