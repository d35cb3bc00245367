// Chart.js, loaded only on the pages that draw charts, with just the parts they use.
import type { Chart as ChartType } from "chart.js";

let loading: Promise<typeof ChartType> | null = null;

function chartLibrary(): Promise<typeof ChartType> {
  loading ??= import("chart.js").then((c) => {
    c.Chart.register(c.BarController, c.BarElement, c.LineController, c.LineElement, c.PointElement, c.CategoryScale, c.LinearScale, c.LogarithmicScale, c.Tooltip);
    return c.Chart;
  });
  return loading;
}

const fit = (label: string, max: number) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/**
 * A log axis's label at a value: at 1, 2 and 5 of each decade (only powers of ten when the values
 * span more than three decades), whole numbers from 1 up, so labels do not pile up ("5,000 6,000 …").
 */
export function logTick(value: number, decades: number): string | null {
  if (!(value > 0)) return null;
  const mantissa = value / 10 ** Math.floor(Math.log10(value) + 1e-9);
  const kept = decades > 3 ? [1] : [1, 2, 5];
  if (!kept.some((k) => Math.abs(mantissa - k) < 1e-6)) return null;
  return value >= 1 ? value.toLocaleString("en", { maximumFractionDigits: 0 }) : String(Number(value.toPrecision(2)));
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

export interface Series {
  labels: string[];
  values: number[];
  /** Full texts shown in tooltips (labels may be shortened). */
  titles?: string[];
  /** Each value as the page writes it, unit and bound included ("up to 1.72×"), for the tooltips. */
  texts?: string[];
}

/** A tooltip's line: the series label and the value as written, with its unit and bound ("accuracy: up to 99%"). */
export function tooltipLabel(series: Series, label: string, index: number): string {
  return `${label}: ${series.texts?.[index] ?? String(series.values[index] ?? "")}`;
}

/** A bar or line chart in `canvas`, themed from the page's colours, log scale when asked. */
export async function drawChart(canvas: HTMLCanvasElement, kind: "bar" | "line", series: Series, options: { label: string; log?: boolean }): Promise<ChartType> {
  const Chart = await chartLibrary();
  const [fg, muted, line, accent] = [css("--fg"), css("--muted"), css("--line"), css("--accent")];
  const positive = series.values.filter((v) => v > 0);
  const decades = positive.length ? Math.log10(Math.max(...positive) / Math.min(...positive)) : 0;
  const logTicks = { color: muted, autoSkip: false, callback: (value: number | string) => logTick(Number(value), decades) };
  return new Chart(canvas, {
    type: kind,
    data: { labels: series.labels, datasets: [{ label: options.label, data: series.values, backgroundColor: accent, borderColor: accent }] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: kind === "bar" ? "y" : "x",
      scales: {
        x: kind === "bar" ? { type: options.log ? "logarithmic" : "linear", grid: { color: line }, ticks: options.log ? logTicks : { color: muted } } : { grid: { color: line }, ticks: { color: muted } },
        // Bar labels cut to what a narrow chart has room for (the tooltip has the whole title).
        y: kind === "bar" ? { grid: { display: false }, ticks: { color: fg, autoSkip: false, callback: (_value, i) => fit(series.labels[i] ?? "", canvas.clientWidth < 480 ? 16 : 42) } } : { type: options.log ? "logarithmic" : "linear", grid: { color: line }, ticks: options.log ? logTicks : { color: muted } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => (series.titles ?? series.labels)[items[0]?.dataIndex ?? 0] ?? "",
            label: (item) => tooltipLabel(series, options.label, item.dataIndex),
          },
        },
      },
    },
  });
}
