import { describe, it } from "vitest";
import { expectClaims } from "./helpers.ts";
import type { Expected } from "./helpers.ts";

const CASES: [string, Expected[]][] = [
  // The memory a set-up allows is no result; a quantity with a unit starts no dataset's name (unseen corpus abstract).
  [
    "SubSpec delivers 9.1x speedup on MT-Bench (8GB VRAM limit) and an average of 12.5x speedup on popular generation benchmarks (24GB VRAM limit).",
    [
      { type: "speedup", text: "9.1x", value: 9.1, dataset: "MT-Bench" },
      { type: "speedup", text: "12.5x", value: 12.5 },
    ],
  ],
  [
    "Our method can reduce the memory cost of a 1,000-layer deep residual network from 48G to 7G with only 30 percent additional running time cost on ImageNet problems.",
    [
      { type: "memory", text: "48G", value: 48, unit: "GB", role: "baseline" },
      { type: "memory", text: "7G", value: 7, unit: "GB", role: "result" },
      { type: "speedup", text: "30 percent", value: 30, unit: "%" },
    ],
  ],
  [
    "Notably, our method can reduce GPU memory usage by more than 45\\% on the ImageNet dataset compared to end-to-end training.",
    [{ type: "memory", text: "45\\%", value: 45, unit: "%", bound: "more than", dataset: "ImageNet", baseline: "end-to-end training" }],
  ],
  [
    "For binary weight networks, the filters are approximated with binary values resulting in 32x memory saving.",
    [{ type: "memory", text: "32x", value: 32, unit: "x", metric: "memory" }],
  ],
  [
    "We significantly reduce the memory footprint of training a Llama-3 8B model from 31GB to less than 16GB, while keeping the training dynamics fully unchanged.",
    [
      { type: "memory", text: "31GB", value: 31, role: "baseline" },
      { type: "memory", text: "16GB", value: 16, bound: "less than", role: "result" },
    ],
  ],
  // The memory of the hardware is no result of the paper's, the memory its model needs is.
  [
    "Our method substantially reduces GPU memory requirements-by up to 75%-enabling the deployment of 70B-parameter models on 40GB consumer-grade GPUs.",
    [{ type: "memory", text: "75%", value: 75, bound: "up to" }],
  ],
  [
    "All experiments run on 8 A100 GPUs with 80GB VRAM each; the model fits in 24 GB of GPU memory.",
    [{ type: "memory", text: "24 GB", value: 24, unit: "GB" }],
  ],
  [
    "In inference, our method can reduce memory usage by more than half while maintaining near-lossless performance.",
    [{ type: "memory", text: "half", value: 50, unit: "%", bound: "more than" }],
  ],
  [
    "Mesa can achieve flexible memory-savings (up to 50%) during training while achieving comparable or even better performance.",
    [{ type: "memory", text: "50%", value: 50, bound: "up to" }],
  ],
  // A saving is on a dataset only where its sentence names one; a score takes the paper's only dataset …
  [
    "We train on ImageNet. Our model reaches 76.1% top-1 accuracy while reducing GPU memory usage by around 40%.",
    [
      { type: "score", text: "76.1%", value: 76.1, dataset: "ImageNet" },
      { type: "memory", text: "40%", value: 40, dataset: null },
    ],
  ],
  // … unless the model was only pretrained on it (corpus dev split) …
  [
    "We fine-tune SegFormer with an encoder pretrained on ImageNet. Average Dice coefficients reach approximately 0.96 while reducing memory by 40%.",
    [
      { type: "score", text: "0.96", value: 0.96, dataset: null },
      { type: "memory", text: "40%", value: 40, dataset: null },
    ],
  ],
  // … named before the number: a dataset the paper builds afterwards is not what the number was measured on (unseen corpus abstract).
  [
    "ARMs achieves SOTA attack success rates, surpassing 90% on Claude-4-Sonnet. Leveraging ARMs, we construct ARMs-Bench, a large-scale multimodal safety dataset.",
    [{ type: "score", text: "90%", value: 90, dataset: null }],
  ],
];

describe("memory claims", () => {
  for (const [sentence, expected] of CASES) it(sentence.slice(0, 90), () => expectClaims(sentence, expected));
});
