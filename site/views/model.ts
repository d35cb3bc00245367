// The view logic, kept apart from the DOM so it can be tested: formatting, benchmark search, the
// explorer's URL state and pages. (What the views show is derived at build time: site/build/.)
import type { Claim, ClaimType } from "../../extract/schema.ts";

const UNIT_SUFFIX: Record<string, string> = { "%": "%", x: "×", pp: " pp" };

/** Units counted in thousands, millions…: written with SI prefixes ("200–1000 MFLOPs", "5 GFLOPs"). */
const SI_UNITS = new Set(["FLOPs", "FLOP", "FLOPS", "MACs", "MAC", "Hz", "ops", "OPs", "OPS"]);
const SI_PREFIXES = ["", "k", "M", "G", "T", "P", "E"];

/** "up to 1.72×", "53.3%", "2–3×", "17.1 ms", "28.4", "491 MFLOPs"; an improvement with its sign: "+2.1 pp", "−0.3%". */
export function formatValue(c: Pick<Claim, "value" | "valueLow" | "unit" | "bound"> & { type?: ClaimType }): string {
  const signed = c.type === "improvement";
  // One prefix for a value or range, chosen so that its smaller end is at least 1 ("200–1000 M").
  const smallest = Math.min(...[c.value, c.valueLow ?? c.value].map(Math.abs).filter((v) => v > 0));
  const prefix = SI_UNITS.has(c.unit) && Number.isFinite(smallest) ? Math.max(0, Math.min(SI_PREFIXES.length - 1, Math.floor(Math.log10(smallest) / 3))) : 0;
  const number = (raw: number) => {
    const v = raw / 1000 ** prefix;
    const text = Math.abs(v) >= 1e6 ? v.toExponential(2).replace("e+", "e") : String(Number(v.toPrecision(6)));
    return signed ? (v > 0 ? `+${text}` : text.replace(/^-/, "−")) : text;
  };
  const suffix = prefix ? ` ${SI_PREFIXES[prefix]}${c.unit}` : (UNIT_SUFFIX[c.unit] ?? (c.unit ? ` ${c.unit}` : ""));
  const amount = c.valueLow === null ? number(c.value) : `${number(c.valueLow)}–${number(c.value)}`;
  return `${c.bound ? `${c.bound} ` : ""}${amount}${suffix}`;
}

/** A listing date with its year (yyyy-mm-dd): one that can be placed in time, unlike a page's "--03-11". */
export const isFullDate = (date: string | null): date is string => date !== null && /^\d{4}-/.test(date);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Listing dates for people: "2024-03-11" as is, a page's yearless "--03-11" as "Mar 11", none as "—". */
export function formatDate(date: string | null): string {
  if (date === null) return "—";
  const partial = /^--(\d{2})-(\d{2})$/.exec(date);
  return partial ? `${MONTHS[Number(partial[1]) - 1] ?? "?"} ${Number(partial[2])}` : date;
}

export interface BenchmarkSummary {
  dataset: string;
  papers: number;
  claims: number;
  metrics: string[];
  /** The best claimed value per board (direction-aware, never a flagged entry), from the leaderboards. */
  best: { metric: string; label: string; setting: string[]; higherIsBetter: boolean; value: number; unit: string; bound: Claim["bound"]; paperId: string; title: string; method: string | null }[];
  /** The tasks its boards are on (extract/lexicon/tasks.json). */
  tasks: string[];
  /** Its other names in the dataset lexicon, lower case ("ptb" for Penn Treebank); searched too. */
  aliases?: string[];
}

export type BenchmarkOrder = "activity" | "name";

/** Benchmarks whose name or metrics hold the query, most active first (or by name). */
export function searchBenchmarks(list: BenchmarkSummary[], query: string, order: BenchmarkOrder): BenchmarkSummary[] {
  const q = query.trim().toLowerCase();
  const found = q ? list.filter((b) => b.dataset.toLowerCase().includes(q) || b.metrics.some((m) => m.includes(q)) || (b.aliases ?? []).some((a) => a.includes(q))) : [...list];
  const byName = (a: BenchmarkSummary, b: BenchmarkSummary) => a.dataset.localeCompare(b.dataset);
  return found.sort(order === "name" ? byName : (a, b) => b.papers - a.papers || b.claims - a.claims || byName(a, b));
}

// ---- claims explorer -------------------------------------------------------------------------

