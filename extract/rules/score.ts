// Absolute values of an evaluation metric: "a mAP of 53.3%", "24.2% top-1 error rate on ImageNet",
// "a test set perplexity of 62.4", "MMLU (63.2)".
import type { ClaimRule } from "./rule.ts";
import type { Mention } from "./context.ts";
import { metricOf } from "./rule.ts";
import { CHANGED_TO, OF_THE_TIME_AFTER, SIZED_MODEL_BEFORE, isLevel } from "./context.ts";
import { RANGING_FROM } from "./patterns.ts";
import { MEASURE_HEADS, MEASURE_HEADS_ALONE, canonicalDataset, canonicalMetric, isModelName } from "./lexicons.ts";

// A share of another system's level is a retention, never an absolute score: "keeps 95% of its accuracy",
// "regain 99% of the original accuracy", "retains over 70% of its performance".
const RETAINED_AFTER = /^\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:original\s+|full\s+|baseline\s+|base\s+|teacher(?:'s)?\s+|uncompressed\s+|full-precision\s+|dense\s+|unpruned\s+|model(?:'s)?\s+|initial\s+)*(?:[\w-]+\s+)?(?:accuracy|performance|quality|capabilit(?:y|ies)|score|f1|map|bleu|effectiveness|utility)\b/i;

// "preserve 99.9% performance", "maintaining 97% of quality": a share of a quality with no measure of its own, kept.
const KEPT_BEFORE = /\b(?:preserv|retain|maintain|keep|kept)\w*\s+(?:(?:up\s+to|over|about|nearly|approximately|around|more\s+than|at\s+least|roughly|~)\s*)?$/i;
const KEPT_AFTER = /^\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:original\s+|full\s+|baseline\s+)?(?:performance|quality|capabilit(?:y|ies)|effectiveness|utility)\b/i;

