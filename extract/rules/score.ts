// Absolute values of an evaluation metric: "a mAP of 53.3%", "24.2% top-1 error rate on ImageNet",
// "a test set perplexity of 62.4", "MMLU (63.2)".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";

export const score: ClaimRule = {
  type: "score",
  read(m) {
    const { kind } = m.quantity;
    if (m.change || !["percent", "none", "length", "angle"].includes(kind)) return null;
    const metric = metricOf(m, "quality");
    // A bare number needs its metric right beside it; a percentage may take the clause's metric.
    if (metric && (m.linked || kind !== "none") && !(kind === "none" && m.quantity.value >= 1e4)) return { metric };
    // "(90.2% vs. 91.1%)": two results set side by side are scores even without their metric.
    if (kind === "percent" && (/^\s*vs\.?\s/i.test(m.after) || /\bvs\.?\s+$/i.test(m.before))) return { metric: null };
    // "MMLU (63.2), BBH (54.1)": a benchmark with its score in brackets.
    if (/[\p{L}\d]\s?\($/u.test(m.before) && /^\)/.test(m.after) && m.datasetBefore) return { metric: null };
    return null;
  },
};
