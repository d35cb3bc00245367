// Energy and power: "45.4 mW", "0.5 mJ per inference", "88% less power", "3X more energy-efficient".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";

const METRIC_BY_KIND: Record<string, string> = { power: "power", energy: "energy", "energy-efficiency": "energy efficiency" };

export const energy: ClaimRule = {
  type: "energy",
  read(m) {
    const { kind } = m.quantity;
    if (METRIC_BY_KIND[kind]) return { metric: METRIC_BY_KIND[kind]! };
    const metric = metricOf(m, "energy");
    if (metric && (kind === "factor" || kind === "percent")) return { metric };
    return null;
  },
};
