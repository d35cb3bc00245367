// Every claim in one table: filter by type, metric, dataset and free text, sort by any column,
// one page of rows at a time. The URL holds the state. The table is sharded (see files.ts) and
// searched in a worker: the first page shows as soon as the shards before it are read, the count
// and progress follow ("searched 12 of 40 shards"), and changing a filter cancels the scan.
import type { Claim } from "../../extract/schema.ts";
import type { ExplorerIndex } from "../data.ts";
import { h, liveSearch } from "../dom.ts";
import { downloadClaims, searchClaims } from "../explorer-client.ts";
import { save, tooManyRows } from "../downloads.ts";
import { XLSX_MAX_ROWS } from "../files.ts";
import type { Facet } from "../files.ts";
import { routeHash } from "../router.ts";
import { plan } from "../search.ts";
import type { FacetCounts, ScanUpdate } from "../search.ts";
import { EXPLORER_COLUMNS, PAGE_SIZE, explorerFileName, explorerParams, explorerQuery, formatDate } from "./model.ts";
import type { ExplorerColumn, ExplorerQuery } from "./model.ts";
import { evidence, labelCells, paperLinks, valueText } from "./parts.ts";
import type { View } from "./view.ts";

const LABELS: Record<ExplorerColumn, string> = { title: "Paper", type: "Type", value: "Value", metric: "Metric", dataset: "Dataset", baseline: "Against", date: "Listed" };
const number = (n: number) => n.toLocaleString("en");

