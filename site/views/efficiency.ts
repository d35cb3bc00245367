// Efficiency boards: speedup, memory and compression results across all papers: the largest
// factors charted (log scale where they span orders of magnitude), and the biggest groups by what
// they are measured against, from efficiency.json. Every claim of a type is in the explorer.
import type { Claim } from "../../extract/schema.ts";
import type { EfficiencyFile } from "../data.ts";
import { h } from "../dom.ts";
import { drawChart } from "../charts.ts";
import { routeHash } from "../router.ts";
import { barChartHeight, spansOrdersOfMagnitude } from "./model.ts";
import { downloadButtons, evidence, paperLinks, table, trustLink, valueText } from "./parts.ts";
import type { View } from "./view.ts";

const number = (n: number) => n.toLocaleString("en");

export function efficiencyView(file: EfficiencyFile): View {
  const charts: (() => void)[] = [];
  const sections = file.types.map(({ type, total, factors, groups, groupCount }) => {
    const canvas = h("canvas", { role: "img", "aria-label": `Largest ${type} factors` });
    if (factors.length) {
      charts.push(() =>
        void drawChart(canvas, "bar", { labels: factors.map((c) => (c.title.length > 40 ? `${c.title.slice(0, 38)}…` : c.title)), values: factors.map((c) => c.value), texts: factors.map((c) => valueText(c)), titles: factors.map((c) => `${c.title} (${c.text})`) }, {
          label: `${type} (×)`,
          log: spansOrdersOfMagnitude(factors.map((c) => c.value)),
        }),
      );
    }
    const shown = groups.reduce((n, g) => n + g.claims.length, 0);
    const all = routeHash("claims", { type, sort: "value", dir: "desc" });
    return h(
      "section",
      { "data-type": type },
      h("h2", {}, `${type[0]!.toUpperCase()}${type.slice(1)} (${number(total)} claims)`),
      factors.length ? h("div", { class: "charts" }, chartBox(canvas, factors.length)) : null,
      shown < total
        ? h("p", { class: "note" }, `The ${groups.length} largest of ${number(groupCount)} groups, up to ${Math.max(...groups.map((g) => g.claims.length))} claims each; `, h("a", { href: all }, `all ${number(total)} ${type} claims, with downloads, in the explorer`), ".")
        : downloadButtons(() => groups.flatMap((g) => g.claims), `efficiency-${type}`),
      table(
        `${type} claims grouped by what they are measured against`,
        [{ label: "Against" }, { label: "Paper" }, { label: "Value", numeric: true }, { label: "Metric" }, { label: "Evidence" }],
        groups.flatMap((g) => g.claims.map((c, i) => row(c, i === 0 ? (g.total > g.claims.length ? `${g.against} (${number(g.total)} claims)` : g.against) : ""))),
      ),
    );
  });
  return {
    title: "Efficiency",
    element: h("section", {}, h("h1", {}, "Efficiency claims"), h("p", { class: "sub" }, "Speedups, memory savings and compression, as the papers state them. ", trustLink()), ...sections),
    mounted: () => charts.forEach((draw) => draw()),
  };
}

/** A chart's box, tall enough for one readable label per bar. */
function chartBox(canvas: HTMLCanvasElement, bars: number): HTMLElement {
  const box = h("div", { class: "chart" }, canvas);
  box.style.height = `${barChartHeight(bars)}px`;
  return box;
}

function row(c: Claim, against: string): HTMLElement {
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, against),
    h("td", {}, paperLinks(c.title, c.paperId)),
    h("td", { class: "num" }, h("strong", {}, valueText(c))),
    h("td", {}, c.metric ?? "—"),
    h("td", {}, evidence(c)),
  );
}
