// The single-page app: hash routes → views. Views are rebuilt from the URL on every change, so a
// shared link shows the same view and back/forward work.
import { loadAccuracy, loadBenchmark, loadEfficiency, loadExplorerIndex, loadFullBoard, loadPaper, loadSummary, loadWhatsNew } from "./data.ts";
import { h } from "./dom.ts";
import { parseRoute } from "./router.ts";
import { homeView } from "./views/home.ts";
import { benchmarkView, boardPage, isPagedBoard } from "./views/benchmark.ts";
import { tasksView } from "./views/tasks.ts";
import { efficiencyView } from "./views/efficiency.ts";
import { explorerView } from "./views/explorer.ts";
import { paperView } from "./views/paper.ts";
import { whatsNewView } from "./views/whatsnew.ts";
import type { View } from "./views/view.ts";

const main = document.getElementById("main")!;

// Scroll positions per history entry: views are rebuilt after their data loads, too late for the
// browser's own restoration, so Back and Forward put the page back where it was by hand.
history.scrollRestoration = "manual";
const scrolls = new Map<number, number>();
let entries = 0;
/** The current history entry's id, given to it the first time it is shown. */
function entryId(): { id: number; fresh: boolean } {
  const state = history.state as { entry?: number } | null;
  if (typeof state?.entry === "number") {
    entries = Math.max(entries, state.entry);
    return { id: state.entry, fresh: false };
  }
  const id = Date.now() * 1000 + ++entries;
  history.replaceState({ ...(state ?? {}), entry: id }, "");
  return { id, fresh: true };
}
let entry = entryId();
let replaced = false;
window.addEventListener("scroll", () => {
  if (!rendering) scrolls.set(entry.id, window.scrollY);
}, { passive: true });

/**
 * Goes to a view. A replacing navigation (a search box while typing) changes the URL without a
 * history entry of its own, so Back leaves the view rather than stepping through keystrokes.
 */
const navigate = (hash: string, replace = false) => {
  if (location.hash === hash) return;
  if (!replace) {
    location.hash = hash;
    return;
  }
  history.replaceState(history.state, "", hash);
  replaced = true;
  void render();
};

/** Each view with only the data it shows. */
async function viewFor(): Promise<View> {
  const route = parseRoute(location.hash);
  switch (route.view) {
    case "home":
      return homeView(route.query, await loadSummary(), navigate);
    case "benchmark": {
      const file = await loadBenchmark(route.dataset);
      if (!file) return notFound(`There is no benchmark named “${route.dataset}”. `);
      const paging = boardPage(route.query);
      const board = file?.boards.find((b) => isPagedBoard(b, paging) && b.file && paging!.page > 1);
      const tasks = (await loadSummary()).benchmarks.find((b) => b.dataset === route.dataset)?.tasks ?? [];
      return benchmarkView(route.dataset, file, route.query, board?.file ? await loadFullBoard(board.file) : null, tasks, navigate);
    }
    case "tasks":
      return tasksView(await loadSummary());
    case "efficiency":
      return efficiencyView(await loadEfficiency());
    case "claims":
      return explorerView(route.query, await loadExplorerIndex(), navigate);
    case "paper":
      return paperView(route.paperId, await loadPaper(route.paperId), route.query.get("claim"));
    case "accuracy": {
      // Mostly prose, read rarely: loaded with the page, not with the site's first load.
      const [{ accuracyView }, accuracy] = await Promise.all([import("./views/accuracy.ts"), loadAccuracy()]);
      return accuracyView(accuracy);
    }
    case "new":
      return whatsNewView(await loadWhatsNew());
    case "missing":
      return notFound("There is no such view. ");
  }
}

/** A page saying what is not there (as text: the name comes from the URL), with a way back. */
function notFound(message: string): View {
  return { title: "Not found", element: h("section", { class: "not-found" }, h("h1", {}, "Not found"), h("p", {}, message, h("a", { href: "#/" }, "Back to the benchmarks"))) };
}

let shown: View | null = null;
let turns = 0;
/** Set while a view is being swapped in, when the page's height (and scroll) is not the user's doing. */
let rendering = false;

