// The task a benchmark's numbers are on, from the lexicon extract/lexicon/tasks.json: by dataset,
// and where a dataset serves several tasks by the board's metric (COCO's mAP is object detection,
// its CIDEr image captioning).
import lexicon from "./lexicon/tasks.json" with { type: "json" };

interface Rule {
  task: string;
  datasets: Set<string>;
  metrics: Set<string> | null;
}

const RULES: Rule[] = lexicon.rules.map((r) => ({ task: r.task, datasets: new Set(r.datasets), metrics: "metrics" in r && r.metrics ? new Set(r.metrics as string[]) : null }));

/** The tasks of a board (dataset and board metric), in the lexicon's order; [] when none is known. */
export function tasksOf(dataset: string, metric: string): string[] {
  return RULES.filter((r) => r.datasets.has(dataset) && (r.metrics === null || r.metrics.has(metric))).map((r) => r.task);
}

/** Whether the lexicon names the metric as one a dataset's task is measured in (not only any metric of a task). */
export function measuredIn(dataset: string, metric: string): boolean {
  return RULES.some((r) => r.datasets.has(dataset) && r.metrics !== null && r.metrics.has(metric));
}

/** The tasks of a benchmark: those of its boards, or those its name alone gives when it has no board. */
export function benchmarkTasks(dataset: string, metrics: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const metric of metrics) for (const task of tasksOf(dataset, metric)) found.add(task);
  if (found.size === 0) for (const r of RULES) if (r.datasets.has(dataset) && r.metrics === null) found.add(r.task);
  return RULES.map((r) => r.task).filter((t, i, all) => found.has(t) && all.indexOf(t) === i);
}
