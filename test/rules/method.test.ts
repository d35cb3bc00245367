// The model a number belongs to, read from grammar (real sentences of the dev split and the seeds).
import { describe, expect, it } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";
import { contributionOf, looksLikeName, properNames } from "../../extract/rules/method.ts";

/** [title, abstract, the method of each claim in order] */
const CASES: [string, string, (string | null)[]][] = [
  // What the paper proposes changes to is not its contribution, by name or by acronym (unseen corpus abstract).
  [
    "Towards Skeletal and Signer Noise Reduction in Sign Language Production",
    "We propose two enhancements to the standard Progressive Transformers (PT) architecture. On the Phoenix14T dataset, the contrastive loss alone yields a 16% improvement in Probability of Correct Keypoint over the PT baseline.",
    [null],
  ],
  // The paper's contribution's number set against a baseline's is its result, not a baseline; a baseline as the subject has
  // the number before it (unseen corpus abstract).
  [
    "MetaboT: AI-based agent for natural language-based interaction with metabolomics knowledge graphs",
    "We propose MetaboT, a multi-agent system. A baseline prompt did not provide specific entity IDs. This baseline achieved only 8.16% accuracy, compared to MetaboT's 83.67%, underscoring the necessity of our multi-agent system.",
    ["This baseline", "MetaboT"],
  ],
  // The names after the first of a list compared against are compared against too; a list of examples after "with" or
  // "like" before a verb is a subject; a list ends at the name after its "and" (unseen corpus abstracts).
  [
    "Jet-Nemotron: Efficient Language Model with Post Neural Architecture Search",
    "Our Jet-Nemotron-2B model achieves comparable or superior accuracy to Qwen3, Qwen2.5, Gemma3, and Llama3.2 across a comprehensive suite of benchmarks while delivering up to 53.6x generation throughput speedup. Evaluations across ten MLLMs reveal significant challenges, including powerful models like GPT-4o and Gemini, achieving only 59% accuracy. Across Llama3-8B, and Mistral-0.3-7B, GISP shows especially strong gains at 40-50% sparsity.",
    ["Jet-Nemotron-2B", "Gemini", "GISP"],
  ],
  // A label before its number, right after a measure named, is the system's (not when it is a measure); a measure the text
  // reports in is no system (unseen corpus abstracts).
  [
    "WeTok: Powerful Discrete Tokenization",
    "On the ImageNet 50k validation set, WeTok achieves a record-low zero-shot rFID (WeTok: 0.12 vs. FLUX-VAE: 0.18). They suffer significant degradation under distribution shifts (RoBERTa: 76.3% test accuracy; BERT: 79.3%). We achieved SMATCH F1: 0.804 on the full test split.",
    ["WeTok", "FLUX-VAE", "RoBERTa", "BERT", "WeTok"],
  ],
  [
    "Aligning Tokenizers",
    "Our system reaches a gFID (w/o CFG) of 2.20 in merely 80 epochs (a 10x speedup over prior tokenizers). With continued training, it further attains a gFID (w/o CFG) of 1.62.",
    [null, null, null],
  ],
  // A list of comparators, each number "for" its name, are all baselines and each takes its own name, capitalised words
  // included ("GLIGEN-based Edit"); a task after "for" names no system (unseen corpus abstracts).
  [
    "Benchmarking GPT-5 for biomedical natural language processing",
    "GPT-5 achieved the strongest overall performance, with macro-average scores rising to 0.557 versus 0.506 for GPT-4 and 0.508 for GPT-4o. RefineEdit-Agent outperforms the baselines, achieving an average score of 3.67 on LongBench-T2I-Edit, compared to 2.29 for Direct Re-Prompting, 2.91 for InstructPix2Pix, 3.16 for GLIGEN-based Edit, and 3.39 for ControlNet-XL.",
    ["GPT-5", "GPT-4", "GPT-4o", "RefineEdit-Agent", "Direct Re-Prompting", "InstructPix2Pix", "GLIGEN-based Edit", "ControlNet-XL"],
  ],
  // The agent of a passive after the number is its system, with its maker's name; a comparator after "for" keeps its
  // first capitalised word (unseen corpus abstracts).
  [
    "Fine-Tuning Large Language Models with QLoRA for Offensive Language Detection",
    "Of all tested models, the highest F1 score of 91.45 was attained by Meta LLaMA 3 8B, followed by Mistral 7B at 89.66. RefineEdit-Agent achieves an average score of 3.67, compared to 2.29 for Direct Re-Prompting.",
    ["Meta LLaMA 3 8B", "Mistral 7B", "RefineEdit-Agent", "Direct Re-Prompting"],
  ],
  // An acronym defined for a kind of thing at a sentence's start (its first word capitalised) names no model, not even
  // where the paper says it measures it (unseen corpus abstract).
  [
    "Developing an AI framework to automatically detect shared decision-making in patient-doctor conversations",
    "Shared decision-making (SDM) is necessary to achieve patient-centred care. The DL model without the stylebook strategy achieved a recall@1 of 0.227. This study introduces an automated, scalable methodology to measure SDM in patient-doctor conversations.",
    [null],
  ],
  // A number right after "compared to" is the comparator's, named after "for" (corpus dev split, unseen corpus abstracts).
  [
    "Segmentation of brain tumors",
    "K-Means achieved superior speed, whereas FCM attained higher accuracy with an average DSC of 0.67 compared to 0.43 for K-Means.",
    ["FCM", "K-Means"],
  ],
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
  // A name may end in plus signs (corpus dev split).
  [
    "GlimpsePrune: Dynamic Visual Token Pruning",
    "Without further fine-tuning, an enhanced GlimpsePrune+ achieves 110% of the baseline performance.",
    ["GlimpsePrune+"],
  ],
  // A measure's acronym or unit right after a number is no model (unseen corpus abstracts).
  [
    "A Unified Voxel Diffusion Module for Point Cloud 3D Object Detection",
    "Specifically, VDM-SSMs achieve 74.7 mAPH (L2) on Waymo, 72.9 NDS on nuScenes, and 67.6 mAP on ONCE.",
    ["VDM-SSMs", "VDM-SSMs", "VDM-SSMs"],
  ],
  [
    "Pattern-Aware Diffusion Synthesis of fMRI/dMRI",
    "Our method achieves PSNR/SSIM scores of 29.83 dB/90.84% for fMRI synthesis.",
    [null, null],
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
  // An acronym defined for a kind of thing in lower case is no name ("foundation models (FMs)", "in-context
  // learning (ICL)"), unless it is what the paper proposes (new dev abstracts 2509.15416, 2508.02180).
  [
    "A Foundation Model for Neuro-Oncology",
    "Neuro-oncology limits the ability of foundation models (FMs) to generalize. We developed a neuro-oncology specific FM with a robust loss. At CUIMC, mean balanced accuracy rose from 0.744 to 0.785.",
    [null, null],
  ],
  [
    "Test-Time Model Adaptation for Quantized Neural Networks",
    "We propose a continual zeroth-order adaptation (ZOA) framework that needs two forward passes. ZOA improves accuracy by 5.0% on ImageNet-C.",
    ["ZOA"],
  ],
  // A name written out in capitals after a dimension ("3D") is the contribution (new dev abstract 2511.04797).
  [
    "3D Gaussian Point Encoders",
    "In this work, we introduce the 3D Gaussian Point Encoder, an explicit per-point embedding. We construct encoders that run 2.7 times faster than a comparable PointNet.",
    ["3D Gaussian Point Encoder"],
  ],
  // An acronym in brackets that abbreviates the words before it names no system (new dev abstract 2509.01322).
  [
    "LongCat-Flash Technical Report",
    "We present LongCat-Flash, a language model. LongCat-Flash achieves over 100 tokens per second (TPS) for inference.",
    ["LongCat-Flash"],
  ],
  // A super- or subscript glued into a name is part of it, as LaTeX writes it (new dev abstracts 2510.09049, 2508.14797).
  [
    "Multi-agent Collaboration",
    "We present MEC$^3$O, a system of experts. MEC$^3$O outperforms the open-source baselines, achieving at least 10% higher accuracy.",
    ["MEC$^3$O"],
  ],
  [
    "Multi-frame License Plate Recognition",
    "In plate recognition, MF-LPR$^2$ achieved an accuracy of 86.44%.",
    ["MF-LPR$^2$"],
  ],
  // The numbers of a sentence go on about its subject, not past a clause that turns to another (unseen corpus abstract).
  [
    "Environmental messages",
    "GPT-4.1 can detect environmental messages with 79% F1 score, while our best model only achieves 46% F1 score on framing.",
    ["GPT-4.1", null],
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
  // A plain capitalised word the abstract uses as a name is a subject ("Prima achieved"), not a class before a number.
  [
    "Learning neuroimaging models from health system-scale data",
    "Here, we utilized a health system to develop Prima, the first vision language model for neuroimaging. Prima achieved a mean diagnostic area under the ROC curve of 92.0. The model detects Broken (86.7% F1-score) and Not Broken (89.2% F1-score) scans, as Broken and Not Broken are labelled.",
    ["Prima", null, null],
  ],
  // Models in general as the subject: not the contribution's number (corpus 2509.00457).
  [
    "CVPD at QIAS 2025 Shared Task: An Efficient Encoder-Based Approach for Islamic Inheritance Reasoning",
    "We present a framework using Attentive Relevance Scoring (ARS). While large models achieve an accuracy of up to 87.6%, they require more resources. Our approach achieves 69.87% accuracy.",
    [null, "ARS"],
  ],
  // A name before a data word names data, not a subject (corpus 2509.07666).
  [
    "MoLoRAG: Bootstrapping Document Understanding via Multi-modal Logic-aware Retrieval",
    "We propose MoLoRAG. Experiments on four DocQA datasets demonstrate average improvements of 9.68% in accuracy over LVLM direct inference.",
    ["MoLoRAG"],
  ],
  // A plain name takes the capitalised words before it inside a sentence (corpus 2511.09993: "Time Agent").
  [
    "Tool-augmented code generation for time series",
    "Time Agent writes code for forecasts. Empirical results show that Time Agent achieves an average accuracy of 95.31%.",
    ["Time Agent"],
  ],
  // The paper speaking between a name and the number makes it the subject.
  [
    "RAAG: Ratio Aware Adaptive Guidance",
    "RAAG adapts the guidance scale. Experiments across state-of-the-art image (SD3.5, Lumina) and video (WAN2.1) models demonstrate that our approach enables up to 3x faster sampling.",
    ["RAAG"],
  ],
  // One word of the contribution's name read as the subject stands for the whole name.
  [
    "Physics Supernova: AI Agent Matches Elite Gold Medalists at IPhO 2025",
    "In IPhO 2025 theory problems, Physics Supernova attains 23.5/30 points, Supernova is an agent system.",
    ["Physics Supernova"],
  ],
  // A baseline's number after a comparison is not the subject's; a name right after it is its.
  [
    "Real-Time Object Detection for Traffic",
    "The RT-DETR-L model demonstrates a substantially faster inference time of 20.1 ms versus 34.5 ms for the RT-DETR-X. CLUE reduced FID to 9.30 (vs. 46.81).",
    ["RT-DETR-L", "RT-DETR-X", "CLUE", null],
  ],
  // "exceeding the 40% of DeepSeek-R1-671B": a level "of" a system named after it is that system's (unseen corpus abstract).
  [
    "IMAGINE: integrating multi-agent reasoning",
    "Training Qwen3-8B-Instruct with our method IMAGINE, the model achieves an 82.7% Final Pass Rate on the TravelPlanner benchmark, far exceeding the 40% of DeepSeek-R1-671B.",
    ["IMAGINE", "DeepSeek-R1-671B"],
  ],
  // A number in brackets after a name is the name's, past the labels of its values; metrics are no names (new dev abstracts).
  [
    "Multi-domain knowledge graphs",
    "Link prediction evaluations with models like TransE (MR: 391, MRR: 0.411) and RotatE (MR: 263, MRR: 0.395) show competitive performance.",
    ["TransE", "TransE", "RotatE", "RotatE"],
  ],
  [
    "Structured radiology reporting",
    "Diagnostic accuracy was similar in FT ($\\kappa = 0.58$) and SR ($\\kappa = 0.60$) but higher in AI-SR ($\\kappa = 0.71$). The systems reached 55/13 WER/CER on Subtask 3.",
    ["FT", "SR", "AI-SR", null, null],
  ],
  [
    "Parameter-efficient fine-tuning of small models",
    "The results show that Llama-3.2-3B achieved the highest F1-score of 92.23%, followed by Mistral-7B at 88.94% and Gemma-3-4B at 80.25%.",
    ["Llama-3.2-3B", "Mistral-7B", "Gemma-3-4B"],
  ],
  // A name alone in brackets right after a number is its (new dev abstracts); a spread and a unit may stand between.
  [
    "Structured radiology reporting",
    "Reporting times decreased from $88 \\pm 38$ s (FT) to $37 \\pm 18$ s (SR). Previous papers reported accuracies of 96% (Balaji LRCN) and 99.2% (IJERCSE).",
    ["FT", "SR", "Balaji LRCN", "IJERCSE"],
  ],
  // A subject may be named with a few words of its kind before the verb; a name may open with a dimension (dev abstracts).
  [
    "AI-Powered Early Detection of Critical Diseases",
    "A fine-tuned MobileNetV2 convolutional neural network was trained on the ISIC 2019 dataset for skin lesion classification, achieving 89.3% accuracy, 91.6% sensitivity, and 88.2% specificity.",
    ["MobileNetV2", "MobileNetV2", "MobileNetV2"],
  ],
  // The system a result was reached "using", unless the paper's method is the subject (then it names a backbone) (unseen corpus abstracts).
  [
    "Automated Triaging of Incident Learning Safety Reports",
    "Classification performance on the Inst. test achieved AUROC 0.82 using SVM and 0.81 using BlueBERT. Our method reduces hallucinations by 5% using LLaVA-v1.5-7B.",
    ["SVM", "BlueBERT", null],
  ],
  // A level in brackets after a comparator (and its kind) is the comparator's, not the subject's (unseen corpus abstracts).
  [
    "ECG foundation models",
    "The ECGFounder + XGBoost hybrid model achieved an AUC of 0.801, outperforming KNN (AUC 0.677) and an end-to-end 1D-CNN (AUC 0.720).",
    ["XGBoost", "KNN", "1D-CNN"],
  ],
  [
    "Surface defect detection",
    "With a precision of 0.86, the YOLOv8m-t42 model outperformed the YOLOv8m-t4 model (precision: 0.81, recall: 0.79). VGG19+MHSA achieves 99.25% accuracy, surpassing a strong ResNet101 baseline (98.62%).",
    [null, "YOLOv8m-t4", "YOLOv8m-t4", "VGG19+MHSA", "ResNet101"],
  ],
  // A maker's model is the model ("OpenAI's o1-preview"), an aside between dashes does not part subject and verb,
  // a size "8x7B" and "_" belong to a name (unseen corpus abstracts).
  [
    "Putnam-AXIOM: A Functional and Static Benchmark",
    "On the Original set, OpenAI's o1-preview -- the strongest evaluated model -- scores 41.9%. BlueBERT_TRANSFER improved the performance on the test set to AUROC 0.78.",
    ["o1-preview", "BlueBERT_TRANSFER"],
  ],
  ["A Comparison of Summaries", "Mixtral 8x7B outperformed Mistral 7B in terms of completeness (99.6% vs. 93%).", ["Mixtral 8x7B", null]],
  // A problem or a disease is no method, however its words are capitalised (unseen corpus abstracts).
  [
    "Freeze and Conquer: Reusable Ansatz for Solving the Traveling Salesman Problem",
    "We present a variational algorithm for the Traveling Salesman Problem (TSP). With 7 cities the TSP success rate drops to 20%.",
    [null],
  ],
  // The numbers of one aside are all its name's (not a comparator's set against them); a link is no name (unseen
  // corpus abstracts).
  [
    "From Staff Messages to Actionable Insights",
    "The best-performing model was o3, achieving 78.4% weighted F1-score and 79.2% accuracy, followed closely by gpt-5 (75.3% Weighted F1-score and 76.2% accuracy).",
    ["o3", "o3", "gpt-5", "gpt-5"],
  ],
  [
    "DashboardQA: Benchmarking Multimodal Agents",
    "Even the best agent achieves only 38.69% accuracy. We release DashboardQA at https://github.com/vis-nlp/DashboardQA",
    [null],
  ],
];

describe("method of each claim", () => {
  for (const [title, abstract, methods] of CASES) {
    it(`${title.slice(0, 60)}`, () => {
      expect(extractFromAbstract(abstract, title).claims.map((c) => c.method)).toEqual(methods);
    });
  }

  it("makes prior work's number a baseline's", () => {
    const [title, abstract] = CASES.find(([t]) => t.startsWith("Abductive"))!;
    const [claim] = extractFromAbstract(abstract, title).claims;
    expect(claim!.role).toBe("baseline");
    const motivation = extractFromAbstract("Contemporary vision-language models (VLMs) perform well on existing multimodal reasoning benchmarks (78-85% accuracy on MMMU, MathVista).").claims;
    expect(motivation.map((c) => [c.role, c.method])).toEqual([["baseline", "Contemporary vision-language models"]]);
    const own = extractFromAbstract("Existing methods achieve 40% accuracy, while ours reaches 80% accuracy.").claims.map((c) => c.role);
    expect(own).toEqual(["baseline", "result"]);
  });

  it("reads a contribution from the title or from 'we propose'", () => {
    expect(contributionOf("ReGA: Representation-Guided Abstraction", "ReGA works: results show it.", [])).toBe("ReGA");
    // A title's name the abstract never writes is not what its numbers belong to (corpus gold: never).
    expect(contributionOf("ReGA: Representation-Guided Abstraction", "Results show it works.", [])).toBeNull();
    expect(contributionOf("A study of things", "We propose ReGA, a model-based analysis framework.", [])).toBe("ReGA");
    expect(contributionOf("A study of things", "We report results.", [])).toBeNull();
    // The passive, and a title that opens with a name the abstract makes a subject (new dev abstracts).
    expect(contributionOf("Structured loops", "The Structured Cognitive Loop (SCL) is introduced as an alternative architecture.", [])).toBe("SCL");
    expect(contributionOf("QuarkMed Medical Foundation Model Technical Report", "QuarkMed addresses these needs by leveraging curated data.", [])).toBe("QuarkMed");
    expect(contributionOf("GPT-4o Cannot Count Objects", "We study whether GPT-4o counts objects.", [])).toBeNull();
  });

  it("reads the contribution's name however the abstract writes it", () => {
    // Written out with its acronym; the acronym may hold a space, and a generic part ("MoE") may belong to a name.
    expect(contributionOf("CBDES MoE: Hierarchically Decoupled Mixture-of-Experts", "CBDES MoE integrates experts.", [])).toBe("CBDES MoE");
    expect(contributionOf("Hierarchically Decoupled Experts", "We propose an architecture, termed Computing Brain DEvelopment System Mixture-of-Experts (CBDES MoE). It works.", [])).toBe("CBDES MoE");
    // An apposition of "our method"; a name in title case with no capitals inside.
    expect(contributionOf("See the Text: From Tokenization to Visual Reading", "Our method, SeeTok, renders text as images.", [])).toBe("SeeTok");
    expect(contributionOf("Attacks on aligned models", "We introduce Semantic Representation Attack, a novel paradigm that reconceptualizes objectives.", [])).toBe("Semantic Representation Attack");
    // What a contribution is built on, a setting or a benchmark that is "termed" something, is not it.
    expect(contributionOf("Seeing Straight: Document Orientation", "We also present a lightweight pipeline built on the vision encoder of Phi-3.5-Vision model.", [])).toBeNull();
    expect(contributionOf("SQL reasoning", "This is a setting termed RL with Verifiable Rewards (RLVR). We apply RLVR to a benchmark called BIRD.", [])).toBeNull();
    // A title word the abstract writes only in lower case is a concept, unless the abstract proposes it so.
    expect(contributionOf("Co-Alignment: Rethinking Alignment", "We propose a shift to co-alignment through Bidirectional Cognitive Alignment (BiCA), where humans adapt.", [])).toBe("BiCA");
    expect(contributionOf("Backprompting: Synthetic Data for Guardrails", "In this work, we propose backprompting, a simple solution.", [])).toBe("Backprompting");
    // What the contribution works on, modifies or is (a shared task) is not it; the model it fine-tunes is.
    expect(contributionOf("Shape modeling in DXA", "We develop and validate a deep learning method for automatic fiducial point placement on TBDXA scans.", [])).toBeNull();
    expect(contributionOf("Fruit maturity", "We propose a novel architectural modification to the state-of-the-art, real-time object detector, RT-DETRv2, by integrating heads.", [])).toBeNull();
    expect(contributionOf("NADI 2025: The First Multidialectal Arabic Speech Processing Shared Task", "NADI 2025 received many submissions.", [])).toBeNull();
    expect(contributionOf("OCR of ancient texts", "In this work, we propose a fine-tuning approach for PaddleOCRv5 to improve character recognition.", [])).toBe("PaddleOCRv5");
    // A name the abstract writes only in a link is not written in it.
    expect(contributionOf("Tooth-Diffusion: Guided 3D CBCT Synthesis", "Code: https://github.com/x/tooth-diffusion.", [])).toBeNull();
  });

  it("tells names from words that only look like them", () => {
    for (const name of ["LLaMa3.3-70B", "GPT-4o", "HalluGuard", "E-Agent", "M&M-3D", "YOLOv8", "BERT"]) expect(looksLikeName(name), name).toBe(true);
    // Adjectives made of names and acronyms in the plural name kinds of things, no system (new dev abstracts).
    for (const word of ["LLMs", "GPU", "7B", "10x", "AUROC", "FID", "Results", "the", "PET-based", "LLM-powered", "CSP-aware", "MWPs", "PRMs"]) expect(looksLikeName(word), word).toBe(false);
  });

  it("takes a plain capitalised word for a name only where the text never writes it in lower case", () => {
    const named = "Prima is trained on notes. We find that Prima achieves 90%, and Prima_v2 is no primate.";
    expect([...properNames(named)]).toEqual(["Prima"]);
    expect([...properNames(`${named} The prima model.`)]).toEqual([]);
    // Many candidates are checked by reading every lower-case word once, the few one by one: the same answer.
    const many = ["Alpha", "Bravo", "Delta", "Gamma", "Omega", "Sigma"].map((w) => `We see that ${w} works, and ${w} helps.`).join(" ");
    expect([...properNames(many)].sort()).toEqual(["Alpha", "Bravo", "Delta", "Gamma", "Omega", "Sigma"]);
    expect([...properNames(`${many} The gamma and the omega.`)].sort()).toEqual(["Alpha", "Bravo", "Delta", "Sigma"]);
  });
});
