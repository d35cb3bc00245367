// The conditions that make a number comparable (real sentences of the dev split and the seeds).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";
import { settingTags } from "../../extract/rules/setting.ts";
import settingLexicon from "../../extract/lexicon/settings.json" with { type: "json" };

/** [sentence, the setting of each claim in order] */
const CASES: [string, string[][]][] = [
  ["Our empirical results show that our simple modification improves ImageNet linear probe accuracy from 38% to 42.7% for ViT-Small.", [["linear-probe"], ["linear-probe"]]],
  ["For example, LLaMa3.3-70B exhibits a 10.23% drop in execution accuracy on paraphrased Spider queries.", [["model-size:70B"]]],
  ["ParaThinker achieves substantial accuracy improvements over sequential LLMs (12.3% for 1.5B and 7.5% for 7B models on average).", [["model-size:1.5B"], ["model-size:7B"]]],
  // Of two values of one condition, a number's is the nearest; "without … fine-tuning" is no fine-tuning (unseen corpus abstracts, corpus dev split).
  ["FormaRL outperforms existing autoformalizers on both pass@1 accuracy (6.2% → 9.6%) and pass@16 accuracy (24.4% → 33.6%).", [["pass@1"], ["pass@1"], ["pass@16"], ["pass@16"]]],
  ["It achieves a Word Error Rate (WER) of 5.60% on the development set and 12.01% on the test set.", [["split:dev"], ["split:test"]]],
  ["StreamingVLM also enhances general VQA abilities without any VQA-specific fine-tuning, improving performance on LongVideoBench by +4.30.", [[]]],
  // The size in the comparator's name is the comparator's (unseen corpus abstract).
  ["Through curriculum learning, we also derive the first long-CoT DLM, outperforming Qwen2.5-7B-Instruct on MATH500 with an 18.1% relative accuracy gain.", [[]]],
  ["A CLIP-B/16 model trained on only 1 million Role-SynthCLIP pairs achieves a Recall@1 of 64.1% on the MS COCO validation set.", [["split:val"]]],
  ["Our method achieves an overall cross-validation accuracy of 96.39%.", [[]]],
  ["Notably, it boosts Verified Pass@1024 on AIME2024 from 26.7% to 62.6%.", [["pass@1024"], ["pass@1024"]]],
  ["The proposed model exceeds 5-shot prompting by +21.1% (macro-F1).", [["few-shot:5"]]],
  ["OmniDepth reduces zero-shot generalization error by 40% on Middlebury and ETH3D.", [["zero-shot"]]],
  // Shots said as examples per class (a corpus board's #1 was an 8-shot result ranked with full-shot ones).
  // A top-K cut-off is the condition of an accuracy or error, not of a measure beside it (unseen corpus abstracts).
  ["Our approach improves in-distribution performance by +11.4% Top-1 accuracy and +3.3% Macro-F1 over prior prompt-based methods.", [["top-1"], []]],
  ["E-ConvNeXt-mini reaches 78.3% Top-1 accuracy at 0.9GFLOPs.", [["top-1"], []]],
  ["Using only 8 normal examples per class, our method achieves 98.7% and 97.4% I-AUROC on MVTec-AD and VisA.", [["few-shot:8"], ["few-shot:8"]]],
];

describe("setting of each claim", () => {
  for (const [sentence, settings] of CASES) {
    it(sentence.slice(0, 70), () => {
      expect(extractFromAbstract(sentence).claims.map((c) => c.setting)).toEqual(settings);
    });
  }

  it("reads each tag of the vocabulary as abstracts write it", () => {
    expect(settingTags("zero-shot and one-shot results")).toEqual(["zero-shot", "few-shot:1"]);
    expect(settingTags("with 4-bit weights on the test set")).toEqual(["split:test", "bits:4"]);
    expect(settingTags("INT4 weight quantisation at 512 x 512 resolution")).toEqual(["resolution:512", "bits:4"]);
    // A decimal bit-width is read whole, not from its decimals ("2.81 bits" is no "81 bits").
    expect(settingTags("with an average bit-width of only 2.81 bits")).toEqual(["bits:2.81"]);
    expect(settingTags("a single model without extra data")).toEqual(["single-model"]);
    expect(settingTags("with extra training data, top-5 error on character-level text")).toEqual(["extra-data", "level:char", "top-5"]);
    expect(settingTags("a 4-step sampler after fine-tuning with an ensemble")).toEqual(["fine-tuned", "ensemble", "timesteps:4"]);
  });

  // A stretch of text holding none of a pattern's cues is not searched with it: a cue missing from the lexicon
  // would lose tags silently. Every match in the 1,200 corpus abstracts and in the writings above holds one.
  it("finds a cue of its pattern in every match", () => {
    const texts = readFileSync(new URL("../corpus/abstracts.jsonl", import.meta.url), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { abstract: string }).abstract);
    texts.push(...WRITINGS);
    let checked = 0;
    for (const { pattern, cues } of settingLexicon.tags as { pattern: string; cues?: string[] }[]) {
      if (!cues) continue;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(pattern, "gi"))) {
          expect(cues.some((cue) => m[0].toLowerCase().includes(cue)), `${pattern} matched "${m[0]}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

/** How papers write the tags (one or more per tag), beside the corpus abstracts. */
const WRITINGS = [
  "zero-shot, 5-shot and few-shot results", "with only 8 labeled examples per class", "after fine-tuning", "a linear probe",
  "pass@1", "on the test-dev split and the validation set", "on the dev set", "with extra data", "at 512 x 512 and 224×224",
  "1024 px images at a resolution of 512 pixels", "an ensemble of a single model", "character-level, word-level and subword-level",
  "a 4-step sampler with NFE=8", "top-5",
];
