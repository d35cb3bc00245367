// The single-page app: hash routes → views. Views are rebuilt from the URL on every change, so a
// shared link shows the same view and back/forward work.
import { loadBenchmark, loadPapers, loadSummary, loadTables } from "./data.ts";
import { h } from "./dom.ts";
import { parseRoute } from "./router.ts";
import { homeView } from "./views/home.ts";
import { benchmarkView } from "./views/benchmark.ts";
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
    case "benchmark":
      return benchmarkView(route.dataset, await loadBenchmark(route.dataset));
    case "efficiency":
      return efficiencyView(await loadTables());
    case "claims":
      return explorerView(route.query, await loadTables(), navigate);
    case "paper":
      return paperView(route.paperId, await loadTables(), await loadPapers());
    case "missing":
      return { title: "Not found", element: h("section", {}, h("h1", {}, "Not found"), h("p", {}, "There is no such view. "), h("a", { href: "#/" }, "Back to the benchmarks")) };
  }
}

async function render(): Promise<void> {
  let view: View;
  try {
    view = await viewFor();
  } catch (error) {
    main.replaceChildren(h("p", { class: "empty", role: "alert" }, `Could not load the claims table: ${(error as Error).message}`));
    return;
  }
  document.title = `${view.title} · claimboard`;
  const current = parseRoute(location.hash).view;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.dataset.nav === current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  main.replaceChildren(view.element);
  view.mounted?.();
}

window.addEventListener("hashchange", () => void render());
void render();
