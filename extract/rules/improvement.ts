// Changes in a quality metric against a comparator: "improves mAP by more than 30%", "+2.1 BLEU",
// "3.6 perplexity better", "outperforms the baseline by 2.5%", "gains 4 points".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";
import { OUTPERFORMS_BY, QUALITY_AFTER } from "./context.ts";
import { isVagueMetric } from "./lexicons.ts";

/** Said of a percentage with no metric named: "a 30.25% improvement", "20% relative performance gain". */
const IMPROVEMENT_WORD = /^\s*(?:[\w-]+\s+){0,2}?(?:improvement|improvements|gain|gains|increase|better|higher|more accurate|lower error|boost|lift|performance)(?![\w-])/i;

/** What makes whole points a change: "by 4 points", "gains of 3 points", "4 points higher", "a margin of 2 points". */
const POINTS_CHANGED_BEFORE = /\b(?:by|of|gain(?:s|ed|ing)?|improv\w*|increas\w*|boost\w*|rais\w*|lift\w*|outperform\w*|surpass\w*|exceed\w*|beat\w*|drop\w*|decreas\w*|reduc\w*|los(?:e|es|t|ing)|fell|falls?|declin\w*|adds?|added|adding|within|behind|ahead)\s+(?:(?:up\s+to|over|about|around|nearly|approximately|more\s+than|at\s+least|roughly|almost|only|just|~)\s+)?[+~]?\s*$/i;
/** A change said earlier in the clause, the points listed after it: "improves accuracy by up to 5 points, with similar gains (1-2 points)". */
const CHANGE_IN_CLAUSE = /\b(?:gain|improv|increas|boost|outperform|surpass|exceed|drop|decreas|reduc|lag|trail|better|worse|higher|lower)\w*\b[^.;]*$/i;
const POINTS_CHANGED_AFTER = /^\s*(?:of\s+)?(?:\w+\s+)?(?:higher|lower|better|worse|more|fewer|improvements?|gains?|increases?|boosts?|drops?|decreases?|reductions?|above|below|ahead|behind|over)\b/i;
const CHANGE_NOUN_OF = /\b(?:improvements?|gains?|increases?|boosts?)\s+of\s+(?:(?:up\s+to|about|around|nearly|over|approximately|roughly)\s+)?[+~]?$/i;

export const improvement: ClaimRule = {
  type: "improvement",
  read(m) {
    const { kind } = m.quantity;
    const metric = metricOf(m, "quality");
    // "registers two point clouds with 100 points", "hundreds of seconds for 100 points": a whole number of plain points
    // that nothing says changed counts points, no change.
    if (kind === "points") {
      const changed = m.quantity.signed || m.quantity.decimals || !/^points?$/i.test(m.quantity.unitText) || m.bound !== null || POINTS_CHANGED_BEFORE.test(m.before) || POINTS_CHANGED_AFTER.test(m.after) || CHANGE_IN_CLAUSE.test(m.before);
      return changed ? { metric } : null;
    }
    if (!m.change || !["percent", "none", "factor", "decibel"].includes(kind)) return null;
    if (metric && (m.linked || kind !== "none") && !(kind === "none" && m.quantity.value >= 1e4)) return { metric };
    // A measure named but not this number's says it is no change of quality; "performance" names none.
    if (m.term && !isVagueMetric(m.term.metric) && !QUALITY_AFTER.test(m.after)) return null;
    // No metric named: a percentage that changes is a quality change ("outperforms ViT by 1.5%",
    // "18.8% more accurate"); a factor or bare number only after "outperforms ... by".
    // A plus sign writes a change: "(+26.6 on WebArena-Lite-v2, +10.7 on ScreenSpot-Pro)"; a whole number
    // only where what follows says where it was gained ("+3 subphases" is a count).
    const plus = m.quantity.signed && m.quantity.value > 0 && (m.quantity.decimals || /^\s*(?:on|in|over|points?|pp)\b/i.test(m.after));
    // "absolute improvements of 3.0, 5.1, 8.1 … on MMLU, …": decimals named as changes.
    const namedChange = kind === "none" && m.quantity.decimals && CHANGE_NOUN_OF.test(m.before);
    if (kind === "percent" || plus || namedChange || IMPROVEMENT_WORD.test(m.after) || OUTPERFORMS_BY.test(m.before)) return { metric: null };
    return null;
  },
};
