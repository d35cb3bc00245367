import { describe, expect, it } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";

// Real sentences (seeds, corpus dev split, unseen corpus abstracts) → the signed value of each improvement:
// negative where the result is worse than its comparator (CLAIMS-SPEC "Signs and relative values").
const CASES: [string, number[]][] = [
  // A fall in something where higher is better, said after the number or before it.
  ["We also present results using random search, achieving 0.3% less top-1 accuracy on CIFAR-10 and 0.1% less on ImageNet whilst reducing the search time.", [-0.3, -0.1]],
  ["Our method consumes 88% less power with only a 4% decrease in performance compared to its full-precision counterpart.", [-4]],
  ["Experiments show the quantized 19B-parameter model only experiences a 2.05% performance drop on MMBench.", [-2.05]],
  ["For instance, average model accuracy on BoolQ drops by over 30% from the highest to lowest similarity bins.", [-30]],
  ["It runs on consumer grade GPUs, with the minimum drop of 2.6% in GenEval score and 7% in HPSv2 score compared to the original model.", [-2.6, -7]],
  ["We show that the introduction of constraints not only consistently halves performance, but also challenges robustness.", [-50]],
  ["Commercial DeepResearch services lag behind humans by >15%.", [-15]],
  // A fall in something where lower is better is better; a rise in it is worse.
  ["It reduces the word error rate by 15% relative to the baseline.", [15]],
  ["Our methods reduce generation quality loss by 2.3x and 4.3x respectively, versus the strongest baseline.", [2.3, 4.3]],
  ["It achieves over 75% reduction in cache accesses with a mere 15.29% increase in perplexity on the PG-19 dataset.", [75, -15.29]],
  // A written sign: down is better where lower is, up is worse; "improvement" is better whatever the measure.
  ["The model significantly outperforms random selection by +7.6% (macro-F1) and -10.5% (RMSE).", [7.6, 10.5]],
  ["Keeping Whisper frozen, we show an 82% reduction in error rate compared to Whisper, and 35% improvement over baseline methods.", [82, 35]],
  ["Subtracting the vector causes significant performance degradation (-11.8% on GSM8K).", [-11.8]],
  ["Our analysis shows that hedged responses receive 25.6% lower ratings on average.", [-25.6]],
  ["UDA significantly reduces the inter-judge rating standard deviation by up to 63.4%.", [63.4]],
  // What costs less is no change of quality: no sign from "accuracy" said elsewhere.
  ["DeepPrune achieves remarkable token reduction by over 80% compared to conventional consensus sampling, with accuracy preserved.", [80]],
  ["Our adaptive mitigation strategies reduce hallucination scores by an average of 24.5%.", [24.5]],
];

describe("signs of improvements", () => {
  for (const [sentence, values] of CASES) {
    it(sentence.slice(0, 90), () => {
      const changes = extractFromAbstract(sentence).claims.filter((c) => c.type === "improvement");
      expect(changes.map((c) => c.value)).toEqual(values);
    });
  }
});
