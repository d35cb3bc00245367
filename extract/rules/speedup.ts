// Faster, fewer steps, samples or FLOPs: "1.72times faster", "a 3x speedup", "reduces training time
// by 40%", "two orders of magnitude faster", "22x more sample efficient", "28% fewer FLOPs".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";

export const speedup: ClaimRule = {
  type: "speedup",
  read(m) {
    const { kind } = m.quantity;
    if (kind === "compute" && m.change) return { metric: "flops" }; // "9 billion fewer FLOPS"
    const metric = metricOf(m, "speedup");
    if (!metric) return null;
    if (kind === "factor" || (kind === "percent" && m.change)) return { metric };
    // "9 billion fewer FLOPS"
    if (kind === "none" && m.change && (metric === "flops" || metric === "macs") && m.quantity.value >= 1e6) return { metric };
    return null;
  },
};
