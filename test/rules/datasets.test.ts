import { describe, expect, it } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";
import { canonicalMetric } from "../../extract/rules/lexicons.ts";
import datasetLexicon from "../../extract/lexicon/datasets.json" with { type: "json" };
import metricLexicon from "../../extract/lexicon/metrics.json" with { type: "json" };
import cueLexicon from "../../extract/lexicon/cues.json" with { type: "json" };

const mentions = (text: string) => extractFromAbstract(text).datasets.map((d) => [d.text, d.name]);

const CASES: [string, [string, string][]][] = [
  // A word that praises the data may stand between "on the" and its name; a robot is no data; one name and the subject after
  // it are no list (unseen corpus abstracts).
  [
    "It achieves 73.2% letter accuracy on the challenging ChicagoFSWildPlus fingerspelling dataset. RobustVLA is particularly effective on real-world FR5 robot. On the publicly available Pressure Injury Image Dataset (PIID), FT-ARM, fine-tuned from LLaMA 3.2 90B, achieved 85% accuracy.",
    [["ChicagoFSWildPlus", "ChicagoFSWildPlus"], ["Pressure Injury Image Dataset", "Pressure Injury Image Dataset"], ["PIID", "Pressure Injury Image Dataset"]],
  ],
  // Hardware named before its kind is no data (unseen corpus abstract).
  [
    "We demonstrate the efficacy of SnapStream in a 16-way tensor-parallel deployment of DeepSeek-671B on SambaNova SN40L accelerators running at 128k context length and up to 1832 tokens per second in a real production setting.",
    [],
  ],
  // Names listed after "on", each with its figures in brackets, are names where results are reported; one name alone so
  // may be a category (unseen corpus abstracts).
  [
    "SAGOnline achieves state-of-the-art performance on NVOS (92.7% mIoU) and Spin-NeRF (95.2% mIoU) benchmarks. It drives strong gains on Flickr30k-1k (BLEU-4 12.29, METEOR 27.98) and MSCOCO-1k (BLEU-4 12.00, METEOR 28.14). Our models achieve over 80% accuracy, with especially strong performance on PTSD (up to 89% accuracy and 98% recall).",
    [["NVOS", "NVOS"], ["Spin-NeRF", "Spin-NeRF"], ["Flickr30k-1k", "Flickr30k-1k"], ["MSCOCO-1k", "MSCOCO-1k"]],
  ],
  // An acronym with its split after a hyphen is a name in a list of results, as "Pitts30k-test" is (unseen corpus abstract).
  [
    "It attains 98.9%, 95.8%, 94.5%, and 96.0% Recall@1 on SPED, Pitts30k-test, MSLS-val, and Nordland, respectively.",
    [["SPED", "SPED"], ["Pitts30k-test", "Pitts30k-test"], ["MSLS-val", "MSLS-val"], ["Nordland", "Nordland"]],
  ],
  // Aliases are canonicalised.
  ["We report results on ImageNet-1k and ILSVRC2012 and ImageNet.", [["ImageNet-1k", "ImageNet"], ["ILSVRC2012", "ImageNet"], ["ImageNet", "ImageNet"]]],
  // A dataset named in several words and then by a short name goes by the short name; a one-word name keeps its own (corpus dev split).
  [
    "We introduce the Bias Intervention Dataset (BID) and OCR-Rotation-Bench (ORB), and a Chain-of-Thought dataset (Expert-AD).",
    [["Bias Intervention Dataset", "BID"], ["BID", "BID"], ["OCR-Rotation-Bench", "OCR-Rotation-Bench"], ["ORB", "OCR-Rotation-Bench"], ["Chain-of-Thought", "Expert-AD"], ["Expert-AD", "Expert-AD"]],
  ],
  // An alias that starts with a sign no word holds ("∇²DFT") is not found by its last word: "DFT" is a method here (corpus, 4 papers).
  ["Direct Fine-Tuning (DFT) and the Discrete Fourier Transform (DFT) are compared on nabla^2DFT.", [["nabla^2DFT", "nabla^2DFT"]]],
  ["Results on CIFAR10 and CIFAR-10 agree.", [["CIFAR10", "CIFAR-10"], ["CIFAR-10", "CIFAR-10"]]],
  ["a mAP of 53.3% on VOC 2012 and 58.5% on PASCAL VOC 2007", [["VOC 2012", "PASCAL VOC 2012"], ["PASCAL VOC 2007", "PASCAL VOC 2007"]]],
  ["reaching or exceeding state-of-the-art accuracy on the rMD17, 3BPA, and AcAc benchmark tasks", [["rMD17", "rMD17"], ["3BPA", "3BPA"], ["AcAc", "AcAc"]]],
  ["with a new state-of-the-art on the privately held PERSONA-CHAT dataset", [["PERSONA-CHAT", "PERSONA-CHAT"]]],
  // A list a data word opens after "namely", and one whose names each carry their figures in brackets (new dev abstracts).
  ["on three relation extraction datasets, namely DocRED, Re-DocRED, and REBEL.", [["DocRED", "DocRED"], ["Re-DocRED", "DocRED"], ["REBEL", "REBEL"]]],
  [
    "PeftCD achieves state-of-the-art performance across multiple public datasets, including SYSU-CD (IoU 73.81%), WHUCD (92.05%), MSRSCD (64.07%) and LEVIR-CD (85.62%).",
    [["SYSU-CD", "SYSU-CD"], ["WHUCD", "WHU-CD"], ["MSRSCD", "MSRSCD"], ["LEVIR-CD", "LEVIR-CD"]],
  ],
  // A counted data word opens a list after a comma, a plural one before names, if two or more are joined by "and";
  // "datasets called X" names X (new dev abstracts). Not where the data word opens the sentence and a subject follows.
  ["We evaluate Depth-Jitter on two benchmark datasets, FathomNet and UTDAC2020 demonstrating its impact.", [["FathomNet", "FathomNet"], ["UTDAC2020", "UTDAC2020"]]],
  ["questions from the multiple-choice benchmarks MMLU-Redux and MedQA, considering temperatures.", [["MMLU-Redux", "MMLU-Redux"], ["MedQA", "MedQA"]]],
  ["including 2 new synthetic audio-text datasets called PARADE, which evaluates the models.", [["PARADE", "PARADE"]]],
  ["Across ten benchmarks, AgentFlow and ReAct outperform top baselines.", []],
  // An opening list ends at the name after its "and": the name after the comma is the subject; one lone name after "on"
  // with a result after it may be hardware.
  ["Across EmoBench, SECEU, and EQ-Bench, RECAP improves emotional reasoning by 22-28%.", [["EmoBench", "EmoBench"], ["SECEU", "SECEU"], ["EQ-Bench", "EQ-Bench"]]],
  ["DeepRebirth offers 65ms inference time on the CPU of Samsung Galaxy S6 with 86.5% top-5 accuracy.", []],
  // A super- or subscript that ends a name is all of it, as written (new dev abstract 2511.02415).
  ["Using this framework, we construct ChartM$^3$, a multi-dimensional benchmark. Results on PASCAL-5$^i$ hold.", [["ChartM$^3$", "ChartM$^3$"], ["PASCAL-5$^i$", "PASCAL-5$^i$"]]],
  // A participle opening the sentence ends its "on" list at the comma: the name after it is the subject (new dev abstract).
  ["Trained on Microsoft COCO and WikiArt, PyramidStyler reduces content loss by 62.6%.", [["Microsoft COCO", "COCO"], ["WikiArt", "WikiArt"]]],
  // A year before "on" reports no result on what follows.
  ["It ranked first in the VLM3D Challenge at MICCAI 2025 on Text Conditional CT Generation.", [["VLM3D", "VLM3D"]]],
  // An aside of names is a list of its own, not a pause in the one around it.
  ["across six benchmarks, including three medical datasets (TN3K, Kvasir-SEG, ISIC) and more", [["TN3K", "TN3K"], ["Kvasir-SEG", "Kvasir-SEG"], ["ISIC", "ISIC"]]],
  // Unlisted names in evaluation context: digits or CamelCase after "on".
  ["averaging 10% on OC20 and 16% on OE62", [["OC20", "OC20"], ["OE62", "OE62"]]],
  ["its average score on FooBench-3 rose to 61.2", [["FooBench-3", "FooBench-3"]]],
  // Away from any reported number a name after "on" is not taken for data.
  ["we build on FooNet-3 ideas", []],
  // A name shaped as benchmarks are named is one anywhere.
  ["we build on FooBench-3 ideas", [["FooBench-3", "FooBench-3"]]],
  // An abbreviation defined in brackets names the same dataset.
  ["the Spiking Heidelberg Dataset (SHD), the Spiking Speech Commands (SSC)", [["Spiking Heidelberg Dataset", "SHD"], ["SHD", "SHD"], ["Spiking Speech Commands", "SSC"], ["SSC", "SSC"]]],
  // A name in apposition right after a singular data word, closed by a comma or stop, or after "named"/"called" (corpus dev split).
  ["Furthermore, we collect a fine-grained annotated image caption dataset, RefinedCaps, consisting of 6.5K diverse images from COCO data.", [["RefinedCaps", "RefinedCaps"], ["COCO", "COCO"]]],
  ["Using the resulting corpus, TikTok-SL-8, we assess the performance of two off-the-shelf systems.", [["TikTok-SL-8", "TikTok-SL-8"]]],
  ["We constructed a perfectly class-balanced version of this dataset, named Co-OCTDL, where each scan is presented as a 3x1 layout.", [["Co-OCTDL", "Co-OCTDL"]]],
  ["Lian et al. achieve a mean Euclidean error of 38.7mm on their own dataset ShanghaiTechGaze+.", [["ShanghaiTechGaze+", "ShanghaiTechGaze+"]]],
  // A dataset's format is not the dataset (corpus dev split).
  ["A custom dataset, annotated in the COCO format and specifically designed for solar panels, is released with KITTI-style labels.", []],
  // A name may end in "++" (unseen corpus abstract).
  ["Experiments conducted on the FaceForensics++, DeepFakeDetection, and CelebDF-v2 datasets indicate that even basic enhancement filters can significantly reduce detection accuracy.", [["FaceForensics++", "FaceForensics++"], ["DeepFakeDetection", "DeepFakeDetection"], ["CelebDF-v2", "Celeb-DF"]]],
  // A plain word the paper introduces as a test suite is a name; one it calls a framework is not.
  ["To address this gap, we introduce Chimera, a comprehensive test suite comprising 7,500 high-quality diagrams.", [["Chimera", "Chimera"]]],
  ["We introduce Semantic Prompt Tuning, a novel framework that tackles the generalization challenge.", []],
  // A method named after a data word with a verb after it is no apposition.
  ["Across all benchmarks, FooNet improves accuracy by 3%.", []],
  // An everyday word that names a benchmark is data where a result is reported on it, an adjective between (corpus dev split).
  ["For example, LLaMa3.3-70B exhibits a 10.23% drop in execution accuracy (from 77.11% to 66.9%) on paraphrased Spider queries.", [["Spider", "Spider"]]],
  // A split or a "v" version after a name is not part of it; an amount with a unit is no name (corpus dev split).
  ["On the DiverseHumans Testset, DisCo achieves 98.6 Unique Face Accuracy and near-perfect Gender Accuracy.", [["DiverseHumans", "DiverseHumans"]]],
  ["We present SwissGPC v1.0, the first mid-to-large-scale corpus of spontaneous Swiss German speech.", [["SwissGPC", "SwissGPC"]]],
  ["It cuts GPU memory by up to 75%, enabling the deployment of 70B-parameter models on 40GB consumer-grade GPUs.", []],
  // Models, generic kinds of data and everyday words are not datasets.
  ["ResNet-18 and MobileNetV1 on various DG benchmarks and multiple GNN benchmark datasets", []],
  ["Test datasets include simulated curves.", []],
  ["Traffic and weather affect the results.", []],
  // Names are read through copy artefacts, as numbers are; each mention keeps the abstract's text.
  ["Results on the Foo\u2013Bar dataset improve by 3.2\\%.", [["Foo\u2013Bar", "Foo-Bar"]]],
  // Kinds of data that papers write before "dataset" (reviewed lexicon candidates) and dimensions are not names.
  ["Extensive experiments on five medical QA benchmarks and two English datasets show gains of 3.1%.", []],
  ["reduces reliance on scarce, camera-labelled 3D datasets by 40%", []],
  // Names mined from the corpus and reviewed are known in any paper.
  ["sets new state-of-the-art results (60.6% on OSWorld-G, 47.4% on WebArena-Lite-v2)", [["OSWorld-G", "OSWorld-G"], ["WebArena-Lite-v2", "WebArena-Lite-v2"]]],
  // An ambiguous name ("BIRD") is data where a result is reported on it, not elsewhere.
  ["On BIRD, LitE-SQL achieves 72.10% execution accuracy.", [["BIRD", "BIRD"]]],
  ["A BIRD flies over the lake.", []],
  // What data is like or whose it is is no name.
  ["We present a curated Chinese-language dataset; IPG-generated datasets and OpenAI's benchmark gain 3%.", []],
  // After a name of several words a capitalised data word is part of its title; after one word it is not.
  ["We present the Open ASR Leaderboard, a fully reproducible benchmark.", [["Open ASR Leaderboard", "Open ASR Leaderboard"]]],
  ["We introduce the annotated Siegfried Building Time Series Dataset and the InstructAR Dataset.", [["Siegfried Building Time Series Dataset", "Siegfried Building Time Series Dataset"], ["InstructAR", "InstructAR"]]],
  // Where a result is reported on it, a bare acronym names data: "On CMMD, ...", "94.24% on FERG"; never a metric's name.
  ["On CMMD, GPT-5 reached 32.3% abnormality detection and 55.0% malignancy accuracy.", [["CMMD", "CMMD"]]],
  // A clause opened by "on" may name data in two or three words, one an acronym, before its comma (corpus dev split).
  [
    "On COVID-CXR, ROC-AUC improves from 0.9489 to 0.9982 (F1: 0.8048 to 0.9746); on Pneumonia CXR, ROC-AUC rises from 0.6834 to 0.8968.",
    [["COVID-CXR", "COVID-CXR"], ["Pneumonia CXR", "Pneumonia CXR"]],
  ],
  ["On H100 GPUs, our fused kernel reduces prefill latency by about 1.7x.", []],
  // A name opening with a small letter ends on a letter or digit, not on the sentence's full stop.
  ["The agent achieves 42.1% on xBench. It is good.", [["xBench", "xBench"]]],
  // Hardware however named (unseen corpus abstracts); a dataset whose name opens with a number.
  ["Training on Kaggle T4 GPUs, the method achieved 92% accuracy on an NVIDIA A800-80GB GPU.", []],
  // What a method is built or run on is no data (unseen corpus abstract).
  ["The synthesizer is based on Cycle-Consistent Generative Adversarial Networks and achieved MAE: 156.28 on the test set.", []],
  ["It reduces median errors by 53.3% on 7-Scenes and by 40.7% on Cambridge.", [["7-Scenes", "7-Scenes"], ["Cambridge", "Cambridge Landmarks"]]],
  ["Our method achieves 64.89% accuracy on AffectNet and 94.24% on FERG.", [["AffectNet", "AffectNet"], ["FERG", "FERG"]]],
  ["The detector has precision of 0.252 on IOU range of 0.50:0.95.", []],
  ["It runs on GPU and CPU at 30 FPS, reaching 90% on MRI scans.", []],
  // Recent models and hardware are no data wherever they stand; a benchmark named after a model is.
  ["We validate VISOR on LLaVA-1.5-7B, with 16% F1 gains on Gemini-1.5-Pro, on the VCU128 platform.", []],
  ["The AutoGLM-OS-9B based on GLM-4-9B-0414 achieves 48.1% on the OSWorld benchmark.", [["OSWorld", "OSWorld"]]],
  ["It scores 61.2% on LLaVA-Bench.", [["LLaVA-Bench", "LLaVA-Bench"]]],
  // Where "on" opens a clause, the comma ends the name, not a list: the subject after it is no data.
  ["Notably, on WAH-NL, ReAcTree achieves a 61% goal success rate.", [["WAH-NL", "WAH-NL"]]],
  ["On COVID-CXR, AUC improves from 0.94 to 0.99; on Brain MRI ND-5, ROC-AUC increases from 0.60 to 0.72.", [["COVID-CXR", "COVID-CXR"], ["Brain MRI ND-5", "Brain MRI ND-5"]]],
  // Names the sentence itself calls data, unlisted anywhere (corpus dev split): introduced, or listed in brackets after a data word.
  ["We introduce MMSearch-Plus, a benchmark of 311 tasks.", [["MMSearch-Plus", "MMSearch-Plus"]]],
  ["We introduce FooQA Verified, a 1,000-prompt benchmark for evaluating factuality.", [["FooQA Verified", "FooQA Verified"]]],
  ["Experiments on two synthetic benchmarks (Sokoban and ALFWorld) show gains of 3%.", [["Sokoban", "Sokoban"], ["ALFWorld", "ALFWorld"]]],
  ["It achieves 60.6% on OSWorld-G.", [["OSWorld-G", "OSWorld-G"]]],
  // ... but not what a sentence calls a collection of networks, nor hardware.
  ["CycleGAN is a collection of neural networks.", []],
  ["It trains 80% faster on GPUs and 70% faster on TPUs.", []],
  // Lists of names before a data word hold lone words too; so do lists after "including"; "(ABBR) dataset" names one.
  ["Experiments on the Potsdam, Vaihingen, and LoveDA datasets reach 88.57% mIoU.", [["Potsdam", "Potsdam"], ["Vaihingen", "Vaihingen"], ["LoveDA", "LoveDA"]]],
  ["Results on financial reasoning benchmarks, including FooFin and BarQA, improve by 3%.", [["FooFin", "FooFin"], ["BarQA", "BarQA"]]],
  ["Extensive experiments on the Diabetic Retinopathy (DDR) dataset demonstrate gains.", [["DDR", "DDR"]]],
  // A factor after a dataset is no name ("on CIFAR-10, 2x faster").
  ["It reaches 91.2% accuracy on CIFAR-10, 2x faster than the baseline.", [["CIFAR-10", "CIFAR-10"]]],
  // Names after "experiments on" anywhere; a year in a name; not a framework things are "implemented based on".
  ["Extensive experiments on HRSC2016 and FooSet-2 demonstrate that PQA works.", [["HRSC2016", "HRSC2016"], ["FooSet-2", "FooSet-2"]]],
  ["We present a framework for the MediaEval Medico 2025 challenge.", [["MediaEval Medico 2025", "MediaEval Medico 2025"]]],
  ["All our experiments are implemented based on PaddlePaddle.", []],
  // An amount is not a name: "53k hours" after "on".
  ["pre-training on 53k hours of unlabeled data still achieves 4.8/8.2 WER", []],
  // Public benchmarks and corpora as lexicon entries, and a longer variant of a known name ("SimpleQA Verified").
  ["Across 34 Aider Polyglot Python programming challenges", [["Aider Polyglot", "Aider Polyglot"]]],
  ["error rates fell from 12.3% to 7.1% over the CSJ core evaluation sets", [["CSJ", "CSJ"]]],
  ["We introduce SimpleQA Verified, a 1,000-prompt benchmark", [["SimpleQA Verified", "SimpleQA Verified"]]],
  ["our submission to the WMT25 General Machine Translation shared task", [["WMT25", "WMT25"]]],
  // Not data: an author cited, an amount, a figure, a code host (found in unseen corpus abstracts).
  ["We use the English-French DiscEvalMT benchmark (Bawden et al., 2018) with pairs of sentences.", [["DiscEvalMT", "DiscEvalMT"]]],
  ["The model is trained on 12T tokens and evaluated across 10 datasets (Fig.1). Code is on GitHub.", []],
  // A version is part of the name (results on two versions are not comparable); a score after a name is not a version.
  ["On BIRD it achieves 72.10%, and on Spider 1.0 it reaches 88.45%; on MMLU 7.2 points higher.", [["BIRD", "BIRD"], ["Spider 1.0", "Spider 1.0"], ["MMLU", "MMLU"]]],
  ["The model is trained on InspectMM, our new large-scale multimodal, multitask inspection dataset.", [["InspectMM", "InspectMM"]]],
  // Not data where written (unseen corpus abstracts): the subject of a result, a link, a metric's name, an acronym the text gives a phrase, amounts.
  ["On benchmarks like COCO and LVIS, Rex-Omni attains performance comparable to YOLO.", [["COCO", "COCO"], ["LVIS", "LVIS"]]],
  ["Our code and data are available at https://augustinlib.github.io/BESPOKE/.", []],
  ["It achieves 120.5% CIDEr score and 22.0% SPICE score, and 86.4 GLUE score.", [["GLUE", "GLUE"]]],
  ["GLM-4.5 achieves strong performance across agentic, reasoning, and coding (ARC) tasks, scoring 70.1% on TAU-Bench.", [["TAU-Bench", "TAU-Bench"]]],
  ["It includes 46h of EP test data and a 206B-token corpus; the T1w images of the HCP-Aging dataset.", [["HCP-Aging", "HCP-Aging"]]],
  ["Evaluated on the MedEvalKit framework, InfiMed outperforms Qwen on English-Bengali translation.", []],
];

