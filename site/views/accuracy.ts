// Accuracy: how far to trust the numbers on the boards. The project's eval measured against abstracts
// annotated by hand (site/accuracy.json, written by `npm run eval -- --write-accuracy` with the day it
// was measured): claims found per type, what the found claims were read as, and the #1 entries of the
// largest corpus boards judged by hand. The test split leads: no rule was written from it.
import type { Accuracy, ClaimType, GoldSetAccuracy } from "../../extract/schema.ts";
import { h } from "../dom.ts";
import { percent, scoreTexts } from "./model.ts";
import { table } from "./parts.ts";
import type { View } from "./view.ts";

const SET_NAMES: Record<GoldSetAccuracy["name"], string> = { seeds: "Seeds", heldout: "Held-out", dev: "Dev", test: "Test" };
/** The columns beside the test split, for context: sets the rules were (dev, seeds) or were not (held-out) written from. */
const CONTEXT: GoldSetAccuracy["name"][] = ["dev", "heldout", "seeds"];

/** What each reading figure means, in plain words; null where a set's gold does not name it. */
const READINGS: { key: string; label: string; means: string; share: (s: GoldSetAccuracy) => number | null }[] = [
  { key: "score-rows", label: "Board rows right", means: "Of the scores a paper states on a named benchmark, the share that reach the right board: value, benchmark and metric all right.", share: (s) => s.scoreRowAccuracy },
  { key: "metric", label: "Metric", means: "Of the claims found, the share read with the right metric (accuracy, BLEU, FID…).", share: (s) => s.metricAccuracy },
  { key: "dataset-link", label: "Benchmark", means: "Of the claims found, the share tied to the right benchmark (or to none when the sentence names none).", share: (s) => s.datasetLinkAccuracy },
  { key: "method", label: "Method", means: "Of the claims found, the share credited to the right model or method.", share: (s) => s.methodAccuracy },
  { key: "setting", label: "Setting", means: "Of the claims found, the share with the right setting tags (zero-shot, fine-tuned…).", share: (s) => s.settingAccuracy },
  { key: "sign", label: "Sign of a change", means: "Of the improvements found, the share read the right way round: negative where the result is worse than what it is compared with.", share: (s) => s.signAccuracy },
  { key: "datasets", label: "Benchmarks named", means: "F1 of finding the benchmarks and datasets an abstract names.", share: (s) => s.datasets.f1 },
];

const measuredOn = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const orDash = (share: number | null) => (share === null ? "—" : percent(share));

