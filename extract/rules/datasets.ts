// Named datasets and benchmarks: the gazetteer (lexicon/datasets.json) canonicalises known names
// ("ImageNet-1k", "ILSVRC2012" → ImageNet); a pattern catches unlisted names where the text says
// they are data ("the PERSONA-CHAT dataset", "the rMD17, 3BPA, and AcAc benchmark tasks").
import type { DatasetMention } from "../schema.ts";
import { DATASETS, NOT_DATASETS, canonicalDataset, canonicalMetric, isModelName } from "./lexicons.ts";
import type { DatasetName } from "./lexicons.ts";
import type { PhraseHit } from "./phrases.ts";
import { firstAtOrAfter } from "./context.ts";
import { DATA_WORDS, findLandmarks } from "./landmarks.ts";
import type { Landmarks } from "./landmarks.ts";
import type { Sentences, Span } from "./sentences.ts";
import type { Word } from "./words.ts";

// A name: capitalised, with a digit, or an acronym; up to three words ("COCO val2017", "Penn Treebank").
// A bracket may stand inside a name: "CAS(ME)^2".
// (Each ends on a letter, digit or "+": "on xBench." names "xBench".)
const NAME = String.raw`(?:[A-Z][\w'^.+-]*(?:\(\w+\)[\w'^.+-]*)*[\w+]|[a-z]+[A-Z0-9](?:[\w'^.+-]*[\w+])?|\d+[A-Za-z][\w-]*)`;
// A name of up to three words; a later word may be a year or version ("MediaEval Medico 2025 challenge").
const NAMES = String.raw`${NAME}(?: (?:${NAME}|\d+(?:\.\d+)?)){0,2}`;
// "the X dataset", "X and Y datasets", "A, B, and C benchmarks": the names that end right before a data word.
const NAMED_BEFORE = new RegExp(String.raw`(?<![\w-])(${NAMES}(?:,? (?:and |or )?${NAMES}){0,4}) $`);

// Words that look like names but are not data ("Extensive", "Our", "The").
const NOT_A_NAME = /^(?:The|This|These|Our|We|Extensive|Several|Many|Various|Popular|Standard|Public|Real|Large|New|Two|Three|Four|Five|Both|All|Other|Such|Each|Existing|Common|Challenging|Benchmark|Image|Text|Graph|Video|Speech|Language|Molecular|Synthetic|Classification|Detection|Segmentation|Experiments|Results|In|On|For|With|And|Of|A|An)$/;
// Words that end a name's mention without being part of the name: its split or its version ("DiverseHumans
// Testset", "SwissGPC v1.0"; a version without "v" stays: "Spider 1.0").
const ENDS_NO_NAME = /^(?:Testset|Test-set|Testsets|Valset|v\d+(?:\.\d+)*)$/;
const DATA_WORD_NEXT = new RegExp(`^\\s*(?:${DATA_WORDS.join("|")})`);
const LIST_SPLIT = /,? (?:and |or )|, /;
// "various DG benchmarks", "all five OOD datasets": a kind of data, not a name.
const GENERIC_BEFORE = /\b(?:various|several|multiple|many|existing|all|other|popular|standard|common|different|diverse|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i;
/** A name in evaluation context ("on OC20 and OE62", "on LV-Eval"): has a digit or inner capital. */
// A list of up to five names: "OC20 and OE62", "HRSC2016, DOTA and FooSet-2".
// Each may carry its figures in brackets: "on Flickr30k-1k (BLEU-4 12.29, METEOR 27.98) and MSCOCO-1k (BLEU-4 12.00, …)".
const NAME_LIST = String.raw`${NAME}(?: \([^()]{1,80}\))?(?:,? (?:and |or )?${NAME}(?: \([^()]{1,80}\))?){0,4}(?=[\s,.;:)]|$)`;
/** A name's figures in brackets inside a list read after "on". */
const FIGURES_IN_LIST = / \([^()]{1,80}\)/g;
const FIGURES_GIVEN = / \([^()]*\d[^()]*\)/;
// ("on the challenging ChicagoFSWildPlus", "on the widely used X": a word that praises the data may stand before its name.)
const PRAISED = String.raw`(?:(?:challenging|popular|widely[- ]used|standard|public(?:ly available)?|large-scale|real-world|well-known|established|difficult|competitive|comprehensive)\s+)?`;
const EVALUATED_ON = new RegExp(String.raw`\b(?:[Oo]n|[Aa]cross)\s+(?:the\s+)?${PRAISED}(${NAME_LIST})`, "g");
// A name's shape: a digit, an inner capital ("nuScenes"), an acronym run into a word ("OSWorld",
// "MMBench"), capitals joined by a hyphen ("OSWorld-G", "ORB-En"), or an acronym's split ("MSLS-val").
const NAME_LIKE = /\d|[a-z][A-Z]|^[A-Z]+-[A-Z][a-z]|^[A-Z]{2,}[a-z](?<![A-Z]{2}s)|[A-Za-z]-[A-Z]|^[A-Z]{2,}-(?:val|valid|test|dev|train)$/;

/** "annotated in the COCO format", "KITTI-style labels": a dataset's format or style, not the dataset. */
const FORMAT_AFTER = /^(?:\s+formats?|-style|-like|-format)\b/i;

function gazetteer(text: string, sentences: Sentences, { knownNames, plainNames }: Landmarks): DatasetMention[] {
  const starts = plainNames.length ? [...knownNames, ...plainNames].sort((a, b) => a.start - b.start) : knownNames;
  const hits = DATASETS.findAt(text, starts).filter((hit) => !FORMAT_AFTER.test(text.slice(hit.end, hit.end + 24)));
  if (!hits.some((hit) => hit.data.ambiguous)) return hits.map((hit) => mentionOf(hit, text));
  // Unambiguous names per sentence, to accept an ambiguous one ("MATH", "Traffic") beside them.
  const spans = sentences.all;
  const plainPerSentence = new Map<number, number>();
  for (const hit of hits) if (!hit.data.ambiguous) plainPerSentence.set(sentenceOf(spans, hit.start), (plainPerSentence.get(sentenceOf(spans, hit.start)) ?? 0) + 1);
  const accepted = hits.filter(
    (hit) =>
      !hit.data.ambiguous ||
      plainPerSentence.get(sentenceOf(spans, hit.start)) ||
      DATA_WORD_NEXT.test(text.slice(hit.end, hit.end + 30)) ||
      evaluatedOn(text, hit, spans[sentenceOf(spans, hit.start)]),
  );
  return accepted.map((hit) => mentionOf(hit, text));
}

// "On BIRD, LitE-SQL achieves 72.10%", "88.45% on Spider 1.0": an ambiguous name is data where a result is reported on it.
// "on paraphrased Spider queries": one word may say which version of it.
const ON_BEFORE = /(?:^|[^\w-])(?:[Oo]n|across)\s+(?:the\s+)?(?:[a-z][a-z-]+\s+)?$/;

function evaluatedOn(text: string, hit: PhraseHit<DatasetName>, sentence: Span | undefined): boolean {
  if (!sentence || !ON_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start))) return false;
  return /\d(?:\.\d+)?\s*%|\d\.\d/.test(text.slice(sentence.start, sentence.end));
}

