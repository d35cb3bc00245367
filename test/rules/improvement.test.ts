import { describe, it } from "vitest";
import { expectClaims } from "./helpers.ts";
import type { Expected } from "./helpers.ts";

const CASES: [string, Expected[]][] = [
  // A change named with its measure before the number ("The improvement in embedding rate exceeds 160%"); a language the change
  // was measured in is a subset, no measure (unseen corpus abstract).
  [
    "Our method significantly outperforms SyncPool. The improvement in embedding rate exceeds 160% in English and 25% in Chinese.",
    [
      { type: "improvement", text: "160%", value: 160, metric: "embedding rate" },
      { type: "improvement", text: "25%", value: 25, metric: null },
    ],
  ],
  // Of the places a measure may be named, the first that names one wins (the words after may name a comparator); how it is
  // aggregated is no part of its name (unseen corpus abstracts).
  [
    "Our tokenizer improves the average fertility score by 39.5% over LLaMA4. SwiReasoning improves average token efficiency by 56%-79%.",
    [
      { type: "improvement", text: "39.5%", value: 39.5, metric: "fertility", baseline: "LLaMA4" },
      { type: "improvement", text: "56%-79%", value: 79, metric: "token efficiency" },
    ],
  ],
  // A measure named in title case goes on past "of" (unseen corpus abstract).
  ["On the Phoenix14T dataset, the contrastive loss alone yields a 16% improvement in Probability of Correct Keypoint over the PT baseline.", [{ type: "improvement", text: "16%", value: 16, metric: "pck", dataset: "Phoenix14T" }]],
  // Points of a measure named between the number and "points" are a change in points, the number alone its text; a level
  // reached is written so too (unseen corpus abstracts).
  [
    "HYDRE achieves up to 20 F1 point gains in English and, on average, 17 F1 points on Indic languages over prior SoTA DSRE models. Our best system achieved $5\\pm1$ BLEU points on the development set.",
    [
      { type: "improvement", text: "20", value: 20, unit: "pp", metric: "f1", bound: "up to" },
      { type: "improvement", text: "17", value: 17, unit: "pp", metric: "f1" },
      { type: "score", text: "5", value: 5, unit: "", metric: "bleu" },
    ],
  ],
  // A measure named in words and then by a known measure in brackets is that measure (unseen corpus abstract).
  [
    "AgentRec achieves consistent improvements over state-of-the-art baselines, with 2.8\\% enhancement in conversation success rate, 1.9\\% improvement in recommendation accuracy (NDCG@10), and 3.2\\% better conversation efficiency.",
    [
      { type: "improvement", text: "2.8\\%", value: 2.8, metric: "success rate" },
      { type: "improvement", text: "1.9\\%", value: 1.9, metric: "ndcg@10" },
      { type: "improvement", text: "3.2\\%", value: 3.2, metric: "conversation efficiency" },
    ],
  ],
  // Whole points are a change where the clause says so: by, a bound, a change word before them (unseen corpus abstract).
  [
    "SVD paired with four standard PEFT methods improves multiple-choice accuracy by up to 5 points and open-ended truthfulness by 2 points, with similar gains (1-2 points) on commonsense datasets.",
    [
      { type: "improvement", text: "5 points", value: 5, unit: "pp", bound: "up to" },
      { type: "improvement", text: "2 points", value: 2, unit: "pp" },
      { type: "improvement", text: "1-2 points", value: 2, valueLow: 1, unit: "pp" },
    ],
  ],
  // Words right at a change name it before a score beside it lends its measure; a change word names none (unseen corpus abstracts).
  [
    "HSV supervision provides the highest impact (0.85 influence score), while the framework achieves superior training stability (84% variance reduction).",
    [
      { type: "score", text: "0.85", value: 0.85, metric: "influence" },
      { type: "improvement", text: "84%", value: 84, metric: "variance reduction" },
    ],
  ],
  [
    "Our method achieves 97.3% average success rate on LIBERO (11.8% absolute improvement).",
    [
      { type: "score", text: "97.3%", value: 97.3, metric: "success rate", dataset: "LIBERO" },
      { type: "improvement", text: "11.8%", value: 11.8, metric: "success rate", dataset: "LIBERO" },
    ],
  ],
  // "time" in an idiom names no runtime (unseen corpus abstract); a training set is not where a number measured elsewhere was.
  ["Participants preferred our assistant 78% of the time (p=0.015), with a 31% higher acceptance rate.", [{ type: "score", text: "78%", value: 78 }, { type: "improvement", text: "31%", value: 31, metric: "acceptance rate" }]],
  [
    "FerretNet, trained exclusively on the 4-class ProGAN dataset, achieves an average accuracy of 97.1% on an open-world benchmark, surpassing state-of-the-art methods by 10.6%.",
    [
      { type: "score", text: "97.1%", value: 97.1, metric: "accuracy", dataset: null },
      { type: "improvement", text: "10.6%", value: 10.6, dataset: null },
    ],
  ],
  // A measure at a cut-off between the numbers and the change noun (unseen corpus abstract).
  ["Our agent achieves substantial improvements, with 46.7% and 20.8% Avg@4 gains on xBench and GAIA, respectively.", [{ type: "improvement", text: "46.7%", value: 46.7, metric: "avg@4", dataset: "xBench" }, { type: "improvement", text: "20.8%", value: 20.8, metric: "avg@4", dataset: "GAIA" }]],
  // "an improvement in accuracy of approx 7%": the change noun, its measure, "of" and a bound.
  ["Our method shows an improvement in accuracy of approx 7% and a reduction in the generalization gap.", [{ type: "improvement", text: "7%", value: 7, metric: "accuracy" }]],
  // A named measure as the subject of a change verb ("rises by", "is higher by") names the change (unseen corpus abstracts).
  [
    "Transformer-based models outperform other architectures, achieving R2 scores that are higher by 0.10 and 0.04 at the subfield and field levels, respectively.",
    [
      { type: "improvement", text: "0.10", value: 0.1, metric: "r2" },
      { type: "improvement", text: "0.04", value: 0.04, metric: "r2" },
    ],
  ],
  ["For example, the success rate improves by 10.5-35.5 compared to methods using multiple data types as input.", [{ type: "improvement", text: "10.5-35.5", value: 35.5, metric: "success rate" }]],
  // Numbers each before its measure's acronym, listed after a change, are changes too (unseen corpus abstracts).
  [
    "It surpasses prior results by up to 0.64 RDBLEU and 0.62 RDchrF, and gains 9.3% mIoU and 6.1% APbox on ScanNet200.",
    [
      { type: "improvement", text: "0.64", value: 0.64, metric: "rdbleu" },
      { type: "improvement", text: "0.62", value: 0.62, metric: "rdchrf" },
      { type: "improvement", text: "9.3%", value: 9.3, metric: "miou" },
      { type: "improvement", text: "6.1%", value: 6.1 },
    ],
  ],
  // A change's measure may be an acronym written right after it; a term right after another number is that number's
  // (unseen corpus abstracts).
  [
    "RSKT-Seg outperforms strong OVS baselines by +3.8 mIoU and +5.9 mACC, and achieves a 21.67% CVR online increase.",
    [
      { type: "improvement", text: "+3.8", value: 3.8, metric: "miou" },
      { type: "improvement", text: "+5.9", value: 5.9, metric: "macc" },
      { type: "improvement", text: "21.67%", value: 21.67, metric: "cvr" },
    ],
  ],
  // Two signed changes joined by "to" are a range (unseen corpus abstract).
  ["Our revision improves accuracy, with F1-score gains of +0.11 to +0.49 for ground-based data.", [{ type: "improvement", text: "+0.11 to +0.49", value: 0.49, valueLow: 0.11, metric: "f1" }]],
  // A colon after a change noun announces the changes that follow (unseen corpus abstract).
  [
    "Instruction retrieval yields consistent gains: 9.4% on MedQA, 7.9% on MMLU, and 5.1% on MathQA.",
    [
      { type: "improvement", text: "9.4%", value: 9.4, dataset: "MedQA" },
      { type: "improvement", text: "7.9%", value: 7.9, dataset: "MMLU" },
      { type: "improvement", text: "5.1%", value: 5.1, dataset: "MathQA" },
    ],
  ],
  // An adverb before "by" names no measure; the scale a score is out of is no change (unseen corpus abstracts).
  [
    "Short-term mean-Recall (@10) increases by 3.4% while long-term mean-Recall (@50) improves dramatically by 21.9%.",
    [
      { type: "improvement", text: "3.4%", value: 3.4, metric: null },
      { type: "improvement", text: "21.9%", value: 21.9, metric: null },
    ],
  ],
  ["LOCA-R achieves a near-perfect score of 313 out of 320 points, solidly surpassing the highest-scoring human competitor.", [{ type: "score", text: "313", value: 313 }]],
  // A change and the level it reaches, each with its own unit, are two claims, not a range (unseen corpus abstract).
  [
    "Faithfulness was increased by 64.7 percentage points to 99.5% for the RAG-enhanced O4-Mini model.",
    [
      { type: "improvement", text: "64.7 percentage points", value: 64.7, unit: "pp", valueLow: null },
      { type: "score", text: "99.5%", value: 99.5, unit: "%" },
    ],
  ],
  // What a method sacrifices is a change for the worse (unseen corpus abstract).
  ["VCFlow sacrifices only 7% accuracy on average yet generates each reconstructed video quickly.", [{ type: "improvement", text: "7%", value: -7, metric: "accuracy" }]],
  // A list goes on past an approximation sign before its next number (unseen corpus abstract).
  [
    "We demonstrate substantial gains over standard baselines - achieving ~10% and ~7.7% improvements in top-1 retrieval under dense and sparse caption scenarios.",
    [
      { type: "improvement", text: "10%", value: 10 },
      { type: "improvement", text: "7.7%", value: 7.7 },
    ],
  ],
  // An improvement naming no metric is in the metric of the score beside it (before, else after).
  [
    "For instance, a small version of NASNet also achieves 74% top-1 accuracy, which is 3.1% better than equivalently-sized, state-of-the-art models for mobile platforms.",
    [
      { type: "score", text: "74%", value: 74, metric: "top-1 accuracy" },
      { type: "improvement", text: "3.1%", value: 3.1, metric: "top-1 accuracy" },
    ],
  ],
  [
    "Finally, the learned features by NASNet used with the Faster-RCNN framework surpass state-of-the-art by 4.0% achieving 43.1% mAP on the COCO dataset.",
    [
      { type: "improvement", text: "4.0%", value: 4, metric: "map", dataset: "COCO" },
      { type: "score", text: "43.1%", value: 43.1, metric: "map", dataset: "COCO" },
    ],
  ],
  [
    "In particular, PN outperforms LN by 0.4/0.6 BLEU on IWSLT14/WMT14.",
    [
      { type: "improvement", text: "0.4", value: 0.4, metric: "bleu", baseline: "LN" },
      { type: "improvement", text: "0.6", value: 0.6, metric: "bleu", baseline: "LN" },
    ],
  ],
  // A change noun, its measure, then "of" and the number: a change, whatever the measure's "of" reads as (new dev abstract).
  [
    "The best submission achieved an absolute improvement in LID accuracy of 23% and a reduction in CER of 18% when compared to the best baseline.",
    [
      { type: "improvement", text: "23%", value: 23, metric: "accuracy" },
      { type: "improvement", text: "18%", value: 18, metric: "cer" },
    ],
  ],
  // "respectively" pairs the names with the list of their kind, whatever claims open the sentence; a list of names with
  // a result after it names data, one acronym among them too (new dev abstract 2508.00746).
  [
    "GECO runs at 30 fps, 98.2% faster than prior methods, while achieving state-of-the-art performance on PFPascal, APK, and CUB, improving PCK by 6.0%, 6.2%, and 4.1%, respectively.",
    [
      { type: "cost", text: "30 fps", value: 30 },
      { type: "speedup", text: "98.2%", value: 98.2 },
      { type: "improvement", text: "6.0%", value: 6, metric: "pck", dataset: "PFPascal" },
      { type: "improvement", text: "6.2%", value: 6.2, metric: "pck", dataset: "APK" },
      { type: "improvement", text: "4.1%", value: 4.1, metric: "pck", dataset: "CUB-200-2011" },
    ],
  ],
  [
    "The results show notable improvements of BLEU-4 scores of 4.01, 2.07, and 0.5, surpassing those of GASLT.",
    [
      { type: "improvement", text: "4.01", value: 4.01, metric: "bleu" },
      { type: "improvement", text: "2.07", value: 2.07, metric: "bleu" },
      { type: "improvement", text: "0.5", value: 0.5, metric: "bleu" },
    ],
  ],
  // Said after "performance", a change still takes the measure the verb names right before "by" (unseen corpus abstract).
  [
    "Open-o3 Video achieves state-of-the-art performance, raising mAM by 14.4% and mLGM by 24.2% on the Qwen2.5-VL baseline.",
    [
      { type: "improvement", text: "14.4%", value: 14.4, metric: "mam" },
      { type: "improvement", text: "24.2%", value: 24.2, metric: "mlgm" },
    ],
  ],
  // A share on a set whose task is measured in accuracy (tasks.json) is in accuracy (new dev abstract 2509.08959); a
  // set whose task names no metric says nothing.
  [
    "Notably, CoSwin achieves improvements of 2.17% on CIFAR-10, 4.92% on CIFAR-100 and 0.26% on SVHN over the baseline Swin Transformer.",
    [
      { type: "improvement", text: "2.17%", value: 2.17, metric: "accuracy", dataset: "CIFAR-10" },
      { type: "improvement", text: "4.92%", value: 4.92, metric: "accuracy", dataset: "CIFAR-100" },
      { type: "improvement", text: "0.26%", value: 0.26, metric: "accuracy", dataset: "SVHN" },
    ],
  ],
  ["Our model improves by 17.5% on WikiText-103 over the baseline.", [{ type: "improvement", text: "17.5%", value: 17.5, metric: null, dataset: "WikiText-103" }]],
  // "performance" names no measure, and the set does not make it one: the share is of performance kept, a retention
  // (corpus #1 judged wrong when it was read as MMLU accuracy).
  ["VISOR provides robust control while maintaining 99.9% performance on 14,000 unrelated MMLU tasks.", [{ type: "score", text: "99.9%", value: 99.9, metric: "performance retention", dataset: "MMLU" }]],
  // A count names no measure: "in three variants of ScanObjectNN" is where, not what (new dev abstract).
  [
    "Our method outperforms the self-reconstruction baseline (Point-MAE) by 6.5%, 7.0%, and 6.7% in three variants of ScanObjectNN.",
    [
      { type: "improvement", text: "6.5%", value: 6.5, metric: null, dataset: "ScanObjectNN" },
      { type: "improvement", text: "7.0%", value: 7, metric: null, dataset: "ScanObjectNN" },
      { type: "improvement", text: "6.7%", value: 6.7, metric: null, dataset: "ScanObjectNN" },
    ],
  ],
  // "performance" names no measure, so it does not keep a signed number from being a change (corpus dev split).
  [
    "StreamingVLM also enhances general VQA abilities without any VQA-specific fine-tuning, improving performance on LongVideoBench by +4.30 and OVOBench Realtime by +5.96.",
    [
      { type: "improvement", text: "+4.30", value: 4.3, metric: null, dataset: "LongVideoBench" },
      { type: "improvement", text: "+5.96", value: 5.96, metric: null },
    ],
  ],
  // "but also improves" and "while reducing" start clauses of their own: a measure named in one is not the other's (unseen corpus abstracts).
  [
    "It delivers 3.42x lower answer latency over the baselines but also improves reasoning quality by up to 18.75% through explicitly modeling inter-point dependencies.",
    [
      { type: "speedup", text: "3.42x", value: 3.42, baseline: "the baselines" },
      { type: "improvement", text: "18.75%", value: 18.75, metric: "reasoning quality", bound: "up to" },
    ],
  ],
  [
    "The method improves tool calling accuracy by 18.4 percentage points while reducing output variance by 70%.",
    [
      { type: "improvement", text: "18.4 percentage points", value: 18.4, metric: "accuracy" },
      { type: "improvement", text: "70%", value: 70, metric: "output variance" },
    ],
  ],
  // A quality measure named right after the number is what changed, whatever efficiency word stands earlier (corpus dev split).
  [
    "It achieves 27.9-38.0% latency reduction, measured on server and consumer grade GPUs, with the minimum drop of 2.6% in GenEval score and 7% in HPSv2 score compared to the original model.",
    [
      { type: "speedup", text: "27.9-38.0%", value: 38, metric: "latency" },
      { type: "improvement", text: "2.6%", value: -2.6 },
      { type: "improvement", text: "7%", value: -7, metric: "hpsv2" },
    ],
  ],
  // "a 20-point performance gain": a word may stand between the points and the gain (corpus dev split).
  ["Across multiple question-answering benchmarks and model scales, MHA-RAG achieves a 20-point performance gain over standard RAG.", [{ type: "improvement", text: "20-point", value: 20, baseline: "standard RAG" }]],
  // A list goes on after "X% of the accuracy loss on A," (unseen corpus abstract).
  [
    "Relative to clean performance, our method recovers up to 68.1% of the accuracy loss on image classification, 71.9% on stereo matching, and 29.2% on optical flow.",
    [
      { type: "improvement", text: "68.1%", value: 68.1 },
      { type: "improvement", text: "71.9%", value: 71.9 },
      { type: "improvement", text: "29.2%", value: 29.2 },
    ],
  ],
  // "gains up to", "improvements above": a change, its bound between (unseen corpus abstracts).
  [
    "TAG-EQA improves accuracy by 5% on average over text-only baselines, with gains up to 12% in zero-shot settings and 18% when graph-augmented CoT prompting is used.",
    [
      { type: "improvement", text: "5%", value: 5, metric: "accuracy" },
      { type: "improvement", text: "12%", value: 12, metric: "accuracy", bound: "up to" },
      { type: "improvement", text: "18%", value: 18, metric: "accuracy" },
    ],
  ],
  // A unit said once after the last member of a list is every bare member's; "in the X setting" names no measure (unseen corpus abstracts).
  [
    "InPuts outperforms the best baselines by 16.48, 6.89, and 11.55 percentage points in the asynchronous setting, and by 4.86 and 2.30 percentage points in the synchronous setting.",
    [
      { type: "improvement", text: "16.48", value: 16.48, metric: null },
      { type: "improvement", text: "6.89", value: 6.89, metric: null },
      { type: "improvement", text: "11.55 percentage points", value: 11.55, metric: null },
      { type: "improvement", text: "4.86", value: 4.86, unit: "pp", metric: null },
      { type: "improvement", text: "2.30 percentage points", value: 2.3, unit: "pp", metric: null },
    ],
  ],
  // "mIoU gains of up to +2.29": the change of the measure named before it (unseen corpus abstract).
  [
    "NSegment+ consistently improves performance, achieving mIoU gains of up to +2.29, +2.38, +1.75, and +3.39 in average on Vaihingen, LoveDA, Cityscapes, and PASCAL VOC, respectively.",
    [
      { type: "improvement", text: "+2.29", value: 2.29, metric: "miou", dataset: "Vaihingen" },
      { type: "improvement", text: "+2.38", value: 2.38, metric: "miou", dataset: "LoveDA" },
      { type: "improvement", text: "+1.75", value: 1.75, metric: "miou", dataset: "Cityscapes" },
      { type: "improvement", text: "+3.39", value: 3.39, metric: "miou", dataset: "PASCAL VOC" },
    ],
  ],
  // Decimals named as changes ("absolute improvements of 3.0, 5.1 …") are changes, each on its dataset (unseen corpus abstract).
  [
    "RLPT yields absolute improvements of $3.0$, $5.1$, and $8.1$ on MMLU, MMLU-Pro, and GPQA-Diamond, respectively.",
    [
      { type: "improvement", text: "3.0", value: 3, dataset: "MMLU" },
      { type: "improvement", text: "5.1", value: 5.1, dataset: "MMLU-Pro" },
      { type: "improvement", text: "8.1", value: 8.1, dataset: "GPQA" },
    ],
  ],
  // What a verb improves may be a model, which is no metric (AIME's task gives the measure: accuracy).
  ["On AIME, our recipe improves Qwen3-8B by 13.97 points.", [{ type: "improvement", text: "13.97 points", value: 13.97, metric: "accuracy", dataset: "AIME" }]],
  // A comparator's name keeps the point inside it (unseen corpus abstract).
  [
    "TraDo-8B-Instruct achieves relative accuracy improvements of 6.1% over Qwen2.5-7B-Instruct and 51.3% over Llama3.1-8B-Instruct on mathematical reasoning benchmarks.",
    [
      { type: "improvement", text: "6.1%", value: 6.1, metric: "accuracy", baseline: "Qwen2.5-7B-Instruct", method: "TraDo-8B-Instruct" },
      { type: "improvement", text: "51.3%", value: 51.3, metric: "accuracy", baseline: "Llama3.1-8B-Instruct", method: "TraDo-8B-Instruct" },
    ],
  ],
  [
    "The proposed INSTA-BNN outperforms the baseline by 2.5% and 2.3% on the ImageNet classification task with comparable computing cost.",
    [
      { type: "improvement", text: "2.5%", value: 2.5, unit: "%", baseline: "the baseline", dataset: "ImageNet" },
      { type: "improvement", text: "2.3%", value: 2.3, unit: "%", baseline: "the baseline", dataset: "ImageNet" },
    ],
  ],
  [
    "Combined with Sparse Activation Function Search, short: SAFS, results in up to 15.53%, 8.88%, and 6.33% absolute improvement in the accuracy for LeNet-5, VGG-16, and ResNet-18 over the default training protocols.",
    [
      { type: "improvement", text: "15.53%", value: 15.53, metric: "accuracy", bound: "up to" },
      { type: "improvement", text: "8.88%", value: 8.88, metric: "accuracy", bound: "up to" },
      { type: "improvement", text: "6.33%", value: 6.33, metric: "accuracy", bound: "up to" },
    ],
  ],
  [
    "HNeRV outperforms implicit methods in video regression tasks for both reconstruction quality (+4.7 PSNR) and convergence speed (16times faster), and shows better internal generalization.",
    [
      { type: "improvement", text: "+4.7", value: 4.7, metric: "psnr" },
      { type: "speedup", text: "16times", value: 16, unit: "x", metric: "speed" },
    ],
  ],
  [
    "We see consistent improvements for many complex models, including a 72% relative reduction in error rate over a carefully-tuned baseline on a challenging question-answering task.",
    [{ type: "improvement", text: "72%", value: 72, metric: "error", baseline: "a carefully-tuned baseline" }],
  ],
  [
    "The state-of-the-art (among unsupervised methods) mAP of 54.4% that is only 2.4 points lower from the supervised case.",
    [
      { type: "score", text: "54.4%", value: 54.4, metric: "map" },
      { type: "improvement", text: "2.4 points", value: 2.4, unit: "pp", metric: "map" },
    ],
  ],
  [
    "Notably, it shows up to 2.1%-8.5% improvement in the classification accuracy in different scenarios.",
    [{ type: "improvement", text: "2.1%-8.5%", value: 8.5, valueLow: 2.1, unit: "%", metric: "accuracy", bound: "up to" }],
  ],
  // A metric the lexicon does not list is named by the grammar around the number (corpus dev split).
  [
    "Our approach enhances cross-modal alignment, achieving a 6.9% improvement in Output Alignment on ParaDocs.",
    [{ type: "improvement", text: "6.9%", value: 6.9, metric: "output alignment" }],
  ],
  [
    "BiCA achieved gains with 230% better mutual adaptation and improved safety (+23% out-of-distribution robustness).",
    [
      { type: "improvement", text: "230%", value: 230, metric: "mutual adaptation" },
      { type: "improvement", text: "+23%", value: 23, metric: "out-of-distribution robustness" },
    ],
  ],
  [
    "CoachMe outperforms GPT-4o by 31.6% in G-Eval on figure skating.",
    [{ type: "improvement", text: "31.6%", value: 31.6, metric: "g-eval", baseline: "GPT-4o" }],
  ],
  // A plus sign writes a change; "N-point" is points; a count after a plus is no change (corpus dev split).
  [
    "Specifically, it delivers strong gains over baselines (+26.6 on WebArena-Lite-v2, +10.7 on ScreenSpot-Pro).",
    [
      { type: "improvement", text: "+26.6", value: 26.6, dataset: "WebArena-Lite-v2" },
      { type: "improvement", text: "+10.7", value: 10.7, dataset: "ScreenSpot-Pro" },
    ],
  ],
  [
    "CBDES MoE achieves a 1.6-point increase in mAP and a 4.1-point improvement in NDS.",
    [
      { type: "improvement", text: "1.6-point", value: 1.6, unit: "pp", metric: "map" },
      { type: "improvement", text: "4.1-point", value: 4.1, unit: "pp", metric: "nds", dataset: null },
    ],
  ],
  ["We identify 4 phases (+3 subphases) in the data, and context-sensitive two-point cells.", []],
  // Levels that continue a list of changes are changes too (corpus dev split).
  [
    "The framework achieves F1-score gains of 1.64% on DRIVE and 1.25% on STARE.",
    [
      { type: "improvement", text: "1.64%", value: 1.64, dataset: "DRIVE" },
      { type: "improvement", text: "1.25%", value: 1.25, dataset: "STARE" },
    ],
  ],
  [
    "It yields substantial accuracy improvements over sequential LLMs (12.3% for 1.5B and 7.5% for 7B models).",
    [
      { type: "improvement", text: "12.3%", value: 12.3, metric: "accuracy" },
      { type: "improvement", text: "7.5%", value: 7.5, metric: "accuracy" },
    ],
  ],
  // A margin over a comparator is an improvement (spec).
  [
    "DeiT outperforms ViT by 16% in top-1 accuracy, a margin of 11% in F1.",
    [
      { type: "improvement", text: "16%", value: 16, metric: "top-1 accuracy", baseline: "ViT" },
      { type: "improvement", text: "11%", value: 11, metric: "f1" },
    ],
  ],
  [
    "Our method improves by 14.7% and 6.41% in robustness, 11.4% and 1.71% in AEO over ImageNet and COCO, respectively.",
    [
      { type: "improvement", text: "14.7%", value: 14.7, metric: "robustness", dataset: "ImageNet" },
      { type: "improvement", text: "6.41%", value: 6.41, metric: "robustness", dataset: "COCO" },
      { type: "improvement", text: "11.4%", value: 11.4, metric: "aeo", dataset: "ImageNet" },
      { type: "improvement", text: "1.71%", value: 1.71, metric: "aeo", dataset: "COCO" },
    ],
  ],
  // A verb of quality with its object before "by" makes an improvement, whatever efficiency word stands elsewhere.
  [
    "The method runs in 1 second and improves solution quality by up to 51.7% over existing methods.",
    [
      { type: "cost", text: "1 second", value: 1 },
      { type: "improvement", text: "51.7%", value: 51.7, metric: "solution quality", bound: "up to" },
    ],
  ],
  // A number after a list of datasets is over all of them: no one dataset (corpus dev split).
  [
    "ChartAgent achieves state-of-the-art accuracy on the ChartBench and ChartX benchmarks, surpassing prior methods by up to 16.07% absolute gain overall.",
    [{ type: "improvement", text: "16.07%", value: 16.07, dataset: null }],
  ],
  [
    "Results in ALFWorld, NetHack, and StarCraft II show that CoPiC outperforms baselines, achieving an average 23.33% improvement in success rate.",
    [{ type: "improvement", text: "23.33%", value: 23.33, metric: "success rate", dataset: null }],
  ],
  [
    "The network outperforms recent networks, with mDice scores 2.20% and 0.68% higher than the second-best network.",
    [
      { type: "improvement", text: "2.20%", value: 2.2, metric: "dice" },
      { type: "improvement", text: "0.68%", value: 0.68, metric: "dice" },
    ],
  ],
  // The measure alone in brackets right after the number is its metric (corpus dev split).
  [
    "Uncertainty sampling significantly outperforms random selection by +7.6% (macro-F1) and -10.5% (RMSE).",
    [
      { type: "improvement", text: "+7.6%", value: 7.6, metric: "macro f1" },
      { type: "improvement", text: "-10.5%", value: 10.5, metric: "rmse" },
    ],
  ],
  // "by a 7.9% success rate", "43.3% enhancement in average accuracy": changes, not levels (corpus dev split).
  [
    "Our model outperformed prior SOTA on the LIBERO benchmark by a 7.9% success rate.",
    [{ type: "improvement", text: "7.9%", value: 7.9, metric: "success rate", dataset: "LIBERO" }],
  ],
  [
    "The method yields significant improvements across 7 VLMs, attaining up to 43.3% enhancement in average accuracy.",
    [{ type: "improvement", text: "43.3%", value: 43.3, metric: "accuracy", bound: "up to" }],
  ],
  // Decibels are a unit of their own: changes and levels of PSNR (corpus dev split).
  [
    "QuadINR achieves up to 2.06dB PSNR improvement over prior work, improving visual quality by up to +0.56 dB in PSNR. Our model reaches a PSNR of 32.1 dB.",
    [
      { type: "improvement", text: "2.06dB", value: 2.06, unit: "dB", metric: "psnr", bound: "up to" },
      { type: "improvement", text: "+0.56 dB", value: 0.56, unit: "dB", metric: "psnr", bound: "up to" },
      { type: "score", text: "32.1 dB", value: 32.1, unit: "dB", metric: "psnr" },
    ],
  ],
  [
    "Our defense reduces the transferability of the studied attacks by up to 27%.",
    [{ type: "improvement", text: "27%", value: 27, metric: "transferability" }],
  ],
  // A number in a new bracket led by its own (unlisted) measure does not take the term of an earlier aside.
  [
    "Models trained this way give better-structured reasoning traces (interpretability +44.0%), more faithfully expose their decision process (faithfulness +18.8%), and offer informative confidence estimates (reliability +42.4%).",
    [
      { type: "improvement", text: "+44.0%", value: 44, metric: "interpretability" },
      { type: "improvement", text: "+18.8%", value: 18.8, metric: "faithfulness" },
      { type: "improvement", text: "+42.4%", value: 42.4, metric: null },
    ],
  ],
  // A change that nothing around it names is in accuracy where accuracy is the abstract's one measure; with no
  // dataset in its sentence it is on none, even where the paper names only one (corpus dev split).
  [
    "We address this gap with EMSQA, an 24.3K-question multiple-choice dataset spanning 10 clinical subject areas. Experiments on 4 LLMs show that Expert-CoT improves up to 2.05% over vanilla CoT prompting. Additionally, combining Expert-CoT with ExpertRAG yields up to a 4.59% accuracy gain over standard RAG baselines.",
    [
      { type: "improvement", text: "2.05%", value: 2.05, metric: "accuracy", dataset: null, bound: "up to" },
      { type: "improvement", text: "4.59%", value: 4.59, metric: "accuracy", dataset: null },
    ],
  ],
  // A change said of "performance" keeps no metric, whatever else the abstract measures (seeds).
  [
    "Our method consumes 88% less power with only a 4% decrease in performance compared to its fully ANN counterpart, at the same accuracy as before.",
    [
      { type: "energy", text: "88%", value: 88 },
      { type: "improvement", text: "4%", value: -4, metric: null },
    ],
  ],
  // "in terms of" names the measure of the numbers before it in its clause; a bracket may stand inside a name
  // ("CAS(ME)^2"), and the respective list pairs each number with its dataset (corpus dev split).
  [
    "Particularly, our FDP improves by 4.05%, 2.50%, 7.71%, and 2.11% over the previous best results in terms of F1-score on the CASME II, SAMM, CAS(ME)^2, and CAS(ME)^3 datasets, respectively.",
    [
      { type: "improvement", text: "4.05%", value: 4.05, metric: "f1", dataset: "CASME II" },
      { type: "improvement", text: "2.50%", value: 2.5, metric: "f1", dataset: "SAMM" },
      { type: "improvement", text: "7.71%", value: 7.71, metric: "f1", dataset: "CAS(ME)^2" },
      { type: "improvement", text: "2.11%", value: 2.11, metric: "f1", dataset: "CAS(ME)^3" },
    ],
  ],
  // A colon between two digits does not end a metric's name: "AP$_{50:95}$" is COCO's AP, not AP50 (corpus dev split).
  [
    "Extensive experiments show consistent gains across detectors, consistently improving performance (e.g., +5.96% AP$_{50:95}$ on Rotated RetinaNet).",
    [{ type: "improvement", text: "+5.96%", value: 5.96, metric: "ap" }],
  ],
  [
    "Our detector reaches 45.1 AP50:95 and 60.2 mAP@0.5:0.95, and 62.0 AP50.",
    [
      { type: "score", text: "45.1", value: 45.1, metric: "ap" },
      { type: "score", text: "60.2", value: 60.2, metric: "map" },
      { type: "score", text: "62.0", value: 62, metric: "ap50" },
    ],
  ],
  // A share alone in brackets after a verb of change is a change (corpus dev split); two levels there are the change's levels.
  [
    "Beyond classification, we demonstrate the critical role of our module in boosting OCR performance: closed-source (up to 14%) and open-weights models (up to 4x) in the simulated real-world setting.",
    [
      { type: "improvement", text: "14%", value: 14, metric: null, bound: "up to" },
      { type: "improvement", text: "4x", value: 4, bound: "up to" },
    ],
  ],
  [
    "Fine-tuning improves single-agent tasks dramatically (0.6% to 76.3%) but yields minimal gains.",
    [
      { type: "score", text: "0.6%", value: 0.6 },
      { type: "score", text: "76.3%", value: 76.3 },
    ],
  ],
  // A gap to a comparator is a change (corpus dev split).
  [
    "A further human study reveals that models often produce correct answers with flawed reasoning, leading to an over 30% gap in reasoning accuracy compared to humans.",
    [{ type: "improvement", text: "30%", value: 30, bound: "more than" }],
  ],
  // Found in unseen corpus abstracts: numbers paired by a slash, LaTeX's "--" range, a new verb of change, a claim in an aside.
  [
    "Our results outperform state-of-the-art medical image segmentation models U-Net++ and Swin-UNet by 5.7%/2.7% and 2.2%/1.5% respectively.",
    [
      { type: "improvement", text: "5.7%", value: 5.7 },
      { type: "improvement", text: "2.7%", value: 2.7 },
      { type: "improvement", text: "2.2%", value: 2.2 },
      { type: "improvement", text: "1.5%", value: 1.5 },
    ],
  ],
  [
    "It outperforms recent state-of-the-art baselines across multiple intent benchmarks, achieving macro-F1 improvements of 6--15% for known and 8--20% for OOS intents.",
    [
      { type: "improvement", text: "6--15%", value: 15, valueLow: 6, metric: "macro f1" },
      { type: "improvement", text: "8--20%", value: 20, valueLow: 8, metric: "macro f1" },
    ],
  ],
  [
    "Evaluation on enterprise scenarios shows that the model shortens process processing time by 42%, improves resource utilisation by 28%, and reduces operating costs by 35%.",
    [
      { type: "speedup", text: "42%", value: 42 },
      { type: "improvement", text: "28%", value: 28, metric: "resource utilisation" },
      { type: "speedup", text: "35%", value: 35, metric: "cost" },
    ],
  ],
  [
    "Our RL model outperformed the best versions of NLI- and STS-driven baselines by 28% (11.43 points) and 27% (11.21 points), respectively.",
    [
      { type: "improvement", text: "28%", value: 28 },
      { type: "improvement", text: "11.43 points", value: 11.43, unit: "pp" },
      { type: "improvement", text: "27%", value: 27 },
      { type: "improvement", text: "11.21 points", value: 11.21, unit: "pp" },
    ],
  ],
  [
    "It reduces the average displacement error and the final displacement error by 5% and 6%, respectively, on average across all datasets.",
    [
      { type: "improvement", text: "5%", value: 5, metric: "ade" },
      { type: "improvement", text: "6%", value: 6, metric: "fde" },
    ],
  ],
  [
    "TTRV improves VQA, with improvements of up to 52.4% and 29.8%, respectively, and average boosts of 24.6% and 10.0% across 16 datasets.",
    [
      { type: "improvement", text: "52.4%", value: 52.4, bound: "up to" },
      { type: "improvement", text: "29.8%", value: 29.8, bound: "up to" },
      { type: "improvement", text: "24.6%", value: 24.6 },
      { type: "improvement", text: "10.0%", value: 10 },
    ],
  ],
  // LaTeX's "--" is a dash before "by".
  [
    "It consistently surpasses leading prompt optimizers--MIPROv2, GEPA, and GEPA+Merge--by an average of 12%, 4.9%, and 4.86%, respectively.",
    [
      { type: "improvement", text: "12%", value: 12 },
      { type: "improvement", text: "4.9%", value: 4.9 },
      { type: "improvement", text: "4.86%", value: 4.86 },
    ],
  ],
  [
    "Our method outperforms state-of-the-art methods in the link prediction task with improvements ranging from 8.7% to 29.8%.",
    [{ type: "improvement", text: "8.7% to 29.8%", value: 29.8, valueLow: 8.7 }],
  ],
  // A change listed after a change with its own bound is a change too, not a level (unseen corpus abstracts).
  [
    "It outperforms learning-based state-of-the-art methods, reducing RMSE by up to 93% on ALS2DTM and up to 47% on USGS benchmarks.",
    [
      { type: "improvement", text: "93%", value: 93, metric: "rmse" },
      { type: "improvement", text: "47%", value: 47, metric: "rmse" },
    ],
  ],
];

describe("improvement claims", () => {
  for (const [sentence, expected] of CASES) it(sentence.slice(0, 90), () => expectClaims(sentence, expected));
});
