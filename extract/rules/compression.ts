// Smaller models: "49x smaller", "prunes 90% of the weights", "80% sparsity", "a compression ratio
// of 33%", "with 4-bit weights", "using less than 25 million parameters".
import type { ClaimRule } from "./rule.ts";
import { metricOf } from "./rule.ts";
import { OF_THE_TIME_AFTER, SIZED_MODEL_BEFORE, TOKENS_OF_AFTER } from "./context.ts";

/** Bit widths are results only when they say what was quantised ("4-bit weights", "6-bit gradients")… */
const QUANTISED = /^\s*(?:[\w-]+\s+){0,2}?(?:weights?|activations?|gradients?|quantiz\w*|quantis\w*|precision|integers?)\b/i;
/** …or what they were brought down to ("quantized to 2-bit", "the precision of weights to four bits", "an average bit-width of only 2.81 bits"). */
const QUANTISED_TO = /(?:quantiz|quantis|precision|weights?|gradients?|binar)[^.;]{0,60}\b(?:to|only|using)\s+$|\bbit[- ]?widths?\s+(?:of\s+)?(?:only\s+|just\s+|about\s+|around\s+)?$/i;

const TRAINED_BEFORE = /\b(?:tun|fine-tun|updat|train)(?:e|es|ed|ing)\s+(?:only\s+|just\s+|approximately\s+|about\s+|around\s+|less\s+than\s+|fewer\s+than\s+)?$/i;
const TRAINED_AFTER = /^\s*(?:of\s+)?(?:the\s+|its\s+|all\s+|model\s+)?(?:trainable\s+parameters|parameters\s+(?:are\s+|being\s+)?(?:tuned|updated|trained|fine-tuned))\b/i;

const MODELS_DESCRIBED = /\b(?:models?|LLMs?|VLMs?|networks?|backbones?|encoders?|variants?)\s*(?:\(\s*(?:each\s+)?(?:with\s+)?|\s(?:with|of|having)\s+)(?:less|fewer)\s+than\s*$/i;
const CLASS_OF_MODELS = /^[- ]?(?:scale|class|sized?|level|range)\b/i;

export const compression: ClaimRule = {
  type: "compression",
  read(m) {
    const { kind, value } = m.quantity;
    if (kind === "bits") return value <= 16 && (QUANTISED.test(m.after) || QUANTISED_TO.test(m.before)) ? { metric: "bit width" } : null;
    const metric = metricOf(m, "compression");
    // "(8B; 82.2%)" is a model's level, not a share of parameters named later in the sentence; tokens pruned are
    // a speed-up (speedup.ts), not a smaller model; "7B models fail 20% of the time" is how often.
    if (!metric || SIZED_MODEL_BEFORE.test(m.before) || TOKENS_OF_AFTER.test(m.after) || OF_THE_TIME_AFTER.test(m.after)) return null;
    // "updating approximately 2% of the parameters", "only 14% of the parameters tuned": what fine-tuning trains,
    // not a smaller model.
    if (kind === "percent" && (TRAINED_BEFORE.test(m.before) || TRAINED_AFTER.test(m.after))) return null;
    if (kind === "factor" || kind === "percent") return { metric };
    // An absolute parameter count is a result only when bounded from above ("less than 25 million"), and
    // not when it names a class of models ("smaller than 7B-scale AR models").
    // Nor when it describes the models used ("a suite of small vision models (less than 3B parameters)", "lightweight models with
    // fewer than 500M parameters").
    if (kind === "none" && value >= 1000 && m.bound === "less than" && !CLASS_OF_MODELS.test(m.after) && !MODELS_DESCRIBED.test(m.before)) return { metric };
    return null;
  },
};