function mentionOf(hit: PhraseHit<DatasetName>, text: string): DatasetMention {
  // "Spider 1.0", "MultiWOZ 2.1": a version is part of the name, since results on two versions are not comparable.
  const version = VERSION_AFTER.exec(text.slice(hit.end, hit.end + 12));
  const end = hit.end + (version ? version[0].length : 0);
  return { name: version ? `${hit.data.canonical}${version[0]}` : hit.data.canonical, text: text.slice(hit.start, end), start: hit.start, end };
}
/** A version after a name: one digit, a point and one digit, not a score ("MMLU 71.2", "GSM8K 2.5 points"). */
const VERSION_AFTER = /^ v?\d\.\d(?![\d.,]|\s*(?:%|points?|pp|x\b|×|times))/;

/** The index of the sentence a position falls in (or, between sentences, the one before). */
function sentenceOf(sentences: Span[], position: number): number {
  return firstAtOrAfter(sentences, position + 1) - 1;
}

// What data is like or whose it is, not its name: "a Chinese-language dataset", "IPG-generated datasets", "OpenAI's benchmark".
const DESCRIBES_DATA = /-(?:language|generated|based|labell?ed|annotated|curated|specific|related|style|level|scale|quality|only|free)$|['’]s$/i;

/** "(Fig.1)", "Table 2": a part of the paper. */
const PART_OF_THE_PAPER = /^(?:Fig|Figs|Figure|Table|Eq|Sec|Section|Appendix)\.?\s?\d/;

function isName(name: string, wordOk = false): boolean {
  // A lone capitalised English word ("Test", "Through") is not a name unless the text calls it data
  // ("benchmarks (Sokoban and ALFWorld)"); a known model never is;
  // nor is an amount with a magnitude suffix ("pre-training on 53k hours"), a factor ("on CIFAR-10, 2x
  // faster"), a dimension ("3D"),
  // or a kind of data that papers write before "dataset" ("QA", "MRI", "English": notDatasets.json).
  // A benchmark named after a model ("LLaVA-Bench") is data all the same; a metric's name ("IOU") never is.
  return (
    name.length >= 2 && /[A-Z0-9]/.test(name) && (wordOk || !/^[A-Z][a-z]+$/.test(name)) && (!isModelName(name) || BENCH_NAME.test(name)) &&
    !(name.includes("-") && name.split("-").every((part) => NOT_DATASETS.has(part))) && // a language pair ("English-Bengali")
    !/^\d+(?:\.\d+)?(?:[kKMBT]|[xX×]|-?fold|D|[KMGT]i?B|[kMG]?Hz|m?W|ms|FPS|h|hrs?|hours?|[KMBT]?-tokens?)(?:\s|$)/.test(name) && !PART_OF_THE_PAPER.test(name) && !NOT_DATASETS.has(name) && !canonicalMetric(name) && !DESCRIBES_DATA.test(name) &&
    !HARDWARE_LAST.test(name)
  );
}

/** "training on Kaggle T4 GPUs": hardware, however it is named. */
const HARDWARE_LAST = /\b[CGNT]PUs?$/;
const CITED_AFTER = /^,?\s+et\s+al\b/;

/** A list of names found at `index` in the text ("rMD17, 3BPA, and AcAc"). */
interface NameList {
  index: number;
  list: string;
  /** Where a result is reported on it ("On CMMD, GPT-5 reached ...", "94.24% on FERG"), a bare acronym names data too. */
  reported?: boolean;
  /** The text names it as data in so many words ("we introduce Chimera, a test suite", "a dataset named X"): a lone word is a name too. */
  word?: boolean;
}

/** The names of each list, checked, placed in the text, and not overlapping what is known. */
function namesIn(lists: NameList[], text: string, known: DatasetMention[], accept: (name: string, list: NameList) => boolean, wordOk = false): DatasetMention[] {
  const found: DatasetMention[] = [];
  if (!lists.length) return found;
  // Overlap with what is known by a binary search over the known sorted by start, with the running
  // maximum of their ends; the names found here come in text order, so their last end is enough.
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const [i, d] of sorted.entries()) maxEnd.push(Math.max(d.end, maxEnd[i - 1] ?? 0));
  const overlapsKnown = (start: number, end: number) => {
    const before = firstAtOrAfter(sorted, end);
    return before > 0 && maxEnd[before - 1]! > start;
  };
  let foundEnd = -1;
  for (const nameList of [...lists].sort((a, b) => a.index - b.index)) {
    const { index, list } = nameList;
    if (GENERIC_BEFORE.test(text.slice(Math.max(0, index - 20), index))) continue;
    let offset = index;
    const parts = (list.includes("(") ? list.replace(FIGURES_IN_LIST, "") : list).split(LIST_SPLIT);
    // In a list of names ("the Synapse and AMOS datasets", "Potsdam, Vaihingen, and LoveDA") a lone word is one too.
    const listed = wordOk || nameList.word === true || (parts.length >= 2 && parts.some((p) => NAME_LIKE.test(p) || /^[A-Z]{2,}$/.test(p)));
    for (const part of parts) {
      const start = text.indexOf(part, offset);
      offset = start + part.length;
      const words = part.split(" ");
      while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
      while (words.length > 1 && ENDS_NO_NAME.test(words[words.length - 1]!)) words.pop();
      while (words.length && NOT_A_NAME.test(words[words.length - 1]!)) words.pop();
      const name = words.join(" ");
      if (!isName(name, listed) || !accept(name, nameList)) continue;
      const nameStart = text.indexOf(name, start);
      const nameEnd = nameStart + name.length;
      // "(Bawden et al., 2018)": an author cited, not data.
      if (nameStart < foundEnd || overlapsKnown(nameStart, nameEnd) || CITED_AFTER.test(text.slice(nameEnd, nameEnd + 8))) continue;
      found.push({ name, text: name, start: nameStart, end: nameEnd });
      foundEnd = nameEnd;
    }
  }
  return found;
}

