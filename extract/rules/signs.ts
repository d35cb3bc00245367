// Improvements carry their sign (CLAIMS-SPEC): a change that leaves the result worse than its comparator is
// negative ("0.3% less top-1 accuracy" → -0.3, "a 4% decrease in performance" → -4, "lag behind humans by
// >15%" → -15). Worse is a fall in something where higher is better, or a rise in something where lower is
// better ("64.2% average increase" in leakage rates); "reduces error by 15%" stays positive. The change word
// right after the number says which way it went ("a 4% decrease in X"), else the last one before it in its
// clause ("X drops by 3%"); what changed is read from the words between ("reduces distributional divergence
// by 42%": a fault, so better) before trusting the claim's metric, which may have come from another clause.
import type { ClaimDraft } from "./index.ts";

const UNIT_THEN = String.raw`^\s*(?:%|\\%|percent|(?:percentage\s+)?points?|pp|p\.p\.)?\s*(?:absolute\s+|relative\s+|average\s+|overall\s+)?`;
/** After the number: the change word ("a 4% decrease in performance"), or one word then it ("a 2.05% performance drop"). */
const WAY_AFTER = new RegExp(
  String.raw`${UNIT_THEN}([\w-]+\s+)?(?:(drops?|decreases?|declines?|degradations?|loss|less|lower|worse|reductions?|fewer)|(increases?|rises?|higher|more|greater|larger)|(gains?|improvements?|better|boosts?))\b`,
  "i",
);
/** Change words before the number, in its clause (no digit, comma or stop between): the last one says the way. */
const CLAUSE_BREAK = /[.;,\d]/;
const WAY_BEFORE = /\b(?:(drop(?:s|ped|ping)?|decreas\w*|declin\w*|degrad\w*|los(?:e|es|t|ing)|fall(?:s|ing)?|fell|reduc\w*|lower(?:s|ed|ing)?|hurts?|hurting|harms|harmed|harming|sacrific\w*)|(increas\w*|rais\w*|ris(?:e|es|ing)|rose|grow\w*|grew|higher)|(improv\w*|boost\w*|gain\w*|outperform\w*|surpass\w*|restor\w*|recover\w*))\b/gi;
/** Worse whatever changed. */
const BEHIND_BEFORE = /\b(?:lag(?:s|ged|ging)?|trail(?:s|ed|ing)?|fall(?:s|ing)?|fell)\s+behind\b[^.;,\d]{0,60}$/i;
/** "consistently halves performance": the number is the change. */
const HALVES = /^hal(?:ves|ved|ving)$/i;
/** A measure named as a fall ("accuracy drop") is worse by its very name. */
const DROP_METRIC = /\b(?:drop|degradation|decline|decrease)$/;
/** What changed, as the words name it: how well something does, what goes wrong, or what it costs (no quality change: no sign). */
const QUALITY_WORD = /\b(?:performance|accuracy|quality|capabilit(?:y|ies)|effectiveness|success|scores?|ratings?)\b/i;
const FAULT_WORD = /\b(?:hallucinat\w*|errors?|toxicity|bias(?:es)?|leakage|failures?|violations?|mistakes?|inconsisten\w*|divergence|variance|variability|deviation|collisions?|incidence|risks?|vulnerabilit\w*|loss(?:es)?|mse|rmse|mae|wer|cer|fid|perplexity)\b/i;
const COST_WORD = /\b(?:tokens?|costs?|time|latency|memory|computation\w*|compute|size|parameters?|counts?|volume|usage|questions|documents|samples|steps|flops|energy|storage|bandwidth|overhead|elements?|number|kv-cache|tpot|ttft)\b/i;
/** Between two numbers of one list: "a drop of 2.6% in GenEval score and 7% in HPSv2 score". */
const LISTED_AFTER = /^[^.;:()\d]{0,40}(?:,|\band\b)[^.;:()\d]{0,10}$/;
const CLAUSE_END = /[,.;:()]|\b(?:while|and|but|whereas|with|compared|than|over)\b/i;

/** "limiting precision loss to -2.8%": a loss of a quality, not the loss a model minimises. */
const DROP_BEFORE = /\b(?:precision|accuracy|quality|performance|recall|f1)\s+(?:loss|drop|degradation)\b[^.;,\d]{0,30}$/i;
const REACH = 80;
const IN_OR_OF = /^\s*(?:%|\\%|percent|(?:percentage\s+)?points?|pp)?\s*(?:in|of)\s+|^\s*(?:%|\\%|percent)?\s*(?=the\s+number\s+of\b)/i;

type Way = "fall" | "rise" | "better";