export function explorerView(query: URLSearchParams, index: ExplorerIndex, navigate: (hash: string, replace?: boolean) => void): View {
  const state = explorerQuery(query);
  const go = (change: Partial<ExplorerQuery>, replace = false) => navigate(routeHash("claims", explorerParams({ ...state, page: 1, ...change })), replace);

  // The counts in a facet's menu are those under the other filters (dataset=COCO: COCO's claims per
  // metric), known once the worker has counted them; until then, with other filters set, no counts.
  const filtered = (key: Facet) => (["type", "metric", "dataset"] as Facet[]).some((f) => f !== key && state[f]) || state.q.trim() !== "";
  const menus = new Map<Facet, HTMLSelectElement>();
  const fill = (key: Facet, values: [string, number][], counted: boolean) => {
    const element = menus.get(key)!;
    const label = element.getAttribute("aria-label")!;
    element.replaceChildren(
      h("option", { value: "" }, `any ${label.toLowerCase()}`),
      ...values.map(([v, n]) => h("option", { value: v }, counted ? `${v} (${number(n)})` : v)),
    );
    // A value in the URL that no claim has still shows as selected.
    if (state[key] && !values.some(([v]) => v === state[key])) element.append(h("option", { value: state[key] }, `${state[key]} (0)`));
    element.value = state[key];
  };
  const select = (label: string, key: Facet) => {
    const element = h("select", { "aria-label": label, name: key });
    menus.set(key, element);
    fill(key, index.facets[key], !filtered(key));
    element.addEventListener("change", () => go({ [key]: element.value }));
    return h("label", {}, label, " ", element);
  };
  const counted = (facets: FacetCounts) => {
    for (const [key, values] of Object.entries(facets) as [Facet, [string, number][] | null][]) if (values) fill(key, values, true);
    section.setAttribute("data-facets", "counted");
  };
  const search = h("input", { type: "search", name: "q", value: state.q, placeholder: "Words in title, sentence, metric…", "aria-label": "Search claims" });
  // Typing filters at once and replaces the URL: no history entry per search.
  const stopSearch = liveSearch(search, (value) => go({ q: value }, true));

  const header = (column: ExplorerColumn) => {
    const sorted = state.sort === column;
    return h(
      "th",
      { scope: "col", class: column === "value" ? "num" : undefined, "aria-sort": sorted ? (state.dir === "asc" ? "ascending" : "descending") : undefined },
      h("button", { type: "button", onclick: () => go({ sort: column, dir: sorted && state.dir === "asc" ? "desc" : "asc" }) }, LABELS[column]),
    );
  };

  const status = h("p", { class: "note status", role: "status" }, "Searching…");
  const alert = h("p", { class: "note problem", role: "alert", hidden: true });
  const caption = h("caption", {}, `Claims sorted by ${LABELS[state.sort].toLowerCase()} (${state.dir === "asc" ? "ascending" : "descending"})`);
  const body = h("tbody", {});
  const table = h("table", {}, caption, h("thead", {}, h("tr", {}, ...EXPLORER_COLUMNS.map(header))), body);
  const empty = h("p", { class: "empty", hidden: true }, "No claim matches these filters.");
  const previous = h("button", { type: "button", disabled: true, onclick: () => go({ page: state.page - 1 }) }, "‹ Previous");
  const nextPage = h("button", { type: "button", disabled: true, onclick: () => go({ page: state.page + 1 }) }, "Next ›");
  const position = h("span", {}, `Page ${state.page}`);
  const pager = h("div", { class: "pager" }, previous, position, nextPage);
  // The same pager below the table, kept in step with the one above.
  const lower = h("div", { class: "pager" });
  const syncPagers = () => {
    const copy = pager.cloneNode(true) as HTMLElement;
    const [p, , n] = copy.children as unknown as HTMLButtonElement[];
    p!.addEventListener("click", () => go({ page: state.page - 1 }));
    n!.addEventListener("click", () => go({ page: state.page + 1 }));
    lower.replaceChildren(...copy.childNodes);
  };
  const section = h("section", { "data-state": "searching" });

  let known: number | null = null;
  const update = (u: ScanUpdate) => {
    if (u.rows) {
      body.replaceChildren(...u.rows.map(row));
      empty.hidden = !(u.final && u.rows.length === 0);
    }
    known = u.total ?? (u.done ? u.matched : null);
    const pages = known === null ? null : Math.max(1, Math.ceil(known / PAGE_SIZE));
    const page = pages === null ? state.page : Math.min(state.page, pages);
    position.textContent = `Page ${page}${pages === null ? "" : ` of ${number(pages)}`}${known === null ? "" : ` · ${number(known)} claims`}`;
    previous.disabled = page <= 1;
    nextPage.disabled = pages === null ? !u.final || (u.rows?.length ?? PAGE_SIZE) < PAGE_SIZE : page >= pages;
    if (known !== null) table.setAttribute("data-rows", String(known));
    caption.textContent = `${known === null ? `${number(u.matched)}+` : number(known)} of ${number(index.total)} claims, sorted by ${LABELS[state.sort].toLowerCase()} (${state.dir === "asc" ? "ascending" : "descending"})`;
    status.textContent = u.done
      ? `${number(known ?? u.matched)} matching claims; searched ${u.scanned} of ${u.shards} shard${u.shards === 1 ? "" : "s"}.`
      : `Searching… ${u.scanned} of ${u.shards} shards searched, ${number(u.matched)} matching claims so far${u.final ? "" : "; rows may still change"}.`;
    section.setAttribute("data-state", u.done ? "done" : u.final ? "counting" : "searching");
    syncPagers();
  };
  const fail = (message: string) => {
    status.textContent = "";
    alert.hidden = false;
    alert.textContent = `Could not search the claims: ${message}`;
    section.setAttribute("data-state", "error");
  };

  // Downloads of the whole filtered, sorted view, built in the worker.
  let downloading = false;
  const download = async (format: "csv" | "xlsx") => {
    if (downloading) return;
    alert.hidden = true;
    const rows = known ?? plan(index, state).total;
    if (format === "xlsx" && rows !== null && rows + 1 > XLSX_MAX_ROWS) {
      alert.hidden = false;
      alert.textContent = tooManyRows(rows);
      return;
    }
    downloading = true;
    const note = h("span", { class: "note", role: "status" }, `Preparing ${format.toUpperCase()}…`);
    buttons.append(note);
    try {
      const blob = await downloadClaims(index, { ...state, page: 1 }, format, (u) => {
        note.textContent = `Preparing ${format.toUpperCase()}: ${u.scanned} of ${u.shards} shards read…`;
      });
      save(blob, `${explorerFileName(state)}.${format}`);
    } catch (error) {
      alert.hidden = false;
      alert.textContent = (error as Error).message;
    } finally {
      note.remove();
      downloading = false;
    }
  };
  const buttons = h(
    "span",
    { class: "controls", role: "group", "aria-label": "Download this view" },
    h("button", { type: "button", onclick: () => void download("csv") }, "Download CSV"),
    h("button", { type: "button", onclick: () => void download("xlsx") }, "Download XLSX"),
  );

  section.append(
    h("h1", {}, "Claims explorer"),
    h("div", { class: "controls" }, h("label", {}, "Search ", search), select("Type", "type"), select("Metric", "metric"), select("Dataset", "dataset")),
    buttons,
    status,
    alert,
    pager,
    h("div", { class: "table-wrap" }, table),
    lower,
    empty,
  );
  syncPagers();
  let cancel = () => {};
  return {
    title: "Claims explorer",
    element: section,
    mounted: () => {
      cancel = searchClaims(index, state, update, fail, counted);
    },
    unmounted: () => {
      stopSearch();
      cancel();
    },
  };
}

function row(c: Claim): HTMLElement {
  const tr = cells(c);
  labelCells(tr, EXPLORER_COLUMNS.map((column) => LABELS[column]));
  return tr;
}

function cells(c: Claim): HTMLElement {
  return h(
    "tr",
    {},
    h("td", {}, paperLinks(c.title, c.paperId), evidence(c)),
    h("td", {}, h("span", { class: "tag" }, c.type)),
    h("td", { class: "num" }, h("strong", {}, valueText(c))),
    h("td", {}, c.metric ?? "—"),
    h("td", {}, c.dataset ? h("a", { href: routeHash(`benchmark/${c.dataset}`) }, c.dataset) : "—"),
    h("td", {}, c.baseline ?? "—"),
    h("td", {}, formatDate(c.date)),
  );
}