/** Lists of names standing right before a data word ("the PERSONA-CHAT dataset"). */
function listsBeforeDataWords(text: string, dataWords: number[]): NameList[] {
  const lists: NameList[] = [];
  for (const at of dataWords) {
    const from = Math.max(0, at - 100);
    const before = text.slice(from, at);
    const found = NAMED_BEFORE.exec(before) ?? ABBREVIATION_BEFORE.exec(before);
    if (found) lists.push({ index: from + found.index + found[0].indexOf(found[1]!), list: found[1]! });
  }
  return lists;
}
// "the Diabetic Retinopathy (DDR) dataset": the abbreviation is the name.
const ABBREVIATION_BEFORE = /\(([A-Z][A-Za-z0-9-]{1,12})\) $/;

// "Extensive experiments on HRSC2016 and DOTA demonstrate ...": names after "on" that the sentence says were evaluated on, wherever they stand.
const EVALUATED_BEFORE = /\b(?:experiments?|evaluat\w*|results?|tested|validated|benchmark(?:ed|ing)?|assessed)\s+(?:(?!based|built|implemented|run|running|deployed|executed)[\w-]+\s+){0,2}?(?:on|across)\s+(?:the\s+)?$/i;
const LIST_AT = new RegExp(NAME_LIST, "y");