/** Words that name nothing that moved. */
const FILLER = new Set("by of to up over about nearly more than less only a an the its their average approximately almost roughly at least most as much some around just merely mean overall relative absolute".split(" "));
const content = (words: string) => words.split(/[^\w-]+/).filter((w) => w && !FILLER.has(w.toLowerCase())).join(" ");
/** What follows a change up to its clause's end, when it names what changed ("in performance", "top-1 accuracy"), not where ("for Gemini"). */
function named(rest: string): string {
  if (/^\s*(?:for|on|than|over|across|at|compared|relative|against|versus|vs)\b/i.test(rest)) return "";
  const end = rest.search(CLAUSE_END);
  return content(end < 0 ? rest : rest.slice(0, end));
}
/** The words of the clause before the number ("with rates approximately" → "rates"). */
const clauseBefore = (before: string) => content(before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(".")) + 1));

/** Which way the number moved and the words that say what moved. */
function wayOf(claim: ClaimDraft, before: string, after: string): { way: Way | null; object: string } {
  if (HALVES.test(claim.text)) return { way: "fall", object: named(after) };
  const next = WAY_AFTER.exec(after);
  if (next) {
    const object = content(next[1] ?? "") || named(after.slice(next[0].length)) || clauseBefore(before);
    return { way: next[2] ? "fall" : next[3] ? "rise" : "better", object };
  }
  // Only the stretch after the last digit, comma or stop is the number's own clause.
  let from = before.length;
  while (from > 0 && !CLAUSE_BREAK.test(before[from - 1]!)) from--;
  let last: RegExpMatchArray | null = null;
  for (const m of before.slice(from).matchAll(WAY_BEFORE)) last = m;
  if (!last) return { way: null, object: "" };
  last.index! += from;
  // "reduces distributional divergence by 42%", "a drop of 2.6% in GenEval score", "reducing by up to 40% the
  // number of undecided instances", "a hallucination reduction by over 5%".
  const way = last[1] ? "fall" : last[2] ? "rise" : "better";
  const between = content(before.slice(last.index! + last[0].length));
  if (between) return { way, object: between };
  const named_ = IN_OR_OF.exec(after);
  const inAfter = named_ ? named(after.slice(named_[0].length)) : "";
  if (inAfter) return { way, object: inAfter };
  // "average model accuracy on BoolQ drops by over 30%": what the clause spoke of before the change word.
  const subject = clauseBefore(before.slice(0, last.index)).split(" ").slice(-3).join(" ");
  return { way, object: FAULT_WORD.test(subject) || QUALITY_WORD.test(subject) || COST_WORD.test(subject) ? subject : "" };
}

export function signChanges(claims: ClaimDraft[], scan: string): void {
  let previous: ClaimDraft | null = null;
  for (const claim of claims) {
    const listed = previous !== null && previous.sentenceStart === claim.sentenceStart && LISTED_AFTER.test(scan.slice(previous.end, claim.start));
    const worseBefore = listed && previous!.type === "improvement" && previous!.value < 0;
    previous = claim;
    if (claim.type !== "improvement") continue;
    const before = scan.slice(Math.max(claim.sentenceStart, claim.start - REACH), claim.start);
    const after = scan.slice(claim.end, claim.end + 60);
    const { way, object } = wayOf(claim, before, after);
    // A written sign says which way the number went: down is better where lower is ("-10.5% (RMSE)"), up is worse
    // ("L1 Loss +7.9%"); not where a verb says better ("boosting NMS-AP by up to +10.8 points") or the measure is a fall.
    if (/^[+\-\u2212]/.test(claim.text)) {
      const fall = DROP_METRIC.test(claim.metric ?? "") || DROP_BEFORE.test(before);
      if (claim.higherIsBetter === false && !fall && (claim.value < 0 || way !== "better")) [claim.value, claim.valueLow] = [-claim.value, claim.valueLow === null ? null : -claim.valueLow];
      continue;
    }
    if (claim.value <= 0) continue;
    // What moved, as named beside the change, before the claim's metric (an empty object: the metric's own clause).
    const higherIsBetter = FAULT_WORD.test(object) ? false : QUALITY_WORD.test(object) ? true : object ? null : claim.higherIsBetter;
    // What costs less or more (tokens, time) is no change of quality: no sign.
    if (COST_WORD.test(object)) continue;
    // A number listed after a worse one, with no way of its own, is worse too.
    const worse =
      BEHIND_BEFORE.test(before) || (way === "fall" && DROP_METRIC.test(claim.metric ?? "")) || (way === "fall" && higherIsBetter === true) || (way === "rise" && higherIsBetter === false) || (way === null && worseBefore);
    if (!worse) continue;
    claim.value = -claim.value;
    if (claim.valueLow !== null) claim.valueLow = -claim.valueLow;
  }
}
