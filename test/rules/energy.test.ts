import { describe, it } from "vitest";
import { expectClaims } from "./helpers.ts";
import type { Expected } from "./helpers.ts";

const CASES: [string, Expected[]][] = [
  // A unit keeps its magnitude: kilowatt-hours, picojoules and gigahertz are no joules, nanojoules or hertz (corpus abstracts).
  ["Each query consumes only 0.24 Wh and each operation 136.16 pJ.", [{ type: "energy", text: "0.24 Wh", value: 0.24, unit: "Wh" }, { type: "energy", text: "136.16 pJ", value: 136.16, unit: "pJ" }]],
  [
    "We show on event-based 2D and 3D human pose estimation that our method consumes 88% less power with only a 4% decrease in performance compared to its fully ANN counterparts.",
    [
      { type: "energy", text: "88%", value: 88, unit: "%", metric: "power" },
      { type: "improvement", text: "4%", value: -4, metric: null },
    ],
  ],
  [
    "The mean power consumption of this approach in an ARM Cortex-M4f device is 45.4 mW.",
    [{ type: "energy", text: "45.4 mW", value: 45.4, unit: "mW", metric: "power" }],
  ],
  [
    "The results show that TULIP is consistently 3X more energy-efficient than the conventional design.",
    [{ type: "energy", text: "3X", value: 3, unit: "x", metric: "energy efficiency", baseline: "the conventional design" }],
  ],
  [
    "NASAIC can guarantee the results to meet the design specs with 17.77%, 2.49x, and 2.32x reductions on latency, energy, and area.",
    [
      { type: "speedup", text: "17.77%", value: 17.77, metric: "latency" },
      { type: "energy", text: "2.49x", value: 2.49, metric: "energy" },
      { type: "cost", text: "2.32x", value: 2.32, metric: "area" },
    ],
  ],
  [
    "Our SNN performs comparably to the ANN with the same architecture while consuming 5.83 times less energy on the frame-based COCO Dataset.",
    [{ type: "energy", text: "5.83 times", value: 5.83, unit: "x", metric: "energy", dataset: "COCO" }],
  ],
];

describe("energy claims", () => {
  for (const [sentence, expected] of CASES) it(sentence.slice(0, 90), () => expectClaims(sentence, expected));
});
