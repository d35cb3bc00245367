// Efficiency boards: speedup, memory and compression results across all papers, grouped by what
// they are measured against, on a log scale where the values span orders of magnitude.
import type { Claim } from "../../extract/schema.ts";
import type { Tables } from "../data.ts";
import { h } from "../dom.ts";
import { drawChart } from "../charts.ts";
import { EFFICIENCY_TYPES, efficiencyGroups, rankByDirection, spansOrdersOfMagnitude } from "./model.ts";
import { downloadButtons, evidence, paperLinks, table, valueText } from "./parts.ts";
import type { View } from "./view.ts";

export function efficiencyView(tables: Tables): View {
  const charts: (() => void)[] = [];
  const sections = EFFICIENCY_TYPES.map((type) => {
    const all = tables.claims.filter((c) => c.type === type && c.role === "result");
    // Factors chart together; percentages are a different scale and stay in the tables.
    const factors = rankByDirection(all.filter((c) => c.unit === "x"), true).slice(0, 25);
    const canvas = h("canvas", { role: "img", "aria-label": `Largest ${type} factors` });
    if (factors.length) {
      charts.push(() =>
        void drawChart(canvas, "bar", { labels: factors.map((c) => (c.title.length > 40 ? `${c.title.slice(0, 38)}…` : c.title)), values: factors.map((c) => c.value), titles: factors.map((c) => `${c.title} (${c.text})`) }, {
          label: `${type} (×)`,
          log: spansOrdersOfMagnitude(factors.map((c) => c.value)),
        }),
      );
    }
    const groups = efficiencyGroups(tables.claims, type);
    return h(
      "section",
      { "data-type": type },
      h("h2", {}, `${type[0]!.toUpperCase()}${type.slice(1)} (${all.length} claims)`),
      factors.length ? h("div", { class: "charts" }, h("div", { class: "chart" }, canvas)) : null,
      downloadButtons(() => all, `efficiency-${type}`),
      table(
        `${type} claims grouped by what they are measured against`,
        [{ label: "Against" }, { label: "Paper" }, { label: "Value", numeric: true }, { label: "Metric" }, { label: "Evidence" }],
        groups.flatMap((g) => g.claims.map((c, i) => row(c, i === 0 ? g.against : ""))),
      ),
    );
  });
  return {
    title: "Efficiency",
    element: h("section", {}, h("h1", {}, "Efficiency claims"), h("p", { class: "sub" }, "Speedups, memory savings and compression, as the papers state them."), ...sections),
    mounted: () => charts.forEach((draw) => draw()),
  };
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
