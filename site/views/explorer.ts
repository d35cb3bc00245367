// Every claim in one table: filter by type, metric, dataset and free text, sort by any column,
// one page of rows at a time so tens of thousands of claims stay fast. The URL holds the state.
import type { Tables } from "../data.ts";
import { h } from "../dom.ts";
import { routeHash } from "../router.ts";
import { EXPLORER_COLUMNS, explorerParams, explorerQuery, filterClaims, formatDate, pageOf, sortClaims } from "./model.ts";
import type { ExplorerColumn, ExplorerQuery } from "./model.ts";
import { downloadButtons, evidence, paperLinks, valueText } from "./parts.ts";
import type { View } from "./view.ts";

const LABELS: Record<ExplorerColumn, string> = { title: "Paper", type: "Type", value: "Value", metric: "Metric", dataset: "Dataset", baseline: "Against", date: "Listed" };

export function explorerView(query: URLSearchParams, tables: Tables, navigate: (hash: string) => void): View {
  const state = explorerQuery(query);
  const go = (change: Partial<ExplorerQuery>) => navigate(routeHash("claims", explorerParams({ ...state, page: 1, ...change })));
  const filtered = sortClaims(filterClaims(tables.claims, state), state.sort, state.dir);
  const page = pageOf(filtered, state.page);

  const options = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();
  const select = (label: string, key: "type" | "metric" | "dataset", values: string[]) => {
    const element = h("select", { "aria-label": label, name: key }, h("option", { value: "" }, `any ${label.toLowerCase()}`), ...values.map((v) => h("option", { value: v }, v)));
    element.value = state[key];
    element.addEventListener("change", () => go({ [key]: element.value }));
    return h("label", {}, label, " ", element);
  };
  const search = h("input", { type: "search", name: "q", value: state.q, placeholder: "Words in title, sentence, metric…", "aria-label": "Search claims" });
  search.addEventListener("change", () => go({ q: search.value }));

  const header = (column: ExplorerColumn) => {
    const sorted = state.sort === column;
    return h(
      "th",
      { scope: "col", class: column === "value" ? "num" : undefined, "aria-sort": sorted ? (state.dir === "asc" ? "ascending" : "descending") : undefined },
      h("button", { type: "button", onclick: () => go({ sort: column, dir: sorted && state.dir === "asc" ? "desc" : "asc" }) }, LABELS[column]),
    );
  };
  const rows = page.rows.map((c) =>
    h(
      "tr",
      {},
      h("td", {}, paperLinks(c.title, c.paperId), evidence(c)),
      h("td", {}, h("span", { class: "tag" }, c.type)),
      h("td", { class: "num" }, h("strong", {}, valueText(c))),
      h("td", {}, c.metric ?? "—"),
      h("td", {}, c.dataset ? h("a", { href: routeHash(`benchmark/${c.dataset}`) }, c.dataset) : "—"),
      h("td", {}, c.baseline ?? "—"),
      h("td", {}, formatDate(c.date)),
    ),
  );
  const pager = h(
    "div",
    { class: "pager" },
    h("button", { type: "button", disabled: page.page <= 1, onclick: () => go({ page: page.page - 1 }) }, "‹ Previous"),
    `Page ${page.page} of ${page.pages} · ${filtered.length} claims`,
    h("button", { type: "button", disabled: page.page >= page.pages, onclick: () => go({ page: page.page + 1 }) }, "Next ›"),
  );
  return {
    title: "Claims explorer",
    element: h(
      "section",
      {},
      h("h1", {}, "Claims explorer"),
      h(
        "div",
        { class: "controls" },
        h("label", {}, "Search ", search),
        select("Type", "type", options(tables.claims.map((c) => c.type))),
        select("Metric", "metric", options(tables.claims.map((c) => c.metric))),
        select("Dataset", "dataset", options(tables.claims.map((c) => c.dataset))),
      ),
      downloadButtons(() => filtered, "claims-view"),
      pager,
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { "data-rows": filtered.length },
          h("caption", {}, `${filtered.length} of ${tables.claims.length} claims, sorted by ${LABELS[state.sort].toLowerCase()} (${state.dir === "asc" ? "ascending" : "descending"})`),
          h("thead", {}, h("tr", {}, ...EXPLORER_COLUMNS.map(header))),
          h("tbody", {}, ...rows),
        ),
      ),
      rows.length ? null : h("p", { class: "empty" }, "No claim matches these filters."),
    ),
  };
}