/** Lists of names right after "experiments on", "evaluated on" and the like, looked for at capitalised words only. */
function listsEvaluatedOn(text: string, capitals: number[]): NameList[] {
  const lists: NameList[] = [];
  let after = 0;
  for (const at of capitals) {
    if (at < after || at < 4) continue;
    const c = text.charCodeAt(at - 2);
    // Only right after "on " / "across " / "the ": one character test before the pattern.
    if (text.charCodeAt(at - 1) !== 32 || (c !== 110 && c !== 115 && c !== 101)) continue;
    if (!EVALUATED_BEFORE.test(text.slice(Math.max(0, at - 70), at))) continue;
    LIST_AT.lastIndex = at;
    const m = LIST_AT.exec(text);
    if (!m) continue;
    lists.push({ index: at, list: m[0] });
    after = at + m[0].length;
  }
  return lists;
}

// "94.24% on FERG", "0.887 $S_\alpha$ on CAMO", "90.1% accuracy on ABC": a number (not a year: "the 2025 Grand Challenge
// on ENT endoscopy"), maybe its unit and a measure's name.
const RESULT_BEFORE_ON = /(?:^|[^\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*\s*(?:%|\\%|percent(?:age)?|points?|pp)?\s*(?:[A-Za-z$\\_{}^@-]{1,14}\s*){0,2}$/;
const OPENING_LIST = /^[^,]+(?:, [^,]+)*?,? (?:and|or) [^,]+/;
const RESULT_AFTER_LIST = /^[^.;:()]{0,45}?\d(?:\.\d+)?\s*(?:%|\\%|percent(?:age)?\b|points?\b|pp\b)/;
// What stands before an "on" that opens a clause: a comma or semicolon, maybe with a conjunction.
// "Trained on Microsoft COCO and WikiArt, PyramidStyler reduces …": a participle opening the sentence, its "on" phrase
// ended by the comma before the subject.
const OPENING_PARTICIPLE = /(?:^|[.;:]\s+)[A-Z][a-z]+(?:ed|ing)\s+(?:[a-z]+\s+){0,2}$/;
const CLAUSE_OPENS = /(?:^|[,;:]\s*(?:(?:and|while|whereas|but)\s+)?)$/;

const OPENING_NAME = new RegExp(String.raw`${NAME}(?: ${NAME}){1,2}(?=,)`, "y");
// A name of words ("Pneumonia CXR") is data only where a result is reported on it and one word is an acronym.
// (Hardware, "NVIDIA RTX GPUs", is no name at all: isName.)
const WORDS_WITH_ACRONYM = /^(?=.*\b[A-Z]{2,})[A-Z][\w-]*(?: [A-Z][\w-]*){1,2}$/;

const BUILT_ON_BEFORE = /\b(?:based|built|relies|rely|relying|runs?|running|deployed|implemented|depends?|depending|conditioned)\s+$/;

/** Lists after "on"/"across" in the given spans of the text (the neighbourhoods of numbers). */
function listsAfterOn(text: string, spans: Span[]): NameList[] {
  const lists: NameList[] = [];
  for (const span of spans) {
    const part = text.slice(span.start, span.end);
    if (!part.includes("on ") && !part.includes("On ") && !part.includes("cross ")) continue;
    EVALUATED_ON.lastIndex = 0;
    for (let m = EVALUATED_ON.exec(part); m; m = EVALUATED_ON.exec(part)) {
      // "On BIRD, LitE-SQL achieves ...", "Notably, on WAH-NL, ReAcTree achieves ...": where "on" opens a
      // clause, the comma ends the phrase, not a list.
      const at = span.start + m.index;
      // "a synthesizer based on Cycle-Consistent Generative Adversarial Networks", "runs on NVIDIA Jetson": what a
      // method is built or run on is no data.
      if (BUILT_ON_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
      const clause = /^(?:On|Across)\b/.test(m[0]) || CLAUSE_OPENS.test(text.slice(Math.max(0, at - 12), at));
      const opens = clause || OPENING_PARTICIPLE.test(text.slice(Math.max(0, at - 40), at));
      const index = span.start + m.index + m[0].indexOf(m[1]!);
      // "; on Pneumonia CXR, ROC-AUC rises ...": where "on" opens a clause, a name of two or three words may stand before the comma.
      OPENING_NAME.lastIndex = index;
      const opening = opens ? OPENING_NAME.exec(text)?.[0] : undefined;
      // "Across EmoBench, SECEU, and EQ-Bench, RECAP improves …": an opening list ends at the name after its "and".
      // One that goes on past its names ("Across Kvasir-SEG, PICCOLO, CVC-ClinicDB, a private cohort, and …") is names throughout.
      // (Not one name and the subject after it: "On the publicly available Pressure Injury Image Dataset (PIID), FT-ARM, fine-tuned …".)
      const goesOn = /^, [a-z]/.test(text.slice(index + m[1]!.length, index + m[1]!.length + 3)) && m[1]!.split(", ").length > 2;
      const list = opening ?? (opens && !goesOn ? (OPENING_LIST.exec(m[1]!)?.[0] ?? m[1]!.split(", ")[0]!) : m[1]!);
      // "On CMMD, GPT-5 reached 32.3%", "94.24 percentage on FERG": a result is reported on it.
      // So it is where a list of names is followed by a share or points in its clause ("on PFPascal, APK, and CUB,
      // improving PCK by 6.0%, …"; one name alone may be hardware: "on the CPU of a phone with 86.5%").
      // So it is where a list gives its names' figures ("on NVOS (92.7% mIoU) and Spin-NeRF (95.2% mIoU)"; one name alone
      // so may be a category: "on PTSD (up to 89% accuracy)").
      const reported =
        (clause && text.charCodeAt(index + list.length) === 44) ||
        (FIGURES_GIVEN.test(list) && LIST_SPLIT.test(list.replace(FIGURES_IN_LIST, ""))) ||
        RESULT_BEFORE_ON.test(text.slice(Math.max(0, at - 40), at)) ||
        (LIST_SPLIT.test(list) && RESULT_AFTER_LIST.test(text.slice(index + list.length, index + list.length + 60)));
      lists.push({ index, list, reported });
    }
  }
  return lists;
}

// "we introduce MMSearch-Plus, a benchmark of 311 tasks", "SimpleQA Verified, a 1,000-prompt benchmark",
// "OpenLVLM-MIA is a new benchmark": a name the sentence itself calls data.
const NAME_AT = new RegExp(String.raw`${NAME}(?: ${NAME}){0,2}`, "y");
// "InspectMM, our new large-scale multimodal, multitask inspection dataset", "CT-3M, a curated collection of 3.87M CT slices".
const CALLED_DATA = /^(?:\s*\([^()]{1,80}\))?\s*(?:,|:|--|\u2014|\u2013| -| is| as)\s*(?:an?|the|our)\s+(?:[\w'.,-]+\s+){0,6}?(?:benchmarks?|datasets?|data set|corpus|corpora|test suite|suite|testbed|database|challenge|leaderboard|collection|set)\b/i;
// "two synthetic benchmarks (Sokoban and ALFWorld)", "four reasoning benchmarks (i.e., AIME24, AMC23, MATH500, and GPQA-D)"
// ... and "benchmarks, including CFLUE and FinQA", "datasets such as Chatbot Arena, MultiPref and PRISM".
const LIST_OPENS = /(?:\s*\((?:i\.e\.,?\s*|e\.g\.,?\s*|including\s+)?|,?\s+(?:including|such as|like|e\.g\.,?)\s+|,\s+(?:i\.e\.,?|namely|specifically)\s+|:\s+)/y;
// Only a list of two or more names, joined by "and"/"or" ("FathomNet and UTDAC2020"), not one name that goes on as a
// subject ("Across ten benchmarks, AgentFlow outperforms").
// (Up to eight names: an unbounded look-ahead would read a run of "Benchmarks, " once per data word in it.)
const NAME_OPENS = /(,)?\s+(?=([A-Z][\w+-]*)(?: [A-Z0-9][\w+-]*){0,2}(?:,\s+[A-Z][\w+-]*(?: [A-Z0-9][\w+-]*){0,2}){0,6},?\s+(?:and|or)\s+[A-Z])/y;
/** "On three benchmarks, X …": a data word in a clause that opens the sentence is where, and the names after it are its subject. */
const OPENING_CLAUSE = /(?:^|[.;:]\s+)(?:On|Across|In|For|Over|Using|With|Unlike|Through|Via|From|Beyond|Compared)\b[^,.;:]*$/;
const COUNTED_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:[\w-]+\s+){0,3}$/i;
const LIST_REACH = 120;
const CALLED_REACH = 120;
// Data words that open lists of names after them.
const LISTING_WORD = /^(?:benchmarks?|datasets?|data sets?|corpora|suites?)$/i;

/** Where data words stand, in text order, and where the lists they open run. */
function dataWordsIn(text: string, dataWords: Word[]): { words: number[]; lists: Span[] } {
  const lists: Span[] = [];
  for (const word of dataWords) {
    if (!LISTING_WORD.test(word.text)) continue;
    LIST_OPENS.lastIndex = word.end;
    let m = LIST_OPENS.exec(text);
    // "two benchmark datasets, FathomNet and UTDAC2020", "the multiple-choice benchmarks MMLU-Redux and MedQA": a counted
    // data word opens a list after a comma, any plural one before a name written as names are.
    if (!m && /s$/i.test(word.text)) {
      NAME_OPENS.lastIndex = word.end;
      const bare = NAME_OPENS.exec(text);
      const comma = bare?.[1] !== undefined;
      const counted = comma && COUNTED_BEFORE.test(text.slice(Math.max(0, word.start - 40), word.start)) && !OPENING_CLAUSE.test(text.slice(Math.max(0, word.start - 120), word.start));
      if (bare && (comma ? counted : NAME_LIKE.test(bare[2]!) || /^[A-Z]{2,}$/.test(bare[2]!))) m = bare;
    }
    if (!m) continue;
    const start = word.end + m[0].length;
    // The list ends at a bracket or the clause's end, within reach; a short aside of figures after a name does not end
    // it nor count against the reach ("datasets, including SYSU-CD (IoU 73.81%), WHUCD (92.05%) and CDD (97.01%)").
    let end = start;
    let asides = 0;
    for (; end < text.length && end - start - asides < LIST_REACH && !(text.charCodeAt(end) === 46 && isSpaceOrEnd(text, end + 1)); end++) {
      if (!LIST_ENDS.has(text.charCodeAt(end))) continue;
      ASIDE_IN_LIST.lastIndex = end;
      const aside = text.charCodeAt(end) === 40 && end > start ? ASIDE_IN_LIST.exec(text) : null;
      if (!aside) break;
      asides += aside[0].length;
      end += aside[0].length - 1;
    }
    lists.push({ start, end });
  }
  return { words: dataWords.map((w) => w.start), lists };
}
const ASIDE_IN_LIST = /\((?=[^()]{1,40}\))(?=[^()]*?(?<![\w.-])[+-]?\d)[^()]+\)(?=,|\s+(?:and|or)\s)/y;
const LIST_PLACE = /(?:,|\band|\bor) $/;
const LIST_ENDS = new Set([40, 41, 58, 59]); // ( ) : ;
const isSpaceOrEnd = (text: string, i: number) => i >= text.length || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10;

// "we introduce Chimera, a comprehensive test suite": a name the paper introduces as data, however plain.
const INTRODUCED_BEFORE = /\b(?:introduc|present|propos|releas|construct|curat|build|buil|creat|develop)(?:e|es|ed|ing|s|t)?\s+(?:the\s+)?$/i;

// "SemPT, a novel framework that tackles the generalization challenge": what the name is called before the data word is no data.
const NOT_DATA_CALLED = /\b(?:framework|method|approach|model|metric|technique|system|pipeline|architecture|algorithm|score|measure|tool|agent)s?\b|\.\s/i;

// "a fine-grained annotated image caption dataset, RefinedCaps, consisting of", "the resulting corpus,
// TikTok-SL-8, we assess", "a class-balanced version of this dataset, named Co-OCTDL,", "their own dataset
// ShanghaiTechGaze+.": a name in apposition right after a singular data word, closed by a comma, bracket or stop.
const APPOSED_AFTER = new RegExp(String.raw`(?:,\s*(?:(?:named|called|dubbed|termed)\s+)?|\s+(?:(?:named|called|dubbed|termed)\s+)?)(${NAME}(?: ${NAME}){0,2})(?=\s*[,;:()]|\.(?:\s|$)|$)`, "y");
const APPOSING_WORD = /^(?:dataset|data set|benchmark|corpus|test suite|suite|testbed|database)$/i;
const NAMED_WORD = /^[\s,]*(?:named|called|dubbed|termed)\s/;
const PLURAL_APPOSING_WORD = /^(?:datasets|data sets|benchmarks|corpora|test suites|suites|databases)$/i;

/** Names in apposition right after a singular data word. */
function listsAfterDataWords(text: string, dataWords: Word[]): NameList[] {
  const lists: NameList[] = [];
  for (const word of dataWords) {
    // A plural data word is followed by names only when it says so: "two new datasets called PARADE".
    const plural = PLURAL_APPOSING_WORD.test(word.text);
    if (!APPOSING_WORD.test(word.text) && !plural) continue;
    APPOSED_AFTER.lastIndex = word.end;
    const m = APPOSED_AFTER.exec(text);
    if (!m) continue;
    const named = NAMED_WORD.test(m[0]);
    if (plural && !named) continue;
    // Without a comma or "named" before it, only a name of a name's shape ("ShanghaiTechGaze+").
    if (!named && !m[0].startsWith(",") && !NAME_LIKE.test(m[1]!)) continue;
    lists.push({ index: word.end + m[0].indexOf(m[1]!), list: m[1]!, word: named });
  }
  return lists;
}

// Benchmarks are often named so: "ParamBench", "ALE-Bench", "VideoRefer-BenchQ".
const BENCH_NAME = /[a-z0-9-]Bench|^Bench[A-Z0-9-]/;

/**
 * Names the text itself calls data: "X, a new benchmark" (`introduced`), "benchmarks (X and Y)"
 * (`bracketed`, where a lone word may be a name: "Sokoban"). Only capitalised words that stand in a
 * list a data word opens, or before a data word within reach, are looked at, once each.
 */
function calledData(text: string, capitals: number[], dataWords: Word[]): { introduced: NameList[]; bracketed: NameList[] } {
  const introduced: NameList[] = [];
  const bracketed: NameList[] = [];
  const hasBench = text.includes("Bench");
  const { words, lists } = dataWordsIn(text, dataWords);
  if (!words.length && !hasBench) return { introduced, bracketed };
  let k = 0;
  let w = 0;
  for (const at of capitals) {
    while (k < lists.length && lists[k]!.end <= at) k++;
    while (w < words.length && words[w]! <= at) w++;
    // In a list: at its start, or right after a comma, "and" or "or".
    const inList = k < lists.length && lists[k]!.start <= at && (lists[k]!.start === at || LIST_PLACE.test(text.slice(at - 5, at)));
    const dataAhead = w < words.length && words[w]! - at <= 2 * CALLED_REACH;
    if (!inList && !dataAhead && !hasBench) continue;
    if (goesOnName(text, at)) continue;
    NAME_AT.lastIndex = at;
    const m = NAME_AT.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    if (inList) bracketed.push({ index: at, list: m[0] });
    else if (BENCH_NAME.test(m[0]) && text.charCodeAt(at - 1) !== 47) introduced.push({ index: at, list: m[0] });
    else if (dataAhead) {
      const called = CALLED_DATA.exec(text.slice(end, end + CALLED_REACH));
      if (called) introduced.push({ index: at, list: m[0], word: INTRODUCED_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && !NOT_DATA_CALLED.test(called[0]) });
    }
  }
  return { introduced, bracketed };
}

/** A capitalised word right after another word with a capital or digit goes on that name ("SimpleQA Verified"). */
function goesOnName(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 32 || !/[\w'^.+-]/.test(text[at - 2]!) || text.charCodeAt(at - 2) === 46) return false;
  let i = at - 2;
  for (let c = text.charCodeAt(i); i >= 0 && c !== 32 && c !== 40 && c !== 10; c = text.charCodeAt(--i));
  const first = text.charCodeAt(i + 1);
  return i + 1 < at - 1 && ((first >= 65 && first <= 90) || (first >= 48 && first <= 57));
}

// "the Open ASR Leaderboard", "the AI City Challenge", "the Siegfried Building Time Series Dataset": after a name of
// several words, a capitalised data word is part of the name (after one word it is not: "the InstructAR Dataset").
const TITLE_WORD = /^ (?:Challenge|Leaderboard|Dataset|Corpus|Corpora|Benchmark)(?![\w-])/;

/** Unlisted names of several words, with the capitalised data word that ends their title. */
function withTitleWord(found: DatasetMention[], text: string): DatasetMention[] {
  for (const d of found) {
    const word = d.name.includes(" ") ? TITLE_WORD.exec(text.slice(d.end, d.end + 12)) : null;
    if (!word) continue;
    d.end += word[0].length;
    d.name = d.text = text.slice(d.start, d.end);
  }
  return found;
}

/**
 * "Spiking Heidelberg Digits (SHD)", "a Chain-of-Thought dataset (Expert-AD)": the name in brackets names the same dataset.
 * A dataset no lexicon lists, named in several words, goes by that short name, as papers and the gold guide use it ("the Bias
 * Intervention Dataset (BID)" is BID); a listed one keeps its canonical name.
 */
function abbreviations(text: string, mentions: DatasetMention[]): { short: DatasetMention[]; renamed: Map<string, string> } {
  const short: DatasetMention[] = [];
  const renamed = new Map<string, string>();
  for (const d of mentions) {
    const m = SHORT_NAME_AFTER.exec(text.slice(d.end, d.end + 40));
    if (!m) continue;
    const start = d.end + m.index + m[0].lastIndexOf(m[1]!);
    // (A name of one word is short already: "OCR-Rotation-Bench (ORB)" keeps it; "a Chain-of-Thought dataset (Expert-AD)"
    // describes one before naming it.)
    const kept = canonicalDataset(d.text) !== null || (!d.text.includes(" ") && m[0].trimStart().startsWith("("));
    const name = kept ? d.name : (canonicalDataset(m[1]!) ?? m[1]!);
    if (!kept) renamed.set(d.name, name);
    short.push({ name, text: m[1]!, start, end: start + m[1]!.length });
  }
  return { short, renamed };
}
const SHORT_NAME_AFTER = /^\s?(?:(?:[Dd]atasets?|[Bb]enchmarks?|[Cc]orpus|[Cc]hallenge)\s)?\(([A-Z][A-Za-z0-9-]{1,14})\)/;

/**
 * Dataset mentions: the gazetteer's everywhere, unlisted names before a data word everywhere, and
 * unlisted names in evaluation context ("on OC20") in the given spans around numbers. The sentences
 * are asked for only when an ambiguous name needs them.
 */
export function findDatasets(text: string, sentences: Sentences, landmarks: Landmarks = findLandmarks(text), reporting: Span[] = sentences.all): DatasetMention[] {
  const known = gazetteer(text, sentences, landmarks);
  const named = namesIn(listsBeforeDataWords(text, landmarks.dataWords), text, known, () => true);
  const evaluated = namesIn([...listsAfterOn(text, reporting), ...listsEvaluatedOn(text, landmarks.capitalsAndDigits)], text, [...known, ...named], (name, list) => NAME_LIKE.test(name) || (list.reported === true && (/^[A-Z]{3,}$/.test(name) || WORDS_WITH_ACRONYM.test(name))));
  const { introduced, bracketed } = calledData(text, landmarks.capitalsAndDigits, landmarks.anyDataWords);
  introduced.push(...listsAfterDataWords(text, landmarks.anyDataWords));
  const taken = [...known, ...named, ...evaluated];
  const called = [
    ...namesIn(introduced, text, taken, (name, list) => NAME_LIKE.test(name) || /^[A-Z]{2,}$/.test(name) || list.word === true),
    ...namesIn(bracketed, text, taken, (name) => NAME_LIKE.test(name) || /^[A-Z]{2,}$|^[A-Z][a-z]+$/.test(name), true),
  ];
  const found = named.length || evaluated.length || called.length ? [...known, ...withTitleWord(named, text), ...evaluated, ...withTitleWord(called, text)] : known;
  const all = found.filter((d) => namesData(d, text));
  // An abbreviation defined for a dataset replaces any separate reading of it.
  const { short, renamed } = abbreviations(text, all);
  if (!short.length) return inTextOrder(all);
  const shortStarts = new Set(short.map((d) => d.start));
  const byShortName = (d: DatasetMention) => (renamed.has(d.name) ? { ...d, name: renamed.get(d.name)! } : d);
  return inTextOrder([...all.filter((d) => !shortStarts.has(d.start)).map(byShortName), ...short]);
}

/**
 * Whether a name found as data stands as data where it is written: not inside a link
 * ("github.io/BESPOKE/"), not the subject of a result ("Rex-Omni attains"), not a system ("the MedEvalKit
 * framework", "the TensorNet architecture"), not a metric ("22.0%
 * SPICE score"), not the acronym the text gives a phrase of its own ("agentic, reasoning, and coding
 * (ARC) tasks", "semantic change detection (SCD) datasets").
 */
function namesData(d: DatasetMention, text: string): boolean {
  // The word it stands in, looked at no further than a link is long (a text with no spaces stays linear).
  let from = d.start;
  while (from > Math.max(0, d.start - LINK_REACH) && !isSpaceOrEnd(text, from - 1)) from--;
  let to = d.end;
  while (to < Math.min(text.length, d.end + LINK_REACH) && !isSpaceOrEnd(text, to)) to++;
  if (LINK.test(text.slice(from, to))) return false;
  const after = text.slice(d.end, d.end + 24);
  // A benchmark's score is on it ("86.4 GLUE score"); a name that is also a metric's is the metric ("22.0% SPICE score").
  if (ATTAINS_AFTER.test(after) || SYSTEM_AFTER.test(after) || (/^\s+scores?\b/i.test(after) && canonicalMetric(d.text) !== null)) return false;
  return !(text[d.start - 1] === "(" && spelledBefore(d.text, text.slice(Math.max(0, d.start - 120), d.start - 1)));
}
const LINK = /:\/\/|www\.|\.(?:com|org|io|net|ai|edu)(?:\/|$)/;
const LINK_REACH = 120;
// (Nor hardware: "on SambaNova SN40L accelerators", "on Jetson Orin devices", "on real-world FR5 robot".)
const SYSTEM_AFTER = /^\s+(?:framework|toolkit|library|platform|engine|architecture|algorithm|accelerator|chip|device|board|processor|GPU|TPU|NPU|FPGA|hardware|robot|arm|manipulator)s?\b/i;
const ATTAINS_AFTER = /^\s+(?:also\s+|still\s+|consistently\s+)?(?:attain|achiev|reach|outperform|surpass|obtain)(?:s|es|ed)?\b/;

/** Whether the lower-case words right before a bracket spell the acronym in it: "agentic, reasoning, and coding (ARC)". */
function spelledBefore(acronym: string, before: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  const words = before.split(/[\s,]+/).filter((w) => w && !/^(?:and|of|the|for|&|-)$/i.test(w));
  const used = words.slice(-acronym.length);
  if (used.length < acronym.length || used.some((w) => !/^[a-z]/.test(w))) return false;
  return used.every((w, i) => w[0]!.toUpperCase() === acronym[i]);
}

/** The mentions sorted by where they start; most lists come in that order already. */
function inTextOrder(mentions: DatasetMention[]): DatasetMention[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return mentions.sort((a, b) => a.start - b.start);
  return mentions;
}