// A level the system reached, said with a verb of attainment: "achieves 95.08% and 41.4% on MiniF2F and ProofNet".
const ATTAINED = /\b(?:achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|reach(?:es|ed|ing)?|scor(?:e|es|ed|ing)|averag(?:es|ed|ing)|obtain(?:s|ed|ing)?|yield(?:s|ed|ing)?|record(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:(?:average|overall|mean|state-of-the-art|new|best|top|high|higher|competitive|remarkable|impressive|strong|only|just|nearly|about|around|approximately|roughly|over|above|up\s+to|more\s+than|less\s+than|below|under|at\s+least|as\s+high\s+as|as\s+low\s+as)\s+){0,3}(?:[\d.,]+%?\s*(?:\([^()]{0,40}\)\s*)?(?:,|and|,\s*and)\s+)*$/i;
const ATTAINED_RIGHT_BEFORE = /\b(?:achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|reach(?:es|ed|ing)?|scor(?:e|es|ed|ing)|averag(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|yield(?:s|ed|ing)?)\s+(?:(?:an?\s+)?(?:average|mean|overall|only|just|nearly|about|around|approximately|over|above|up\s+to|more\s+than|at\s+least)\s+(?:of\s+)?)?$/i;
// "94.6% (95.6% for ensemble)": another level of the same result, in brackets after it.
const ALTERNATIVE_BEFORE = /\d\s*%\s*\(\s*$/;
// Two levels of one metric: "ROC-AUC improves from 0.9489 to 0.9982", "F1 0.90 versus 0.86".
// (Either may carry a bound: "leaps from below 30% under naive prompts to above 95%".)
const FROM_BEFORE = /\bfrom\s+(?:an?\s+|the\s+)?(?:baseline\s+(?:of\s+)?)?(?:(?:below|under|above|over|about|around|nearly|approximately)\s+)?$/i;
// "(F1: 0.8048 to 0.9746)": a measure's name and a colon before two levels say "from" too.
const COLON_BEFORE = /[A-Za-z0-9]:\s*$/;
// "from 8.6% (vision-only) to 59.0%": an aside may stand between the two levels.
const FROM_AFTER = /^\s*(?:%|\\%)?\s*(?:\([^()]{0,40}\)\s*|(?:under|with|in|for|on)\s+(?:[\w-]+\s+){0,3})?to\s+(?:(?:below|under|above|over|about|around|nearly|approximately)\s+)?[~≈]?\s*\d/;
// "(C-index 0.32 to 0.63)": a measure's name right before two levels says "from" too.
const TO_BEFORE = /(?:\bfrom(?:\s+(?:an?\s+|the\s+)?baseline(?:\s+score)?(?:\s+of)?)?(?:\s+(?:below|under|above|over|about|around|nearly|approximately))?|[A-Za-z0-9]:|[A-Za-z]-?[A-Za-z]{2,}|\()\s*[~≈]?\s*-?\d[\d.,]*\s*(?:%|\\%)?\s+(?:\([^()]{0,40}\)\s*|(?:under|with|in|for|on)\s+(?:[\w-]+\s+){0,3})?to\s+(?:(?:below|under|above|over|about|around|nearly|approximately)\s+)?$/i;
// Only where the words before end in "to" is the whole pattern tried (most numbers have none before them).
const TO_AT_END = /\bto\s+(?:(?:below|under|above|over|about|around|nearly|approximately)\s+)?$/i;
// "FID 3.30 -> 3.03": an arrow pairs two levels.
const ARROW_AFTER = /^\s*(?:%|\\%)?\s*(?:->|→|=>)\s*\d/;
const ARROW_BEFORE = /\d\s*(?:%|\\%)?\s*(?:->|→|=>)\s*$/;
const VERSUS_AFTER = /^\s*(?:%|\\%)?\s*\)?\s*(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+(?:\w+\s+){0,2}?[~≈]?\s*\d/i;
const VERSUS_BEFORE = /(?:\bvs\.?|\bversus|\bcompared\s+(?:to|with)|\bagainst)\s+(?:only\s+|just\s+)?[~≈]?\s*$/i;

/**
 * A measure's acronym as written ("FKGL", "ICC", "cIoU"): a capital (maybe after one small letter), then a capital or a digit
 * inside; or a measure at a cut-off ("Avg@32", "Recall@10").
 */
export const ACRONYM = String.raw`(?:(?:[A-Z][A-Za-z]*|[a-z][A-Z][A-Za-z]*)[A-Z0-9][A-Za-z0-9@-]{0,8}|[A-Z][a-z]{1,8}@\d{1,4})`;
// "FKGL = 8.64", "ICC = 0.65", "a pAP10 score of 0.637", "a 3DIoU value of 85.49": a measure the lexicon does not list, named by
// an acronym or "<word> score" right before "=", ":" or "of"; statistics of a study are no results.
// (The acronym may close the bracket that defines it, "an area under the precision recall curve (PRAUC) of 0.751", or
// stand before an aside: "a gFID (w/o CFG) of 2.20".)
const NAMED_LEVEL = new RegExp(String.raw`(?:^|[\s(;,])(\d?${ACRONYM}(?=(?:\)|\s*\([^()]{1,20}\))?\s*(?:=|:|of|values?\s+of)\s*$)|(?!(?:the|a|an|our|its|their|this|average|mean|overall|final|top|best|high|higher|highest|low|lower|lowest|total|new|same|baseline|estimated|reported|winning|previous|prior|maximum|minimum|perfect|near-perfect)\s)[A-Za-z][A-Za-z0-9@-]{1,15} score)(?:\)|\s*\([^()]{1,20}\))?(?:\s+values?)?\s*(?:=|:|of)\s*$`);
/** A measure's acronym right after a number ("90.4% mF1", "a 21.67% CVR online increase"), before a separator or a change word. */
export const ACRONYM_AFTER = new RegExp(
  String.raw`^\s*(${ACRONYM})(?=\s*(?:[,;)]|\.(?!\d)|and\b|$|(?:on|for|in|at|with|while)\b)|\s+(?:(?:online|offline|absolute|relative|average)\s+)?(?:improvements?|gains?|increases?|reductions?|decreases?|drops?)\b)`,
);
// "attains a score of 52", "led to an overall score of 0.571", "achieving rates of 0.94, 0.87, and 0.89": a level reached, its measure the clause's.
const SCORE_REACHED = /\b(?:achiev|attain|obtain|reach|record|yield|earn|receiv|gets?\b|got\b|led\s+to|leads?\s+to|leading\s+to)\w*\s+(?:[\w@-]+\s+){0,3}?(?:an?\s+|the\s+)?(?:(?:overall|average|mean|final|total|aggregate|composite|top|best|highest)\s+)?(?:scores?|(?<!\b(?:compression|learning|dropout|sampling|frame|bit|error)\s)rates?)\s+of\s+$/i;
// "achieving ASR up to 75.12%", "an EPA of 54.9%": a measure's acronym after a verb of attainment and before "of" or a bound names the level, whatever
// measure the clause spoke of before ("reduce detection accuracy achieving ASR up to 64.63%").
const ACRONYM_REACHED = new RegExp(String.raw`\b(?:achiev|attain|reach|obtain|yield|record)\w*\s+(?:an?\s+|the\s+)?(${ACRONYM})\s+(?:(?:of|up\s+to|over|above|around|about|nearly|approximately|more\s+than|at\s+least|as\s+high\s+as)\s+)$`);
const RATED = /^\s*\/\s*(?:4|5|7|9|10|100)(?:\.0)?(?![\w.])/;
// "in density (56.8%), distortion (52.5%), and malignancy (52.8%) classification": per-category levels, each
// share alone in brackets after its category, listed with at least one other such item.
// A category is a word or two: "graph consistency (82.50%), novelty detection (40.28%)".
// A category may be a name with digits: "outperforming BART-Small (23.98%) and GPT-2 (20.1%)".
const CATEGORY_OPEN = /[\p{L}][\p{L}\d.-]*\s?\(\s*$/u;
const CATEGORY_NEXT = /^\s*(?:%|\\%)?\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\p{L}][\p{L}\d.-]*\s){0,2}[\p{L}][\p{L}\d.-]*\s?\(\s*\d/u;
const CATEGORY_PREVIOUS = /\d\s*(?:%|\\%)?\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\p{L}][\p{L}\d.-]*\s){0,2}[\p{L}][\p{L}\d.-]*\s?\(\s*$/u;
const NAME_THEN_LEVEL = /(?:^|[(,;:]|\band|\bon|\bachiev\w*|\bscor\w*|\breach\w*)\s+[^\s,;:()]+(?:\s[^\s,;:()]+){0,3}\s?:?\s*$/;
const LISTED_LEVEL_AFTER = /^\s*(?:%|\\%)?\s*(?:[,;)]|and\s+(?!\d)|\.(?:\s|$)|$)/;
const MODEL_LABEL = /^(?:CNNs?|ANNs?|RNNs?|LSTMs?|GRUs?|GNNs?|MLPs?|SVMs?|KNN)$/;
/** What a number of the set-up goes on with: "of 0.5m resolution", "of 200 prompts". */
const SET_UP_AFTER = /^\s*(?:resolution|prompts|samples|images|examples|questions|items|instances|pairs|sentences|documents|patients|subjects|participants)\b/i;
const NOT_A_MEASURE = /^(?:SOTA|SoTA|QF|SEM|CI|SD|SE|IQR|OR|HR|RR|IRR|AOR|HbA1c|BMI|CPU|GPU|TPU|RAM|LLM|LLMs|VLM|VL|API|ID|IDs|YES|NO|MPa|GPa|kPa)$/;

// Words that make a rate or a share one set up, not one reached ("a learning rate of 0.1%", "a 75% masking rate", "under
// 40% noise rate"); and words before a measure's head that say how high it is, not which measure it is.
const SET_UP = "learning|dropout|drop|masking|mask|sampling|sample|frame|bit|sparsity|pruning|compression|noise|poisoning|corruption|missing|missingness|mixing|injection|label|labeling|data|dataset|token|keep|update|occlusion|gate|perturbation|flip|flipping|replacement|substitution|deletion|insertion|augmentation|participation|annotation|response|exploration";
const DEGREE = "the|a|an|its|their|our|average|mean|overall|high|higher|highest|low|lower|lowest|best|worst|strong|good|perfect|near-perfect|substantial|significant";

const MEASURE_AFTER = new RegExp(`^\\s*(?:(?!(?:of|in|on|for|with|and|or|the|a|an|to|at|by|from|than|as|between|across)\\s)[a-z][\\w-]*\\s+)?${MEASURE_HEADS_ALONE}(?![\\w-])(?!\\s+(?:thresholds?|cut-?offs?|criteri(?:on|a)|constraints?)\\b)`, "i");
// "an average semantic similarity of 0.878", "inter-rater agreement of 91%": a level named by a measure's head noun (and a word before it)
// right before "of"; any measure's head right before a bracket ("coverage (92.18%)", "conversion rates (58 percent)").
const MEASURE_OF = new RegExp(
  `(?:^|[\\s(,;])((?:(?!(?:${DEGREE})\\s)[A-Za-z][\\w-]*\\s+)?${MEASURE_HEADS_ALONE})\\s*(?:of|=|:)\\s*$` +
    `|(?:^|[\\s(,;])((?:(?!(?:${DEGREE}|${SET_UP})\\s)[A-Za-z][\\w-]*\\s+)?(?<!\\b(?:${SET_UP})\\s)${MEASURE_HEADS})\\s*\\(\\s*$`,
  "i",
);

// "the best-arm selection rate of 89.2%": a share named by "<word> rate of"; not a setting ("a learning rate of 0.1%")
// nor an operating point ("at a False Match Rate of 0.01%").
const RATE_OF = new RegExp(`(?<!\\bat\\s+(?:a|an|the)\\s+[\\w-]*)(?:^|[\\s(,;])((?!(?:${SET_UP}|${DEGREE})\\s)[A-Za-z][\\w-]*\\s+rates?)\\s+of\\s+(?:about\\s+|around\\s+|approximately\\s+|nearly\\s+|over\\s+|up\\s+to\\s+)?$`, "i");

// "a 71 percent misalignment rate": a share named as the rate of an outcome (not one set up, nor a change or an error rate,
// which other rules read).
const RATE_AFTER = new RegExp(`^\\s*(?:%|\\\\%)?\\s*((?!(?:${SET_UP}|improvement|growth|reduction|error|increase|decrease|acceleration|speedup|attack|overlap|selection)\\s)[a-z][\\w-]*\\s+rates?)(?![\\w-])`, "i");
const AT_BEFORE = /\b(?:at|under|with|for)\s+(?:a|an|the)?\s*(?:(?:up\s+to|over|about|nearly|around|approximately|roughly|~)\s*)?$/i;
const LINKED_TAIL = /(?:\b(?:of|to|over|above|around|about|nearly|approximately|than|least|as)|[=:(])\s*$/i;
const BASELINE_OF = /\bbaseline(?:'s)?\s+(?:score\s+)?of\s+$/i;

// "the AUROC increases to 0.8306", "F1 scores remain above 0.83", "solve rates remaining under 9.2%": a level that a measure,
// the verb's subject, reaches or stays at; the measure is the clause's or a head noun right before the verb.
const STAYS_AT_TAIL = /\b(?:to|at|below|under|above|over|around|about|near)\s+(?:only\s+|just\s+|nearly\s+|approximately\s+)?$/i;
const SUBJECT_STAYS_AT = new RegExp(
  `(?:^|[\\s(,;])(?:((?:(?!(?:${DEGREE}|${SET_UP})\\s)[A-Za-z][\\w-]*\\s+)?(?<!\\b(?:${SET_UP})\\s)${MEASURE_HEADS})|[^\\s()]+)(?:\\s+\\([^()]{1,20}\\))?\\s+(?:which\\s+|then\\s+|further\\s+)?` +
    `(?:remain|stay|increas|improv|rise|rising|rose|climb|jump|decreas|drop|fall|fell|declin)\\w*\\s+(?:(?:high|low|stable|steady|consistently)\\s+)?` +
    `(?:to|at|below|under|above|over|around|about|near)\\s+(?:only\\s+|just\\s+|nearly\\s+|approximately\\s+)?$`,
  "i",
);

const SHARE_OF_CASES_AFTER = /^\s*(?:%|\\%)?\s*(?:and\s+\d[\d.]*\s*(?:%|\\%)\s+)?of\s+(?:the\s+|all\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:cases|instances|trials|queries|questions|prompts|tasks|samples|responses|conversations|scenarios|attempts|episodes|runs|images|examples|problems|games|items)\b/i;
const IN_SHARE_BEFORE = /\b(?:in|on|for)\s+(?:(?:about|around|approximately|nearly|over|more\s+than|less\s+than|only|just|up\s+to|at\s+least|roughly|almost)\s+)?$/i;
const DEGREE_WORD = new RegExp(`^(?:${DEGREE})$`, "i");
const NAMED_SCORE_AFTER = /^\s*(?:%|\\%)?\s*((?:(?!(?:of|in|on|for|with|and|or|the|a|an|to|at|by|from|than|as|is|was|are|were)\s)[A-Za-z][\w-]*\s+){1,2}?)scores?\b/i;
const SHARE_OF_AFTER = /^\s*of\s+(?:the\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:blocks|layers|tokens|parameters|weights|heads|neurons|channels|experts|computation|compute|FLOPs|steps|training data|labell?ed data)\b/i;

/** The number is one of "from A to B", either with a bound, an aside between (levels here, counts of a cost in cost.ts). */
export function inFromTo(m: Pick<Mention, "before" | "after">): boolean {
  return FROM_BEFORE.test(m.before) ? FROM_AFTER.test(m.after) : TO_AT_END.test(m.before.slice(-24)) && TO_BEFORE.test(m.before);
}

export const score: ClaimRule = {
  type: "score",
  read(m) {
    const { kind } = m.quantity;
    // A placing in a ranking ("ranking 3rd", "won first place") or a percentile is a level of its own measure.
    if (kind === "rank") return { metric: m.quantity.unitText };
    if (m.change || !["percent", "none", "length", "angle", "decibel"].includes(kind)) return null;
    // "skipping more than 40 percent of Transformer blocks": a share of the model or the data, not a level reached.
    if (kind === "percent" && SHARE_OF_AFTER.test(m.after)) return null;
    const retained = kind === "percent" && (RETAINED_AFTER.exec(m.after) ?? (KEPT_BEFORE.test(m.before) ? KEPT_AFTER.exec(m.after) : null));
    if (retained) return { metric: `${metricOf(m, "quality") ?? "performance"} retention` };
    // The patterns below end in "of", "=", ":" or a bound: most numbers have none of these before them, and the
    // patterns, anchored at the end, would be tried at every position of the window.
    const tail = LINKED_TAIL.test(m.before.slice(-16)) ? m.before.slice(-64) : null;
    // How a level is written: a share, or a number with decimals below 1000 (not a count, not a size).
    const level = isLevel(m.quantity);
    const reached = tail && level ? ACRONYM_REACHED.exec(tail)?.[1] : undefined;
    if (reached && !NOT_A_MEASURE.test(reached) && !canonicalDataset(reached) && !isModelName(reached)) return { metric: canonicalMetric(reached) ?? canonicalMetric(reached.replace(/s$/, "")) ?? reached.toLowerCase() };
    const metric = metricOf(m, "quality");
    // A bare number needs its metric right beside it; a percentage may take the clause's metric.
    if (metric && (m.linked || kind !== "none") && !(kind === "none" && m.quantity.value >= 1e4)) return { metric };
    // "95.2% accuracy, 90.4% mF1, and 82.6% mIoU", "0.8388 mm ASSD": a measure's acronym right after the number names it.
    // (A cost's acronym is no measure of quality: "with only 10% FLOPs".)
    const acronym = !metric && (!m.term || m.term.family === "quality") && (kind === "percent" || level || kind === "length") ? ACRONYM_AFTER.exec(m.after)?.[1] : undefined;
    if (acronym && !NOT_A_MEASURE.test(acronym) && !canonicalDataset(acronym) && !isModelName(acronym)) return { metric: canonicalMetric(acronym) ?? acronym.toLowerCase() };
    // (Decimals a measure ranges over are read as its two ends are: "DSCs in the range from 39.3 to 73.8", "ROC-AUC varied
    // more widely (0.50 to 0.82)".)
    const paired =
      inFromTo(m) ||
      (kind === "none" && m.quantity.low !== null && (RANGING_FROM.test(m.before.slice(-24)) || /\(\s*$/.test(m.before))) ||
      (!FROM_BEFORE.test(m.before) &&
        (((COLON_BEFORE.test(m.before) || /\(\s*$/.test(m.before)) && FROM_AFTER.test(m.after)) || VERSUS_AFTER.test(m.after) || VERSUS_BEFORE.test(m.before) || ARROW_AFTER.test(m.after) || ARROW_BEFORE.test(m.before)));
    // "ROC-AUC improves from 0.9489 to 0.9982": levels of the clause's metric; a bare one only with decimals (not a count).
    if (metric && paired && (kind !== "none" || m.quantity.decimals)) return { metric };
    // "refusal rate dropping from 90.8% to 53.9%", "85.5% success versus 70.3%": two levels of one measure, its name
    // found later (refiners); an arrow between two shares may set up a schedule instead ("masking (30% -> 15%)").
    if (paired && kind === "percent" && !ARROW_AFTER.test(m.after) && !ARROW_BEFORE.test(m.before)) return { metric };
    // "achieves 95.08% and 41.4% on MiniF2F and ProofNet": a level reached, metric unnamed.
    if (kind === "percent" && (ATTAINED.test(m.before) || ALTERNATIVE_BEFORE.test(m.before))) return { metric };
    // "Ovis2.5-2B scores 73.9", "DisCo achieves 98.6 Unique Face Accuracy": a decimal reached right after the verb
    // (not a count, not a product of units: those have kinds of their own).
    if (kind === "none" && level && ATTAINED_RIGHT_BEFORE.test(m.before) && !/^\s*(?:[-–]|\/|out\s+of|of\s+\d)/i.test(m.after)) return { metric };
    // (Beside another measure's name, a whole number stays out: "(MR: 391, MRR: 0.411)".)
    const named = tail && (kind === "none" || kind === "percent") ? NAMED_LEVEL.exec(tail) : null;
    // An acronym closing a bracket names the measure only where it fills the bracket ("(SNR) of 26.78", not "gFID (w/o CFG) of
    // 2.20"), and names no data ("a Cultural Probe Dataset (CPD) of 200 prompts") nor the set-up ("(DEM) of 0.5m resolution").
    const closesBracket = named !== null && /^\)/.test(tail!.slice(named.index + named[0].indexOf(named[1]!) + named[1]!.length));
    const bracketOk = !closesBracket || (tail!.charAt(named!.index + named![0].indexOf(named![1]!) - 1) === "(" && !canonicalDataset(named![1]!) && !m.datasetBefore && !SET_UP_AFTER.test(m.after));
    if (named && bracketOk && !NOT_A_MEASURE.test(named[1]!)) {
      // "(RoBERTa: 76.3% test accuracy; BERT: 79.3%)", "(CNN: 0.76-0.79)": a model's level, in the clause's measure.
      if (!/of\s*$/.test(m.before) && (MODEL_LABEL.test(named[1]!) || isModelName(named[1]!))) return /^\s*[A-Za-z]/.test(m.after) ? null : { metric };
      // "a record-low zero-shot rFID (WeTok: 0.12 vs. FLUX-VAE: 0.18)": labels right after a measure named are its systems.
      if (/:\s*$/.test(m.before) && metric && !canonicalMetric(named[1]!) && m.termHit && m.quantity.start - m.termHit.end < 40) return { metric };
      return { metric: canonicalMetric(named[1]!) ?? named[1]!.toLowerCase().replace(/ score$/, "") };
    }
    const measure = tail && !m.linked && level ? (MEASURE_OF.exec(tail) ?? (kind === "percent" ? RATE_OF.exec(tail) : null)) : null;
    // In the plural a name says what is scored or rated: "consistency scores (3.79)" are consistency, "IRF rates" an IRF rate.
    const measureName = (measure?.[1] ?? measure?.[2])?.replace(/\s+scores$/i, "").replace(/rates$/i, "rate");
    if (measureName && !/^(?:scores?|rates?|ratios?)$/i.test(measureName)) return { metric: canonicalMetric(measureName) ?? measureName.toLowerCase() };
    if ((kind === "none" || kind === "percent") && SCORE_REACHED.test(m.before)) return { metric };
    const stays = level && STAYS_AT_TAIL.test(m.before.slice(-24)) ? SUBJECT_STAYS_AT.exec(m.before.slice(-64)) : null;
    if (stays) {
      const head = stays[1]?.replace(/\s+scores$/i, "").replace(/rates$/i, "rate");
      // The measure is the clause's, named before the number, or the head noun itself ("solve rates remaining under 9.2%").
      if (metric && m.termHit && m.termHit.end <= m.quantity.start) return { metric };
      // ("the score improves to 0.647" is a level of no measure named; "the rate" alone may be any rate.)
      if (head && !/^(?:rates?|ratios?)$/i.test(head)) return { metric: /^scores?$/i.test(head) ? null : (canonicalMetric(head) ?? head.toLowerCase()) };
    }
    // A gap narrowed "to 1%" stays relative: no level of the system's; nor is a cost cut "to 15.7%" ("reducing token
    // consumption to 15.7%"): what is left of an efficiency measure is no score.
    const changedTo = kind === "percent" && (!m.term || m.term.family === "quality") ? CHANGED_TO.exec(m.before) : null;
    if (changedTo && !/\b(?:gap|difference|drop|loss|degradation|margin)\b/i.test(changedTo[0])) return { metric };
    // "MiniCheck (7B; 84.0%) and Granite Guardian 3.3 (8B; 82.2%)": a model's level beside its size.
    if (kind === "percent" && SIZED_MODEL_BEFORE.test(m.before)) return { metric };
    // "exceeding the baseline of 0.6461", "surpassing the baseline score of 2.66": a baseline's level (its role: refiners).
    if (tail && level && BASELINE_OF.test(tail)) return { metric };
    // "state-of-the-art results (94.4% on MMBench-GUI L1-Hard, 60.6% on OSWorld-G)": a level on a named benchmark.
    if (kind === "percent" && m.datasetAfter) return { metric };
    // "high satisfaction (4.64/5)", "expert ratings (median = 4.5/5 vs. 4.0/5)": a rating on its scale.
    if (kind === "none" && RATED.test(m.after)) return { metric };
    // "recovers the pathways with 88% fidelity", "86.5% agreement with experts": a share named by its measure's head noun right after it.
    if (kind === "percent" && MEASURE_AFTER.test(m.after)) return { metric };
    // "a 0.98 fairness score", "0.73 overall score on GenEval", "60.6 MTEB average score": a level named by the words before "score".
    const scoreAfter = level ? NAMED_SCORE_AFTER.exec(m.after) : null;
    if (scoreAfter) {
      // (Without the words that say how high or on what: "overall", "MTEB average".)
      const name = scoreAfter[1]!.trim().split(/\s+/).filter((w) => !DEGREE_WORD.test(w) && !canonicalDataset(w)).join(" ");
      return { metric: !name ? metric : (canonicalMetric(name) ?? name.toLowerCase()) };
    }
    // "a 71 percent misalignment rate", "an overall 76% vulnerability rate": a share named as the rate of an outcome
    // (not a rate set up: "at a 45% gate rate", "a 30% masking rate", "under 40% noise rate").
    const rate = kind === "percent" && !AT_BEFORE.test(m.before) ? RATE_AFTER.exec(m.after) : null;
    if (rate) return { metric: canonicalMetric(rate[1]!) ?? rate[1]!.toLowerCase().replace(/rates$/, "rate") };
    // "preferred over 85% of the time", "answers correctly 97.14% of the time": how often an outcome happens.
    if (kind === "percent" && OF_THE_TIME_AFTER.test(m.after)) return { metric };
    // "preferring them in over 70% of cases", "passes on only 15% of questions": how often an outcome happens over the cases tried
    // (a share of the data said without "in" describes it: "fewer than 8% of sentences express a stance").
    if (kind === "percent" && !m.quantity.words && SHARE_OF_CASES_AFTER.test(m.after) && IN_SHARE_BEFORE.test(m.before.slice(-40))) return { metric };
    // "(90.2% vs. 91.1%)": two results set side by side are scores even without their metric.
    // "(0.74 vs. 0.42 baseline)": decimals too.
    if (level && (/^\s*vs\.?\s/i.test(m.after) || /\bvs\.?\s+$/i.test(m.before))) return { metric: null };
    // "density (56.8%), distortion (52.5%)": a level per category in a list.
    if (kind === "percent" && CATEGORY_OPEN.test(m.before) && /^\s*(?:%|\\%)?\s*\)/.test(m.after) && (CATEGORY_NEXT.test(m.after) || CATEGORY_PREVIOUS.test(m.before))) return { metric };
    // "(OCRBench 873, DocVQA 94.75%)", "MMLU 85.2, GSM8K 92.1 and HumanEval 71.3": a benchmark with its score right after
    // its name, in a list (a share of the data reads so too, "ImageNet 1% and 10% labels", but goes on with its noun).
    if ((kind === "percent" || level) && m.datasetBefore && NAME_THEN_LEVEL.test(m.before.slice(-48)) && LISTED_LEVEL_AFTER.test(m.after)) return { metric: null };
    // "MMLU (63.2), BBH (54.1)": a benchmark with its score in brackets.
    // "UvA-NEMO (88.7 percent, +0.8)": the change over the best before may follow it in the brackets.
    if (/[\p{L}\d]\s?\($/u.test(m.before) && /^(?:\s*,\s*[+-]\s?\d[\d.]*\s*(?:%|\\%|pp|points?)?)?\s*\)/.test(m.after) && m.datasetBefore) return { metric: null };
    return null;
  },
};
