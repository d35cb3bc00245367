// Tasks: the benchmarks grouped by the task their numbers are on (extract/lexicon/tasks.json), each
// with its best claimed values (never a flagged entry), linking to the benchmark pages.
import type { Summary } from "../data.ts";
import { h } from "../dom.ts";
import { routeHash } from "../router.ts";
import { benchmarksByTask, formatValue, settingText } from "./model.ts";
import { table, trustLink } from "./parts.ts";
import type { View } from "./view.ts";

export function tasksView(summary: Summary): View {
  const groups = benchmarksByTask(summary.benchmarks);
  const known = groups.filter((g) => g.task !== null);
  const sections = known.map((g) =>
    h(
      "section",
      { class: "task", "data-task": g.task! },
      h("h2", {}, g.task!),
      table(
        `${g.benchmarks.length} benchmark${g.benchmarks.length === 1 ? "" : "s"} for ${g.task}`,
        [{ label: "Benchmark" }, { label: "Papers", numeric: true }, { label: "Best claimed" }],
        g.benchmarks.map((b) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, h("a", { href: routeHash(`benchmark/${b.dataset}`) }, b.dataset)),
            h("td", { class: "num" }, b.papers),
            h(
              "td",
              {},
              ...(b.best.length
                ? b.best.map((best) =>
                    h("div", {}, `${best.label}${best.setting.length ? ` (${settingText(best.setting)})` : ""}: `, h("strong", {}, formatValue({ ...best, valueLow: null })), best.method ? ` — ${best.method}` : "", best.higherIsBetter ? "" : h("span", { class: "direction" }, "lower is better")),
                  )
                : ["—"]),
            ),
          ),
        ),
      ),
    ),
  );
  const rest = groups.find((g) => g.task === null)?.benchmarks.length ?? 0;
  return {
    title: "Tasks",
    element: h(
      "section",
      {},
      h("h1", {}, "Tasks"),
      h("p", { class: "sub" }, `${known.length} task${known.length === 1 ? "" : "s"}; ${rest} benchmark${rest === 1 ? "" : "s"} of no known task are listed only `, h("a", { href: "#/" }, "with all benchmarks"), ". ", trustLink()),
      ...(sections.length ? sections : [h("p", { class: "empty" }, "No benchmark of a known task.")]),
    ),
  };
}