export const EXPLORER_COLUMNS = ["title", "type", "value", "metric", "dataset", "baseline", "date"] as const;
export type ExplorerColumn = (typeof EXPLORER_COLUMNS)[number];

export interface ExplorerQuery {
  type: string;
  metric: string;
  dataset: string;
  q: string;
  sort: ExplorerColumn;
  dir: "asc" | "desc";
  page: number;
}

/** The name of a download of an explorer view, after its filter ("claims-speedup-COCO-faster_nets"); "claims-all" unfiltered. */
export function explorerFileName(q: Pick<ExplorerQuery, "type" | "metric" | "dataset" | "q">): string {
  const parts = [q.type, q.metric, q.dataset, q.q.trim()].filter(Boolean);
  const name = ["claims", ...parts].join("-").replace(/[^\w-]+/g, "_").replace(/_*-_*/g, "-").replace(/[._-]+$/, "");
  return parts.length ? name.slice(0, 120).replace(/[._-]+$/, "") : "claims-all";
}

export function explorerQuery(params: URLSearchParams): ExplorerQuery {
  const sort = params.get("sort") as ExplorerColumn | null;
  return {
    type: params.get("type") ?? "",
    metric: params.get("metric") ?? "",
    dataset: params.get("dataset") ?? "",
    q: params.get("q") ?? "",
    sort: sort && (EXPLORER_COLUMNS as readonly string[]).includes(sort) ? sort : "title",
    dir: params.get("dir") === "desc" ? "desc" : "asc",
    page: Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1),
  };
}

export function explorerParams(q: ExplorerQuery): Record<string, string | number | undefined> {
  return {
    type: q.type,
    metric: q.metric,
    dataset: q.dataset,
    q: q.q,
    sort: q.sort === "title" ? undefined : q.sort,
    dir: q.dir === "asc" ? undefined : q.dir,
    page: q.page === 1 ? undefined : q.page,
  };
}

export const PAGE_SIZE = 100;

export function pageOf<T>(rows: T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}

// ---- efficiency boards -------------------------------------------------------------------------

export const EFFICIENCY_TYPES: ClaimType[] = ["speedup", "memory", "compression"];

/**
 * What an efficiency claim is measured against, for grouping: its baseline, unless that names no
 * comparator at all but a number or a moment ("1% reduction", "50% of the model size", "at iteration 0").
 */
export function comparatorOf(baseline: string | null): string {
  return baseline === null || /^(?:[\d+\-−.,%]|(?:at|after|during|per)\b)/i.test(baseline.trim()) ? "no comparator named" : baseline;
}

/** A factor for the chart of largest factors: "×" and at least 1 (0.13 times the parameters is a fraction, not a compression). */
export const chartedFactor = (c: { unit: string; value: number }): boolean => c.unit === "x" && c.value >= 1;

/** A horizontal bar chart's height: room for every bar's label (25 bars no longer squeezed into 170 px). */
export const barChartHeight = (bars: number): number => Math.max(280, 22 * bars + 70);

/** A log scale reads better once values span two orders of magnitude. */
export function spansOrdersOfMagnitude(values: number[]): boolean {
  const positive = values.filter((v) => v > 0);
  return positive.length > 1 && Math.max(...positive) / Math.min(...positive) >= 100;
}

/**
 * The state of the art over time: of the entries listed with a full date (yyyy-mm-dd), oldest
 * first, each that beat every earlier one in the metric's direction (the first counts too).
 */
export function stateOfTheArt<T extends { date: string | null; value: number }>(entries: T[], higherIsBetter: boolean): T[] {
  const dated = entries.filter((e) => isFullDate(e.date)).sort((a, b) => a.date!.localeCompare(b.date!));
  const records: T[] = [];
  for (const entry of dated) {
    const best = records.at(-1);
    if (!best || (higherIsBetter ? entry.value > best.value : entry.value < best.value)) records.push(entry);
  }
  return records;
}

// ---- benchmark pages ---------------------------------------------------------------------------

/** What a board row is labelled by: the method the number belongs to, else its paper's title. */
export const entryLabel = (c: Pick<Claim, "method" | "title">): string => c.method ?? c.title;

/** A setting for people: "zero-shot · few-shot:5", "no setting stated". */
export const settingText = (setting: readonly string[]): string => (setting.length ? setting.join(" · ") : "no setting stated");

