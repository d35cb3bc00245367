import { describe, expect, it } from "vitest";
import { findQuantities, scanText } from "../../extract/rules/numbers.ts";

const read = (text: string) =>
  findQuantities(text).map((q) => ({ text: text.slice(q.start, q.end), value: q.value, low: q.low, unit: q.unit }));

// The number grammar: how quantities are written in abstracts, copy artefacts included.
const CASES: [string, { text: string; value: number; low?: number | null; unit: string }[]][] = [
  ["up to 1.72times faster", [{ text: "1.72times", value: 1.72, unit: "x" }]],
  ["5,000x faster", [{ text: "5,000x", value: 5000, unit: "x" }]],
  ["over 10 000 times faster", [{ text: "10 000 times", value: 10000, unit: "x" }]],
  ["a 2-3x speedup", [{ text: "2-3x", value: 3, low: 2, unit: "x" }]],
  ["2 to 3 times", [{ text: "2 to 3 times", value: 3, low: 2, unit: "x" }]],
  ["by 20%-40%", [{ text: "20%-40%", value: 40, low: 20, unit: "%" }]],
  ["a 10X~20X faster speed", [{ text: "10X~20X", value: 20, low: 10, unit: "x" }]],
  ["from 2-fold to 10-fold", [{ text: "2-fold to 10-fold", value: 10, low: 2, unit: "x" }]],
  ["an additional 10sim100times speed-up", [{ text: "10sim100times", value: 100, low: 10, unit: "x" }]],
  ["1-2 orders of magnitude", [{ text: "1-2 orders of magnitude", value: 100, low: 10, unit: "x" }]],
  ["an order of magnitude fewer", [{ text: "an order of magnitude", value: 10, unit: "x" }]],
  ["three orders of magnitude", [{ text: "three orders of magnitude", value: 1000, unit: "x" }]],
  ["twice as fast", [{ text: "twice", value: 2, unit: "x" }]],
  ["a tenfold reduction", [{ text: "tenfold", value: 10, unit: "x" }]],
  ["ten times faster", [{ text: "ten times", value: 10, unit: "x" }]],
  ["halve the time", [{ text: "halve", value: 50, unit: "%" }]],
  ["by a factor of two", [{ text: "factor of two", value: 2, unit: "x" }]],
  ["is 30\\% faster", [{ text: "30\\%", value: 30, unit: "%" }]],
  ["reaches $9.1\\%$ error", [{ text: "9.1\\%", value: 9.1, unit: "%" }]],
  ["50$\\%$ fewer", [{ text: "50$\\%$", value: 50, unit: "%" }]],
  // A spread however typed is no quantity of its own, and the mean takes its unit (unseen corpus abstracts).
  ["reached 97.78 +/- 0.82% and 93.78% +- 2.34%", [{ text: "97.78", value: 97.78, unit: "%" }, { text: "93.78%", value: 93.78, unit: "%" }]],
  ["were 0.9884 plus-minus 0.0151 and 6.2% &#177; 2.8%", [{ text: "0.9884", value: 0.9884, unit: "" }, { text: "6.2%", value: 6.2, unit: "%" }]],
  // Two signed changes joined by "to" are a range.
  ["gains of +0.11 to +0.49", [{ text: "+0.11 to +0.49", value: 0.49, low: 0.11, unit: "" }]],
  ["boosting the $\\text{R}^2$ from 0.68 to 0.80", [{ text: "0.68", value: 0.68, unit: "" }, { text: "0.80", value: 0.8, unit: "" }]],
  // LaTeX's en dash joins a range after a number and is a minus elsewhere; whole numbers either side of a dash make no range (unseen corpus abstracts).
  ["achieves this 62.9$\\times$--287.2$\\times$ speedup", [{ text: "62.9$\\times$--287.2$\\times$", value: 287.2, low: 62.9, unit: "x" }]],
  ["quality degrades (PSNR --0.97\\%, SSIM --0.6\\%)", [{ text: "-0.97\\%", value: -0.97, unit: "%" }, { text: "-0.6\\%", value: -0.6, unit: "%" }]],
  ["by 15$\\times\\sim$50$\\times$", [{ text: "15$\\times\\sim$50$\\times$", value: 50, low: 15, unit: "x" }]],
  ["&gt; 75% of", [{ text: "75%", value: 75, unit: "%" }]],
  ["a \u22120.4% drop", [{ text: "\u22120.4%", value: -0.4, unit: "%" }]],
  ["+2.1 BLEU", [{ text: "+2.1", value: 2.1, unit: "" }]],
  ["2.4 percentage points", [{ text: "2.4 percentage points", value: 2.4, unit: "pp" }]],
  // "%p", the percentage point as Korean and other papers write it (unseen corpus abstracts).
  ["gains of 3.1%p and 1.9%p", [{ text: "3.1%p", value: 3.1, unit: "pp" }, { text: "1.9%p", value: 1.9, unit: "pp" }]],
  ["55 to 92 percent", [{ text: "55 to 92 percent", value: 92, low: 55, unit: "%" }]],
  ["only 444M FLOPs", [{ text: "444M FLOPs", value: 444e6, unit: "FLOPs" }]],
  ["at 1.2 GFLOPs", [{ text: "1.2 GFLOPs", value: 1.2e9, unit: "FLOPs" }]],
  ["17.1 ms per step", [{ text: "17.1 ms", value: 17.1, unit: "ms" }]],
  ["in 4 GPU-hours", [{ text: "4 GPU-hours", value: 4, unit: "GPU hours" }]],
  ["within five epochs", [{ text: "five epochs", value: 5, unit: "epochs" }]],
  ["45.4 mW", [{ text: "45.4 mW", value: 45.4, unit: "mW" }]],
  ["compressed down to 2Go", [{ text: "2Go", value: 2, unit: "GB" }]],
  ["with 4-bit weights", [{ text: "4-bit", value: 4, unit: "bits" }]],
  ["1e-3 learning rate", [{ text: "1e-3", value: 0.001, unit: "" }]],
  // "from A to B" is a baseline and a result, not a range.
  ["from 70.1% to 75.3%", [{ text: "70.1%", value: 70.1, unit: "%" }, { text: "75.3%", value: 75.3, unit: "%" }]],
  ["accuracy losses ranging from 2% to 10%", [{ text: "2% to 10%", value: 10, low: 2, unit: "%" }]],
  ["from 48G to 7G", [{ text: "48G", value: 48, unit: "GB" }, { text: "7G", value: 7, unit: "GB" }]],
  // Shapes and products are not factors.
  ["a 3 x 3 convolution", [{ text: "3", value: 3, unit: "" }, { text: "3", value: 3, unit: "" }]],
  // Also written in LaTeX, whose markup the scan reads as spaces (2508.09000: "smaller kernels, such as $7\times{7}$").
  ["kernels such as $7\\times{7}$", [{ text: "7", value: 7, unit: "" }, { text: "7", value: 7, unit: "" }]],
  // A "×" written before the number makes a factor (unseen corpus abstracts, 2509.09090); not after a number or a
  // name with digits (a product, a resolution), nor a task's scale ("×4 upscaling").
  ["achieving a $\\times$1.93 speedup", [{ text: "$\\times$1.93", value: 1.93, unit: "x" }]],
  ["up to a ×2 speed-up", [{ text: "×2", value: 2, unit: "x" }]],
  ["scaling to $4K \\times 4K$ and $256\\times 256$", [{ text: "4K", value: 4000, unit: "" }, { text: "4K", value: 4000, unit: "" }, { text: "256", value: 256, unit: "" }, { text: "256", value: 256, unit: "" }]],
  ["PSNR on Manga109 at $\\times$4 upscaling", [{ text: "4", value: 4, unit: "" }]],
  // Numbers inside names are not quantities at all.
  ["ResNet-50 and ResNet50 on CIFAR-10 with GPT-4, WMT'14, Hits@1 and YOLOv6-3.0-N", []],
  // A range of decimals needs no unit; a year joined to another by a dash is no range (the second is glued to it).
  ["0.96-0.99 F1 for metadata extraction", [{ text: "0.96-0.99", value: 0.99, low: 0.96, unit: "" }]],
  ["from 2019-2020 data", [{ text: "2019", value: 2019, unit: "" }]],
  // A dash between words and a number is punctuation, not a sign; a one-letter unit hyphened to a word is a name.
  ["in Spanish - 0.89 F1", [{ text: "0.89", value: 0.89, unit: "" }]],
  ["and 0.62 G-EVAL for discourse", [{ text: "0.62", value: 0.62, unit: "" }]],
  ["achieves 64.89 percentage accuracy", [{ text: "64.89 percentage", value: 64.89, unit: "%" }]],
  // LaTeX's \\pm: the mean takes the unit written after the spread.
  ["Reporting times decreased from $88 \\pm 38$ s (FT)", [{ text: "88", value: 88, unit: "s" }]],
  // A unit's span keeps out of the artefact after it, and takes in the whole of its own ("50$\\%$").
  ["tunes less than \\textbf{0.05\\%} of the parameters, $4-7\\%$ lower FiD and 50$\\%$ less", [
    { text: "0.05\\%", value: 0.05, unit: "%" },
    { text: "4-7\\%", value: 7, low: 4, unit: "%" },
    { text: "50$\\%$", value: 50, unit: "%" },
  ]],
  ["yielding $\\sim$2$\\times$ higher throughput", [{ text: "2$\\times$", value: 2, unit: "x" }]],
];

describe("number grammar", () => {
  for (const [text, expected] of CASES) {
    it(text, () => {
      expect(read(text)).toEqual(expected.map((e) => ({ low: null, ...e })));
    });
  }

  it("reads \"sim\" as \"~\" only right before a number, with at most one white space between", () => {
    const cases: [string, string][] = [
      ["10sim100times", "10~  100times"],
      ["up to sim 30%", "up to ~   30%"],
      ["a similar 3x gain", "a similar 3x gain"],
      ["sim  3 and simsim", "sim  3 and simsim"],
      ["ends with sim", "ends with sim"],
    ];
    for (const [text, scan] of cases) expect(scanText(text)).toBe(scan);
  });

  it("reads a LaTeX character by its code as a blank, never as a name (\"$\\unicode{x2013}$\" is a dash)", () => {
    expect(scanText("window $\\unicode{x2013}$ outperform")).toBe(`window ${" ".repeat(17)} outperform`);
  });

  it("keeps the scan text the same length as the abstract, so offsets agree", () => {
    const text = "up to sim30% and 20\\% or $9.1\\%$ &gt; 10sim100times \u2212 {x} \\times \u00a0";
    expect(scanText(text)).toHaveLength(text.length);
  });
});
