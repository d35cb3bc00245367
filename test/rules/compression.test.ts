import { describe, it } from "vitest";
import { expectClaims } from "./helpers.ts";
import type { Expected } from "./helpers.ts";

const CASES: [string, Expected[]][] = [
  // A measure said not to change ("with no performance drop", "without compression") is not the number's (corpus dev split, unseen corpus abstracts).
  ["Notably, SSLC compresses Qwen2.5 by 50% with no performance drop and achieves a 1.63x speedup.", [{ type: "compression", text: "50%", value: 50 }, { type: "speedup", text: "1.63x", value: 1.63 }]],
  ["Free-MoRef achieves full perception of 2$\\times$ to 8$\\times$ longer input frames without compression on a single A100 GPU.", []],
  // A bit width said as such is reached, and it is also the setting of the result beside it (unseen corpus abstract).
  [
    "On ImageNet, ADQ enables a ResNet-18 to achieve 71.512% Top-1 accuracy with an average bit-width of only 2.81 bits, outperforming state-of-the-art methods.",
    [
      { type: "score", text: "71.512%", value: 71.512, metric: "top-1 accuracy", dataset: "ImageNet", setting: ["bits:2.81", "top-1"] },
      { type: "compression", text: "2.81 bits", value: 2.81, metric: "bit width" },
    ],
  ],
  [
    "Our experiments show that we can achieve compression rates of more than 10x for models such as ResNet-34 while maintaining similar performance.",
    [{ type: "compression", text: "10x", value: 10, unit: "x", metric: "compression ratio", bound: "more than" }],
  ],
  [
    "Combined with initialization methods, we achieve a pruning rate of up to 99%, while still matching or exceeding the performance of the dense network.",
    [{ type: "compression", text: "99%", value: 99, metric: "sparsity", bound: "up to" }],
  ],
  [
    "EfficientNet-B7 achieves state-of-the-art 84.3% top-1 accuracy on ImageNet, while being 8.4x smaller and 6.1x faster on inference than the best existing ConvNet.",
    [
      { type: "score", text: "84.3%", value: 84.3, metric: "top-1 accuracy", dataset: "ImageNet" },
      { type: "compression", text: "8.4x", value: 8.4, metric: "model size" },
      { type: "speedup", text: "6.1x", value: 6.1, metric: "inference time", baseline: "the best existing ConvNet" },
    ],
  ],
  [
    "It improves mAP despite 18% fewer FLOPs and 34% fewer parameters than EfficientNet-based equivalents.",
    [
      { type: "speedup", text: "18%", value: 18, metric: "flops" },
      { type: "compression", text: "34%", value: 34, metric: "parameters", baseline: "EfficientNet-based equivalents" },
    ],
  ],
  [
    "Our mechanism provides up to 5x reduction in the number of trainable parameters.",
    [{ type: "compression", text: "5x", value: 5, bound: "up to", metric: "parameters" }],
  ],
  [
    "We show that weights can be quantized to 2-bit without retraining.",
    [{ type: "compression", text: "2-bit", value: 2, unit: "bits", metric: "bit width" }],
  ],
  ["A compression ratio of 4:1 is obtained with 2-bits weights.", [
    { type: "compression", text: "4:1", value: 4, unit: "x", metric: "compression ratio" },
    { type: "compression", text: "2-bits", value: 2, unit: "bits", metric: "bit width" },
  ]],
];

describe("compression claims", () => {
  for (const [sentence, expected] of CASES) it(sentence.slice(0, 90), () => expectClaims(sentence, expected));
});
