// Absolute compute, time, latency and throughput of the result: "17.1 ms per step", "in 4
// GPU-hours", "only 8 epochs", "444M FLOPs", "3.11 MAC/clk", "1030 FPS".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";
import { RESULT_BEFORE } from "./lexicons.ts";
import { inFromTo } from "./score.ts";

/** Hours of data, not of compute: "960h fine-tuning subsets", "53k hours of unlabeled data". */
const DATA_AMOUNT = /^\s*(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:(?:un)?label(?:l)?ed\s+|real-time\s+|training\s+)?(?:data|speech|audio|experience|subsets?|recordings?|video|game|fine-tuning)\b/i;

const RUNS_AT = /\b(?:runs?|running|ran|operat\w+|process\w*|infer\w*|achiev\w*|reach\w*|deliver\w*|rates?|throughput|bandwidth|real-time|updat\w+|track\w*)\b[^.;]{0,70}$/i;
const SIGNAL_BEFORE = /\b(?:sampl\w*|bands?|frequenc\w*|signals?|record\w*|clock\w*|sensors?|waveforms?)\b/i;


const METRIC_BY_KIND: Record<string, string> = {
  time: "time",
  "compute-time": "training time",
  steps: "training time",
  compute: "flops",
  "compute-rate": "mac/clk",
  rate: "throughput",
};

export const cost: ClaimRule = {
  type: "cost",
  read(m) {
    const { kind } = m.quantity;
    // "2.32x reductions on ... area": a relative cost with no family of its own.
    if ((kind === "factor" || kind === "percent") && m.term?.family === "cost") return { metric: m.term.metric };
    // "reduces decoding steps from 256 to 30": two counts of a cost named before them (a level's pair: score.ts).
    // (Not a count of tokens: "training tokens from 2B to 128B", "coordinates from 0 to 999" set up the data.)
    if (kind === "none" && !m.quantity.words && m.term?.family === "speedup" && m.term.metric !== "tokens" && m.termHit && m.termHit.end <= m.quantity.start && inFromTo(m)) return { metric: m.term.metric };
    const fallback = METRIC_BY_KIND[kind];
    if (!fallback) return null;
    // Epoch and step counts are usually set-up ("we train for 100 epochs"); results say "only 8 epochs".
    if (kind === "steps" && !RESULT_BEFORE.test(m.before) && !m.bound) return null;
    if (kind === "compute" && m.change) return null;
    // "LibriSpeech (960h)": the size of a dataset named right before.
    if ((kind === "time" || kind === "compute-time") && (DATA_AMOUNT.test(m.after) || m.datasetBefore)) return null;
    // A frequency is mostly the data's or the hardware's ("10 Hz LiDAR point clouds", "the 76 to 81 GHz band", "a
    // sampling rate of 14 Hz"); it is a result only where the system runs or processes at it ("a pipeline running at 72Hz").
    if (kind === "rate" && /hz$/i.test(m.quantity.unitText) && (!RUNS_AT.test(m.before.slice(-90)) || SIGNAL_BEFORE.test(m.before.slice(-60)))) return null;
    const cue = metricOf(m, "speedup");
    return { metric: kind === "compute" || kind === "compute-rate" ? fallback : cue ?? fallback };
  },
};