/** The settings a benchmark's boards are split by, in the order of their first board, with how many boards each has. */
export function settingsOf<B extends { setting: string[] }>(boards: B[]): { key: string; setting: string[]; boards: number }[] {
  const found = new Map<string, { key: string; setting: string[]; boards: number }>();
  for (const b of boards) {
    const key = b.setting.length ? b.setting.join(";") : "none";
    const s = found.get(key);
    if (s) s.boards++;
    else found.set(key, { key, setting: b.setting, boards: 1 });
  }
  return [...found.values()];
}

type Entry = Claim & { flags: string[] };
interface BoardLike {
  metric: string;
  label: string;
  setting: string[];
  higherIsBetter: boolean;
  entries: Entry[];
}

/** A benchmark's results under one setting: methods as rows, the metrics they report as columns. */
export interface ResultsTable {
  key: string;
  setting: string[];
  /** Columns, the main metric first (the one most methods report), then by how many report them, then by name. */
  columns: { metric: string; label: string; higherIsBetter: boolean }[];
  /** Rows ranked by the main metric in its direction, flagged values after, rows without it last. */
  rows: { paperId: string; title: string; method: string | null; cells: (Entry | null)[] }[];
}

/** One table per setting, from the boards' entries (a row is a paper's method: its best value on each board). */
export function resultsTables(boards: BoardLike[]): ResultsTable[] {
  return settingsOf(boards).map(({ key, setting }) => {
    const own = boards
      .filter((b) => (b.setting.length ? b.setting.join(";") : "none") === key)
      .sort((a, b) => b.entries.length - a.entries.length || a.metric.localeCompare(b.metric));
    const rows = new Map<string, ResultsTable["rows"][number]>();
    own.forEach((board, column) => {
      for (const e of board.entries) {
        const id = `${e.paperId}\u0000${e.method ?? ""}`;
        let row = rows.get(id);
        if (!row) rows.set(id, (row = { paperId: e.paperId, title: e.title, method: e.method, cells: own.map(() => null) }));
        row.cells[column] = e;
      }
    });
    const main = own[0]!;
    const standing = (r: ResultsTable["rows"][number]) => (!r.cells[0] ? 2 : r.cells[0].flags.length ? 1 : 0);
    const filled = (r: ResultsTable["rows"][number]) => r.cells.filter((c) => c !== null).length;
    const ranked = [...rows.values()].sort((a, b) => {
      const order = standing(a) - standing(b);
      if (order) return order;
      const [x, y] = [a.cells[0], b.cells[0]];
      if (x && y) return (main.higherIsBetter ? y.value - x.value : x.value - y.value) || a.paperId.localeCompare(b.paperId);
      return filled(b) - filled(a) || entryLabel(a).localeCompare(entryLabel(b));
    });
    return { key, setting, columns: own.map((b) => ({ metric: b.metric, label: b.label, higherIsBetter: b.higherIsBetter })), rows: ranked };
  });
}

// ---- tasks -------------------------------------------------------------------------------------

/** Benchmarks grouped by task (a benchmark under each of its tasks), tasks by how many papers they hold; benchmarks of no known task last. */
export function benchmarksByTask<B extends { dataset: string; papers: number; tasks: string[] }>(benchmarks: B[]): { task: string | null; benchmarks: B[] }[] {
  const groups = new Map<string | null, B[]>();
  for (const b of benchmarks) for (const task of b.tasks.length ? b.tasks : [null]) groups.set(task, [...(groups.get(task) ?? []), b]);
  const papers = (list: B[]) => list.reduce((n, b) => n + b.papers, 0);
  return [...groups]
    .map(([task, list]) => ({ task, benchmarks: list.sort((a, b) => b.papers - a.papers || a.dataset.localeCompare(b.dataset)) }))
    .sort((a, b) => Number(a.task === null) - Number(b.task === null) || papers(b.benchmarks) - papers(a.benchmarks) || (a.task ?? "").localeCompare(b.task ?? ""));
}

/** A share as the Accuracy page writes it: "79.4%". */
export const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;

/**
 * Precision, recall and F1 as the Accuracy page writes them, "—" where there was nothing to measure:
 * no precision without predictions, no recall or F1 without gold claims (the eval counts both as 1,
 * which would read as perfect).
 */
export function scoreTexts(s: { gold: number; predicted: number; precision: number; recall: number; f1: number }): { precision: string; recall: string; f1: string } {
  return { precision: s.predicted ? percent(s.precision) : "—", recall: s.gold ? percent(s.recall) : "—", f1: s.gold ? percent(s.f1) : "—" };
}