export function accuracyView(accuracy: Accuracy): View {
  // The schema holds one entry per gold set.
  const byName = new Map(accuracy.sets.map((s) => [s.name, s]));
  const test = byName.get("test")!;
  const context = CONTEXT.map((name) => byName.get(name)!);
  /** Every set, the test split first. */
  const sets = [test, ...context];
  const top = accuracy.topOfBoard;
  const lost = test.scoreRowsLost;

  const headline = h(
    "dl",
    { class: "figures" },
    figure("claim-f1", "Claims found (F1)", percent(test.overall.f1), `The rules find ${percent(test.overall.recall)} of the numbers the annotators marked as claims, and ${percent(test.overall.precision)} of what they report are real claims.`),
    figure("score-rows", "Board rows right", percent(test.scoreRowAccuracy), `Of the scores a paper states on a named benchmark, the share shown on the right board with the right value and metric. The others: ${lost.missed} not found, ${lost.dataset} on the wrong benchmark, ${lost.metric} under the wrong metric.`),
    figure("top-of-board", "Top of the boards right", `${top.right} of ${top.boards}`, `The #1 entry of each of the ${top.boards} largest boards built from ${top.papers.toLocaleString("en")} ${top.corpus}, checked by hand against its sentence.`),
  );

  const typeRows = [
    // The file lists the types in the schema's order (importing CLAIM_TYPES would bring zod into the first load).
    ...(Object.keys(test.byType) as ClaimType[]).map((t) => ({ label: t, of: (s: GoldSetAccuracy) => s.byType[t] })),
    { label: "all claims", of: (s: GoldSetAccuracy) => s.overall },
  ];

  return {
    title: "Accuracy",
    element: h(
      "section",
      { class: "accuracy" },
      h("h1", {}, "How far to trust these numbers"),
      h(
        "p",
        { class: "sub" },
        `Measured on ${measuredOn(accuracy.measured)} by the project's eval, against abstracts annotated by hand. Every number on the site is read from an abstract by rules; these figures say how often the rules read them right, whatever papers the site is built from. `,
        "Before citing a number, read its sentence: every value links to it.",
      ),
      h("h2", {}, "On papers no rule was written from"),
      h("p", {}, `The test split: ${test.abstracts} abstracts. ${test.description}`),
      headline,
      h(
        "section",
        {},
        h("h2", {}, "Claims found, by type"),
        h("p", { class: "note" }, "Precision: of the numbers the rules report as claims, the share that are. Recall: of the claims the annotators marked, the share the rules find. F1 balances the two. A type with few claims in the gold has a rough figure."),
        table(
          `Test split, with the F1 on the other sets beside it`,
          [
            { label: "Type" },
            { label: "Claims in the gold", numeric: true },
            { label: "Precision", numeric: true },
            { label: "Recall", numeric: true },
            { label: "F1", numeric: true },
            ...context.map((s) => ({ label: `F1 on ${SET_NAMES[s.name]}`, numeric: true })),
          ],
          typeRows.map((row) => {
            const scores = scoreTexts(row.of(test));
            return h(
              "tr",
              { "data-type": row.label },
              h("th", { scope: "row" }, row.label),
              h("td", { class: "num" }, row.of(test).gold),
              h("td", { class: "num" }, scores.precision),
              h("td", { class: "num" }, scores.recall),
              h("td", { class: "num" }, h("strong", {}, scores.f1)),
              ...context.map((s) => h("td", { class: "num" }, scoreTexts(row.of(s)).f1)),
            );
          }),
        ),
      ),
      h(
        "section",
        {},
        h("h2", {}, "What the claims found were read as"),
        table(
          "The share right, per gold set (— where its annotators did not record it)",
          [{ label: "Figure" }, { label: "What it means" }, ...sets.map((s) => ({ label: SET_NAMES[s.name], numeric: true }))],
          READINGS.map((r) =>
            h(
              "tr",
              { "data-figure": r.key },
              h("th", { scope: "row" }, r.label),
              h("td", { class: "note" }, r.means),
              ...sets.map((s) => h("td", { class: "num" }, s.name === "test" ? h("strong", {}, orDash(r.share(s))) : orDash(r.share(s)))),
            ),
          ),
        ),
      ),
      h(
        "section",
        {},
        h("h2", {}, "The top of the boards"),
        h(
          "p",
          {},
          `The boards were built from ${top.papers.toLocaleString("en")} ${top.corpus}, and the entry shown first on each of the ${top.boards} largest was read against its sentence: ${top.right} were right. `,
          "These boards were looked at while the rules were written, so the figure is kinder than one on unseen papers would be.",
        ),
        top.wrong.length ? h("p", {}, "The wrong ones:") : null,
        top.wrong.length ? h("ul", { class: "wrong" }, ...top.wrong.map((w) => h("li", {}, h("strong", {}, w.board.replaceAll(" | ", ", ")), `: ${w.why}`))) : null,
      ),
      h(
        "section",
        {},
        h("h2", {}, "The gold sets"),
        h("p", { class: "note" }, "Abstracts annotated by hand with every claim they make. Figures on a set the rules were written from flatter them; the test split was set apart before any rule was written from the corpus, and what the rules get wrong on it is never read, so it is the fair measure."),
        table(
          "What each set is",
          [{ label: "Set" }, { label: "Abstracts", numeric: true }, { label: "Rules written from it" }, { label: "What it is" }],
          sets.map((s) =>
            h("tr", { "data-set": s.name }, h("th", { scope: "row" }, SET_NAMES[s.name]), h("td", { class: "num" }, s.abstracts), h("td", {}, s.rulesWrittenFromIt ? "yes" : "no"), h("td", {}, s.description)),
          ),
        ),
      ),
    ),
  };
}

function figure(key: string, label: string, value: string, means: string): HTMLElement {
  return h("div", { class: "figure", "data-figure": key }, h("dt", {}, label), h("dd", {}, h("strong", {}, value), h("p", { class: "note" }, means)));
}
