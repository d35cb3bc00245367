import { describe, expect, it } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";

// Real sentences (most from the seeds) whose numbers describe set-up, scale, names, theory or
// time: they must give no claim at all.
const NO_CLAIMS = [
  // The size of the models used, in brackets after them (unseen corpus abstract).
  "We present ORCA, an agentic reasoning framework that improves pretrained LVLMs with a suite of small vision models (less than 3B parameters).",
  "Using lightweight models with fewer than 500M parameters and training on Kaggle T4 GPUs, the method is cheap. It uses LLMs of less than 15 billion parameters.",
  // A DOI (unseen corpus abstract).
  "The dataset and baseline code are publicly released. RodEpil Dataset access - DOI: 10.5281/zenodo.17601357",
  // Whole points that nothing says changed count points (unseen corpus abstract).
  "Provably globally optimal approaches using SDP relaxations take hundreds of seconds for 100 points. Our solver can register two 3D point clouds with 100 points.",
  // A count of the systems compared against, after "than" (unseen corpus abstract).
  "Experiments across 7 datasets demonstrate that SIK achieves better detection performance than 11 state-of-the-art (SOTA) anomaly detection algorithms.",
  "Recently, several equivariant message passing neural networks (MPNNs) have been shown to outperform models built using other approaches in terms of accuracy.",
  "In particular, we show that using four-body messages reduces the required number of message passing iterations to just two, resulting in a fast and highly parallelizable model.",
  "We find that R-CNN outperforms OverFeat by a large margin on the 200-class ILSVRC2013 detection dataset.",
  "We evaluate ResNet-50, ResNet-101 and ViT-B/16 on CIFAR-10, CIFAR-100 and ImageNet-1k.",
  "We present model architectures in which a MoE with up to 137 billion parameters is applied convolutionally between stacked LSTM layers.",
  // Enumeration markers, even where a measure's name is beside them (unseen corpus abstracts).
  "We introduce three VQA-specific rewards: (1) a bell-shaped regression reward, (2) a deviation-aware ranking reward and (3) a temporal consistency reward.",
  "Our study reveals three key findings: (1) attack success rates (ASR) decrease with prompt length, and (2) the loss of global context hurts.",
  "This leads to noisy multilingual preference data and limited alignment performance: 1) Not all English responses are of high quality; 2) The performance differences of these models are small.",
  "We apply ReFIne to the Qwen3 models at multiple scales (1.7B/4B/8B) and evaluate across mathematical benchmarks.",
  // "triples" and "doubles" as nouns (unseen corpus abstracts).
  "Joint learning has shown promising performance in identifying triples, but detecting doubles and triples remains difficult.",
  // A spread, a budget run under, the length of a dataset's recordings (new dev abstracts).
  "Individual models vary across writing categories, with standard deviations averaging 10.1%.",
  // The length of what is generated, a ranking measure's cut-off (unseen corpus abstracts).
  "Our model generates a 5s, 720p video in one pass.",
  "SFT boosts held-out association Precision at 5 in English.",
  // A power of ten, a number glued into a name (unseen corpus abstracts).
  "For direct representation, it achieves distance errors at the $10^{-5}$ level.",
  "Experiments on 7-Scenes and on 12-Scenes follow.",
  // What fine-tuning trains is no smaller model (unseen corpus abstract; a dev false alarm).
  "PLAST achieves significant efficiency with only 14% of the parameters tuned, while Obliviate updates approximately 2% of the parameters.",
  // The size of a dataset in time (unseen corpus abstract).
  "We accomplish InterVLA, the first large-scale interaction dataset with 11.4 hours and 1.2M frames of multimodal data.",
  // An amount of time, not a halving (unseen corpus abstract).
  "Micro-expressions are brief facial movements that typically last less than half a second.",
  // A spread by its abbreviation, not a level of its own (unseen corpus abstract).
  "Chain-of-thought prompting led to a mean accuracy change with SD 15.74% across the models (SE = 0.8).",
  "It works under compression, evidenced on MME with a 30% retention budget.",
  "Both methods are compared with the strongest baseline under a 20% cache size.",
  "It improves tracking on a 10 minute pig tracking dataset with 21 identities.",
  // Amounts of data, however many words name it (unseen corpus abstracts).
  "Our dataset comprises 620 minutes of high-quality motion capture data performed by professional dancers.",
  // A share of the people of a study (unseen corpus abstract).
  "We conducted a survey (n=61) in which 98% of participants identified them as toxic.",
  // A confidence interval's level and bounds are no results (unseen corpus abstracts: the levels they bound are).
  "The confidence interval of the paired difference is (95% CI -3.1 to +4.7) and (95% CI, 0.969-0.986).",
  // An operating point named before its value, a forecast's lead time (unseen corpus abstracts).
  "The detector keeps a high recall at FPR = 0.01 on the held-out cases.",
  "These methods degrade in performance at nowcasting timescales (i.e., 0-4 hour lead-times).",
  // The point of a noun, no unit (unseen corpus abstracts).
  "We start by estimating bi-directional 3D scene flow between the two point clouds and then warp them to the given time step.",
  // The scale a score is out of (unseen corpus abstracts).
  "On QMSum and FAME, the summaries were rated 2 out of 5 points by the judges.",
  // An idiom and a statistic's name, not placings.
  "In the first place, we report the 95th percentile Hausdorff distance of each method.",
  // A dataset's size in brackets after its name (unseen corpus abstracts).
  "Models trained on SOS outperform those trained on larger real-image datasets such as GRIT (20M) and V3Det (200K) on detection.",
  // Counts of what was evaluated (unseen corpus abstracts).
  "OpenMed NER achieves new state-of-the-art micro-F1 scores on 10 of these 12 datasets, with substantial gains.",
  "To do so, we present MoReBench: 1,000 moral scenarios, each paired with a set of rubric criteria.",
  // A number glued to a capital names a thing (unseen corpus abstracts).
  "Recently, a significant improvement in the accuracy of 3D human pose estimation has been achieved.",
  "To improve the accuracy of 2DGS position and orientation prediction, we add a rendering loss.",
  // "EMS" is no plural of EM (exact match): plurals count written as "RMSEs" (unseen corpus abstract).
  "The dataset holds 233 simulated emergency scenarios performed by 62 participants, including 46 EMS professionals.",
  // A size that names a class of models (unseen corpus abstract).
  "Although smaller than 7B-scale AR models, TraDo-4B-Instruct still consistently outperforms them across complex math reasoning tasks.",
  "Three Decades of Activations: A Comprehensive Survey of 400 Activation Functions for Neural Networks was published in 2024.",
  "By a classical result due to Barron [1993], this correspondingly bounds the size of a 2-layer neural network needed to approximate the solution.",
  "The solution can be epsilon-approximated in the L^2 sense by a function with Barron norm O(n^2) and regret O(K T^{3/4}).",
  "Extensive experiments across 8 benchmarks validate the effectiveness of MC-SMoE.",
  "We predict 30-day readmission and 5-year survival from clinical notes.",
  "The router learns to skip more than 40 percent of Transformer blocks on the COCO dataset.",
  // Never claims (spec): data amounts, set-up durations, decades, network generations, numbers inside names.
  "We collected 20 hours of driving data and train on LibriSpeech 960h.",
  "We predict three seconds into the future using six minutes of video.",
  // Time as an amount of data or of human effort, not a time a system takes (unseen corpus abstracts).
  "The dataset combines egocentric views and music with more than 36 hours of dancing motion, built with over 500 hours of human labor.",
  "It includes over 1,100 recordings (6 hours), from 1,544 ad videos with 10,962 clips, totaling 22.7 hours.",
  "On our curated dataset (124 minutes, 13 patients), videos have durations ranging from 5 to 10 seconds.",
  "Trends since the 1960s in 5G/6G networks are reviewed.",
  // Bounds and scales, not results (held-out h04, dev 2510.07774), and the memory of the hardware (dev 2509.04534).
  "Quantization-aware training produces classification accuracies within 2% of floating point networks.",
  "The generative RRM provides fine-grained, calibrated rewards (0-1) that explicitly penalize logical flaws.",
  "This enables the deployment of 70B-parameter models on 40GB consumer-grade GPUs.",
  "We enrolled participants (N = 120, SD = 4.2; CI: 0.8) and the score of 0.5 was a threshold.",
  // A unit fraction, a schedule, a factor word as an adjective, a time unit starting a compound.
  "Frames were taken at exposures of 1/24, 1/60 and 1/120 s with over 100 second-language learners.",
  "We named it IC-MoE, with twofold ideas; the learning rate is halved every 25k steps.",
  "Annotations are rotated bounding boxes given as 4-point polygons, rated on a 5-point scale.",
  // Counts with modifiers before what they count, operating points, IoU threshold ranges (corpus dev split).
  "We evaluated the performance of more than 17 open source LLMs on this benchmark.",
  "Experiments on 6 industrial anomaly detection benchmarks show superior performance over 12 state-of-the-art methods.",
  "Detection quality is measured by mAP over IOU thresholds of 0.50:0.95.",
    "We train for 100 epochs with a batch size of 256 on 8 GPUs.",
  "In our experiments we consider a dataset with up to 30 billion words, and we plug our memory layer in a state-of-the-art transformer-based architecture.",
  "It runs on a RISC-V-based 8+1-core MCU with a 3 x 3 convolution kernel.",
  "Our models are released with GPT-4, Llama 3 and YOLOv6-3.0-N baselines for comparison.",
  "HuBERT either matches or improves upon the state-of-the-art wav2vec 2.0 performance on the Librispeech (960h) and Libri-light (60,000h) benchmarks.",
  "Over the last years, peak server hardware FLOPS has been scaling at 3.0x/2yrs.",
  "Our final ensemble uses a 5-fold cross-validation on the provided training data.",
  "The method is orders of magnitude faster and significantly more accurate.",
  "The dataset holds 2M conformations of 1.9M molecules collected over 10 years.",
  "We conjecture that the reason our model does not achieve a 100% accuracy rate is due to a double-labeling problem.",
  // Found in unseen corpus abstracts: an operating point, LaTeX set members, data sizes, the number of a part.
  "Evaluated at 1% false detect rate, detection is the open problem.",
  "For zero-sum games with the sparse rewards of $\\{-1,0,1\\}$ at the end of the game, this is not enough.",
  "We curate the largest TCM dataset to date, comprising 100GB+ of text and 200GB+ of multimodal data.",
  "Participants were evaluated on Subtask 2 and Stage 3, as shown in Table 4.",
  // A factor word as a name, the length of a clip, the rate of a signal (unseen corpus abstracts).
  "We conclude that HALF exposes a clear gap between previous benchmarking success and deployment.",
  "Retrieve top 5 videos with a 10 second scene where a car is detected.",
  "Each recording is paired with a 100 Hz PPG signal and extended health metrics.",
  "Quantization-aware training gives improvements, reducing the gap to floating point to 1% for the model.",
  // What is left of an efficiency measure is no score (five random unseen corpus abstracts, 2508.17291).
  "The method is token-efficient, reducing token consumption to 15.7% ~ 32.7% of the original.",
  "The Mistral-7B-v0.1 model outperforms two other generative models on 11 intent classes out of 14 in terms of F-Score.",
];

describe("sentences without claims", () => {
  for (const sentence of NO_CLAIMS) {
    it(sentence.slice(0, 90), () => {
      expect(extractFromAbstract(sentence).claims.map((c) => c.text)).toEqual([]);
    });
  }
});
