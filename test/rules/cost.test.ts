import { describe, it } from "vitest";
import { expectClaims } from "./helpers.ts";
import type { Expected } from "./helpers.ts";

const CASES: [string, Expected[]][] = [
  // A time its clause ties to no stage (training, search) is the time taken to process the input (unseen corpus abstracts).
  ["Experiments show that our method can reconstruct the entire human in 190 ms on a single NVIDIA RTX 4090.", [{ type: "cost", text: "190 ms", value: 190, metric: "inference time" }]],
  // Time "of" compute or training is a cost; time of data or labor is none (negative.test.ts; unseen corpus abstracts).
  [
    "It requires only 1,000 training examples and 90 minutes of training on a single RTX A6000 GPU, and runs at about 4 minutes per second of 720p video.",
    [
      { type: "cost", text: "90 minutes", value: 90, metric: "training time" },
      { type: "cost", text: "4 minutes", value: 4, bound: "about" },
    ],
  ],
  // Two counts of a cost named before them, from one to the other; a count of tokens sets up data (corpus dev split, unseen corpus abstracts).
  [
    "With the LLaDA-8B-Instruct model, dParallel reduces decoding steps from 256 to 30 on GSM8K, achieving an 8.5x speedup.",
    [
      { type: "cost", text: "256", value: 256, metric: "decoding steps", role: "baseline" },
      { type: "cost", text: "30", value: 30, metric: "decoding steps", role: "result" },
      { type: "speedup", text: "8.5x", value: 8.5 },
    ],
  ],
  ["We study scaling laws with model sizes from 0.2B to 3.8B and training tokens from 2B to 128B.", []],
  ["THG reduces the number of function evaluations (NFE) by up to 30% with virtually no loss in generation fidelity.", [{ type: "speedup", text: "30%", value: 30, metric: "decoding steps", bound: "up to" }]],
  // Throughputs keep their own units: tokens are no frames (unseen corpus abstracts); the thousands of a number taken into a name are none.
  [
    "SnapStream runs DeepSeek-671B at up to 1832 tokens per second, and the detector at 30 FPS.",
    [
      { type: "cost", text: "1832 tokens per second", value: 1832, unit: "tokens/s" },
      { type: "cost", text: "30 FPS", value: 30, unit: "FPS" },
    ],
  ],
  ["It handles \\textasciitilde50,000 queries per second at peak.", []],
  // A frequency is the data's or the hardware's unless the system runs at it (unseen corpus abstracts).
  ["The 100-clip dataset includes 60K frames of 10 Hz LiDAR point clouds and 1.26M multi-view 30 Hz camera images.", []],
  ["Using an FMCW radar within the 76 to 81 GHz band, Hydra's performance is meticulously evaluated.", []],
  ["The dataset, comprising PPG recordings from 46 subjects at a sampling rate of 14 Hz, is employed for evaluation.", []],
  ["Experimental results indicate effective high-bandwidth tracking of reference paths (greater than or equal to 120 Hz).", [{ type: "cost", text: "120 Hz", value: 120 }]],
  ["The agent processes raw pixels at 5 Hz to produce precise keyboard-mouse actions.", [{ type: "cost", text: "5 Hz", value: 5 }]],
  // "less than 6 seconds" bounds the result: the level before it is the baseline's, compared with no named system (unseen corpus abstract).
  [
    "With extensive optimizations, our system reduces the end-to-end latency of this reasoning pipeline from 10--20 minutes to less than 6 seconds.",
    [
      { type: "cost", text: "10--20 minutes", value: 20, role: "baseline", baseline: null, method: null },
      { type: "cost", text: "6 seconds", value: 6, bound: "less than", role: "result" },
    ],
  ],
  [
    "An average computing efficiency of 3.11 Multiply and Accumulate operations per clock cycle (MAC/clk) and 0.81 MAC/clk is measured for the end-to-end training tasks, requiring 17.1 ms and 6.4 ms on the target platform to compute a training step.",
    [
      { type: "cost", text: "3.11 Multiply and Accumulate operations per clock cycle", value: 3.11, unit: "MAC/clk", metric: "mac/clk" },
      { type: "cost", text: "0.81 MAC/clk", value: 0.81, unit: "MAC/clk" },
      { type: "cost", text: "17.1 ms", value: 17.1, unit: "ms" },
      { type: "cost", text: "6.4 ms", value: 6.4, unit: "ms" },
    ],
  ],
  [
    "We also achieve ImageNet accuracy of 80.1% with only 491 MFLOPs.",
    [
      { type: "score", text: "80.1%", value: 80.1, dataset: "ImageNet" },
      { type: "cost", text: "491 MFLOPs", value: 491e6, unit: "FLOPs", metric: "flops" },
    ],
  ],
  [
    "Gold-YOLO-N attains an outstanding 39.9% AP on the COCO val2017 datasets and 1030 FPS on a T4 GPU.",
    [
      { type: "score", text: "39.9%", value: 39.9, metric: "ap", dataset: "COCO" },
      { type: "cost", text: "1030 FPS", value: 1030, unit: "FPS", metric: "throughput" },
    ],
  ],
  [
    "Our model is able to search 8.8M documents in under 60ms.",
    [{ type: "cost", text: "60ms", value: 60, unit: "ms", bound: "less than" }],
  ],
  [
    "The search time was reduced to 0.52 GPU day.",
    [{ type: "cost", text: "0.52 GPU day", value: 0.52, unit: "GPU days", metric: "search time" }],
  ],
  // A time is in the time of what its clause says it takes.
  [
    "Our algorithm can finish in around 36 minutes while all the existing GCN training algorithms fail to train due to the out-of-memory issue.",
    [{ type: "cost", text: "36 minutes", value: 36, unit: "min", bound: "about", metric: "training time" }],
  ],
];

describe("cost claims", () => {
  for (const [sentence, expected] of CASES) it(sentence.slice(0, 90), () => expectClaims(sentence, expected));
});
