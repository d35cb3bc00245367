import { describe, it } from "vitest";
import { expectClaims } from "./helpers.ts";
import type { Expected } from "./helpers.ts";

// Real sentences from the seed listings → the score claims they state.
const CASES: [string, Expected[]][] = [
  // The noise a result is measured under is its setting, no level (unseen corpus abstracts).
  [
    "For instance, on the Adience dataset with 40% noise, ORDAC_R reduced the mean absolute error from 0.86 to 0.62. It improves accuracy by 11% on CIFAR-100 under 70% semantic noise.",
    [
      { type: "score", text: "0.86", value: 0.86, metric: "mae", role: "baseline" },
      { type: "score", text: "0.62", value: 0.62, metric: "mae", role: "result" },
      { type: "improvement", text: "11%", value: 11, metric: "accuracy", dataset: "CIFAR-100" },
    ],
  ],
  // A measure named in title case after "for" names the level before it, by its short name when one is defined (unseen corpus
  // abstract); a noise rate that is itself measured stays a level.
  [
    "DocRefine outperforms baselines, achieving overall scores of 86.7% for Semantic Consistency Score (SCS), 93.9% for Layout Fidelity Index (LFI), and 85.0% for Instruction Adherence Rate (IAR). YOLOv11-DIoU achieved 95.7% mAP with 5.3% occlusion miss rate.",
    [
      { type: "score", text: "86.7%", value: 86.7, metric: "scs" },
      { type: "score", text: "93.9%", value: 93.9, metric: "lfi" },
      { type: "score", text: "85.0%", value: 85, metric: "iar" },
      { type: "score", text: "95.7%", value: 95.7, metric: "map" },
      { type: "score", text: "5.3%", value: 5.3 },
    ],
  ],
  // A divergence is a measure; "absolute" in "mean absolute error" names it, no change; a level "exceeding" a number is one;
  // a threshold that counts cases is none (unseen corpus abstracts).
  [
    "Specifically, B-ReX achieves a Jensen-Shannon divergence of 0.072 $\\pm$ 0.012 on random Boolean formulae. We predict full benchmark scores with a 2.9% mean absolute error. SecMCP demonstrates robust detection with AUROC scores exceeding 0.915. Slice-Loc reduces the proportion of errors exceeding 10 m to under 3%.",
    [
      { type: "score", text: "0.072", value: 0.072, metric: "jensen-shannon divergence" },
      { type: "score", text: "2.9%", value: 2.9, metric: "mae" },
      { type: "score", text: "0.915", value: 0.915, metric: "auc", bound: "more than" },
      { type: "score", text: "3%", value: 3, bound: "less than" },
    ],
  ],
  // A comparator's level said as its own after the comparison is a baseline's, and its numbers listed on; the paper's own
  // contribution's never is (unseen corpus abstracts).
  [
    "For pneumonia detection, calibration enables the VLM to achieve a superior F1-score of 0.8841, surpassing the supervised CNN's 0.8803. Our detector reaches a mAP@50 of 0.816 and a mAP@50-95 of 0.612, compared to the RT-DETR-L model's 0.810 and 0.606, respectively.",
    [
      { type: "score", text: "0.8841", value: 0.8841, metric: "f1", role: "result" },
      { type: "score", text: "0.8803", value: 0.8803, metric: "f1", role: "baseline", method: "supervised CNN" },
      { type: "score", text: "0.816", value: 0.816, role: "result" },
      { type: "score", text: "0.612", value: 0.612, role: "result" },
      { type: "score", text: "0.810", value: 0.81, role: "baseline", method: "RT-DETR-L model" },
      { type: "score", text: "0.606", value: 0.606, role: "baseline", method: "RT-DETR-L model" },
    ],
  ],
  // A measure's acronym filling the bracket that defines it names it; one inside an aside, a dataset's or the set-up's does not
  // (unseen corpus abstracts).
  [
    "The ESWGAN-GP achieves a mean signal-to-noise ratio (SNR) of 26.78, structural similarity index measure (SSIM) of 0.81, and visual information fidelity (VIF) of 0.76.",
    [
      { type: "score", text: "26.78", value: 26.78, metric: "snr" },
      { type: "score", text: "0.81", value: 0.81, metric: "ssim" },
      { type: "score", text: "0.76", value: 0.76, metric: "vif" },
    ],
  ],
  [
    "We introduce a Cultural Probe Dataset (CPD) of 200 prompts. It uses Digital Elevation Models (DEM) of 0.5m resolution. Our system reaches a gFID (w/o CFG) of 2.20 in merely 80 epochs.",
    [{ type: "score", text: "2.20", value: 2.2, metric: "gfid" }],
  ],
  // The IoU a detection result is counted at is its threshold, no level (unseen corpus abstracts).
  [
    "Middle fusion with intensity encoding boosts mean Average Precision by up to 9x at IoU 0.9 and consistently outperforms single-vehicle baselines.",
    [{ type: "improvement", text: "9x", value: 9, metric: "map", bound: "up to" }],
  ],
  // ROUGE-1, ROUGE-2 and ROUGE-L are three measures, as the gold writes them; "BERTScore-F1" is BERTScore (unseen corpus abstract).
  [
    "It shows strong performance across standard generation metrics: ROUGE-L (0.6454), ROUGE-1 (0.6854), BERTScore-F1 (0.7967), and semantic similarity (0.8110).",
    [
      { type: "score", text: "0.6454", value: 0.6454, metric: "rouge-l" },
      { type: "score", text: "0.6854", value: 0.6854, metric: "rouge-1" },
      { type: "score", text: "0.7967", value: 0.7967, metric: "bertscore" },
      { type: "score", text: "0.8110", value: 0.811, metric: "semantic similarity", method: null },
    ],
  ],
  // A comparator's level alone in brackets after its name is a baseline's score in the measure it is compared in, however
  // the list of comparators goes on; not a level after a clause that turns ("while X (43.3%)"), nor a gap on a set
  // (unseen corpus abstracts).
  [
    "Experiments on the RWF-2000 dataset show that Vi-SAFE achieves an accuracy of 0.88, surpassing TSN alone (0.77) and outperforming existing methods.",
    [
      { type: "score", text: "0.88", value: 0.88, metric: "accuracy", role: "result", method: "Vi-SAFE" },
      { type: "score", text: "0.77", value: 0.77, metric: "accuracy", role: "baseline", method: "TSN alone" },
    ],
  ],
  [
    "Few-shot experiments show that our model achieves 0.64 mIoU on PlanetScope with just five training images, outperforming Prithvi (0.24) and DOFA (0.35).",
    [
      { type: "score", text: "0.64", value: 0.64, metric: "miou", role: "result" },
      { type: "score", text: "0.24", value: 0.24, metric: "miou", role: "baseline", method: "Prithvi" },
      { type: "score", text: "0.35", value: 0.35, metric: "miou", role: "baseline", method: "DOFA" },
    ],
  ],
  // … past each level's spread, along a list of any length; a measure's acronym closing the bracket that defines it names it.
  [
    "Our framework, SlideMamba, achieves an area under the precision recall curve (PRAUC) of 0.751 \\pm 0.05, outperforming MIL (0.491 \\pm 0.042), Trans-MIL (0.39 \\pm 0.017), and a prior similar work GAT-Mamba (0.703 \\pm 0.075).",
    [
      { type: "score", text: "0.751", value: 0.751, metric: "auprc", role: "result", method: "SlideMamba" },
      { type: "score", text: "0.491", value: 0.491, metric: "auprc", role: "baseline", method: "MIL" },
      { type: "score", text: "0.39", value: 0.39, metric: "auprc", role: "baseline", method: "Trans-MIL" },
      { type: "score", text: "0.703", value: 0.703, metric: "auprc", role: "baseline", method: "GAT-Mamba" },
    ],
  ],
  [
    "On the RAWFC dataset, DeReC achieves an F1 score of 65.58%, surpassing the state-of-the-art method L-Defense (61.20%).",
    [
      { type: "score", text: "65.58%", value: 65.58, metric: "f1", role: "result", method: "DeReC" },
      { type: "score", text: "61.20%", value: 61.2, metric: "f1", role: "baseline", method: "L-Defense" },
    ],
  ],
  [
    "Bing-Precise (66.2%) and Bing-Creative (61.4%) surpassed the passing threshold (60%), while Bing-Balanced (43.3%) did not. Our solver yields a reduced performance gap compared to the optimal solutions on the TSPLib (1.05%).",
    [
      { type: "score", text: "66.2%", value: 66.2, role: "result" },
      { type: "score", text: "61.4%", value: 61.4, role: "result" },
      { type: "score", text: "60%", value: 60, role: "baseline" },
      { type: "score", text: "43.3%", value: 43.3, role: "result" },
      { type: "score", text: "1.05%", value: 1.05, role: "result" },
    ],
  ],
  ["The model reached an AUC of 0.977 (95% CI, 0.969-0.986) on the external cohort.", [{ type: "score", text: "0.977", value: 0.977, metric: "auc" }]],
  // A share of performance kept, said without "of", is a retention; a share recovered is no level kept (unseen corpus abstracts).
  ["Furthermore, VISOR++ images are able to preserve 99.9% performance on 14,000 unrelated MMLU evaluation tasks.", [{ type: "score", text: "99.9%", value: 99.9, metric: "performance retention", dataset: "MMLU" }]],
  // A measure named right before the next number ("the AUC is 0.71") is that number's (unseen corpus abstracts).
  [
    "The c-index with respect to relapses for the multimodal model reached 0.68, and the AUC is 0.71 for the test dataset.",
    [
      { type: "score", text: "0.68", value: 0.68, metric: "c-index" },
      { type: "score", text: "0.71", value: 0.71, metric: "auc" },
    ],
  ],
  // Measures paired by a slash before numbers paired by one, in order (unseen corpus abstracts).
  [
    "Aes-R1 improves the backbone's average PLCC/SRCC by 47.9%/34.8%. It reaches a precision/recall of 0.91/0.87 on the test set.",
    [
      { type: "improvement", text: "47.9%", value: 47.9, metric: "plcc" },
      { type: "improvement", text: "34.8%", value: 34.8, metric: "srcc" },
      { type: "score", text: "0.91", value: 0.91, metric: "precision" },
      { type: "score", text: "0.87", value: 0.87, metric: "recall" },
    ],
  ],
  // Numbers in brackets after a measure the lexicon does not know take no measure named past the brackets' close;
  // of two slash-paired measures of which one is unknown, the second number is the unknown one's (unseen corpus abstracts).
  [
    "Mixtral 8x7B outperformed Mistral 7B in terms of completeness (99.6% vs. 93%), precision (98.8% vs. 96%), and hallucination rate (1.2% vs. 4%).",
    [
      { type: "score", text: "99.6%", value: 99.6, metric: null, method: "Mixtral 8x7B" },
      { type: "score", text: "93%", value: 93, metric: null },
      { type: "score", text: "98.8%", value: 98.8, metric: "precision", method: "Mixtral 8x7B" },
      { type: "score", text: "96%", value: 96, metric: "precision" },
      { type: "score", text: "1.2%", value: 1.2, metric: "hallucination rate" },
      { type: "score", text: "4%", value: 4, metric: "hallucination rate" },
    ],
  ],
  [
    "We achieve mAP/mCorLoc scores of 58.5%/81.8% on VOC 2007.",
    [
      { type: "score", text: "58.5%", value: 58.5, metric: "map", dataset: "PASCAL VOC 2007" },
      { type: "score", text: "81.8%", value: 81.8, metric: null, dataset: "PASCAL VOC 2007" },
    ],
  ],
  // A measure's acronym may open with one small letter ("cIoU", "gFID", "pAP@10") (unseen corpus abstracts).
  ["LENS achieves an average cIoU of 81.2% on RefCOCO.", [{ type: "score", text: "81.2%", value: 81.2, metric: "ciou", dataset: "RefCOCO" }]],
  ["When applied to advanced tokenizers, it achieves a gFID of 1.42 with only 177M parameters.", [{ type: "score", text: "1.42", value: 1.42, metric: "gfid" }]],
  // A ranking measure keeps its cut-off, so that Recall@1 and R@10 are not ranked together; a number of samples
  // (pass@K) conditions no other measure (unseen corpus abstracts).
  [
    "Our model achieves a Recall@1 of 45.2% and a R@10 of 80.1% on Flickr30K, MRR@10 of 0.576 and pass@16 of 80.5% on HumanEval.",
    [
      { type: "score", text: "45.2%", value: 45.2, metric: "recall@1", higherIsBetter: true },
      { type: "score", text: "80.1%", value: 80.1, metric: "recall@10", setting: [] },
      { type: "score", text: "0.576", value: 0.576, metric: "mrr@10", setting: [] },
      { type: "score", text: "80.5%", value: 80.5, metric: "pass@k", setting: ["pass@16"] },
    ],
  ],
  // A measure named before "reaching", "coefficients of up to" names the level after it, not the next clause's measure
  // (new dev abstract 2509.02156).
  [
    "Evaluation demonstrates robust performance, with average Dice coefficients reaching approximately 0.96 and IoU values of 0.93.",
    [
      { type: "score", text: "0.96", value: 0.96, metric: "dice" },
      { type: "score", text: "0.93", value: 0.93, metric: "iou" },
    ],
  ],
  // "larger models" is where a level was reached, no memory saved; an ordinal in a link is no placing (dev abstracts).
  [
    "Small models stay near random, while larger models (greater than 7B) reach 70-80% probe accuracy. Code: https://github.com/x/2025-LSVOS-3rd-place.",
    [{ type: "score", text: "70-80%", value: 80, metric: "accuracy" }],
  ],
  // Levels listed each on a named set go on the list whatever their measure is called; a number and a measure's name
  // before "on" say the name after it is data (new dev abstract 2510.04472).
  [
    "SPEGNet achieves 0.887 $S_\\alpha$ on CAMO, 0.890 on COD10K, and 0.895 on NC4K, with real-time inference speed.",
    [
      { type: "score", text: "0.887", value: 0.887, dataset: "CAMO" },
      { type: "score", text: "0.890", value: 0.89, dataset: "COD10K" },
      { type: "score", text: "0.895", value: 0.895, dataset: "NC4K" },
    ],
  ],
  // A placing in a ranking is a level of "rank" (lower is better), a percentile among people one of "percentile" (new dev
  // abstracts; CLAIMS-SPEC: "would a reader put this number in a table"); "in the first place" is neither.
  [
    "Our method IOVQA achieves strong accuracy and consistency in the VQA task, ranking 3rd in the VQualA 2025 challenge.",
    [{ type: "score", text: "3rd", value: 3, metric: "rank" }],
  ],
  ["On the MTEB English leaderboard, F2LLM-4B ranks 2nd among models of its size and 7th overall.", [{ type: "score", text: "2nd", value: 2, metric: "rank" }, { type: "score", text: "7th", value: 7, metric: "rank" }]],
  [
    "Our team won first place in the ACM Multimedia 2025 Identity-Preserving Video Generation Challenge.",
    [{ type: "score", text: "first", value: 1, metric: "rank" }],
  ],
  [
    "We find that GPT-5 achieves a notable 81.76th percentile, while GPT-OSS-120B achieves only a 60th percentile.",
    [
      { type: "score", text: "81.76th", value: 81.76, metric: "percentile" },
      { type: "score", text: "60th", value: 60, metric: "percentile" },
    ],
  ],
  // Video object segmentation's J&F is a metric of its own, not F1.
  [
    "As a result, our method achieves a J&F score of 86.37% on the test set, ranking 1st in the MOSEv1 Challenge.",
    [
      { type: "score", text: "86.37%", value: 86.37, metric: "j&f" },
      { type: "score", text: "1st", value: 1, metric: "rank" },
    ],
  ],
  // A measure's acronym after a verb of attainment names the level, over the clause's measure; plurals of
  // abbreviations are their measures (unseen corpus abstracts).
  [
    "Experiments indicate that even basic enhancement filters can significantly reduce detection accuracy achieving ASR up to 64.63\\%. In contrast, GAN-based techniques further exploit these vulnerabilities, achieving ASR up to 75.12\\%.",
    [
      { type: "score", text: "64.63\\%", value: 64.63, metric: "asr", bound: "up to" },
      { type: "score", text: "75.12\\%", value: 75.12, metric: "asr", bound: "up to" },
    ],
  ],
  [
    "Results demonstrate the Random Forest's superior accuracy, achieving RMSEs of 0.0046 (medium gap), 0.0016 (long gap), and 0.0025 (extra long gap).",
    [
      { type: "score", text: "0.0046", value: 0.0046, metric: "rmse" },
      { type: "score", text: "0.0016", value: 0.0016, metric: "rmse" },
      { type: "score", text: "0.0025", value: 0.0025, metric: "rmse" },
    ],
  ],
  ["In contrast, UFPR-Periocular yields significantly better performance (EERs of 1-2%), thanks to higher image quality.", [{ type: "score", text: "1-2%", value: 2, metric: "eer" }]],
  // A measure named right before "of" or "=" names its level even after another measure in the clause; a
  // model's name there labels a model's level in the clause's measure (unseen corpus abstracts).
  [
    "This result shows substantial room for improvement, with the best model achieving the F1 score of 0.5648 and Jaccard score of 0.4477.",
    [
      { type: "score", text: "0.5648", value: 0.5648, metric: "f1" },
      { type: "score", text: "0.4477", value: 0.4477, metric: "jaccard" },
    ],
  ],
  [
    "Both proposed models outperform the state-of-the-art model (F1-scores: CNN=0.46, ANN=0.44) when tested on 10 holdout test patients.",
    [
      { type: "score", text: "0.46", value: 0.46, metric: "f1" },
      { type: "score", text: "0.44", value: 0.44, metric: "f1" },
    ],
  ],
  // A measure's acronym may start with a digit and take "value of" (unseen corpus abstract).
  [
    "Performance is evident with a 3DIoU value of 85.49, 86.16, 81.76, and 91.98 on PanoContext, Stanford-2D3D, Matterport3DLayout, and ZInD, respectively.",
    [
      { type: "score", text: "85.49", value: 85.49, metric: "3diou", dataset: "PanoContext" },
      { type: "score", text: "86.16", value: 86.16, metric: "3diou", dataset: "Stanford-2D3D" },
      { type: "score", text: "81.76", value: 81.76, metric: "3diou", dataset: "Matterport3DLayout" },
      { type: "score", text: "91.98", value: 91.98, metric: "3diou", dataset: "ZInD" },
    ],
  ],
  // A measure's head noun right before "of" names the level (corpus dev split).
  [
    "CLEAR achieved a 58.3 percent win rate, an average semantic similarity of 0.878, and used 78 percent fewer tokens than wide context processing.",
    [
      { type: "score", text: "58.3 percent", value: 58.3, metric: "win rate" },
      { type: "score", text: "0.878", value: 0.878, metric: "semantic similarity" },
      { type: "speedup", text: "78 percent", value: 78 },
    ],
  ],
  // A model's size, then its level, in brackets after its name: a score, not a share of parameters (corpus dev split).
  [
    "It achieves 86.7% balanced accuracy, rivaling specialized models, MiniCheck (7B; 84.0%) and Granite Guardian 3.3 (8B; 82.2%) while using roughly half their parameters.",
    [
      { type: "score", text: "86.7%", value: 86.7, metric: "balanced accuracy" },
      { type: "score", text: "84.0%", value: 84, metric: "balanced accuracy", setting: ["model-size:7B"] },
      { type: "score", text: "82.2%", value: 82.2, metric: "balanced accuracy", setting: ["model-size:8B"] },
      { type: "compression", text: "half", value: 50 },
    ],
  ],
  // An aside between two levels keeps them a pair; a range spans levels and has no baseline (unseen corpus abstracts).
  [
    "Qwen2.5-VL-72B improves from 8.6% (vision-only) to 59.0%, while Claude-Opus-4 rises from 44.8% to 73.0%.",
    [
      { type: "score", text: "8.6%", value: 8.6, role: "baseline" },
      { type: "score", text: "59.0%", value: 59, role: "result" },
      { type: "score", text: "44.8%", value: 44.8, role: "baseline" },
      { type: "score", text: "73.0%", value: 73, role: "result" },
    ],
  ],
  [
    "Our framework achieves a Cohen's Kappa ranging from 0.74 to 0.83 as compared to expert human coders.",
    [{ type: "score", text: "0.74 to 0.83", value: 0.83, valueLow: 0.74, metric: "kappa", role: "result" }],
  ],
  // Decimals joined by "to" alone in a bracket no change opens are a range too, of the measure before the bracket, not of one
  // named after a clause that turns ("while ROC-AUC …"; unseen corpus abstracts).
  [
    "F1, precision, and recall were stable (0.87 to 0.96), while ROC-AUC varied more widely (0.50 to 0.82). LLM-based approaches produce low similarity scores (0.00 to 0.29) for different meanings.",
    [
      { type: "score", text: "0.87 to 0.96", value: 0.96, valueLow: 0.87, metric: "recall" },
      { type: "score", text: "0.50 to 0.82", value: 0.82, valueLow: 0.5, metric: "auc" },
      { type: "score", text: "0.00 to 0.29", value: 0.29, valueLow: 0, metric: "similarity" },
    ],
  ],
  // Decimals a measure ranges over are one range, as the gold guide writes ranges, whatever names a measure after them
  // ("…, while speed RMSE"), and "in the range from" says so too (unseen corpus abstracts).
  [
    "Position RMSE ranged from 1.68 to 16.39 m, while speed RMSE ranged from 0.34 to 2.38 m\\,s^{-1}. Instead, we report reduced segmentation performance with the binary segmentation approaches, achieving DSCs in the range from 39.3 to 73.8.",
    [
      { type: "score", text: "1.68 to 16.39", value: 16.39, valueLow: 1.68, metric: "rmse" },
      { type: "score", text: "0.34 to 2.38", value: 2.38, valueLow: 0.34, metric: "rmse" },
      { type: "score", text: "39.3 to 73.8", value: 73.8, valueLow: 39.3, metric: "dice" },
    ],
  ],
  // A baseline's level said as "the baseline of N" (unseen corpus abstracts).
  [
    "The fine-tuned XLM-RoBERTa model obtains an F_1 score of 0.7917, ranking 3rd and exceeding the baseline of 0.6461.",
    [
      { type: "score", text: "0.7917", value: 0.7917, metric: "f1", role: "result" },
      { type: "score", text: "3rd", value: 3, metric: "rank" },
      { type: "score", text: "0.6461", value: 0.6461, metric: "f1", role: "baseline" },
    ],
  ],
  // The level set against another with "vs." is of its measure; a measure named right after a number said of
  // "performance" is its measure (corpus dev split, unseen corpus abstracts).
  [
    "Human validation demonstrated superior agreement (concordance = 50% vs. 33%) and performance (F1 = 0.500 vs. 0.256).",
    [
      { type: "score", text: "50%", value: 50, metric: "concordance" },
      { type: "score", text: "33%", value: 33, metric: "concordance" },
      { type: "score", text: "0.500", value: 0.5, metric: "f1" },
      { type: "score", text: "0.256", value: 0.256, metric: "f1" },
    ],
  ],
  ["Our evaluation on WebArena demonstrates that CogniWeb achieves competitive performance (43.96% success rate) while maintaining efficiency.", [{ type: "score", text: "43.96%", value: 43.96, metric: "success rate" }]],
  // Two decimals set side by side with "vs." are levels too (unseen corpus abstract).
  [
    "It demonstrates significant improvements in hallucination detection (0.74 vs. 0.42 baseline) while reducing computational costs by 40%.",
    [
      { type: "score", text: "0.74", value: 0.74, role: "result" },
      { type: "score", text: "0.42", value: 0.42, role: "baseline" },
      { type: "speedup", text: "40%", value: 40 },
    ],
  ],
  // A level written with decimals is one whatever its value ("1.00", "4.0"), not a count (unseen corpus abstracts).
  [
    "It shows high effectiveness, achieving a precision of 1.0 and recall of 0.71 for ad generation, and F1-scores ranging from 0.99 to 1.00 for ad detection.",
    [
      { type: "score", text: "1.0", value: 1, metric: "precision" },
      { type: "score", text: "0.71", value: 0.71, metric: "recall" },
      { type: "score", text: "0.99 to 1.00", value: 1, valueLow: 0.99, metric: "f1" },
    ],
  ],
  // "achieving rates of 0.94, 0.87, and 0.89": levels in the clause's measure; a baseline's range said as such (unseen corpus abstract).
  [
    "The dataset includes 300 question-answer pairs, with baseline model accuracy ranging from 0.49 to 0.57. Post-integration of the RAG pipeline, we observed a significant improvement in model accuracy, achieving rates of 0.94, 0.87, and 0.89 for the three categories, respectively.",
    [
      { type: "score", text: "0.49 to 0.57", value: 0.57, valueLow: 0.49, metric: "accuracy", role: "baseline" },
      { type: "score", text: "0.94", value: 0.94, metric: "accuracy", role: "result" },
      { type: "score", text: "0.87", value: 0.87, metric: "accuracy" },
      { type: "score", text: "0.89", value: 0.89, metric: "accuracy" },
    ],
  ],
  // "<word> rate of" names a share (unseen corpus abstracts), unless it is an operating point.
  ["While most of the LLMs underperformed the baselines, Qwen3-4B achieved the best-arm selection rate of 89.2%, which outperformed the larger LLMs.", [{ type: "score", text: "89.2%", value: 89.2, metric: "selection rate" }]],
  [
    "Patient identity remains consistent post-operatively, with True Match Rates of 99.5% and 99.6% at a False Match Rate of 0.01% for both sets.",
    [
      { type: "score", text: "99.5%", value: 99.5 },
      { type: "score", text: "99.6%", value: 99.6 },
    ],
  ],
  // mAP@50-95 is mAP (unseen corpus abstracts).
  [
    "Experimental results show: mAP50: 0.820 (+8.0% improvement); mAP50-95: 0.705 (+10.5% improvement).",
    [
      { type: "score", text: "0.820", value: 0.82, metric: "ap50" },
      { type: "improvement", text: "+8.0%", value: 8, metric: "ap50" },
      { type: "score", text: "0.705", value: 0.705, metric: "map" },
      { type: "improvement", text: "+10.5%", value: 10.5, metric: "map" },
    ],
  ],
  // Ratings on a scale of 4, 9 or 100 as on one of 5 (unseen corpus abstracts); the scale itself is no claim.
  [
    "Claude Sonnet-4 and Gemini 2.5-Pro achieved the highest consistency scores (3.79/4.0 and 3.65/4.0) when evaluated by automated LLM assessors.",
    [
      { type: "score", text: "3.79", value: 3.79 },
      { type: "score", text: "3.65", value: 3.65 },
    ],
  ],
  ["It improves detection accuracy by a wide margin and achieves the highest reasoning score of 4.55/5.0.", [{ type: "score", text: "4.55", value: 4.55 }]],
  // A number said to be on a name no lexicon knows is on that, not on the last dataset known.
  [
    "Specifically, it achieves 67.7% accuracy on BrowseComp and 83% on xbench-DeepSearch.",
    [
      { type: "score", text: "67.7%", value: 67.7, dataset: "BrowseComp" },
      { type: "score", text: "83%", value: 83, dataset: null },
    ],
  ],
  [
    "VSI achieves 40.00% key frame localization accuracy on the text-relevant subset of LongVideoBench and 68.48% accuracy on downstream long Video-QA tasks.",
    [
      { type: "score", text: "40.00%", value: 40, dataset: "LongVideoBench" },
      { type: "score", text: "68.48%", value: 68.48, dataset: null },
    ],
  ],
  // More numbers than names found in a "respectively" list (Kvasir unknown): which is on which is unknown.
  [
    "MSA2-Net achieves Dice scores of 86.49%, 92.56%, 93.37%, and 92.98% on the Synapse, ACDC, Kvasir, and Skin Lesion Segmentation (ISIC2017) datasets, respectively.",
    [
      { type: "score", text: "86.49%", value: 86.49, dataset: null },
      { type: "score", text: "92.56%", value: 92.56, dataset: null },
      { type: "score", text: "93.37%", value: 93.37, dataset: null },
      { type: "score", text: "92.98%", value: 92.98, dataset: null },
    ],
  ],
  // Each group of numbers is on the dataset named right after it, metrics between the numbers and all.
  [
    "Our approach demonstrates 92.81% accuracy and 92.47% F1-score on the HAM10000 dataset, 97.83% accuracy and 97.83% F1-score on the PAD-UFES dataset, and 91.17% accuracy with 91.79% F1-score on the BCN20000 dataset.",
    [
      { type: "score", text: "92.81%", value: 92.81, metric: "accuracy", dataset: "HAM10000" },
      { type: "score", text: "92.47%", value: 92.47, metric: "f1", dataset: "HAM10000" },
      { type: "score", text: "97.83%", value: 97.83, metric: "accuracy", dataset: "PAD-UFES-20" },
      { type: "score", text: "97.83%", value: 97.83, metric: "f1", dataset: "PAD-UFES-20" },
      { type: "score", text: "91.17%", value: 91.17, metric: "accuracy", dataset: "BCN20000" },
      { type: "score", text: "91.79%", value: 91.79, metric: "f1", dataset: "BCN20000" },
    ],
  ],
  // A bare "top-1" is the accuracy or error named before it, else the one named after it in the clause.
  [
    "Our network reaches, among the published works, state-of-the-art accuracy of 82.7% top-1 and 96.2% top-5 on ImageNet.",
    [
      { type: "score", text: "82.7%", value: 82.7, metric: "top-1 accuracy", dataset: "ImageNet" },
      { type: "score", text: "96.2%", value: 96.2, metric: "top-5 accuracy", dataset: "ImageNet" },
    ],
  ],
  [
    "This model also generalizes competitively to ImageNet at 25.1% top-1 (7.8% top-5) error.",
    [
      { type: "score", text: "25.1%", value: 25.1, metric: "top-1 error", dataset: "ImageNet" },
      { type: "score", text: "7.8%", value: 7.8, metric: "top-5 error", dataset: "ImageNet" },
    ],
  ],
  [
    "In this paper, we propose a simple and scalable detection algorithm that improves mean average precision (mAP) by more than 30% relative to the previous best result on VOC 2012---achieving a mAP of 53.3%.",
    [
      { type: "improvement", text: "30%", value: 30, unit: "%", metric: "map", bound: "more than", dataset: "PASCAL VOC 2012", baseline: "the previous best result" },
      { type: "score", text: "53.3%", value: 53.3, unit: "%", metric: "map", bound: null, dataset: "PASCAL VOC 2012" },
    ],
  ],
  [
    "It achieves 24.2% top-1 error rate on ImageNet, and further achieves 23.4% top-1 error rate on ImageNet when enhanced with search space.",
    [
      { type: "score", text: "24.2%", value: 24.2, metric: "top-1 error", dataset: "ImageNet" },
      { type: "score", text: "23.4%", value: 23.4, metric: "top-1 error", dataset: "ImageNet" },
    ],
  ],
  [
    "Our cell achieves a test set perplexity of 62.4 on the Penn Treebank, which is 3.6 perplexity better than the previous state-of-the-art model.",
    [
      { type: "score", text: "62.4", value: 62.4, unit: "", metric: "perplexity", dataset: "Penn Treebank" },
      { type: "improvement", text: "3.6", value: 3.6, metric: "perplexity", baseline: "the previous state-of-the-art model" },
    ],
  ],
  [
    "We achieve top-1 accuracy of 93.05%, 70.15% and 67.71% on CIFAR-10, CIFAR-100 and ImageNet, respectively.",
    [
      { type: "score", text: "93.05%", value: 93.05, metric: "top-1 accuracy", dataset: "CIFAR-10" },
      { type: "score", text: "70.15%", value: 70.15, metric: "top-1 accuracy", dataset: "CIFAR-100" },
      { type: "score", text: "67.71%", value: 67.71, metric: "top-1 accuracy", dataset: "ImageNet" },
    ],
  ],
  [
    "For example, ODIN reduces the false positive rate from the baseline 34.7% to 4.3% on the DenseNet (applied to CIFAR-10) when the true positive rate is 95%.",
    [
      { type: "score", text: "34.7%", value: 34.7, metric: "fpr", role: "baseline" },
      { type: "score", text: "4.3%", value: 4.3, metric: "fpr", role: "result" },
      // "when the true positive rate is 95%" sets the operating point: not a claim.
    ],
  ],
  [
    "The model achieved a mean absolute error (MAE) of 0.276, outperforming traditional empirical methods and other machine learning models.",
    [{ type: "score", text: "0.276", value: 0.276, metric: "mae" }],
  ],
  [
    "BrainTransformers-3B-Chat demonstrates competitive performance across various benchmarks, including MMLU (63.2), BBH (54.1), ARC-C (54.3), and GSM8K (76.3).",
    [
      { type: "score", text: "63.2", value: 63.2, dataset: "MMLU" },
      { type: "score", text: "54.1", value: 54.1, dataset: "BIG-Bench Hard" },
      { type: "score", text: "54.3", value: 54.3, dataset: "ARC-Challenge" },
      { type: "score", text: "76.3", value: 76.3, dataset: "GSM8K" },
    ],
  ],
  // A benchmark's score right after its name, in a list (unseen corpus abstract); a share of the data is none.
  [
    "The strategy is validated on both public benchmarks (OCRBench 873, DocVQA 94.75%) and in-house evaluations.",
    [{ type: "score", text: "94.75%", value: 94.75, dataset: "DocVQA" }],
  ],
  [
    "Our 8B model achieves MMLU 85.2, GSM8K 92.1 and HumanEval 71.3.",
    [
      { type: "score", text: "85.2", value: 85.2, dataset: "MMLU" },
      { type: "score", text: "92.1", value: 92.1, dataset: "GSM8K" },
      { type: "score", text: "71.3", value: 71.3, dataset: "HumanEval" },
    ],
  ],
  ["We pre-train on ImageNet 1% and 10% labels.", []],
  // A share named as the rate of an outcome is a level; a rate set up is none (unseen corpus abstracts).
  [
    "Even the SOTA text-to-image models like Flux.dev and DALLE-3 demonstrate a 59 percent and 71 percent misalignment rate, respectively.",
    [
      { type: "score", text: "59 percent", value: 59, metric: "misalignment rate" },
      { type: "score", text: "71 percent", value: 71, metric: "misalignment rate" },
    ],
  ],
  ["Evaluated against five frontier LLMs, the scenarios revealed an overall 76% vulnerability rate.", [{ type: "score", text: "76%", value: 76, metric: "vulnerability rate" }]],
  ["We pre-train with a 75% masking rate and evaluate under 40% noise rate.", []],
  ["Recall@1 reaches 0.56 at a 45% gate rate.", [{ type: "score", text: "0.56", value: 0.56, metric: "recall@1" }]],
  // A measure's head noun with one word before it, right after a share (unseen corpus abstracts); a threshold is none.
  ["The AI showed 95% directional agreement with senior human experts in Phase II.", [{ type: "score", text: "95%", value: 95, metric: "directional agreement" }]],
  ["A similarity-based consensus approach, using a 95% output similarity threshold, improved accuracy to 77.6%.", [{ type: "score", text: "77.6%", value: 77.6, metric: "accuracy" }]],
  // How often an outcome happens is a level (unseen corpus abstracts).
  ["In a user study, participants preferred our assistant 78% of the time (p=0.015).", [{ type: "score", text: "78%", value: 78 }]],
  ["Smaller models (e.g., 7B-scale) can fail more than 20% of the time.", [{ type: "score", text: "20%", value: 20, bound: "more than" }]],
  ["Even the strongest model generates the correct answer only 33.7% of the time, and the best API model hallucinates up to 70% of the time.", [{ type: "score", text: "33.7%", value: 33.7 }, { type: "score", text: "70%", value: 70, bound: "up to" }]],
  // A level named by the words before "score" right after it (unseen corpus abstracts); how high it is and where are no name.
  ["It shows strong generalization with a 0.87 retention score and a 0.98 fairness score.", [{ type: "score", text: "0.87", value: 0.87, metric: "retention" }, { type: "score", text: "0.98", value: 0.98, metric: "fairness" }]],
  ["PixNerd achieved a competitive 0.73 overall score on the GenEval benchmark.", [{ type: "score", text: "0.73", value: 0.73, metric: null, dataset: "GenEval" }]],
  // How often an outcome happens over the cases tried (unseen corpus abstracts); a share of the data is none, nor is "half of".
  [
    "Annotators preferred outputs from PoT in 66% of cases, and guardrails changed their judgments in around 11% and 8% of cases.",
    [
      { type: "score", text: "66%", value: 66 },
      { type: "score", text: "11%", value: 11, bound: "about" },
      { type: "score", text: "8%", value: 8 },
    ],
  ],
  ["We estimate fewer than 8% of sentences express a stance, and perturb an edge in half of the instances.", []],
  // A change's two levels in brackets after it (unseen corpus abstracts); a spread in brackets stays a range.
  [
    "Fine-tuning improves single-agent tasks dramatically (0.6% to 76.3%), and BERTScore improved by 7.6% (0.828 to 0.891).",
    [
      { type: "score", text: "0.6%", value: 0.6, role: "baseline" },
      { type: "score", text: "76.3%", value: 76.3, role: "result" },
      { type: "improvement", text: "7.6%", value: 7.6, metric: "bertscore" },
      { type: "score", text: "0.828", value: 0.828, metric: "bertscore", role: "baseline" },
      { type: "score", text: "0.891", value: 0.891, metric: "bertscore", role: "result" },
    ],
  ],
  // A level that a measure, the verb's subject, rises to or stays at (unseen corpus abstracts); a rate set up is none.
  ["When a larger evaluation window is available, the Area Under the ROC curve (AUROC) increases to 0.8306.", [{ type: "score", text: "0.8306", value: 0.8306, metric: "auc" }]],
  ["Across all categories, precision, recall, and F1 scores remain above 0.83.", [{ type: "score", text: "0.83", value: 0.83, metric: "f1", bound: "more than" }]],
  ["Models fail to leverage guiding steps, with solve rates remaining under 9.2%.", [{ type: "score", text: "9.2%", value: 9.2, metric: "solve rate", bound: "less than" }]],
  ["Our base model achieves Macro-F1 0.615; with the ensemble, the score improves to 0.647.", [{ type: "score", text: "0.615", value: 0.615, metric: "macro f1" }, { type: "score", text: "0.647", value: 0.647 }]],
  ["When the threshold increases to 0.5, the learning rate decreases to 0.001.", []],
  // "from a baseline of A to B": both levels (unseen corpus abstract).
  [
    "The approach demonstrated notable improvement on our development set, increasing the micro F1-score from a baseline of 0.79 to 0.83.",
    [
      { type: "score", text: "0.79", value: 0.79, role: "baseline" },
      { type: "score", text: "0.83", value: 0.83, role: "result" },
    ],
  ],
  // A benchmark's score in brackets with the change after it; a measure's acronym in brackets before "of" (unseen corpus abstracts).
  [
    "It establishes new state-of-the-art results across four benchmark datasets: UvA-NEMO (88.7 percent, +0.8), MMI (99.7 percent), and BBC (100 percent, +5.0).",
    [
      { type: "score", text: "88.7 percent", value: 88.7, dataset: "UvA-NEMO" },
      { type: "improvement", text: "+0.8", value: 0.8, dataset: "UvA-NEMO" },
      { type: "score", text: "99.7 percent", value: 99.7, dataset: "MMI" },
      { type: "score", text: "100 percent", value: 100, dataset: "BBC" },
      { type: "improvement", text: "+5.0", value: 5, dataset: "BBC" },
    ],
  ],
  [
    "Mamba-CNN achieves a Pearson Correlation (PC) of 0.9187 and a Mean Absolute Error (MAE) of 0.2022.",
    [
      { type: "score", text: "0.9187", value: 0.9187, metric: "pearson correlation" },
      { type: "score", text: "0.2022", value: 0.2022, metric: "mae" },
    ],
  ],
  // A dataset alone in brackets right after the number is its own (unseen corpus abstracts).
  [
    "Results show that our approach outperforms existing baselines, achieving average image-level AUROC scores of 0.972 (MVTec AD) and 0.891 (VisA).",
    [
      { type: "score", text: "0.972", value: 0.972, dataset: "MVTec AD" },
      { type: "score", text: "0.891", value: 0.891, dataset: "VisA" },
    ],
  ],
  // Centimetres are no millimetres (unseen corpus abstracts: "1.67cm" was written 1.67 mm).
  ["WeedSense achieves a mean absolute error of 1.67cm for plant height estimation.", [{ type: "score", text: "1.67cm", value: 1.67, unit: "cm", metric: "mae" }]],
  // A measure no lexicon lists, named by its head noun, with its level in brackets (unseen corpus abstracts).
  [
    "The results show that mCLIP + Gemini Pro Vision achieved the best BLEU-1 (5.34%) and cosine similarity (60.01%).",
    [
      { type: "score", text: "5.34%", value: 5.34, metric: "bleu" },
      { type: "score", text: "60.01%", value: 60.01, metric: "cosine similarity" },
    ],
  ],
  // In the plural a measure's name says what is scored or rated; a rate set up is none (unseen corpus abstracts).
  ["HealthProcessAI reached high consistency scores (3.79) and conversion rates (58 percent).", [{ type: "score", text: "3.79", value: 3.79, metric: "consistency" }, { type: "score", text: "58 percent", value: 58, metric: "conversion rate" }]],
  ["We train with a small learning rate (0.0001) and report a miscue rate (28.57%).", [{ type: "score", text: "28.57%", value: 28.57, metric: "miscue rate" }]],
  // In a list of numbers each on its own name, a plain capitalised name no lexicon knows is where the number is, not the one before (unseen corpus abstracts).
  [
    "Evaluated on three CASAS datasets, CARE achieves state-of-the-art performance (89.8% on Milan, 88.9% on Cairo, and 73.3% on Kyoto7).",
    [
      // (The first opens the list: it keeps the collection named before, of which Milan is a part.)
      { type: "score", text: "89.8%", value: 89.8, dataset: "CASAS" },
      { type: "score", text: "88.9%", value: 88.9, dataset: null },
      { type: "score", text: "73.3%", value: 73.3, dataset: "Kyoto7" },
    ],
  ],
  // Levels of two measures paired by slashes, each with its own unit (unseen corpus abstract).
  [
    "Our method achieves state-of-the-art results, with PSNR/SSIM scores of 29.83 dB/90.84\\% for fMRI synthesis.",
    [
      { type: "score", text: "29.83 dB", value: 29.83, unit: "dB", metric: "psnr" },
      { type: "score", text: "90.84\\%", value: 90.84, unit: "%", metric: "ssim" },
    ],
  ],
  [
    "On MTEB medical benchmarks, the model obtained BIOSSES 0.77 Spearman and SciFact 0.61 NDCG@10, indicating competitive performance.",
    [
      { type: "score", text: "0.77", value: 0.77, metric: "spearman correlation", dataset: "BIOSSES" },
      { type: "score", text: "0.61", value: 0.61, metric: "ndcg@10", dataset: "SciFact" },
    ],
  ],
  [
    "On ImageNet-1K, Meta-SpikeFormer achieves 80.0\\% top-1 accuracy (55M), surpassing the current state-of-the-art (SOTA) SNN baselines (66M) by 3.7\\%.",
    [
      { type: "score", text: "80.0\\%", value: 80, unit: "%", metric: "top-1 accuracy", dataset: "ImageNet" },
      { type: "improvement", text: "3.7\\%", value: 3.7, unit: "%" },
    ],
  ],
  // Corpus dev split: levels reached with a verb, and pairs of levels (from-to, versus, arrows), metric named or not.
  [
    "\\texttt{BFS-Prover-V2} achieves 95.08\\% and 41.4\\% on the MiniF2F and ProofNet test sets respectively.",
    [
      { type: "score", text: "95.08\\%", value: 95.08, metric: null, dataset: "miniF2F" },
      { type: "score", text: "41.4\\%", value: 41.4, metric: null, dataset: "ProofNet" },
    ],
  ],
  [
    "On COVID-CXR, ROC-AUC improves from 0.9489 to 0.9982.",
    [
      { type: "score", text: "0.9489", value: 0.9489, metric: "auc" },
      { type: "score", text: "0.9982", value: 0.9982, metric: "auc" },
    ],
  ],
  [
    "It outperforms it in terms of FID scores (3.30 -> 3.03, 2.57 ->2.44).",
    [
      { type: "score", text: "3.30", value: 3.3, metric: "fid" },
      { type: "score", text: "3.03", value: 3.03, metric: "fid" },
      { type: "score", text: "2.57", value: 2.57, metric: "fid" },
      { type: "score", text: "2.44", value: 2.44, metric: "fid" },
    ],
  ],
  // Numbers listed with as many datasets are paired in order, "respectively" or not; a clause keeps its dataset.
  [
    "It performs excellently on two challenging knowledge-based VQA datasets: OK-VQA and A-OKVQA, achieving accuracies of 38.8% and 34.6%.",
    [
      { type: "score", text: "38.8%", value: 38.8, metric: "accuracy", dataset: "OK-VQA" },
      { type: "score", text: "34.6%", value: 34.6, metric: "accuracy", dataset: "A-OKVQA" },
    ],
  ],
  [
    "On CIFAR-10, the accuracy rises from 91.2% to 94.0%; on ImageNet, it reaches 80.1% top-1 accuracy.",
    [
      { type: "score", text: "91.2%", value: 91.2, metric: "accuracy", dataset: "CIFAR-10" },
      { type: "score", text: "94.0%", value: 94, metric: "accuracy", dataset: "CIFAR-10" },
      { type: "score", text: "80.1%", value: 80.1, metric: "top-1 accuracy", dataset: "ImageNet" },
    ],
  ],
  // The spec's grammar: a mean with its spread, a typed colon, LaTeX math, retentions.
  ["We achieve an accuracy of 96.66 ± 1.10% on the test set.", [{ type: "score", text: "96.66", value: 96.66, unit: "%", metric: "accuracy" }]],
  // A spread typed "+/-" or "+-" is a "±": no claim of its own, and no gap between a number and its measure;
  // a mean ± spread in brackets after a result restates it over runs (unseen corpus abstracts).
  [
    "Logistic regression achieved 97.78 +/- 0.82% accuracy, with an AUROC of 93.78% +- 2.34%.",
    [
      { type: "score", text: "97.78", value: 97.78, unit: "%", metric: "accuracy" },
      { type: "score", text: "93.78%", value: 93.78, metric: "auc" },
    ],
  ],
  ["Our best single model run has 1.93% (1.98+/-0.07) validation error on CIFAR-10.", [{ type: "score", text: "1.93%", value: 1.93, metric: "error", dataset: "CIFAR-10" }]],
  // A "from A to B" pair on a list of such pairs is a pair of levels as the first was, however far its measure
  // (unseen corpus abstract).
  [
    "MITS improves LMM performance, increasing LLaVA-1.6's from 0.678 to 0.921 (+35.8%), Qwen2-VL's from 0.584 to 0.926 (+58.6%), and Qwen2.5-VL's from 0.732 to 0.930 (+27.0%).",
    [
      { type: "score", text: "0.678", value: 0.678, role: "baseline", method: "LLaVA-1.6" },
      { type: "score", text: "0.921", value: 0.921, role: "result", method: "LLaVA-1.6" },
      { type: "improvement", text: "+35.8%", value: 35.8 },
      { type: "score", text: "0.584", value: 0.584, role: "baseline", method: "Qwen2-VL" },
      { type: "score", text: "0.926", value: 0.926, role: "result", method: "Qwen2-VL" },
      { type: "improvement", text: "+58.6%", value: 58.6 },
      { type: "score", text: "0.732", value: 0.732, role: "baseline", method: "Qwen2.5-VL" },
      { type: "score", text: "0.930", value: 0.93, role: "result", method: "Qwen2.5-VL" },
      { type: "improvement", text: "+27.0%", value: 27 },
    ],
  ],
  // A word's plural names its measure in lower case too ("errors"); a share of the errors is no error rate; a measure
  // named right after the number wins over a term before it, and keeps its cut-off (unseen corpus abstracts).
  [
    "We evaluate on Panoptic Studio and DexYCB, achieving median trajectory errors of 3.1 cm and 2.0 cm, respectively.",
    [
      { type: "score", text: "3.1 cm", value: 3.1, metric: "error" },
      { type: "score", text: "2.0 cm", value: 2, metric: "error" },
    ],
  ],
  ["Most critically, 34% of errors in joint image-text safety classification stem from one cue.", []],
  [
    "It localizes errors with 86% agreement, and the method achieved 92% Success@10 in multilingual retrieval.",
    [
      { type: "score", text: "86%", value: 86, metric: "agreement" },
      { type: "score", text: "92%", value: 92, metric: "success@10" },
    ],
  ],
  // A measure's acronym right after the number names it; a term written right after another number is that number's
  // (unseen corpus abstracts).
  [
    "On 15 representative blocks the method attains 95.2% accuracy, 90.4% mF1, and 82.6% mIoU, with 0.8388 mm ASSD.",
    [
      { type: "score", text: "95.2%", value: 95.2, metric: "accuracy" },
      { type: "score", text: "90.4%", value: 90.4, metric: "mf1" },
      { type: "score", text: "82.6%", value: 82.6, metric: "miou" },
      { type: "score", text: "0.8388 mm", value: 0.8388, metric: "assd" },
    ],
  ],
  ["Friendly interactions yielded a near-unanimous preference to continue (97.5% YES).", []],
  // Words qualifying a measure may stand between a level and its name; verbs and conjunctions may not (unseen corpus abstracts).
  [
    "The system achieves 0.66 transcription accuracy and 0.7 correction accuracy with 0.65 overall system accuracy.",
    [
      { type: "score", text: "0.66", value: 0.66, metric: "accuracy" },
      { type: "score", text: "0.7", value: 0.7, metric: "accuracy" },
      { type: "score", text: "0.65", value: 0.65, metric: "accuracy" },
    ],
  ],
  ["Learning rates below 5.0e-5 consistently degraded performance across all datasets.", []],
  // Two levels of one measure, each with a bound, an aside between them; the first is the baseline's (unseen corpus abstract).
  [
    "On MT-Bench-LI, strict length compliance with GPT-4.1 leaps from below 30% under naive prompts to above 95% with our countdown prompt.",
    [
      { type: "score", text: "30%", value: 30, role: "baseline" },
      { type: "score", text: "95%", value: 95, role: "result" },
    ],
  ],
  // A change word after a preposition says what else changed, not that the number is a change (unseen corpus abstracts).
  [
    "Integrating GPT-5 with the Qwen3-Embedding-8B retriever further enhances its accuracy to 70.1% with fewer search calls, and TransMatch reaches 98.91% accuracy with minimal loss.",
    [
      { type: "score", text: "70.1%", value: 70.1, metric: "accuracy" },
      { type: "score", text: "98.91%", value: 98.91, metric: "accuracy" },
    ],
  ],
  // A level right after a verb of attainment in its base form ("Llama Guard score 0.77"), and after "scores of" past a
  // measure's name with a cut-off ("achieves Avg@4 scores of 42.1") (unseen corpus abstracts).
  [
    "It achieves a Macro F1 score of 0.89, where OpenAI Moderator and Llama Guard score 0.77 and 0.74, respectively; the agent achieves Avg@4 scores of 42.1 on xBench.",
    [
      { type: "score", text: "0.89", value: 0.89, metric: "macro f1" },
      { type: "score", text: "0.77", value: 0.77 },
      { type: "score", text: "0.74", value: 0.74 },
      { type: "score", text: "42.1", value: 42.1, dataset: "xBench" },
    ],
  ],
  // A list of systems each at its level, after a clause ("… was attained by X, followed by Y at 89.66"); numbers listed
  // each before its measure's name, or its own term right after it (unseen corpus abstracts).
  [
    "The highest F1 score of 91.45 was attained by Meta LLaMA 3 8B, followed by Mistral 7B at 89.66.",
    [
      { type: "score", text: "91.45", value: 91.45, metric: "f1" },
      { type: "score", text: "89.66", value: 89.66, metric: "f1", method: "Mistral 7B" },
    ],
  ],
  [
    "The best model achieves only 39.3% recognition score and 56.0% Chain-of-Thought (CoT) score, and Pixtral an F1-score of 0.71 and 83% recall.",
    [
      { type: "score", text: "39.3%", value: 39.3 },
      { type: "score", text: "56.0%", value: 56 },
      { type: "score", text: "0.71", value: 0.71, metric: "f1" },
      { type: "score", text: "83%", value: 83, metric: "recall" },
    ],
  ],
  // "returns" as a verb names no measure (unseen corpus abstract).
  ["It achieves a 26% annualized return, and for two unrelated sentences it returns 0.25 on average.", [{ type: "score", text: "26%", value: 26, metric: "return" }]],
  ["It reaches 24:2% top-1 error.", [{ type: "score", text: "24:2%", value: 24.2, metric: "top-1 error" }]],
  // A decimal comma (unseen corpus abstracts); thousands take three digits.
  ["The model achieved over 91,57% accuracy, up to 1,234% more throughput than before.", [{ type: "score", text: "91,57%", value: 91.57, metric: "accuracy", bound: "more than" }, { type: "speedup", text: "1,234%", value: 1234, metric: "throughput", bound: "up to" }]],
  // A measure at a cut-off named before "of" (unseen corpus abstract); a level listed on "for" a name with its acronym.
  ["In particular, DCPO achieved an Avg@1 of 46.7 under greedy decoding and an Avg@32 of 38.8 under 32 times sampling.", [{ type: "score", text: "46.7", value: 46.7, metric: "avg@1" }, { type: "score", text: "38.8", value: 38.8, metric: "avg@32" }]],
  [
    "Our approach achieved Dice scores of 0.76 for the Enhancing Tumor (ET), 0.80 for Necrotic Tumor Core (NETC), and 0.85 for the rest.",
    [
      { type: "score", text: "0.76", value: 0.76, metric: "dice" },
      { type: "score", text: "0.80", value: 0.8, metric: "dice" },
      { type: "score", text: "0.85", value: 0.85, metric: "dice" },
    ],
  ],
  ["Our model reaches $acc.=0.955$ on the test set.", [{ type: "score", text: "0.955", value: 0.955, metric: "accuracy" }]],
  [
    "The pruned model regains 99% of the original accuracy and retains over 70% of its performance.",
    [
      { type: "score", text: "99%", value: 99, metric: "accuracy retention" },
      { type: "score", text: "70%", value: 70, metric: "performance retention", bound: "more than" },
    ],
  ],
  // Respective lists that cross metrics and datasets, with a bracketed alternative (spec).
  [
    "It achieves 94.6% (95.6% for ensemble) and 77.0% on CIFAR-10 and CIFAR-100, respectively.",
    [
      { type: "score", text: "94.6%", value: 94.6, dataset: "CIFAR-10" },
      { type: "score", text: "95.6%", value: 95.6, dataset: "CIFAR-10" },
      { type: "score", text: "77.0%", value: 77, dataset: "CIFAR-100" },
    ],
  ],
  // A measure the lexicon does not list, named by an acronym or "<word> score" before "=" or "of" (corpus dev split).
  [
    "Gemini produced the most readable teaching plan (FKGL = 8.64) and a pAP10 score of 0.637.",
    [
      { type: "score", text: "8.64", value: 8.64, metric: "fkgl" },
      { type: "score", text: "0.637", value: 0.637, metric: "pap10" },
    ],
  ],
  // Cohen's kappa is a metric of the lexicon (unseen-paper check).
  [
    "The final 12-layer architecture achieves Cohen's Kappa of 0.9692 with all classes exceeding 94.46% accuracy.",
    [
      { type: "score", text: "0.9692", value: 0.9692, metric: "kappa" },
      { type: "score", text: "94.46%", value: 94.46, metric: "accuracy", bound: "more than" },
    ],
  ],
  // A percentage said to be on a named benchmark is a level on it, its metric unnamed (corpus dev split).
  [
    "It sets new state-of-the-art results (60.6% on OSWorld-G, 47.4% on WebArena-Lite-v2).",
    [
      { type: "score", text: "60.6%", value: 60.6, metric: null, dataset: "OSWorld-G" },
      { type: "score", text: "47.4%", value: 47.4, metric: null, dataset: "WebArena-Lite-v2" },
    ],
  ],
  // Metrics named as the field names them, as lexicon entries (corpus dev split): execution accuracy (text-to-SQL),
  // mean angular and Euclidean error (gaze), pass rate, mDice, TAR (its operating point is none, "the same" one too).
  [
    "On BIRD, LitE-SQL achieves 72.10% execution accuracy, and a mean angular error of 3.59 and a mean Euclidean error of 38.7mm.",
    [
      { type: "score", text: "72.10%", value: 72.1, metric: "execution accuracy", dataset: "BIRD" },
      { type: "score", text: "3.59", value: 3.59, metric: "angular error" },
      { type: "score", text: "38.7mm", value: 38.7, metric: "euclidean error" },
    ],
  ],
  [
    "Combining both mechanisms achieves a 25% final pass rate on the TravelPlanner benchmark.",
    [{ type: "score", text: "25%", value: 25, metric: "pass rate", dataset: "TravelPlanner" }],
  ],
  [
    "Fingerprints achieve a True Accept Rate of 99.47% at a 0.01% False Accept Rate, and the model a TAR of 98.67% at the same 0.01% FAR.",
    [
      { type: "score", text: "99.47%", value: 99.47, metric: "tar" },
      { type: "score", text: "98.67%", value: 98.67, metric: "tar" },
    ],
  ],
  // "from X% to Y%": two levels of what the verb changes, named by the words before "from" or by the change before the bracket (corpus dev split).
  [
    "Steering reduces the over-blocking rate on borderline content from 62.4% to 10.4% in Gemini-1.5, with refusal rate dropping from 90.8% to 53.9%.",
    [
      { type: "score", text: "62.4%", value: 62.4, metric: "over-blocking rate", role: "baseline" },
      { type: "score", text: "10.4%", value: 10.4, metric: "over-blocking rate", role: "result" },
      { type: "score", text: "90.8%", value: 90.8, metric: "refusal rate", role: "baseline" },
      { type: "score", text: "53.9%", value: 53.9, metric: "refusal rate", role: "result" },
    ],
  ],
  [
    "LLaMa3.1-8B suffers an even larger drop of nearly 20% (from 62.9% to 42.5%) in execution accuracy.",
    [
      { type: "improvement", text: "20%", value: -20, metric: "execution accuracy" },
      { type: "score", text: "62.9%", value: 62.9, metric: "execution accuracy", role: "baseline" },
      { type: "score", text: "42.5%", value: 42.5, metric: "execution accuracy", role: "result" },
    ],
  ],
  // An arrow between two shares with no measure named may be a schedule, not results.
  ["It uses a dynamic masking curriculum (30% -> 15%) to align task difficulty.", []],
  [
    "Adding T2Ranking improves further, reaching 0.505 (Pearson) / 0.537 (Spearman) on the SimCLUE test set.",
    [
      { type: "score", text: "0.505", value: 0.505, metric: "pearson correlation", dataset: "SimCLUE" },
      { type: "score", text: "0.537", value: 0.537, metric: "spearman correlation", dataset: "SimCLUE" },
    ],
  ],
  // A sentence naming no dataset may refer back to the last one named ("over the full benchmark", "on this new benchmark").
  [
    "Its training data are derived from FineWeb. HalluGuard achieves 84.0% balanced accuracy on the LLM-AggreFact benchmark. Over the full benchmark it reaches 75.7% BAcc, matching GPT-4o (75.9%).",
    [
      { type: "score", text: "84.0%", value: 84, metric: "balanced accuracy", dataset: "LLM-AggreFact" },
      { type: "score", text: "75.7%", value: 75.7, metric: "balanced accuracy", dataset: "LLM-AggreFact" },
      { type: "score", text: "75.9%", value: 75.9, metric: "balanced accuracy", dataset: "LLM-AggreFact" },
    ],
  ],
  // A term past an opening bracket belongs to the aside; "F1: a to b" pairs two levels as "from a to b" does (corpus dev split).
  [
    "On COVID-CXR, ROC-AUC improves from 0.9489 to 0.9982 (F1: 0.8048 to 0.9746); on Brain MRI ND-5, ROC-AUC increases from 0.6041 to 0.7269.",
    [
      { type: "score", text: "0.9489", value: 0.9489, metric: "auc", dataset: "COVID-CXR", role: "baseline" },
      { type: "score", text: "0.9982", value: 0.9982, metric: "auc", dataset: "COVID-CXR", role: "result" },
      { type: "score", text: "0.8048", value: 0.8048, metric: "f1", dataset: "COVID-CXR", role: "baseline" },
      { type: "score", text: "0.9746", value: 0.9746, metric: "f1", dataset: "COVID-CXR", role: "result" },
      { type: "score", text: "0.6041", value: 0.6041, metric: "auc", dataset: "Brain MRI ND-5", role: "baseline" },
      { type: "score", text: "0.7269", value: 0.7269, metric: "auc", dataset: "Brain MRI ND-5", role: "result" },
    ],
  ],
  ["The method achieves 99.5% percentage correct keypoints in an external test set.", [{ type: "score", text: "99.5%", value: 99.5, metric: "pck" }]],
  // A rating written with decimals over its scale is a level; the scale is no claim; a count over a count is none (corpus dev split).
  [
    "User studies show high satisfaction (4.64/5), with higher expert ratings (median = 4.5/5 vs. 4.0/5), solving 3/5 tasks.",
    [
      { type: "score", text: "4.64", value: 4.64, role: "result" },
      { type: "score", text: "4.5", value: 4.5, role: "result" },
      { type: "score", text: "4.0", value: 4, role: "baseline" },
    ],
  ],
  // A number on "the X subset of the Y benchmark" is on the subset.
  [
    "On the RAGTruth subset of the LLM-AggreFact benchmark, HalluGuard achieves 84.0% balanced accuracy.",
    [{ type: "score", text: "84.0%", value: 84, metric: "balanced accuracy", dataset: "RAGTruth" }],
  ],
  // Per-category levels: each share alone in brackets after its category, in a list of such items.
  [
    "On EMBED, GPT-5 achieved the highest scores among GPT variants in density (56.8%), distortion (52.5%), mass (64.5%), calcification (63.5%), and malignancy (52.8%) classification.",
    [
      { type: "score", text: "56.8%", value: 56.8, dataset: "EMBED" },
      { type: "score", text: "52.5%", value: 52.5, dataset: "EMBED" },
      { type: "score", text: "64.5%", value: 64.5, dataset: "EMBED" },
      { type: "score", text: "63.5%", value: 63.5, dataset: "EMBED" },
      { type: "score", text: "52.8%", value: 52.8, dataset: "EMBED" },
    ],
  ],
  // A single bracketed share is no per-category list.
  ["The dataset covers density (56.8%) across screening sites.", []],
  // Quality measures of human and LLM-judged studies are lexicon entries.
  [
    "User studies show high satisfaction (4.64/5), with participants preferring the assistant.",
    [{ type: "score", text: "4.64", value: 4.64, metric: "satisfaction" }],
  ],
  [
    "The summaries demonstrated superior agreement (concordance = 50% vs. 33%) with the reference annotations.",
    [
      { type: "score", text: "50%", value: 50, metric: "concordance" },
      { type: "score", text: "33%", value: 33, metric: "concordance" },
    ],
  ],
  // The numbers of a list share the dataset named right after the last, over a training set named before.
  [
    "Performance improves further when adding T2Ranking (~2M), reaching 0.505 (Pearson) / 0.537 (Spearman) on the SimCLUE test set.",
    [
      { type: "score", text: "0.505", value: 0.505, metric: "pearson correlation", dataset: "SimCLUE" },
      { type: "score", text: "0.537", value: 0.537, metric: "spearman correlation", dataset: "SimCLUE" },
    ],
  ],
  // Levels that nothing beside them names are in the accuracy the abstract speaks of (corpus dev split).
  [
    "While previous papers reported accuracies of 96\\% (Balaji LRCN), 99.2\\% (IJERCSE), and 93\\% (Sensors), our standardized re-implementations achieve 46.0\\%, 55.6\\%, and 57.7\\% respectively.",
    [
      { type: "score", text: "96\\%", value: 96, metric: "accuracy" },
      { type: "score", text: "99.2\\%", value: 99.2, metric: "accuracy" },
      { type: "score", text: "93\\%", value: 93, metric: "accuracy" },
      { type: "score", text: "46.0\\%", value: 46, metric: "accuracy" },
      { type: "score", text: "55.6\\%", value: 55.6, metric: "accuracy" },
      { type: "score", text: "57.7\\%", value: 57.7, metric: "accuracy" },
    ],
  ],
  [
    "We introduce MMSearch-Plus, a benchmark of 311 tasks. The strongest agent (o3) attains 15.1% without search and 36.0% accuracy with rollout under our framework, while a strong open-source model (Qwen-2.5-VL-72B-Instruct) achieves 0.0% without search.",
    [
      { type: "score", text: "15.1%", value: 15.1, metric: "accuracy", dataset: "MMSearch-Plus" },
      { type: "score", text: "36.0%", value: 36, metric: "accuracy", dataset: "MMSearch-Plus" },
      { type: "score", text: "0.0%", value: 0, metric: "accuracy", dataset: "MMSearch-Plus" },
    ],
  ],
  // A bare level listed on after a level of a named metric is of that metric (corpus dev split).
  [
    "This metric-aware ensembling strategy proved highly effective, achieving a top cross-validation Tumor Dice score of 0.661 for Task 1 and 0.523 for Task 2.",
    [
      { type: "score", text: "0.661", value: 0.661, metric: "dice" },
      { type: "score", text: "0.523", value: 0.523, metric: "dice" },
    ],
  ],
  // The same with an aside in brackets, and two levels after a measure's name; the C-index is a mined metric
  // (a sentence of the unannotated 2025 corpus, no gold paper).
  [
    "MultiFIX achieves a C-index of 0.838 (prediction) and 0.826 (stratification), outperforming the clinical baselines.",
    [
      { type: "score", text: "0.838", value: 0.838, metric: "c-index" },
      { type: "score", text: "0.826", value: 0.826, metric: "c-index" },
    ],
  ],
  [
    "Our approach substantially improves downstream survival prediction (C-index 0.32\\(\\rightarrow\\)0.63).",
    [
      { type: "score", text: "0.32", value: 0.32, metric: "c-index" },
      { type: "score", text: "0.63", value: 0.63, metric: "c-index" },
    ],
  ],
  // Whole numbers go on no list of levels: they are counts more often than not.
  ["It reaches an F1 of 0.82 on DocRED and 2 on the other tasks.", [{ type: "score", text: "0.82", value: 0.82, metric: "f1" }]],
  // A decimal reached right after a verb of attainment is a level, its metric named or not (corpus dev split).
  [
    "On the OpenCompass multimodal leaderboard, Ovis2.5-9B averages 78.3, marking a substantial improvement over its predecessor; Ovis2.5-2B scores 73.9, establishing SOTA for its size.",
    [
      { type: "score", text: "78.3", value: 78.3, metric: null, dataset: "OpenCompass" },
      { type: "score", text: "73.9", value: 73.9, metric: null, dataset: "OpenCompass" },
    ],
  ],
  ["The method achieves 2.5 out of 5 in the user study.", []],
  // The level a change reaches is in the metric it started from, not in the one named next (corpus dev split).
  [
    "Finally, on Brain MRI ND-5, ROC-AUC increases from 0.6041 to 0.7269 and PR-AUC from 0.7539 to 0.8211.",
    [
      { type: "score", text: "0.6041", value: 0.6041, metric: "auc" },
      { type: "score", text: "0.7269", value: 0.7269, metric: "auc" },
      { type: "score", text: "0.7539", value: 0.7539, metric: "auprc" },
      { type: "score", text: "0.8211", value: 0.8211, metric: "auprc" },
    ],
  ],
  // A level listed on after another, each over its comparator, is one too (corpus dev split).
  [
    "LLINK substantially improves bilingual retrieval and achieves 81.3% preference over the base model and 63.6% over direct fine-tuning in LLM-judged Q&A evaluations.",
    [
      { type: "score", text: "81.3%", value: 81.3 },
      { type: "score", text: "63.6%", value: 63.6 },
    ],
  ],
  // A score reached with its measure unnamed; the operating point of a rate is no claim (unseen corpus abstracts).
  [
    "On the Artificial Analysis Intelligence Index, Apriel-1.5-15B-Thinker attains a score of 52, matching DeepSeek-R1-0528.",
    [{ type: "score", text: "52", value: 52, metric: null }],
  ],
  [
    "For example, on the LivDet2020 dataset, the true detect rate at 1% false detect rate improved from 93.41% to 98.72%.",
    [
      { type: "score", text: "93.41%", value: 93.41, dataset: "LivDet2020" },
      { type: "score", text: "98.72%", value: 98.72, dataset: "LivDet2020" },
    ],
  ],
  [
    "The best-performing systems achieved 79.8% accuracy on Subtask 1, 35.68/12.20 WER/CER (overall average) on Subtask 2.",
    [
      { type: "score", text: "79.8%", value: 79.8, metric: "accuracy" },
      { type: "score", text: "35.68", value: 35.68, metric: "wer" },
      { type: "score", text: "12.20", value: 12.2, metric: "cer" },
    ],
  ],
  // Each level in brackets after its own lower-case measure, not the last named metric; "N% for <metric>" (new dev abstracts).
  [
    "Evaluations such as precision (85.20%), recall (87.30%), coverage (92.18%), graph consistency (82.50%), and expert validation (89.50%) affirm its robustness.",
    [
      { type: "score", text: "85.20%", value: 85.2, metric: "precision" },
      { type: "score", text: "87.30%", value: 87.3, metric: "recall" },
      { type: "score", text: "92.18%", value: 92.18, metric: "coverage" },
      { type: "score", text: "82.50%", value: 82.5, metric: "graph consistency" },
      { type: "score", text: "89.50%", value: 89.5, metric: null },
    ],
  ],
  [
    "The results are above 98 % for F-measure and 99 % for accuracy.",
    [
      { type: "score", text: "98 %", value: 98, metric: "f1" },
      { type: "score", text: "99 %", value: 99, metric: "accuracy" },
    ],
  ],
  // Systems listed each at its level; a size inside a name is no operating point (unseen corpus abstracts).
  [
    "The results show that Llama-3.2-3B achieved the highest F1-score of 92.23%, followed by Mistral-7B at 88.94% and Gemma-3-4B at 80.25%.",
    [
      { type: "score", text: "92.23%", value: 92.23, metric: "f1" },
      { type: "score", text: "88.94%", value: 88.94, metric: "f1" },
      { type: "score", text: "80.25%", value: 80.25, metric: "f1" },
    ],
  ],
  // "avg." ends no sentence; levels listed with what and where each was reached (unseen corpus abstracts).
  [
    "Discrete Diffusion VLA achieves 96.3% avg. SR on LIBERO, 71.2% visual matching on SimplerEnv Fractal and 49.3% overall on SimplerEnv Bridge.",
    [
      { type: "score", text: "96.3%", value: 96.3, dataset: "LIBERO" },
      { type: "score", text: "71.2%", value: 71.2, dataset: "SimplerEnv Fractal" },
      { type: "score", text: "49.3%", value: 49.3, dataset: "SimplerEnv Bridge" },
    ],
  ],
  [
    "Both methods significantly outperformed it, achieving 97% with advanced regular expressions and 98.75% with LLMs, and 99.5% when combined.",
    [
      { type: "score", text: "97%", value: 97 },
      { type: "score", text: "98.75%", value: 98.75 },
      { type: "score", text: "99.5%", value: 99.5 },
    ],
  ],
  // A measure the lexicon does not list, named right after the number by its head noun (new dev abstracts).
  [
    "For reviewer novelty assessments, the approach achieves 86.5% alignment with human reasoning and 75.3% agreement on novelty conclusions.",
    [
      { type: "score", text: "86.5%", value: 86.5, metric: "alignment" },
      { type: "score", text: "75.3%", value: 75.3, metric: "agreement" },
    ],
  ],
  // The level a change reaches, in what it changes; systems with digits each with its level in brackets (unseen corpus abstracts).
  [
    "This is accomplished while reducing the over-search rate to just 2.3% and lowering the under-search rate.",
    [{ type: "score", text: "2.3%", value: 2.3, metric: "over-search rate" }],
  ],
  [
    "Fine-tuned T5-Small achieves 27.8%, outperforming BART-Small (23.98%) and GPT-2 (20.1%), highlighting the design.",
    [
      { type: "score", text: "27.8%", value: 27.8 },
      { type: "score", text: "23.98%", value: 23.98 },
      { type: "score", text: "20.1%", value: 20.1 },
    ],
  ],
  // LaTeX around a number is no word between it and its dataset (and "improvements in X of" makes changes); the share of
  // labels trained with is a setting.
  [
    "It shows improvements in demographic parity of up to \\textbf{94.86\\%} on CUB-200, \\textbf{30.28\\%} on CIFAR-10, and \\textbf{97.37\\%} on CelebA.",
    [
      { type: "improvement", text: "94.86\\%", value: 94.86, dataset: "CUB-200-2011" },
      { type: "improvement", text: "30.28\\%", value: 30.28, dataset: "CIFAR-10" },
      { type: "improvement", text: "97.37\\%", value: 97.37, dataset: "CelebA" },
    ],
  ],
  [
    "It achieves a 4% DSC gain on the Synapse dataset with only 20% labeled data, and 89.95% Dice with 10% labeled data.",
    [
      { type: "improvement", text: "4%", value: 4, dataset: "Synapse" },
      { type: "score", text: "89.95%", value: 89.95, metric: "dice" },
    ],
  ],
  // "top 1%" names a rank, no result; a pair listed after "from A to B" is two levels too, not a range.
  [
    "In the CIFAR100 benchmark, our model improves the top 1% and top 5% validation accuracy from 36.50% to 46.29% and 66.33% to 76.31%.",
    [
      { type: "score", text: "36.50%", value: 36.5 },
      { type: "score", text: "46.29%", value: 46.29 },
      { type: "score", text: "66.33%", value: 66.33 },
      { type: "score", text: "76.31%", value: 76.31 },
    ],
  ],
  // Image- and pixel-level AUROC are two metrics (anomaly detection reports both).
  [
    "It achieves 99.2% I-AUROC on DTD-Synthetic, 97.2% on BTAD and pixel-level localization (96.3% P-AUROC on MVTec-AD).",
    [
      { type: "score", text: "99.2%", value: 99.2, metric: "image auroc" },
      { type: "score", text: "97.2%", value: 97.2, metric: "image auroc" },
      { type: "score", text: "96.3%", value: 96.3, metric: "pixel auroc" },
    ],
  ],
  // Values each after a label, the measure once after the last; labels that are measures keep their own (unseen corpus abstracts).
  [
    "It outperforms an unregularized model in an internal cohort (ours: 0.91, multimodal: 0.88, imaging-only: 0.73 AUC).",
    [
      { type: "score", text: "0.91", value: 0.91, metric: "auc" },
      { type: "score", text: "0.88", value: 0.88, metric: "auc" },
      { type: "score", text: "0.73", value: 0.73, metric: "auc" },
    ],
  ],
  [
    "Baselines are weaker (MR: 391, MRR: 0.411).",
    [
      { type: "score", text: "391", value: 391, metric: "mr" },
      { type: "score", text: "0.411", value: 0.411, metric: "mrr" },
    ],
  ],
  // The other level of the same measure: a comparator's in brackets, the level a result rises to.
  [
    "When trained with CDT, an open-source 8B model can achieve performance (50.92) comparable to GPT-4o (51.00).",
    [
      { type: "score", text: "50.92", value: 50.92 },
      { type: "score", text: "51.00", value: 51 },
    ],
  ],
  [
    "The model achieved an F1 score of 0.85, which improved to 0.90 upon incorporating synthetic data.",
    [
      { type: "score", text: "0.85", value: 0.85, metric: "f1" },
      { type: "score", text: "0.90", value: 0.9, metric: "f1" },
    ],
  ],
  // A share named by its measure's head noun right after it.
  ["When applied to real task fMRI data, our method recovers well-established neural pathways with 88% fidelity.", [{ type: "score", text: "88%", value: 88, metric: "fidelity" }]],
];

describe("score claims", () => {
  for (const [sentence, expected] of CASES) it(sentence.slice(0, 90), () => expectClaims(sentence, expected));
});
