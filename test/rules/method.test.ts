// The model a number belongs to, read from grammar (real sentences of the dev split and the seeds).
import { describe, expect, it } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";
import { contributionOf, looksLikeName } from "../../extract/rules/method.ts";

/** [title, abstract, the method of each claim in order] */
const CASES: [string, string, (string | null)[]][] = [
  // The subject before the number, each in its clause; a comparator ("versus") is the baseline's.
  [
    "Enhanced Hybrid Technique for Efficient Digitization of Handwritten Marksheets",
    "The modified YOLOv8 achieves an accuracy of 92.72 percent, outperforming PaddleOCR 91.37 percent and the YOLOv8 model 88.91 percent.",
    ["YOLOv8", "PaddleOCR", "YOLOv8"],
  ],
  [
    "ReAcTree: Hierarchical LLM Agent Trees with Control Flow for Long-Horizon Task Planning",
    "Notably, on WAH-NL, ReAcTree achieves a 61% goal success rate with Qwen 2.5 72B, nearly doubling ReAct's 31%.",
    ["ReAcTree", "ReAcTree", "ReAct"],
  ],
  // The title names the contribution; a backbone after "on" is not the subject.
  [
    "Conf-Profile: A Confidence-Driven Reasoning Paradigm for Label-Free User Profiling",
    "Experimental results demonstrate that Conf-Profile delivers substantial performance through the two-stage training, improving F1 by 13.97 on Qwen3-8B.",
    ["Conf-Profile"],
  ],
  // "we develop a … (FDP) framework": the acronym names it.
  [
    "Micro-Expression Recognition via Fine-Grained Dynamic Perception",
    "In this paper, we develop a novel fine-grained dynamic perception (FDP) framework for MER. Extensive experiments show that our method improves F1-score by 4.05% on CASME II.",
    ["FDP"],
  ],
  // A few capitalised words are a name when the abstract gives them an acronym.
  [
    "Binary Quadratic Quantization: Beyond First-Order Quantization for Real-Valued Matrix Compression",
    "This paper proposes a novel matrix quantization method, Binary Quadratic Quantization (BQQ). Our proposed method outperforms the state-of-the-art PTQ method by up to 2.2% on the ImageNet dataset.",
    ["BQQ"],
  ],
  // A slogan for a title names nothing; "It" goes on about the subject of the sentence before.
  [
    "Seeing Straight: Document Orientation Detection for Efficient OCR",
    "We benchmark GPT-5 on mammography. GPT-5 attained 52.8% accuracy on VinDr. On InBreast, it attained 36.9% accuracy.",
    ["GPT-5", "GPT-5"],
  ],
  // A paper that introduces a benchmark: its numbers belong to the models it evaluates, or to none.
  [
    "VLSU: Mapping the Limits of Joint Multimodal Understanding for AI Safety",
    "We present VLSU, a comprehensive benchmark of 8,187 samples. While models achieve 90%-plus accuracy on clear unimodal safety signals, performance degrades to 20-55%.",
    [null, null],
  ],
  // Prior work as the subject: its number is a baseline's, never the paper's result.
  [
    "Abductive Root-Cause Diagnosis for Multi-Agent Systems",
    "Current diagnostic tools are inadequate; on challenging benchmarks like Who&When, state-of-the-art methods achieve less than 15% accuracy in locating the root-cause step.",
    ["state-of-the-art methods"],
  ],
];

describe("method of each claim", () => {
  for (const [title, abstract, methods] of CASES) {
    it(`${title.slice(0, 60)}`, () => {
      expect(extractFromAbstract(abstract, title).claims.map((c) => c.method)).toEqual(methods);
    });
  }

  it("makes prior work's number a baseline's", () => {
    const [claim] = extractFromAbstract(CASES.at(-1)![1], CASES.at(-1)![0]).claims;
    expect(claim!.role).toBe("baseline");
    const motivation = extractFromAbstract("Contemporary vision-language models (VLMs) perform well on existing multimodal reasoning benchmarks (78-85% accuracy on MMMU, MathVista).").claims;
    expect(motivation.map((c) => [c.role, c.method])).toEqual([["baseline", "Contemporary vision-language models"]]);
    const own = extractFromAbstract("Existing methods achieve 40% accuracy, while ours reaches 80% accuracy.").claims.map((c) => c.role);
    expect(own).toEqual(["baseline", "result"]);
  });

  it("reads a contribution from the title or from 'we propose'", () => {
    expect(contributionOf("ReGA: Representation-Guided Abstraction", "Results show it works.", [])).toBe("ReGA");
    expect(contributionOf("A study of things", "We propose ReGA, a model-based analysis framework.", [])).toBe("ReGA");
    expect(contributionOf("A study of things", "We report results.", [])).toBeNull();
  });

  it("tells names from words that only look like them", () => {
    for (const name of ["LLaMa3.3-70B", "GPT-4o", "HalluGuard", "E-Agent", "M&M-3D", "YOLOv8", "BERT"]) expect(looksLikeName(name), name).toBe(true);
    for (const word of ["LLMs", "GPU", "7B", "10x", "AUROC", "FID", "Results", "the"]) expect(looksLikeName(word), word).toBe(false);
  });
});
