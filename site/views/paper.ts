// A paper: its abstract with every claim and dataset mention marked in place, and each claim's
// normalised reading — the proof behind every number.
import type { PaperBucket } from "../files.ts";
import { h, highlighted } from "../dom.ts";
import { routeHash } from "../router.ts";
import { formatDate, formatValue } from "./model.ts";
import { table, tags } from "./parts.ts";
import type { View } from "./view.ts";

/** A paper; `focus` names a claim to show first (a leaderboard cell links here): marked and scrolled to. */
export function paperView(paperId: string, entry: PaperBucket[string] | null, focus: string | null = null): View {
  if (!entry) return { title: "Paper not found", element: h("section", {}, h("h1", {}, "Paper not found"), h("p", {}, `No paper with id ${paperId}.`)) };
  const { paper, claims } = entry;
  const marks = [
    ...claims.map((c) => ({ start: c.start, end: c.end, className: `claim claim-${c.type}${c.claimId === focus ? " focus" : ""}`, title: `${c.type}: ${formatValue(c)}${c.metric ? ` ${c.metric}` : ""}${c.dataset ? ` on ${c.dataset}` : ""}` })),
    ...paper.datasets.map((d) => ({ start: d.start, end: d.end, className: "dataset", title: `dataset: ${d.name}` })),
  ].sort((a, b) => a.start - b.start);
  return {
    title: paper.title,
    mounted: () => document.querySelector("mark.focus")?.scrollIntoView({ block: "center" }),
    element: h(
      "article",
      {},
      h("h1", {}, paper.title),
      h(
        "p",
        { class: "sub" },
        paper.date ? `Listed ${formatDate(paper.date)}. ` : "",
        paper.authors.length ? `${paper.authors.join(", ")}. ` : "",
        paper.arxivId ? h("a", { href: `https://arxiv.org/abs/${paper.arxivId}`, rel: "noopener noreferrer", target: "_blank" }, `arXiv:${paper.arxivId}`) : "",
      ),
      h("p", { class: "abstract" }, highlighted(paper.abstract, marks)),
      h("p", { class: "note" }, `${claims.length} claim${claims.length === 1 ? "" : "s"} and ${paper.datasets.length} dataset mention${paper.datasets.length === 1 ? "" : "s"} marked.`),
      claims.length
        ? table(
            "What each marked number was read as",
            [{ label: "Text" }, { label: "Type" }, { label: "Value", numeric: true }, { label: "Metric" }, { label: "Dataset" }, { label: "Method" }, { label: "Setting" }, { label: "Against" }, { label: "Role" }],
            claims.map((c) =>
              h(
                "tr",
                { "data-claim": c.claimId, class: c.claimId === focus ? "focus" : undefined },
                h("td", {}, h("mark", {}, c.text)),
                h("td", {}, h("span", { class: "tag" }, c.type)),
                h("td", { class: "num" }, formatValue(c)),
                h("td", {}, c.metric ?? "—"),
                h("td", {}, c.dataset ? h("a", { href: routeHash(`benchmark/${c.dataset}`) }, c.dataset) : "—"),
                h("td", {}, c.method ?? "—"),
                h("td", {}, c.setting.length ? tags(c.setting) : "—"),
                h("td", {}, c.baseline ?? "—"),
                h("td", {}, c.role),
              ),
            ),
          )
        : null,
    ),
  };
}
