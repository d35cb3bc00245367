// Memory and storage: "reduces memory by 50%", "3x less memory", "32x memory savings",
// "from 31GB to less than 16GB", "uses only 2 GB".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";

/** "a 240TB dataset", "1.2 GB of text": sizes of data, not of what the method needs. */
const DATA_SIZE = /^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:dataset|data|corpus|text|images|tokens)\b/i;

/** "(8GB VRAM limit)", "a 16 GB memory budget": the memory the set-up allows, not what the method needs. */
const BUDGET_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:limits?|budgets?|constraints?|caps?)\b/i;

export const memory: ClaimRule = {
  type: "memory",
  read(m) {
    const { kind } = m.quantity;
    if (kind === "memory") return DATA_SIZE.test(m.after) || BUDGET_AFTER.test(m.after) ? null : { metric: metricOf(m, "memory") ?? "memory" };
    const metric = metricOf(m, "memory");
    if (metric && (kind === "factor" || kind === "percent")) return { metric };
    return null;
  },
};
