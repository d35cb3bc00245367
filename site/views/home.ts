// Home: every benchmark with its papers, claims, metrics and best claimed value per board (never a
// flagged entry: see docs/leaderboards.md), with the method it belongs to.
import type { Summary } from "../data.ts";
import { h, liveSearch } from "../dom.ts";
import { routeHash } from "../router.ts";
import { formatValue, searchBenchmarks, settingText } from "./model.ts";
import type { BenchmarkOrder } from "./model.ts";
import { table, trustLink } from "./parts.ts";
import type { View } from "./view.ts";

/**
 * Benchmarks listed before "Show all": the bundled data names some 1,500, most with one paper, and
 * a table that long is slow to draw (again on every keystroke of the filter) and to scan.
 */
const LISTED = 100;

export function homeView(query: URLSearchParams, summary: Summary, navigate: (hash: string, replace?: boolean) => void): View {
  const q = query.get("q") ?? "";
  const order: BenchmarkOrder = query.get("sort") === "name" ? "name" : "activity";
  const all = summary.benchmarks;
  const shown = searchBenchmarks(all, q, order);
  const listed = query.get("all") === "1" ? shown : shown.slice(0, LISTED);
  const update = (next: { q?: string; sort?: BenchmarkOrder }, replace = false) =>
    navigate(routeHash("", { q: next.q ?? q, sort: (next.sort ?? order) === "name" ? "name" : undefined }), replace);

  const search = h("input", { type: "search", value: q, placeholder: "Filter by benchmark or metric", "aria-label": "Filter benchmarks" });
  // Typing filters at once and replaces the URL: no history entry per search.
  const stopSearch = liveSearch(search, (value) => update({ q: value }, true));
  const sort = h("select", { "aria-label": "Sort benchmarks" }, h("option", { value: "activity" }, "most papers first"), h("option", { value: "name" }, "by name"));
  sort.value = order;
  sort.addEventListener("change", () => update({ sort: sort.value as BenchmarkOrder }));

  const rows = listed.map((b) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, h("a", { href: routeHash(`benchmark/${b.dataset}`) }, b.dataset)),
      h("td", { class: "num" }, b.papers),
      h("td", { class: "num" }, b.claims),
      h("td", {}, b.metrics.join(", ") || "—"),
      h(
        "td",
        {},
        ...(b.best.length
          ? b.best.map((best) =>
              h(
                "div",
                {},
                `${best.label}${best.setting.length ? ` (${settingText(best.setting)})` : ""}: `,
                h("strong", {}, formatValue({ ...best, valueLow: null })),
                best.method ? ` — ${best.method}` : "",
                best.higherIsBetter ? "" : h("span", { class: "direction" }, "lower is better"),
              ),
            )
          : ["—"]),
      ),
    ),
  );
  return {
    title: "Benchmarks",
    element: h(
      "section",
      {},
      h("h1", {}, "Benchmarks"),
      h("p", { class: "sub" }, `${all.length} benchmarks; ${summary.totals.claims} claims from ${summary.totals.papers} papers. `, trustLink()),
      h("div", { class: "controls" }, h("label", {}, "Search ", search), h("label", {}, "Sort ", sort)),
      rows.length
        ? table(`${shown.length} of ${all.length} benchmarks${listed.length < shown.length ? `, the first ${listed.length} listed` : ""}`, [{ label: "Benchmark" }, { label: "Papers", numeric: true }, { label: "Claims", numeric: true }, { label: "Metrics" }, { label: "Best claimed" }], rows)
        : h("p", { class: "empty" }, "No benchmark matches this filter."),
      listed.length < shown.length
        ? h("p", { class: "more" }, h("a", { href: routeHash("", { q, sort: order === "name" ? "name" : undefined, all: 1 }) }, `Show all ${shown.length} benchmarks`))
        : null,
    ),
    unmounted: stopSearch,
  };
}
