// The single-page app: hash routes → views. Views are rebuilt from the URL on every change, so a
// shared link shows the same view and back/forward work.
import { loadBenchmark, loadEfficiency, loadExplorerIndex, loadFullBoard, loadPaper, loadSummary } from "./data.ts";
import { h } from "./dom.ts";
import { parseRoute } from "./router.ts";
import { homeView } from "./views/home.ts";
import { benchmarkView, boardPage, isPagedBoard } from "./views/benchmark.ts";
import { tasksView } from "./views/tasks.ts";
import { efficiencyView } from "./views/efficiency.ts";
import { explorerView } from "./views/explorer.ts";
import { paperView } from "./views/paper.ts";
import type { View } from "./views/view.ts";

const main = document.getElementById("main")!;
const navigate = (hash: string) => {
  if (location.hash !== hash) location.hash = hash;
};

/** Each view with only the data it shows. */
async function viewFor(): Promise<View> {
  const route = parseRoute(location.hash);
  switch (route.view) {
    case "home":
      return homeView(route.query, await loadSummary(), navigate);
    case "benchmark": {
      const file = await loadBenchmark(route.dataset);
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
    case "missing":
      return { title: "Not found", element: h("section", {}, h("h1", {}, "Not found"), h("p", {}, "There is no such view. "), h("a", { href: "#/" }, "Back to the benchmarks")) };
  }
}

let shown: View | null = null;
let rendering = 0;

async function render(): Promise<void> {
  const turn = ++rendering;
  let view: View;
  try {
    view = await viewFor();
  } catch (error) {
    if (turn !== rendering) return;
    shown?.unmounted?.();
    shown = null;
    main.replaceChildren(h("p", { class: "empty", role: "alert" }, `Could not load the claims table: ${(error as Error).message}`));
    return;
  }
  // A later navigation won the race: its view is the one to show.
  if (turn !== rendering) return;
  shown?.unmounted?.();
  shown = view;
  document.title = `${view.title} · claimboard`;
  const current = parseRoute(location.hash).view;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.dataset.nav === current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  main.replaceChildren(view.element);
  view.mounted?.();
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

window.addEventListener("hashchange", () => void render());
void render().then(() => fullTableLinks().catch(() => undefined));