async function render(): Promise<void> {
  const turn = ++turns;
  let view: View;
  try {
    view = await viewFor();
  } catch (error) {
    if (turn !== turns) return;
    shown?.unmounted?.();
    shown = null;
    main.replaceChildren(h("p", { class: "empty", role: "alert" }, `Could not load the claims table: ${(error as Error).message}`));
    return;
  }
  // A later navigation won the race: its view is the one to show.
  if (turn !== turns) return;
  shown?.unmounted?.();
  shown = view;
  document.title = `${view.title} · claimboard`;
  const current = parseRoute(location.hash).view;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.dataset.nav === current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  // The element with focus (a search box being typed in) keeps it in the new view.
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && main.contains(active) ? { name: active.name || active.getAttribute("aria-label"), start: active.selectionStart, end: active.selectionEnd } : null;
  // A new entry starts at the top (before the view mounts: a paper page then scrolls to its marked
  // claim); Back or Forward returns to where the entry was left; a replacing navigation stays put.
  const restoring = replaced || entry.fresh ? null : (scrolls.get(entry.id) ?? 0);
  const top = !replaced && entry.fresh;
  replaced = false;
  rendering = true;
  main.replaceChildren(view.element);
  if (top) window.scrollTo(0, 0);
  view.mounted?.();
  if (focused?.name) {
    const input = [...main.querySelectorAll("input")].find((i) => (i.name || i.getAttribute("aria-label")) === focused.name);
    if (input) {
      input.focus();
      input.setSelectionRange(focused.start, focused.end);
    }
  }
  if (restoring !== null) restoreScroll(restoring);
  rendering = false;
  scrolls.set(entry.id, window.scrollY);
}

/** Scrolls to y, again as the view grows (rows that load later) until it can, or the reader scrolls. */
function restoreScroll(y: number): void {
  window.scrollTo(0, y);
  if (Math.abs(window.scrollY - y) < 2) return;
  const id = entry.id;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of ["wheel", "keydown", "touchstart", "mousedown"]) window.removeEventListener(type, stop);
  };
  const observer = new ResizeObserver(() => {
    if (entry.id !== id) return stop();
    window.scrollTo(0, y);
    scrolls.set(id, window.scrollY);
    if (Math.abs(window.scrollY - y) < 2) stop();
  });
  observer.observe(main);
  const timer = setTimeout(stop, 5000);
  for (const type of ["wheel", "keydown", "touchstart", "mousedown"]) window.addEventListener(type, stop, { once: true, passive: true });
}

/** The header's full-table links: the files published with this build, else the explorer's own downloads. */
async function fullTableLinks(): Promise<void> {
  const { downloads } = await loadSummary();
  const links = [
    ["claims.csv", "CSV"],
    ["claims.xlsx", "XLSX"],
  ].filter(([file]) => downloads.includes(file!));
  const span = document.querySelector(".downloads");
  if (!span || links.length === 2) return;
  span.replaceChildren(
    "Full table: ",
    ...links.flatMap(([file, label]) => [h("a", { href: `data/${file}`, download: true }, label!), " · "]),
    h("a", { href: "#/claims" }, "CSV from the explorer"),
    links.length ? "" : " (built in your browser)",
  );
}

// The theme toggle: as the system → light → dark, remembered (theme.js applies it before the first paint).
const THEMES = [
  { key: null, text: "◐ Auto", label: "Theme: as the system" },
  { key: "light", text: "☀ Light", label: "Theme: light" },
  { key: "dark", text: "☾ Dark", label: "Theme: dark" },
] as const;
function showTheme(button: HTMLButtonElement): void {
  const chosen = document.documentElement.getAttribute("data-theme");
  const theme = THEMES.find((t) => t.key === chosen) ?? THEMES[0];
  button.textContent = theme.text;
  button.setAttribute("aria-label", `${theme.label} (change)`);
}
const themeButton = document.querySelector<HTMLButtonElement>("button.theme");
if (themeButton) {
  showTheme(themeButton);
  themeButton.addEventListener("click", () => {
    const chosen = document.documentElement.getAttribute("data-theme");
    const next = THEMES[(THEMES.findIndex((t) => t.key === chosen) + 1) % THEMES.length]!;
    if (next.key) document.documentElement.setAttribute("data-theme", next.key);
    else document.documentElement.removeAttribute("data-theme");
    try {
      if (next.key) localStorage.setItem("claimboard-theme", next.key);
      else localStorage.removeItem("claimboard-theme");
    } catch {
      // No storage: the choice lasts for this page only.
    }
    showTheme(themeButton);
    // Charts take their colours when drawn: the view is drawn again, where it was scrolled.
    replaced = true;
    void render();
  });
}

window.addEventListener("hashchange", () => {
  entry = entryId();
  void render();
});
void render().then(() => fullTableLinks().catch(() => undefined));
