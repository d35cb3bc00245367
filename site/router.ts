// Hash routes, so every view and filter has a URL that can be shared and back/forward work:
// #/  #/benchmark/<dataset>  #/tasks  #/efficiency  #/claims?type=…&q=…  #/paper/<paperId>?claim=<claimId>  #/accuracy  #/new
export type Route =
  | { view: "home"; query: URLSearchParams }
  | { view: "benchmark"; dataset: string; query: URLSearchParams }
  | { view: "efficiency"; query: URLSearchParams }
  | { view: "tasks"; query: URLSearchParams }
  | { view: "claims"; query: URLSearchParams }
  | { view: "paper"; paperId: string; query: URLSearchParams }
  | { view: "accuracy"; query: URLSearchParams }
  | { view: "new"; query: URLSearchParams }
  | { view: "missing"; path: string; query: URLSearchParams };

export function parseRoute(hash: string): Route {
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?", 2);
  const query = new URLSearchParams(search);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { view: "home", query };
  if (parts[0] === "benchmark" && parts[1]) return { view: "benchmark", dataset: parts.slice(1).join("/"), query };
  if (parts[0] === "efficiency" && parts.length === 1) return { view: "efficiency", query };
  if (parts[0] === "tasks" && parts.length === 1) return { view: "tasks", query };
  if (parts[0] === "claims" && parts.length === 1) return { view: "claims", query };
  if (parts[0] === "accuracy" && parts.length === 1) return { view: "accuracy", query };
  if (parts[0] === "new" && parts.length === 1) return { view: "new", query };
  if (parts[0] === "paper" && parts[1]) return { view: "paper", paperId: parts.slice(1).join("/"), query };
  return { view: "missing", path, query };
}

/** A hash for a view with a query; empty values are left out so URLs stay short. */
export function routeHash(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, String(value));
  const search = params.toString();
  return `#/${path.split("/").filter(Boolean).map(encodeURIComponent).join("/")}${search ? `?${search}` : ""}`;
}
