// What's new: the refreshes' history (data/history/, derived into whatsnew.json), newest day first —
// each day's new states of the art and new claims by benchmark, linked to their boards and sentences.
// Before the first refresh it says so and shows the newest claims by their paper's date.
import type { Claim } from "../../extract/schema.ts";
import type { WhatsNewFile } from "../files.ts";
import { STATE_OF_THE_ART_FEED } from "../files.ts";
import { h } from "../dom.ts";
import { routeHash } from "../router.ts";
import { formatDate, formatValue, settingText } from "./model.ts";
import { claimLink, evidence, paperLinks, table, tags, valueText } from "./parts.ts";
import type { View } from "./view.ts";

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
const benchmarkLink = (dataset: string) => h("a", { href: routeHash(`benchmark/${dataset}`) }, dataset);

/** A claim as a row: its benchmark, its paper, its value (linking to the sentence), when listed, the sentence. */
function claimRow(c: Claim): HTMLElement {
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, c.dataset ? benchmarkLink(c.dataset) : "—"),
    h("td", {}, paperLinks(c.title, c.paperId)),
    h("td", { class: "num" }, claimLink(c, h("strong", {}, valueText(c))), c.metric ? h("div", { class: "note" }, c.metric) : null),
    h("td", {}, formatDate(c.date)),
    h("td", {}, evidence(c)),
  );
}
const CLAIM_COLUMNS = [{ label: "Benchmark" }, { label: "Paper" }, { label: "Value", numeric: true }, { label: "Listed" }, { label: "Evidence" }];

function daySection(day: WhatsNewFile["days"][number]): HTMLElement {
  const gone = day.removedPapers || day.removedClaims ? ` ${plural(day.removedPapers, "paper")} and ${plural(day.removedClaims, "claim")} gone.` : "";
  const more = day.benchmarks.filter((b) => b.total > b.claims.length);
  return h(
    "section",
    { class: "day", "data-date": day.date },
    h("h2", {}, day.date),
    h("p", { class: "sub" }, `${plural(day.papers, "new paper")}, ${plural(day.claims, "new claim")} on ${plural(day.benchmarks.length, "benchmark")}${day.otherClaims ? ` and ${day.otherClaims} on none` : ""}.${gone}`),
    day.stateOfTheArt.length
      ? table(
          `New state of the art: ${plural(day.stateOfTheArt.length, "board")} with a new best`,
          [{ label: "Benchmark" }, { label: "Board" }, { label: "Value", numeric: true }, { label: "Method" }, { label: "Before" }],
          day.stateOfTheArt.map((b) =>
            h(
              "tr",
              { class: "record" },
              h("th", { scope: "row" }, benchmarkLink(b.dataset)),
              h("td", {}, b.label, " ", b.setting.length ? tags(b.setting) : null, h("div", { class: "note" }, b.higherIsBetter ? "higher is better" : "lower is better")),
              h("td", { class: "num" }, h("a", { href: routeHash(`paper/${b.after.paperId}`, { claim: b.after.claimId }), class: "claim-link" }, h("strong", {}, formatValue({ ...b.after, valueLow: null })))),
              h("td", {}, b.after.method ? h("strong", {}, b.after.method) : null, h("div", { class: "note" }, paperLinks(b.after.title, b.after.paperId))),
              h("td", {}, b.before ? `${formatValue({ ...b.before, valueLow: null })} — ${b.before.method ?? b.before.title}` : `a new board (${settingText(b.setting)})`),
            ),
          ),
        )
      : null,
    day.benchmarks.length
      ? table(
          `New claims by benchmark${more.length ? `, the first ${day.benchmarks[0]!.claims.length > 1 ? "few" : "one"} of each` : ""}`,
          CLAIM_COLUMNS,
          day.benchmarks.flatMap((b) => b.claims.map(claimRow)),
        )
      : null,
    more.length
      ? h("p", { class: "note" }, "More new claims on ", ...more.flatMap((b, i) => [i ? ", " : "", benchmarkLink(b.dataset), ` (${b.total})`]), ".")
      : null,
  );
}

export function whatsNewView(file: WhatsNewFile): View {
  const feed = h("a", { href: `data/${STATE_OF_THE_ART_FEED}`, type: "application/atom+xml", class: "feed" }, "Feed of new state of the art");
  return {
    title: "What's new",
    element: h(
      "section",
      { class: "whats-new" },
      h("h1", {}, "What's new"),
      ...(file.days.length
        ? [
            h("p", { class: "sub" }, `What the refreshes of the last ${plural(file.days.length, "day")} with changes brought, newest first. `, feed, " · each benchmark has its own feed on its page."),
            ...file.days.map(daySection),
          ]
        : [
            h("p", { class: "empty", role: "status" }, "No refresh has been recorded yet (", h("code", {}, "npm run refresh"), " keeps what each one changed in data/history/). ", feed),
            file.latest.length
              ? table(`The newest claims by their paper's date: ${file.latest.length}`, CLAIM_COLUMNS, file.latest.map(claimRow))
              : h("p", { class: "empty" }, "No paper here has a date with its year."),
          ]),
    ),
  };
}