describe("dataset mentions", () => {
  for (const [text, expected] of CASES) it(text.slice(0, 90), () => expect(mentions(text)).toEqual(expected));
});

describe("lexicons", () => {
  // "72.9 NDS on nuScenes": a metric's name as a dataset's alias took the nuScenes score (unseen corpus abstract).
  it("list no dataset alias that names a metric, unless the dataset is marked ambiguous there", () => {
    for (const entry of datasetLexicon as { name: string; aliases: string[]; ambiguousAliases?: string[] }[]) {
      for (const alias of entry.aliases) if (canonicalMetric(alias)) expect(entry.ambiguousAliases ?? [], `${alias} (${entry.name}) is a metric`).toContain(alias);
    }
  });

  it("hold at least 200 benchmarks and 80 metrics, with no alias under two names", () => {
    expect(datasetLexicon.length).toBeGreaterThanOrEqual(200);
    expect(metricLexicon.length).toBeGreaterThanOrEqual(80);
    for (const lexicon of [datasetLexicon, metricLexicon] as { name: string; aliases: string[] }[][]) {
      const owner = new Map<string, string>();
      for (const entry of lexicon) {
        for (const alias of entry.aliases) {
          expect(owner.get(alias) ?? entry.name, `${alias} is under ${owner.get(alias)} and ${entry.name}`).toBe(entry.name);
          owner.set(alias, entry.name);
        }
      }
    }
  });

  it("read no single letter as a metric (an alias whose symbols drop away, such as 'r²', made every 'r' an R²)", () => {
    for (const letter of "abcdefghijklmnopqrstuvwxyz") expect(canonicalMetric(letter), letter).toBeNull();
  });

  it("give every metric a direction, and every efficiency cue a metric the lexicon knows", () => {
    for (const m of metricLexicon) expect(typeof m.higherIsBetter).toBe("boolean");
    const names = new Set(metricLexicon.map((m) => m.name));
    const cueMetrics = Object.values(cueLexicon.efficiency).flatMap((family) => Object.keys(family));
    expect(cueMetrics.filter((m) => !names.has(m))).toEqual([]);
    expect(names.has("accuracy") && names.has("fid") && names.has("wer") && names.has("perplexity")).toBe(true);
    const direction = Object.fromEntries(metricLexicon.map((m) => [m.name, m.higherIsBetter]));
    expect([direction.accuracy, direction.bleu, direction.error, direction.fid, direction.latency]).toEqual([true, true, false, false, false]);
  });
});
