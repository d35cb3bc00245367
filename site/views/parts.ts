// Pieces shared by the views: links to papers, values, evidence sentences and download buttons.
import type { Claim } from "../../extract/schema.ts";
import { arxivIdOf } from "../data.ts";
import { h, highlighted } from "../dom.ts";
import { routeHash } from "../router.ts";
import { formatValue } from "./model.ts";
import { downloadCsv, downloadXlsx } from "../downloads.ts";

/** The paper's title linking to its page here, and to arXiv when the id is known. */
export function paperLinks(title: string, paperId: string): HTMLElement {
  const arxivId = arxivIdOf(paperId);
  return h(
    "span",
    {},
    h("a", { href: routeHash(`paper/${paperId}`) }, title),
    arxivId ? " " : null,
    arxivId ? h("a", { href: `https://arxiv.org/abs/${arxivId}`, class: "tag", rel: "noopener noreferrer", target: "_blank" }, "arXiv") : null,
  );
}

/** The sentence a claim came from, with its number marked. */
export function evidence(claim: Claim): HTMLElement {
  const start = claim.start - claim.sentenceStart;
  return h("div", { class: "evidence" }, highlighted(claim.sentence, [{ start, end: start + claim.text.length }]));
}

export function valueText(claim: Pick<Claim, "value" | "valueLow" | "unit" | "bound"> & { type?: Claim["type"] }): string {
  return formatValue(claim);
}

/** CSV and XLSX buttons for the claims a view shows (which may have to be fetched first). */
export function downloadButtons(rows: () => Claim[] | Promise<Claim[]>, name: string, ranked = false): HTMLElement {
  const problem = h("span", { class: "note problem", role: "alert" });
  const run = (write: (claims: Claim[], name: string, ranked: boolean) => Promise<void>) => async () => {
    problem.textContent = "";
    try {
      await write(await rows(), name, ranked);
    } catch (error) {
      problem.textContent = (error as Error).message;
    }
  };
  return h(
    "span",
    { class: "controls", role: "group", "aria-label": "Download this view" },
    h("button", { type: "button", onclick: () => void run(downloadCsv)() }, "Download CSV"),
    h("button", { type: "button", onclick: () => void run(downloadXlsx)() }, "Download XLSX"),
    problem,
  );
}

/** A table with a caption and column headers. */
export function table(caption: string, headers: { label: string; numeric?: boolean }[], body: HTMLElement[]): HTMLElement {
  for (const row of body) labelCells(row, headers.map((c) => c.label));
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      {},
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, ...headers.map((c) => h("th", { scope: "col", class: c.numeric ? "num" : undefined }, c.label)))),
      h("tbody", {}, ...body),
    ),
  );
}

/** The link every board carries to the Accuracy page: how often the rules read such numbers right. */
export function trustLink(): HTMLElement {
  return h("a", { href: "#/accuracy", class: "trust" }, "How far to trust these numbers");
}

/** Setting tags as chips. */
export function tags(setting: readonly string[]): HTMLElement {
  return h("span", { class: "tags" }, ...setting.flatMap((t) => [h("span", { class: "tag setting" }, t), " "]));
}

/** Why an entry is doubtful, as a note (nothing when it is not). */
export function flagNote(flags: readonly string[]): HTMLElement | null {
  return flags.length ? h("div", { class: "flags", role: "note" }, h("strong", {}, "Doubtful: "), flags.join("; ")) : null;
}

/** A link to the paper page with this claim marked in its abstract: where every number comes from. */
export function claimLink(claim: Pick<Claim, "paperId" | "claimId" | "sentence">, ...children: (Node | string)[]): HTMLElement {
  return h("a", { href: routeHash(`paper/${claim.paperId}`, { claim: claim.claimId }), title: claim.sentence, class: "claim-link" }, ...children);
}

/** Each cell after the first named by its column (data-label), for narrow screens where a row is a card. */
export function labelCells(row: HTMLElement, labels: string[]): void {
  [...row.children].forEach((cell, i) => {
    if (i > 0 && labels[i]) cell.setAttribute("data-label", labels[i]!);
  });
}
