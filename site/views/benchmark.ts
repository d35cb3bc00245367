// A benchmark: one leaderboard per metric, ranked by the metric's direction, with the evidence
// sentence of every number, a chart of the ranked values and one over time where dates exist.
import type { Claim } from "../../extract/schema.ts";
import type { BenchmarkFile } from "../data.ts";
import { h } from "../dom.ts";
import { drawChart } from "../charts.ts";
import { formatDate, overTime, rankByDirection, spansOrdersOfMagnitude } from "./model.ts";
import { downloadButtons, evidence, paperLinks, table, valueText } from "./parts.ts";
import type { View } from "./view.ts";

const short = (title: string) => (title.length > 42 ? `${title.slice(0, 40)}…` : title);

export function benchmarkView(dataset: string, file: BenchmarkFile | null): View {
  const claims = file?.claims ?? [];
  const byId = new Map(claims.map((c) => [c.claimId, c]));
  const boards = file?.leaderboards ?? [];
  const ranked = new Set(boards.flatMap((b) => b.entries.map((e) => e.claimId)));
  const others = claims.filter((c) => !ranked.has(c.claimId));
  const charts: (() => void)[] = [];

  const sections = boards.map((board) => {
    const entries = rankByDirection(board.entries, board.higherIsBetter);
    const claims = entries.map((e) => byId.get(e.claimId)!).filter(Boolean);
    const bar = h("canvas", { role: "img", "aria-label": `${board.metric} on ${dataset}, ranked` });
    const timeline = overTime(claims);
    const line = timeline.length >= 2 ? h("canvas", { role: "img", "aria-label": `${board.metric} on ${dataset} over time` }) : null;
    charts.push(() => {
      void drawChart(bar, "bar", { labels: claims.map((c) => short(c.title)), values: claims.map((c) => c.value), titles: claims.map((c) => c.title) }, {
        label: board.metric,
        log: spansOrdersOfMagnitude(claims.map((c) => c.value)),
      });
      if (line) void drawChart(line, "line", { labels: timeline.map((c) => c.date!), values: timeline.map((c) => c.value), titles: timeline.map((c) => c.title) }, { label: board.metric });
    });
    return h(
      "section",
      { class: "board", "data-metric": board.metric },
      h("h2", {}, board.metric, h("span", { class: board.higherIsBetter ? "note" : "direction" }, board.higherIsBetter ? "  higher is better" : "lower is better — ranked ascending")),
      h("div", { class: "charts" }, h("div", { class: "chart" }, bar), line ? h("div", { class: "chart" }, line) : null),
      downloadButtons(() => claims, `${dataset}-${board.metric}`.replace(/[^\w.-]+/g, "_")),
      table(
        `${board.metric} on ${dataset}: ${claims.length} paper${claims.length === 1 ? "" : "s"}, best first`,
        [{ label: "Rank", numeric: true }, { label: "Paper" }, { label: "Value", numeric: true }, { label: "Type" }, { label: "Listed" }, { label: "Evidence" }],
        claims.map((c, i) => claimRow(c, i + 1)),
      ),
    );
  });

  return {
    title: dataset,
    element: h(
      "section",
      {},
      h("h1", {}, dataset),
      h("p", { class: "sub" }, `${boards.length} ranked metric${boards.length === 1 ? "" : "s"}; ${others.length} further claim${others.length === 1 ? "" : "s"} on this benchmark.`),
      ...sections,
      others.length
        ? h(
            "section",
            {},
            h("h2", {}, "Other claims on this benchmark"),
            downloadButtons(() => others, `${dataset}-other`.replace(/[^\w.-]+/g, "_")),
            table("Improvements, efficiency and unranked scores", [{ label: "" }, { label: "Paper" }, { label: "Value", numeric: true }, { label: "Type" }, { label: "Listed" }, { label: "Evidence" }], others.map((c) => claimRow(c, null))),
          )
        : null,
      boards.length || others.length ? null : h("p", { class: "empty" }, "No claims on this benchmark."),
    ),
    mounted: () => charts.forEach((draw) => draw()),
  };
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
