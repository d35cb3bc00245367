// Faster, fewer steps, samples or FLOPs: "1.72times faster", "a 3x speedup", "reduces training time
// by 40%", "two orders of magnitude faster", "22x more sample efficient", "28% fewer FLOPs".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";

const TIME_SAVED = /\b(?:sav(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|shorten(?:s|ed|ing)?)\b[^.;]{0,40}$/i;

// "improves solution quality by up to 51.7%": a verb of quality before the change, with no efficiency
// word right at the number, makes it an improvement whatever efficiency word stands elsewhere.
const IMPROVED_BY = /\b(?:improv|boost|enhanc)\w*\s+(?:[\w-]+\s+){1,4}?by\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+|more\s+than\s+|roughly\s+|approximately\s+)?$/i;

export const speedup: ClaimRule = {
  type: "speedup",
  read(m) {
    const { kind } = m.quantity;
    if (kind === "compute" && m.change) return { metric: "flops" }; // "9 billion fewer FLOPS"
    // "saves 20-55h of computation", "cuts training time by 3 hours": time saved is a speed-up, not a cost.
    if ((kind === "time" || kind === "compute-time") && m.change && TIME_SAVED.test(m.before)) return { metric: metricOf(m, "speedup") ?? "runtime" };
    const metric = metricOf(m, "speedup");
    if (!metric) return null;
    if (!m.linked && kind === "percent" && IMPROVED_BY.test(m.before)) return null;
    if (kind === "factor" || (kind === "percent" && m.change)) return { metric };
    // "9 billion fewer FLOPS"
    if (kind === "none" && m.change && (metric === "flops" || metric === "macs") && m.quantity.value >= 1e6) return { metric };
    return null;
  },
};
