import { describe, it } from "vitest";
import { expectClaims } from "./helpers.ts";
import type { Expected } from "./helpers.ts";

const CASES: [string, Expected[]][] = [
  // A small share of the frames processed is work saved; the length of the inputs a result is reported for is its setting
  // (unseen corpus abstract, read in the end-of-session review).
  [
    "FOCUS delivers substantial accuracy improvements while processing less than 2% of video frames. For videos longer than 20 minutes, it achieves an 11.9% gain in accuracy on LongVideoBench.",
    [
      { type: "speedup", text: "2%", value: 2, metric: "frames", bound: "less than" },
      { type: "improvement", text: "11.9%", value: 11.9, metric: "accuracy", dataset: "LongVideoBench" },
    ],
  ],
  // A dataset named after the comparator a change is over is where it was measured (unseen corpus abstract).
  [
    "Experiments on Mip-NeRF 360 and Deep Blending datasets show a 3.32$\\times$ training acceleration compared with DashGaussian on the Mip-NeRF 360 dataset and a 15.45$\\times$ acceleration compared with vanilla 3DGS on the Deep Blending dataset.",
    [
      { type: "speedup", text: "3.32$\\times$", value: 3.32, dataset: "Mip-NeRF 360", baseline: "DashGaussian" },
      { type: "speedup", text: "15.45$\\times$", value: 15.45, dataset: "Deep Blending", baseline: "vanilla 3DGS" },
    ],
  ],
  // Less data or shorter outputs are work saved (unseen corpus abstracts).
  ["This represents a 500x reduction in training data compared to full-attention diffusion LLMs.", [{ type: "speedup", text: "500x", value: 500, metric: "sample efficiency" }]],
  ["The domain-specific model achieves 5.4% higher F1 score while using 80% fewer labeled samples, with a 31% reduction in token length.", [{ type: "improvement", text: "5.4%", value: 5.4, metric: "f1" }, { type: "speedup", text: "80%", value: 80, metric: "sample efficiency" }, { type: "speedup", text: "31%", value: 31, metric: "tokens" }]],
  // Shorter reasoning, fewer agent steps, less overhead and a cheaper pass are work saved, also in brackets after the
  // change (new dev abstracts).
  ["Our approach enables approximately 3x reduction in chain-of-thought length while keeping accuracy.", [{ type: "speedup", text: "3x", value: 3, metric: "tokens" }]],
  ["It matches performance while cutting reasoning chains by up to 4 times.", [{ type: "speedup", text: "4 times", value: 4, metric: "tokens" }]],
  ["RCR-Router reduces token usage (up to 30%) while improving answer quality.", [{ type: "speedup", text: "30%", value: 30, metric: "tokens" }]],
  ["It keeps segmentation quality while reducing computational overhead by 44-56%.", [{ type: "speedup", text: "44-56%", value: 56, metric: "flops" }]],
  ["The agent solves more tasks while reducing agent execution steps by up to 35% compared to current frameworks.", [{ type: "speedup", text: "35%", value: 35, metric: "speed" }]],
  ["This results in a 28.4% improvement in cost-of-pass.", [{ type: "speedup", text: "28.4%", value: 28.4, metric: "cost" }]],
  ["Our model attains 15 times improvement in efficiency while maintaining accuracy.", [{ type: "speedup", text: "15 times", value: 15, metric: "speed" }]],
  // A small share of the cost a result needs is a saving of it (new dev abstract 2510.16333).
  ["It outperforms larger counterparts, despite requiring less than 1% of the computational cost of standard training.", [{ type: "speedup", text: "1%", value: 1, metric: "flops", bound: "less than" }]],
  ["Our approach improves accuracy while using only 12% of the training time.", [{ type: "speedup", text: "12%", value: 12, metric: "training time" }]],
  // Computational requirements are compute (unseen corpus abstract).
  ["It handles scenarios with large dynamic objects, while reducing computational requirements by 5x compared to previous dynamic scene representations.", [{ type: "speedup", text: "5x", value: 5, metric: "flops" }]],
  // Tokens pruned are work saved, not a smaller model (corpus dev split).
  ["This approach prunes 92.6% of visual tokens while on average fully retaining accuracy.", [{ type: "speedup", text: "92.6%", value: 92.6, metric: "tokens" }]],
  [
    "When evaluated on a single training step of a 2D Convolution layer, the SIMD-optimized FP16 primitives result up to 1.72times faster than the FP32 baseline on a RISC-V-based 8+1-core MCU.",
    [{ type: "speedup", text: "1.72times", value: 1.72, unit: "x", metric: "speed", bound: "up to", baseline: "the FP32 baseline" }],
  ],
  [
    "Overall, our approach results more than two orders of magnitude faster than existing ODL software frameworks for single-core MCUs.",
    [{ type: "speedup", text: "two orders of magnitude", value: 100, unit: "x", bound: "more than", baseline: "existing ODL software frameworks" }],
  ],
  [
    "On NASBench-101, it is 22x, 8x, and 6x more sample efficient than random search, regularized evolution, and Monte Carlo Tree Search (MCTS) in finding the global optimum.",
    [
      { type: "speedup", text: "22x", value: 22, metric: "sample efficiency", dataset: "NAS-Bench-101" },
      { type: "speedup", text: "8x", value: 8, metric: "sample efficiency" },
      { type: "speedup", text: "6x", value: 6, metric: "sample efficiency" },
    ],
  ],
  [
    "Augmenting the Qwen2.5-3B-Instruct with AHNs reduces inference FLOPs by 40.5% and memory cache by 74.0%.",
    [
      { type: "speedup", text: "40.5%", value: 40.5, unit: "%", metric: "flops" },
      { type: "memory", text: "74.0%", value: 74, unit: "%", metric: "memory" },
    ],
  ],
  [
    "Empirically, our PC-based (de)compression algorithm runs 5-40 times faster than neural compression algorithms that achieve similar bitrates.",
    [{ type: "speedup", text: "5-40 times", value: 40, valueLow: 5, unit: "x", metric: "speed" }],
  ],
  [
    "The model can be distilled from a hashtable-based Instant-NGP model at a 10X~20X faster speed than being trained the original NeRF.",
    [{ type: "speedup", text: "10X~20X", value: 20, valueLow: 10, unit: "x" }],
  ],
  [
    "Fourier neural operators are used on 2D and 3D fluid dynamics simulations, which leads to an additional 10sim100times speed-up.",
    [{ type: "speedup", text: "10sim100times", value: 100, valueLow: 10, unit: "x", metric: "speed" }],
  ],
  [
    "We demonstrate how our approach can halve the prediction time.",
    [{ type: "speedup", text: "halve", value: 50, unit: "%", metric: "inference time" }],
  ],
  [
    "Single-Path NAS search cost is only 8 epochs (30 TPU-hours), which is up to 5,000x faster compared to prior work.",
    [
      { type: "cost", text: "8 epochs", value: 8, unit: "epochs" },
      { type: "cost", text: "30 TPU-hours", value: 30, unit: "TPU hours" },
      { type: "speedup", text: "5,000x", value: 5000, unit: "x", bound: "up to", baseline: "prior work", metric: "search time" },
    ],
  ],
  // A general speed-up is in the time of what its clause says it speeds up.
  [
    "SRigL achieves state-of-the-art sparse-to-sparse generalization performance while providing up to 5.61x faster training.",
    [{ type: "speedup", text: "5.61x", value: 5.61, unit: "x", bound: "up to", metric: "training time" }],
  ],
  [
    "GHNs are fast -- they can search nearly 10 times faster than other random search methods.",
    [{ type: "speedup", text: "10 times", value: 10, unit: "x", bound: "about", metric: "search time" }],
  ],
  [
    "We release a model that achieves a 1.71X speedup in inference latency over the dense baseline.",
    [{ type: "speedup", text: "1.71X", value: 1.71, unit: "x", metric: "latency" }],
  ],
  // Costs, tokens and searches saved are speed-ups (cue lexicon), not quality changes (corpus dev split).
  [
    "EGuR achieves higher accuracy while reducing computational costs by up to 111x.",
    [{ type: "speedup", text: "111x", value: 111, metric: "cost", bound: "up to" }],
  ],
  [
    "It achieves an F1 score of 0.90 while using over 70 percent fewer tokens.",
    [
      { type: "score", text: "0.90", value: 0.9, metric: "f1" },
      { type: "speedup", text: "70 percent", value: 70, metric: "tokens", bound: "more than" },
    ],
  ],
  // Time saved is a speed-up (spec); a ratio to one is a factor.
  ["The method saves 20-55h of computation.", [{ type: "speedup", text: "20-55h", value: 55, valueLow: 20, unit: "h" }]],
  // A small share of the data or tokens a result needs is a saving of them (guide: data efficiency is a speed-up);
  // a share said of the data alone is not (corpus dev split).
  [
    "Our model maintains competitive performance even when trained with only 50% of the labeled data from the target game.",
    [{ type: "speedup", text: "50%", value: 50, metric: "sample efficiency" }],
  ],
  [
    "We use 40K automatically labeled samples, amounting to just 10% of the data used by the best-performing system.",
    [{ type: "speedup", text: "10%", value: 10, metric: "sample efficiency" }],
  ],
  [
    "It matches the full dense baseline using a fraction (50%-70%) of the input sequence, resulting in KV-cache savings.",
    [{ type: "speedup", text: "50%-70%", value: 70, valueLow: 50, metric: "tokens" }],
  ],
  // "by an average of" still says by how much (corpus dev split).
  [
    "Experiments on four reasoning benchmarks (i.e., AIME24, AMC23, MATH500, and GPQA-D) demonstrate CGRS's effectiveness: it reduces token usage by an average of 18.5% to 41.9% while preserving accuracy.",
    [{ type: "speedup", text: "18.5% to 41.9%", value: 41.9, valueLow: 18.5, metric: "tokens" }],
  ],
  ["Only 20% of the samples were mislabeled.", []],
  [
    "Applying the full STEP framework further improves efficiency, reaching up to a 4x reduction in computational complexity and a 1.7x gain in inference speed.",
    [
      { type: "speedup", text: "4x", value: 4, metric: "flops", bound: "up to" },
      { type: "speedup", text: "1.7x", value: 1.7 },
    ],
  ],
  [
    "CASAL is 30x more compute-efficient and 20x more data-efficient than strong LoRA-based baselines.",
    [
      { type: "speedup", text: "30x", value: 30, metric: "flops" },
      { type: "speedup", text: "20x", value: 20, metric: "sample efficiency" },
    ],
  ],
  // A benchmark named after a clause about quality is where the quality was measured, not the saving.
  [
    "Qwen2.5-3B-Instruct with AHNs reduces inference FLOPs by 40.5% and memory cache by 74.0%, while improving its average score on LV-Eval.",
    [
      { type: "speedup", text: "40.5%", value: 40.5, dataset: null },
      { type: "memory", text: "74.0%", value: 74, dataset: null },
    ],
  ],
  [
    "It is more than 20 times as sample efficient as Regularized Evolution on NASBench-101.",
    [{ type: "speedup", text: "20 times", value: 20, dataset: "NAS-Bench-101" }],
  ],
  // Frame rates and solving times are what a speed-up speeds; a share of the vision tokens is a saving of tokens (unseen corpus abstracts).
  [
    "This new architecture significantly boosts the decoding process's frame rate by 3.1x, and reduces solving times by up to 10x.",
    [
      { type: "speedup", text: "3.1x", value: 3.1, metric: "throughput" },
      { type: "speedup", text: "10x", value: 10, metric: "runtime", bound: "up to" },
    ],
  ],
  [
    "ERGO surpasses Qwen2.5-VL-7B on the V* benchmark by 4.7 points while using only 23% of the vision tokens.",
    [
      { type: "improvement", text: "4.7 points", value: 4.7 },
      { type: "speedup", text: "23%", value: 23, metric: "tokens" },
    ],
  ],
];

describe("speedup claims", () => {
  for (const [sentence, expected] of CASES) it(sentence.slice(0, 90), () => expectClaims(sentence, expected));
});
