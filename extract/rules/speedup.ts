// Faster, fewer steps, samples or FLOPs: "1.72times faster", "a 3x speedup", "reduces training time
// by 40%", "two orders of magnitude faster", "22x more sample efficient", "28% fewer FLOPs".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";
import { QUALITY_AFTER, TOKENS_OF_AFTER } from "./context.ts";

const TIME_SAVED = /\b(?:sav(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|shorten(?:s|ed|ing)?)\b[^.;]{0,40}$/i;

// "improves solution quality by up to 51.7%": a verb of quality before the change, with no efficiency
// word right at the number, makes it an improvement whatever efficiency word stands elsewhere.
const IMPROVED_BY = /\b(?:improv|boost|enhanc)\w*\s+(?:[\w-]+\s+){1,4}?by\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+|more\s+than\s+|roughly\s+|approximately\s+)?$/i;

// "trained with only 50% of the labeled data", "processing less than 2% of video frames", "amounting to just 10% of the data used by", "using a fraction
// (50%-70%) of the input sequence": a small share of the data or tokens the result needs is a saving of them.
const SHARE_BEFORE = /\b(?:(?:trained|training|train|trains|using|uses|use|with|requir\w*|need\w*|fine-tun\w*|process\w*|amounting to|at)\s+(?:on\s+|with\s+)?(?:only|just|merely|as few as|as little as|less than|under)|fraction)\s*\(?\s*(?:about\s+|approximately\s+|roughly\s+|~\s*)?$/i;
const SHARE_OF = /^\s*\)?\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:(?:labell?ed|annotated|training|original|available|full|input|target|vision|visual|image|text|video)\s+){0,2}(data|samples|labels|annotations|examples|tokens|sequence|frames)\b/i;

// "requiring less than 1% of the computational cost of standard training": a share of the cost is a saving of it.
const SHARE_OF_COST = /^\s*\)?\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?:computational|compute|training|inference|total|original|api|query|monetary)\s+)?(costs?|compute|computation|flops|training time|inference time|time|budget)\b/i;

const TOKENS_DROPPED = /\b(?:prun|drop|remov|discard|evict|skip|compress|merg)\w*\s+(?:up\s+to\s+|over\s+|about\s+|nearly\s+|approximately\s+|more\s+than\s+|only\s+)?$/i;

export const speedup: ClaimRule = {
  type: "speedup",
  read(m) {
    const { kind } = m.quantity;
    const share = kind === "percent" && !m.change && SHARE_BEFORE.test(m.before) ? SHARE_OF.exec(m.after) : null;
    if (share) return { metric: /tokens|sequence/i.test(share[1]!) ? "tokens" : /frames/i.test(share[1]!) ? "frames" : "sample efficiency" };
    const cost = kind === "percent" && !m.change && SHARE_BEFORE.test(m.before) ? SHARE_OF_COST.exec(m.after) : null;
    if (cost) return { metric: /flops|comput/i.test(cost[0]) ? "flops" : /training time/i.test(cost[0]) ? "training time" : /time/i.test(cost[1]!) ? "runtime" : "cost" };
    // "prunes 92.6% of visual tokens": tokens dropped are work saved.
    if (kind === "percent" && TOKENS_DROPPED.test(m.before) && TOKENS_OF_AFTER.test(m.after)) return { metric: "tokens" };
    if (kind === "compute" && m.change) return { metric: "flops" }; // "9 billion fewer FLOPS"
    // "saves 20-55h of computation", "cuts training time by 3 hours": time saved is a speed-up, not a cost.
    if ((kind === "time" || kind === "compute-time") && m.change && TIME_SAVED.test(m.before)) return { metric: metricOf(m, "speedup") ?? "runtime" };
    const metric = metricOf(m, "speedup");
    if (!metric) return null;
    if (!m.linked && kind === "percent" && (IMPROVED_BY.test(m.before) || QUALITY_AFTER.test(m.after))) return null;
    if (kind === "factor" || (kind === "percent" && m.change)) return { metric };
    // "9 billion fewer FLOPS"
    if (kind === "none" && m.change && (metric === "flops" || metric === "macs") && m.quantity.value >= 1e6) return { metric };
    return null;
  },
};
