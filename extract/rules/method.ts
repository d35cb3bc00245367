// The model or system each claim's number belongs to (CLAIMS-SPEC "method"). Read from grammar, not
// from a list of models: the name in subject position before the number in its sentence ("Ovis2.5-9B
// averages 78.3"), else the paper's contribution — the name it gives what it proposes ("ReGA: …" as a
// title, "we propose a … (FDP) framework"). Comparators ("outperforms X") and backbones ("on Qwen3-8B")
// stand where a subject does not, so they are passed over, except for a baseline's own number.
import methodLexicon from "../lexicon/methods.json" with { type: "json" };
import type { DatasetMention } from "../schema.ts";
import type { ClaimDraft } from "./index.ts";
import { canonicalMetric, isModelName } from "./lexicons.ts";
import { firstAtOrAfter, insideBrackets } from "./context.ts";
import { GLUED_SCRIPT, alternation as alternatives } from "./patterns.ts";

const NOT_NAMES = new Set(methodLexicon.notNames.map((w) => w.toLowerCase()));

const ADJECTIVES = "(?:(?:the|a|an|our|their|its|best|strong|stronger|strongest|leading|recent|popular|competing|competitive|widely[- ]used|state-of-the-art|sota|prior|previous|existing|baselines?|base|vanilla|standard|original|other|same|methods?|models?|approach(?:es)?)\\s+){0,4}$";
const after = (words: string[]) => new RegExp(`(?:^|[^\\w-])(?:${alternatives(words)})\\s+${ADJECTIVES}`, "i");
/** Words that bring examples, not comparators ("models such as X"). */
const EXAMPLE_WORDS = new Set(["like", "such as", "e.g.", "including"]);
/** The words before a name that make it a comparator ("than X", "outperforms X") … */
const COMPARATOR_BEFORE = after(methodLexicon.comparatorBefore);
/** … of which these compare, where the others only bring examples ("models such as X"). */
const COMPARED_BEFORE = after(methodLexicon.comparatorBefore.filter((w) => !EXAMPLE_WORDS.has(w)));
/** … or a backbone or a condition ("on Qwen3-8B", "with X"), unless a verb of achievement follows the name. */
const BACKBONE_BEFORE = after(methodLexicon.backboneBefore);
/** "with X achieving", "models such as X achieve": X is the subject of the verb after it. */
const WITH_BEFORE = /\b(?:with|such as|e\.g\.,?|including|like)\s+(?:the\s+|a\s+|an\s+)?$/i;
const ACHIEVES_AFTER = /^\)?\s*(?:(?:only|also|still)\s+)?(?:achiev|attain|reach|obtain|scor|yield|deliver|record|surpass|outperform|improv|reduc|boost)\w*\b/;
/** "we propose X", "a framework called X": the contribution follows. */
const INTRODUCES = new RegExp(`\\b(?:we|this (?:paper|work|study|article)|the authors)\\s+(?:(?:also|further|first|then|here|newly|therefore|thus)\\s+)?(?:${alternatives(methodLexicon.introduce)})\\b|\\b(?:called|named|dubbed|termed|coined)\\b|\\bour (?:method|model|approach|framework|system|architecture|pipeline|agent|algorithm)\\s*,`, "gi");
/** "a setting termed RLVR", "a benchmark called BIRD": what is named is no model. */
const NAMES_NO_MODEL = /\b(?:benchmarks?|datasets?|corpus|setting|task|problem|phenomenon|metric|score|effect|issue|challenge)\s*,?\s*$/i;
/** What a contribution is built on comes after these words. */
const BUILT_ON = /\b(?:(?:built|based) (?:up)?on|on top of|(?:modifications?|enhancements?|improvements?|changes|extensions?) (?:to|of)|variant of)\b/i;
/** A name after these words in the contribution's description is what it works on ("on TBDXA scans"); one after "for" or "using" is often the model itself ("a fine-tuning approach for PaddleOCRv5"). */
const WORKS_ON = /\b(?:on|across|over)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$/i;
/** What a contribution changes is not it ("we propose two enhancements to the standard Progressive Transformers (PT)"). */
const MODIFIES = /\b(?:modifications?|enhancements?|improvements?|changes|extensions?) (?:to|of)\b/i;
/** A name the contribution is written out as, without capitals inside ("we introduce Semantic Representation Attack, a …", "the 3D Gaussian Point Encoder, an …"). */
const TITLE_CASE_NAME = /^\s*(?:the\s+)?((?:\d[A-Z]\s+)?(?:[A-Z][a-z][\w-]*\s+){1,4}[A-Z][a-z][\w-]*)(?=\s*[,(:]|\s+(?:which|that|to|for)\b)/;
/** A contribution that is data, not a model: the paper's numbers then belong to the models it evaluates. */
const DATA_WORDS = /\b(?:benchmarks?|datasets?|corpus|corpora|suite|leaderboard|test ?bed|collection|challenge|shared task|competition)\b/i;
/** A title whose contribution is data or a study ("X: A Survey of …", "X: An Analysis of …"). */
const STUDY_WORDS = /\b(?:survey|study|analysis|evaluation|review|position)\b/i;

/** A word as names are written: letters and digits joined by "-", ".", "/", "+" or "_" ("Qwen2.5-VL-72B", "CLIP-B/16", "BlueBERT_TRANSFER"), maybe after a dimension ("1D-CNN", "3DGS"). */
const WORD = /(?:\d[Dd](?=-?[A-Z0-9])-?)?[A-Za-z][A-Za-z0-9]*(?:(?:[-./+&_]|--)[A-Za-z0-9]+)*\+*/g;
/** What may follow a name as part of it: a version, a size, a variant ("Gemini 2.5 Flash", "Llama 3.3 70B", "Mixtral 8x7B", "SegFormer B3"). */
const NAME_TAIL = /^(?:\s+(?:\d+x\d+[BMK]|v?\d+(?:\.\d+)*[BMK]?(?![\w.])|[A-Z]\d+|Flash|Pro|Mini|mini|Nano|Large|Base|Small|Tiny|Huge|XL|Instruct|Chat|Turbo|Ultra|Max|Plus|Lite|Modified))+/;

/**
 * What follows a name that is the subject of a number: a verb ("achieves", "improved", "scoring"), a
 * possessive, the number in brackets or after a colon ("GPT-4o (75.9%)"), maybe after an aside ("o1-preview -- the strongest model -- scores").
 */
/** What a system is called after its name ("the YOLOv8m-t4 model", "MobileNetV2 convolutional neural network"). */
const KIND_NOUN = String.raw`(?:model|network|system|framework|approach|agent|method|variant|baseline|pipeline|detector|classifier)s?`;
const SUBJECT_AFTER = new RegExp(String.raw`^\)?,?\s*(?:\([^()]{0,40}\)\s*|,[^,;]{0,60},\s*|(?:--|—)[^-—;]{0,60}(?:--|—)\s*)?(?:(?:(?!(?:our|their|its|his|her|the|an?|this|these|that|which|who|and|or|but|while|whereas|when|where|with|without)\s|[a-z-]*(?:ly|ing)\s)[a-z][a-z-]*\s+){0,2}${KIND_NOUN}\s+)?(?:(?:also|further|consistently|significantly|still|only|even|then|now|clearly|substantially|notably|successfully|reliably|not only|not)\s+)?(?:(?:[a-z]{2,}(?:s|ed)|(?:achiev|attain|reach|obtain|scor|yield|outperform|surpass|improv|reduc|deliver|record|gain)ing|achieve|attain|reach|obtain|score|yield|outperform|surpass|improve|reduce|deliver|record|show|exhibit|suffer|perform|gain|average|gave|got|had|made|took|won|ran|hit|set|saw|beat|led|kept|did|can|could|will|would|may|remains?)\b(?!\s*(?:[.,;:)]|(?:on|of|in|for|with|and|or|at|as|that|which)\b))|'s\b|\(|\u0000)`);
const PRONOUN_SUBJECT = /(?:^|[^\w-])(?:[Ii]t|[Tt]his model|[Tt]his system)\s+(?:(?:also|further|still|only|even|then)\s+)?[a-z]{2,}(?:s|ed)\b/;

/** Whether a word is written as a name: inner capitals, two capitals, or letters with digits, or a known model. */
export function looksLikeName(word: string): boolean {
  // Most words are lower case: no name, and no need to ask the lexicons.
  if (word.length < 2 || !/[A-Z\d]/.test(word) || NOT_NAMES.has(word.toLowerCase())) return false;
  // A link is no name ("We release DashboardQA at https://github.com/vis-nlp/DashboardQA").
  if (LINK.test(word)) return false;
  // An adjective made of a name ("PET-based", "LLM-powered", "CSP-aware") and an acronym in the plural ("MWPs", "PRMs",
  // "BBMs": kinds of things, as "LLMs") name no system.
  if (ADJECTIVE_OF_NAME.test(word) || /^[A-Z]{2,}s$/.test(word)) return false;
  if (isModelName(word)) return true;
  // Letters with digits, but not a size or a unit ("7B", "10x").
  const withDigits = /\d/.test(word) && /[A-Za-z].*[A-Za-z]|[A-Za-z]\d/.test(word) && !/^\d+(?:\.\d+)?[A-Za-z]{1,2}$/.test(word);
  // Hyphenated capitalised words are mostly adjectives ("Class-Based", "Test-Time"); a short prefix makes a name ("E-Agent").
  // Nor metrics, alone or paired ("WER/CER").
  return (withDigits || /[a-z][A-Z]|[A-Z]{2}|^[A-Za-z]{1,2}-[A-Z]/.test(word)) && !word.split("/").every((part) => canonicalMetric(part) !== null);
}

const LINK = /^(?:https?|www|github|gitlab|huggingface)\b|\.(?:com|org|io|net|ai|co)\b/i;
const ADJECTIVE_OF_NAME = /-(?:based|driven|powered|aware|guided|assisted|enhanced|specific|centric|oriented|style|like|level|only|free|induced|generated|related|agnostic|friendly|ready|compatible|inspired|derived)$/i;

const PLAIN_LEAD = /[a-z,]\s+((?:[A-Z][a-z]+\s){1,2})$/;

interface Name {
  text: string;
  start: number;
  end: number;
  /** A plain capitalised word (see properNames): a name as a subject only, since classes and places are written so too. */
  plain?: boolean;
}

/** The names written in a stretch of text (offsets in the whole text), with their tails. */
interface NameReading {
  /** Plain capitalised words the text uses as names (properNames). */
  proper?: ReadonlySet<string>;
  /** Acronyms of kinds of things (kindsDefined). */
  kinds?: ReadonlySet<string>;
  /** The abstract as written, when `text` is its scan text: a name goes on over LaTeX glued to it ("MEC$^3$O"). */
  written?: string;
}

function namesIn(text: string, from: number, to: number, datasets: DatasetMention[], { proper = NONE, kinds = NONE, written }: NameReading = {}): Name[] {
  const names: Name[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    // Most words have neither a capital nor a digit, and no name is written so; nor does a name start inside a word
    // ("x7B" of "8x7B", "x256" of "256x256"): checked here, not looked behind at every place the pattern is tried.
    if (!CAPITAL_OR_DIGIT.test(m[0]) || isWordChar(text.charCodeAt(m.index - 1)) || text.charCodeAt(m.index - 1) === 46) continue;
    // A name may end in plus signs ("GlimpsePrune+", "VisionTS++"), not in a full stop or a dash.
    const word = m[0].replace(/[./-]+$/, "");
    const start = m.index;
    // A short word right after a number is its unit or what it counts ("29.83 dB/90.84%", "12 LLMs"), no model.
    if (/\d\s?$/.test(text.slice(Math.max(0, start - 2), start)) && /^[A-Za-z]{1,4}(?![A-Za-z0-9])/.test(word)) continue;
    // Prior work named by its authors: "Lian et al. achieve …".
    const etAl = /^[A-Z][a-z]/.test(word) ? /^ et al\./.exec(text.slice(start + word.length, start + word.length + 8)) : null;
    if (etAl) {
      names.push({ text: `${word} et al.`, start, end: start + word.length + etAl[0].length });
      WORD.lastIndex = start + word.length + etAl[0].length;
      continue;
    }
    // Mentions are sorted and do not overlap: only the last one starting before the word's end can cover it.
    const mention = datasets[firstAtOrAfter(datasets, start + word.length) - 1];
    const nameLike = looksLikeName(word);
    if (!(nameLike || proper.has(word)) || kinds.has(word) || (mention && start < mention.end)) continue;
    let tail = NAME_TAIL.exec(text.slice(start + word.length, Math.min(to, start + word.length + 40)))?.[0] ?? "";
    const script = written !== undefined && written !== text && !tail ? GLUED_SCRIPT.exec(written.slice(start + word.length, start + word.length + 30))?.[0] : undefined;
    if (script) tail = script;
    const end = start + word.length + tail.length;
    // Names written side by side are one ("Faster R-CNN ResNet50 V1").
    const last = names[names.length - 1];
    if (last && /^ $/.test(text.slice(last.end, start))) [last.text, last.end] = [`${last.text} ${word}${tail}`, end];
    // "OpenAI's o1-preview scores 41.9%": the number is the model's, not its maker's.
    else if (nameLike && last && /^['’]s $/.test(text.slice(last.end, start))) names[names.length - 1] = { text: word + tail, start, end };
    else if (nameLike) names.push({ text: word + tail, start, end });
    else {
      // A plain name takes the capitalised words before it inside a sentence ("that Time Agent achieves").
      const lead = PLAIN_LEAD.exec(text.slice(Math.max(from, start - 40), start))?.[1] ?? "";
      names.push({ text: lead + word + tail, start: start - lead.length, end, plain: true });
    }
    WORD.lastIndex = start + word.length + tail.length;
  }
  return names;
}

const NONE: ReadonlySet<string> = new Set();
const CAPITAL_OR_DIGIT = /[A-Z\d]/;

/**
 * Acronyms the text defines for a kind of thing written in lower case: "foundation models (FMs)",
 * "distributionally robust optimization (DRO)". They name no model of the paper ("we developed a
 * neuro-oncology specific FM"), nor do problems and diseases ("Traveling Salesman Problem (TSP)"); a name
 * spelled in capitals ("Gaussian Splatting (GS)") may.
 */
export function kindsDefined(text: string): Set<string> {
  const kinds = new Set<string>();
  if (!text.includes("(")) return kinds;
  // The bracketed acronyms are found first; only the words before each are read.
  for (const m of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    // (A sentence's first word is capitalised whatever it is: "Shared decision-making (SDM) is necessary …".)
    // (Only the words since the sentence's start are read: the pattern is anchored there.)
    const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? "));
    const opening = stop >= 0 || m.index <= 80 ? SENTENCE_OPENING.exec(before.slice(stop + 1).trimStart()) : null;
    const phrase =
      opening?.[1] ??
      WORDS_BEFORE.exec(before)?.[1] ??
      (PROBLEM_AT_END.test(before.slice(-12)) ? PROBLEM_BEFORE.exec(before)?.[1] : undefined);
    if (!phrase) continue;
    const letters = m[1]!.toLowerCase();
    const initials = phrase.split(/[\s-]+/).map((w) => w[0]).join("").toLowerCase();
    // What the paper itself proposes is named so ("we propose a continual zeroth-order adaptation (ZOA) framework"),
    // not what it works for or with ("a radar framework for hand gesture recognition (HGR)").
    if (initials.endsWith(letters) && !PROPOSED_HERE.test(text.slice(Math.max(0, m.index - 160), m.index))) for (const form of [m[1]!, `${m[1]!}s`]) kinds.add(form);
  }
  return kinds;
}
const PROPOSED_HERE = new RegExp(`(?:${INTRODUCES.source})(?:(?!\\b(?:for|of|on|in|from|with|using|to|by)\\b)[^.;])*$`, "i");
const ACRONYM_IN_BRACKETS = /\(([A-Z]{2,6})s?\)/g;
/** Up to six lower-case words right before the bracket (the last one glued to no capital). */
const WORDS_BEFORE = /(?<![\w-])((?:[a-z]+[\s-]+){0,5}[a-z]+)\s+$/;
/** The same words opening a sentence, the first one capitalised. */
const SENTENCE_OPENING = /^([A-Z][a-z]+(?:[\s-]+[a-z]+){0,5})\s+$/;
/** A problem or a disease, however capitalised ("the Traveling Salesman Problem (TSP)", "Alzheimer's Disease (AD)"). */
const PROBLEM_AT_END = /(?:roblem|isease|isorder|yndrome)\s+$/;
const PROBLEM_BEFORE = /(?<![\w-])((?:[A-Za-z]+(?:'s)?[\s-]+){0,5}(?:[Pp]roblem|[Dd]isease|[Dd]isorder|[Ss]yndrome))\s+$/;

/**
 * Plain capitalised words the text uses as names ("Prima achieved …", "the Cauvis method"): written
 * capitalised at least twice, once inside a sentence, and never in lower case.
 */
export function properNames(text: string): Set<string> {
  const seen = new Map<string, { count: number; inside: boolean }>();
  for (const m of text.matchAll(/\b[A-Z][a-z]{2,}\b(?![-'\u2019])/g)) {
    const word = m[0];
    const entry = seen.get(word) ?? { count: 0, inside: false };
    entry.count++;
    entry.inside ||= /[a-z,]\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    seen.set(word, entry);
  }
  // Most abstracts have none: the lower-case words are only read when some word could be a name, and
  // looked for one by one when there are few (reading every lower-case word costs more).
  const candidates = new Map<string, string>();
  for (const [word, e] of seen) if (e.count >= 2 && e.inside && !NOT_NAMES.has(word.toLowerCase())) candidates.set(word.toLowerCase(), word);
  if (candidates.size > FEW_CANDIDATES) for (const m of text.matchAll(/\b[a-z]{3,}\b/g)) candidates.delete(m[0]);
  else for (const lower of [...candidates.keys()]) if (writtenAsWord(lower, text)) candidates.delete(lower);
  return new Set([...candidates.values()].filter((word) => canonicalMetric(word) === null));
}

const FEW_CANDIDATES = 4;

/** Whether the text holds the word as a whole word (not inside another: "_" and digits join words, as `\b` reads them). */
function writtenAsWord(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The name the paper gives its contribution, from its title ("ReGA: …") or its abstract ("we propose ReGA"); null when it names none. */
export function contributionOf(title: string, abstract: string, datasets: DatasetMention[], kinds: ReadonlySet<string> = kindsDefined(abstract), written = abstract): string | null {
  const named = new Set(datasets.map((d) => d.text.toLowerCase()));
  const prefix = /^\s*([^:]{2,60}?)\s*:\s/.exec(title);
  if (prefix) {
    const words = prefix[1]!.trim().split(/\s+/);
    // "ReGA", "Conf-Profile", "Pie": one word, or a few capitalised words ("Memory Decoder"), name the method
    // when the abstract uses them as a name, by its acronym if it gives one ("Binary Quadratic Quantization
    // (BQQ)"); else they are a slogan ("Seeing Straight", "When Alignment Hurts").
    const phrase = prefix[1]!.trim();
    const acronym = acronymOf(phrase, abstract);
    // A generic part may belong to a name ("CBDES MoE"), not make one ("LLM").
    const capitalised = words.every((w) => /^[A-Z0-9]/.test(w)) && words.some((w) => !NOT_NAMES.has(w.toLowerCase()));
    // A word the abstract writes only in lower case is a concept there ("Co-Alignment: …" / "a shift to co-alignment").
    const concept = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$/.test(phrase) && writtenOnlyInLowerCase(phrase, abstract);
    // A title's name the abstract never writes names nothing the abstract's numbers belong to (corpus dev gold: 0 of 22).
    const name = !capitalised || concept || words.length > 3 ? null : (acronym ?? (abstract.includes(phrase) || proposedInLowerCase(phrase, abstract) ? phrase : null));
    if (name && !isData(name, title.slice(prefix[0].length), abstract, named)) return name;
  }
  // Each candidate is judged once: a text that proposes the same name a thousand times stays linear.
  const judged = new Set<string>();
  INTRODUCES.lastIndex = 0;
  for (let m = INTRODUCES.exec(abstract); m; m = INTRODUCES.exec(abstract)) {
    const end = abstract.slice(m.index + m[0].length, m.index + m[0].length + 160).search(/[.;]\s|\bthat\b|\bwhich\b/);
    const stretch = abstract.slice(m.index + m[0].length, m.index + m[0].length + (end < 0 ? 160 : end));
    const naming = /^(?:called|named|dubbed|termed|coined)$/i.test(m[0]);
    if (DATA_WORDS.test(stretch.slice(0, 80)) || (naming && NAMES_NO_MODEL.test(abstract.slice(Math.max(0, m.index - 40), m.index)))) continue;
    const acronym = /\(([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*(?: [A-Z][A-Za-z0-9-]*)?)\)/.exec(stretch);
    const from = m.index + m[0].length;
    // A name the contribution is built on is not it ("a pipeline built on the encoder of Phi-3.5-Vision").
    // Nor is what it works on ("a deep learning method for fiducial point placement on TBDXA scans").
    const name = namesIn(abstract, from, from + stretch.length, datasets, { kinds, written }).find((n) => !BUILT_ON.test(abstract.slice(from, n.start)) && !WORKS_ON.test(abstract.slice(from, n.start)));
    // A name inside the words an acronym abbreviates gives way to it ("Computing Brain DEvelopment System (CBDES MoE)").
    const spelledOut = name && acronym && /^(?:[A-Z][\w-]*\s+)+$/.test(abstract.slice(name.start, from + acronym.index));
    const titleCase = TITLE_CASE_NAME.exec(stretch)?.[1];
    const found =
      name && !spelledOut && (!acronym || name.start <= from + acronym.index)
        ? name.text
        : acronym && !NOT_NAMES.has(acronym[1]!.toLowerCase()) && !kinds.has(acronym[1]!) && !MODIFIES.test(abstract.slice(from, from + acronym.index))
          ? acronym[1]!
          : titleCase && !name && !NOT_NAMES.has(titleCase.toLowerCase())
            ? titleCase
            : null;
    if (!found || judged.has(found)) continue;
    judged.add(found);
    if (!isData(found, "", abstract, named)) return found;
  }
  // "The Structured Cognitive Loop (SCL) is introduced as …": the passive names it too.
  const passive = PASSIVE_VERB.test(abstract) ? PASSIVE_INTRODUCED.exec(abstract) : null;
  const introduced = passive ? (passive[2] ?? passive[1]!) : null;
  if (introduced && !NOT_NAMES.has(introduced.toLowerCase()) && !kinds.has(introduced) && !isData(introduced, "", abstract, named)) return introduced;
  // "QuarkMed Medical Foundation Model Technical Report" / "QuarkMed addresses these needs": a title that opens with a
  // name the abstract makes the subject of a verb.
  const opening = /^\s*([A-Za-z][\w.+-]*)\s/.exec(title)?.[1];
  if (opening && !prefix && looksLikeName(opening) && !isModelName(opening) && !kinds.has(opening) && subjectIn(opening, abstract) && !isData(opening, title, abstract, named)) return opening;
  return null;
}

/** The verb alone, looked for first: most abstracts have none, and the name before it is then not searched for. */
const PASSIVE_VERB = / (?:is|was) (?:first |then |here )?(?:introduced|proposed|presented|developed)\b/;
const PASSIVE_INTRODUCED = /\b((?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)\s*(?:\(([A-Z][\w-]{1,12})\))?\s+(?:is|was)\s+(?:first\s+|then\s+|here\s+)?(?:introduced|proposed|presented|developed)\b/;

/** Whether the text makes a name the subject of a verb somewhere ("QuarkMed addresses these needs"). */
function subjectIn(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (/[\w-]$/.test(text.slice(Math.max(0, at - 1), at))) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    if (!COMPARATOR_BEFORE.test(before) && !BACKBONE_BEFORE.test(before) && SUBJECT_AFTER.test(text.slice(at + name.length, at + name.length + 80))) return true;
  }
  return false;
}

/** Whether the text writes a phrase only in lower case, as a word (not in a link) and not as what it proposes ("we propose backprompting, …"). */
function writtenOnlyInLowerCase(phrase: string, text: string): boolean {
  const wanted = phrase.toLowerCase();
  const lower = text.toLowerCase();
  let seen = false;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    if (/[\w/.-]/.test(text[at - 1] ?? "") || /\w/.test(text[at + wanted.length] ?? "")) continue;
    if (text.slice(at, at + wanted.length) !== wanted || PROPOSED_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return false;
    seen = true;
  }
  return seen;
}
/** Whether the abstract proposes a phrase in lower case ("we propose backprompting"). */
function proposedInLowerCase(phrase: string, text: string): boolean {
  const wanted = phrase.toLowerCase();
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length)) if (PROPOSED_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return true;
  return false;
}
const PROPOSED_BEFORE = new RegExp(`\\b(?:${alternatives(methodLexicon.introduce)})\\s+$`, "i");

/** A contribution that is a dataset or a benchmark: named as one, or called one in the title or the abstract. */
function isData(name: string, titleRest: string, abstract: string, named: Set<string>): boolean {
  if (named.has(name.toLowerCase()) || DATA_WORDS.test(titleRest.slice(0, 80)) || STUDY_WORDS.test(titleRest.slice(0, 40))) return true;
  // "VLSU, a benchmark of …", "the StatEval benchmark", "a new dataset, TrueSkin": read around each occurrence.
  for (let at = abstract.indexOf(name); at >= 0; at = abstract.indexOf(name, at + name.length)) {
    const after = abstract.slice(at + name.length, at + name.length + 80);
    const before = abstract.slice(Math.max(0, at - 60), at);
    if (/[\w-]$/.test(before) || /^[\w-]/.test(after)) continue;
    if (CALLED_DATA_AFTER.test(after) || CALLED_DATA_BEFORE.test(before)) return true;
  }
  return false;
}

const CALLED_DATA_AFTER = /^(?:\s*(?:,|:|\(|—|--)\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:benchmarks?|datasets?|corpus)\b|\s+(?:benchmarks?|datasets?|corpus)\b)/i;
const CALLED_DATA_BEFORE = /\b(?:new|novel|our|first)\s+(?:[\w-]+\s+){0,3}?(?:benchmarks?|datasets?|corpus)\s*(?:,|:|called|named|dubbed|termed)?\s*$/i;

/** The acronym the abstract gives a phrase: "Binary Quadratic Quantization (BQQ)". */
function acronymOf(phrase: string, abstract: string): string | null {
  const lower = abstract.toLowerCase();
  const wanted = phrase.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    const acronym = /^\s*\(([A-Z][\w+&-]*[A-Z0-9][\w+&-]*)\)/.exec(abstract.slice(at + wanted.length, at + wanted.length + 40));
    if (acronym) return acronym[1]!;
  }
  return null;
}

/** Prior work as the subject of a number ("existing methods achieve only 40%"), the words after it up to the number. */
const PRIOR_WORK = /\b((?:the\s+)?(?:state-of-the-art|sota|existing|current|contemporary|modern|mainstream|popular|recent|prior|previous|conventional|traditional|competing|leading|frontier|other)\s+(?:[\w-]+\s+){0,2}?(?:methods|models|approaches|systems|tools|techniques|LLMs|MLLMs|VLMs|agents|works|baselines|detectors|solutions))(?:\s*\([^()]{0,20}\))?\s+((?:(?:only|still|typically|often|generally|all|merely|barely)\s+)?(?:achiev|attain|reach|obtain|scor|yield|get|got|have|has|show|perform|fail|struggl|remain|drop|suffer|lag|peak)\w*\b[^;\d]{0,80})$/i;
/** The baseline as a subject, looked for only where the word is there (most sentences have none). */
const baselineSubject = (text: string) => (text.includes("aseline") ? BASELINE_SUBJECT.exec(text) : null);
const BASELINE_SUBJECT = /\b((?:this|the|a|our)\s+(?:[\w-]+\s+){0,2}?baselines?)\s+((?:(?:only|still|merely)\s+)?(?:achiev|attain|reach|obtain|scor|yield|get|got)\w*\b[^;\d]{0,60})$/i;
/** Words that hand the number back to the paper ("…, while ours reaches"). */
const OWN_WORK = /\b(?:our|ours|we|while|whereas|but|in contrast)\b/i;

/** A comparison between a name and a baseline's number: the comparator words of the lexicon. */
const COMPARISON = new RegExp(`(?:^|[^\\w-])(?:${alternatives(methodLexicon.comparatorBefore.filter((w) => !EXAMPLE_WORDS.has(w)))})(?:\\s|$)`, "i");
/** The comparator named right after a baseline's number: "compared to 0.43 for K-Means". */
const FOR_NAME_AFTER = /^\s*%?\)?\s*(?:for|by|with|of)\s+(?:the\s+)?/;
const FOR_PHRASE_AFTER = /^\s*%?\)?\s*for\s+(?:the\s+)?([A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,3})(?=\s*[,;.)]|\s+and\b)/;
/** The agent of a passive right after the number: "91.45 was attained by", "(92.1%) was achieved by the". */
const ATTAINED_BY_AFTER = /^\s*%?\)?\s*(?:was|were|is|are)\s+(?:achieved|attained|obtained|reached|recorded|delivered|scored)\s+by\s+(?:the\s+)?/;
/** The system a result was reached with, named right after the number: "0.82 using SVM". */
const USING_AFTER = /^\s*%?\)?\s*using\s+(?:the\s+|an?\s+)?/;

/**
 * Whether a name goes on a list whose first name stands where a subject does not ("superior accuracy to Qwen3, Qwen2.5,
 * Gemma3, and Llama3.2 … while delivering up to 53.6x": Llama3.2 is compared against, as Qwen3 is). A few names back at most.
 */
function listedAfter(names: Name[], i: number, scan: string, sentenceStart: number, following: string): boolean {
  // (A list ends at the name after its "and": "across Llama3-8B, and Mistral-0.3-7B, GISP lowers …" names GISP after it.)
  const gapBefore = i > 0 ? scan.slice(names[i - 1]!.end, names[i]!.start) : "";
  const gapAfter = i + 1 < names.length ? scan.slice(names[i]!.end, names[i + 1]!.start) : "";
  if (!LIST_GAP.test(gapBefore) || (!/\b(?:and|or)\b/.test(gapBefore) && !LIST_GAP.test(gapAfter))) return false;
  let first = i;
  while (first > 0 && i - first < CANDIDATES && LIST_GAP.test(scan.slice(names[first - 1]!.end, names[first]!.start))) first--;
  const before = scan.slice(Math.max(sentenceStart, names[first]!.start - 60), names[first]!.start);
  // (A list of examples is a subject, "models like GPT-4o and Gemini, achieving only 59%", as is one after "with" before a
  // verb: "with TF-IDF and SBERT retrieval methods yielding the best results".)
  if (WITH_BEFORE.test(before) && SUBJECT_AFTER.test(following)) return false;
  return COMPARED_BEFORE.test(before) || BACKBONE_BEFORE.test(before);
}
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const LABEL_THEN_NUMBER = /^\s*:\s*$/;
const ONE_ASIDE = /^(?![^()]*\b(?:vs\.?|versus|than|compared|against|over|to)\b)[^()]*$/i;

/** The name that stands right after a number and the words `lead` reads, if one does. */
function nameRightAfter(scan: string, end: number, lead: RegExp, datasets: DatasetMention[]): string | null {
  const words = lead.exec(scan.slice(end, end + 40))?.[0];
  if (words === undefined) return null;
  const from = end + words.length;
  const name = namesIn(scan, from, from + 60, datasets)[0];
  if (!name) return null;
  // A maker's name may lead the model's: "Meta LLaMA 3 8B".
  return name.start === from ? name.text : /^[A-Z][a-z]+ $/.test(scan.slice(from, name.start)) ? scan.slice(from, name.end) : null;
}
/** Models in general as a subject: unlike PRIOR_WORK ("existing methods achieve"), no comparator of the paper's, so no baseline. */
const GENERIC_SUBJECT = /(?:^|[^\w-])(?:(?:large|small|larger|smaller|open-source|closed-source|open-weight|proprietary|commercial|general-purpose|frontier)\s+)?(?:models|LLMs|MLLMs|VLMs|LVLMs)\s+(?:(?:only|still|typically|often|can|all)\s+)?(?:achiev|attain|reach|obtain|scor)\w*\b[^.;]{0,80}$/;
const DATA_WORDS_AFTER = /^\s*(?:benchmarks?|datasets?|corpus|corpora|tasks?|data|splits?|test sets?)\b/i;
const TURNS_TO = /\b(?:while|whereas|but)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:model|method|approach|system|baseline|variant|version|one)s?\b/i;
const OUR_CLAUSE = /\b(?:we|ours|our\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|framework|system|pipeline|agent|network|architecture|detector|design|technique|algorithm|work)s?)\b/i;

/** A number right after a name: "PaddleOCR 91.37", "ReAct's 31%", "Mistral-7B at 88.94%", "GPT-4o (75.9%)", "TransE (MR: 391, MRR: 0.411)", "FT ($\kappa = 0.58$)", "KNN (AUC 0.677)", "the ResNet model (99.5%)". */
const RIGHT_AFTER_NAME = new RegExp(String.raw`^(?:\s*|'s\s+|\s+at\s+|(?:\s+${KIND_NOUN})?\s*\(\s*(?:(?:[A-Za-z][\w@-]*\s*[:=]\s*[\d.]+\s*%?\s*[,;]\s*){0,4}[A-Za-z][\w@-]*\s*[:=]?\s*)?)$`);

/** The name alone in brackets right after a number (past its spread and unit): "96% (Balaji LRCN)", "$88 \\pm 38$ s (FT)". */
function bracketedName(scan: string, end: number, datasets: DatasetMention[]): string | null {
  const bracket = BRACKET_AFTER.exec(scan.slice(end, end + 60));
  if (!bracket) return null;
  const from = end + bracket.index + bracket[0].indexOf("(") + 1;
  const inside = bracket[1]!;
  const names = namesIn(scan, from, from + inside.length, datasets);
  // The whole bracket one name, with the capitalised words before it ("Balaji LRCN").
  const name = names.length === 1 && !names[0]!.plain && /^(?:[A-Z][\w-]*\s+){0,2}$/.test(scan.slice(from, names[0]!.start)) ? scan.slice(from, names[0]!.end) : null;
  if (!name || scan.slice(from + name.length, from + inside.length).trim() !== "") return null;
  // "100 tokens per second (TPS)": an acronym of the words before the bracket abbreviates them, naming no system.
  const words = scan.slice(Math.max(0, from - 60), from - 1).match(/[A-Za-z][\w-]*/g) ?? [];
  const letters = name.replace(/s$/, "").toLowerCase();
  const initials = words.slice(-letters.length).map((w) => w[0]!.toLowerCase()).join("");
  return /^[A-Z]{2,6}s?$/.test(name) && initials === letters ? null : name;
}
/** A number opening a bracket, maybe after its measure's name: "(99.5%)", "(AUC 0.677)", "(F1: 0.91)". */
const IN_BRACKETS_BEFORE = /\(\s*(?:[A-Za-z][\w@-]*\s*[:=]?\s*)?$/;
/** From a comparator to its number's bracket, past the others listed with theirs: "KNN (AUC 0.677), RNN (AUC ", "ResNet model (". */
const COMPARED_ITEMS = new RegExp(String.raw`^(?:\s+${KIND_NOUN})?\s*(?:\([^()]{0,40}\)\s*,\s*(?:and\s+)?(?:an?\s+|the\s+)?[^\s(),;]+(?:\s+[^\s(),;]+){0,3}\s*)*\(\s*(?:[A-Za-z][\w@-]*\s*[:=]?\s*)?$`);
const BRACKET_AFTER = /^\s*(?:±\s*[\d.]+\s*)?(?:[a-zA-Z%]{1,3}\s*)?\(\s*([^()\d]{2,40})\)/;

const REACH = 300;
const CANDIDATES = 8;

/**
 * Each claim's method: the nearest name before its number in its sentence that stands as a subject
 * (a baseline's number takes the nearest name wherever it stands), else the paper's contribution for
 * the paper's own results.
 */
export function attributeMethods(claims: ClaimDraft[], scan: string, title: string, datasets: DatasetMention[], written = scan): void {
  if (!claims.length) return;
  const kinds = kindsDefined(scan);
  const contribution = contributionOf(title, scan, datasets, kinds, written);
  const proper = properNames(scan);
  const measures = new Set(claims.map((c) => c.metric));
  let previous: ClaimDraft | undefined;
  // The claims whose method a name in the text gave (not the contribution, by default).
  const named = new Set<ClaimDraft>();
  // The names are read once; each claim looks at the few nearest before it in a bounded stretch, so
  // that a sentence of many numbers stays linear.
  const names: Name[] = [];
  let readTo = 0;
  for (const claim of claims) {
    const from = Math.max(readTo, claim.sentenceStart, claim.start - REACH);
    if (from < claim.start) names.push(...namesIn(scan, from, claim.start, datasets, { proper, kinds, written }));
    readTo = Math.max(readTo, claim.start);
  }
  for (const claim of claims) {
    // "accuracies of 96% (Balaji LRCN), 99.2% (IJERCSE)", "from 88 ± 38 s (FT) to 37 ± 18 s (SR)": a name alone in brackets right after the number is its.
    // "the highest F1 score of 91.45 was attained by Meta LLaMA 3 8B": the passive's agent is the number's.
    let method: string | null = bracketedName(scan, claim.end, datasets) ?? nameRightAfter(scan, claim.end, ATTAINED_BY_AFTER, datasets);
    let nameRightBefore = false;
    // "followed closely by gpt-5 (75.3% Weighted F1-score and 76.2% accuracy)": the numbers of one aside are all its name's.
    // (Not a comparator's number set against it: "(0.82s vs. 1.51s)".)
    if (method === null && claim.role === "result" && previous?.method && named.has(previous) && previous.sentenceStart === claim.sentenceStart && ONE_ASIDE.test(scan.slice(previous.end, claim.start)) && insideBrackets(scan, claim.sentenceStart, previous.start)) method = previous.method;
    const from = Math.max(claim.sentenceStart, claim.start - REACH);
    let last = firstAtOrAfter(names, claim.start) - 1;
    const level = claim.type === "score" || claim.type === "cost";
    const bracketed = IN_BRACKETS_BEFORE.test(scan.slice(Math.max(from, claim.start - 24), claim.start));
    // A label before its value names a measure, not a system ("TransE (MR: 391, MRR: 0.411)"); only the few
    // candidates are looked past, so that a run of "AB = 1" stays linear.
    for (let skipped = 0; skipped < CANDIDATES && last >= 0 && /^\s*[:=]\s*[\d.]/.test(scan.slice(names[last]!.end, names[last]!.end + 12)); skipped++) {
      // A label that is no measure, right before the number after a measure named, is the system's: "rFID (WeTok: 0.12 vs. FLUX-VAE: 0.18)".
      const label = names[last]!;
      // (Not a measure however written: "SMATCH F1: 0.804", "IS: 304.4".)
      const measure = label.text.length <= 2 || canonicalMetric(label.text) !== null || canonicalMetric(label.text.split(" ").pop()!) !== null || measures.has(label.text.toLowerCase());
      if (skipped === 0 && claim.metric !== null && !measure && LABEL_THEN_NUMBER.test(scan.slice(label.end, claim.start))) {
        method = label.text;
        break;
      }
      last--;
    }
    for (let i = last; i >= 0 && i > last - CANDIDATES && method === null; i--) {
      const name = names[i]!;
      if (name.start < from) break;
      // A name whose tail took the number ("PaddleOCR 91.37") ends before it.
      const text = name.end > claim.start ? scan.slice(name.start, claim.start).trim() : name.text;
      // A measure the text reports in is no system ("an EBI (Error Balance Index) of 68.91", "a gFID (w/o CFG) of 2.20").
      if (!text || measures.has(text.toLowerCase())) continue;
      const before = scan.slice(Math.max(claim.sentenceStart, name.start - 60), name.start);
      // A number right after a name is that name's, wherever the name stands ("outperforming PaddleOCR 91.37 percent", "ReAct's 31%").
      // A change right after a comparator is over it, not its ("outperforming DAM-3B +4.5").
      const rightAfter = i === last && !name.plain && RIGHT_AFTER_NAME.test(scan.slice(Math.min(name.end, claim.start), claim.start));
      if (rightAfter && !(claim.type !== "score" && claim.type !== "cost" && COMPARATOR_BEFORE.test(before))) {
        [method, nameRightBefore] = [text, true];
        break;
      }
      // A level in brackets after a comparator is the comparator's ("outperforming KNN (AUC 0.677), RNN (AUC 0.676)"):
      // no name before it is its subject (a change there is the subject's margin over it: "over GPT-5 (+21.6)").
      if (level && bracketed && COMPARED_ITEMS.test(scan.slice(name.end, claim.start)) && COMPARED_BEFORE.test(before)) break;
      // The tests below are pure, so each is made only when the ones before it leave the answer open.
      const following = scan.slice(name.end, Math.min(claim.start, name.end + 80));
      // A name before a data word names data ("four DocQA datasets demonstrate"), not a subject.
      if (DATA_WORDS_AFTER.test(following) || !(name.plain ? ACHIEVES_AFTER : SUBJECT_AFTER).test(following + "\u0000")) continue;
      // The paper speaking between the name and the number makes it the subject ("(WAN2.1) models demonstrate that our approach enables 3x"), unless it is the name's apposition ("X, our model, …").
      if (OUR_CLAUSE.test(scan.slice(name.end, claim.start)) && !/^\s*[,(]\s*(?:our|ours)\b/i.test(following)) continue;
      // A baseline's number after a comparison ("BiCA achieved 85.5% versus 70.3%") is not the subject's.
      if (claim.role === "baseline") {
        if (!COMPARISON.test(scan.slice(name.end, claim.start))) method = text;
        continue;
      }
      const example = WITH_BEFORE.test(before) && ACHIEVES_AFTER.test(following);
      if (example || (!COMPARATOR_BEFORE.test(before) && !BACKBONE_BEFORE.test(before) && !listedAfter(names, i, scan, claim.sentenceStart, following))) method = text;
    }
    // "AUROC 0.82 using SVM and 0.81 using BlueBERT": the system named right after the number, by what it used.
    // (Not for the last of a list: "71.9% and 54.4% using LLAMA-3.2 and GPT-4" pairs them in order.)
    const listed = previous !== undefined && /^\s*(?:%|\\%)?\s*(?:,|and|,\s*and)\s*$/.test(scan.slice(previous.end, claim.start));
    // Nor where the paper's own method is the subject: "our method reduces hallucinations by 5% using LLaVA-v1.5-7B" names a backbone.
    const ours = OUR_CLAUSE.test(scan.slice(claim.sentenceStart, claim.start));
    if (method === null && claim.role === "result" && !listed && !ours) method = nameRightAfter(scan, claim.end, USING_AFTER, datasets);
    // The numbers after the first of a sentence go on about its subject ("it attained 36.9% accuracy, 45.9% …").
    // Not past a clause that turns to another subject ("GPT-4.1 detects … with 79% F1, while our best model only achieves 46%").
    if (method === null && previous?.sentenceStart === claim.sentenceStart && previous.role === claim.role && named.has(previous) && !TURNS_TO.test(scan.slice(previous.end, claim.start))) method = previous.method;
    // "It attains 36.9% …" goes on about the subject of the sentence before.
    if (method === null && previous && previous.sentenceStart < claim.sentenceStart && PRONOUN_SUBJECT.test(scan.slice(claim.sentenceStart, claim.start))) method = previous.method;
    // "state-of-the-art methods achieve less than 15%": prior work's number, not the paper's.
    if (method === null && claim.role === "result") {
      // So is a baseline's as the subject: "This baseline achieved only 8.16% accuracy".
      const prior = PRIOR_WORK.exec(scan.slice(Math.max(claim.sentenceStart, claim.start - 160), claim.start)) ?? baselineSubject(scan.slice(Math.max(claim.sentenceStart, claim.start - 100), claim.start));
      // (What such a number is compared with is the paper's own: "… 8.16% accuracy, compared to MetaboT's 83.67%".)
      if (prior && !OWN_WORK.test(prior[2]!)) [method, claim.role, claim.baseline] = [prior[1]!, "baseline", null];
    }
    // "compared to 0.43 for K-Means": the name after a baseline's number is its.
    // (Before any name that stands before the number: "FCM attained 0.67 compared to 0.43 for K-Means".)
    // ("…, 3.16 for GLIGEN-based Editing, and 3.39 for …": capitalised words there name it even where no word looks like a name;
    // a name before the number then belongs to the number before.)
    if (claim.role === "baseline") method = nameRightAfter(scan, claim.end, FOR_NAME_AFTER, datasets) ?? FOR_PHRASE_AFTER.exec(scan.slice(claim.end, claim.end + 60))?.[1] ?? method;
    // Models in general as the subject ("while large models achieve up to 87.6%"): the number is not the contribution's,
    // nor are the numbers that go on in its sentence.
    const generic = method === null && claim.role === "result" && GENERIC_SUBJECT.test(scan.slice(Math.max(claim.sentenceStart, claim.start - 120), claim.start));
    // A baseline's number belongs to the comparator as the sentence names it ("versus 0.86 for embedding based retrieval"),
    // by its name where one stands right before the number ("surpassing the state-of-the-art method L-Defense (61.20%)").
    if (claim.role === "baseline" && !nameRightBefore) method = claim.baseline ?? method;
    // The contribution's number is never a baseline's ("This baseline achieved only 8.16% accuracy, compared to MetaboT's 83.67%").
    if (claim.role === "baseline" && contribution !== null && claim.baseline === contribution) [claim.role, claim.baseline, method] = ["result", null, contribution];
    // A word of the contribution's name stands for all of it ("Physics Supernova attains", "Supernova" alone read as the subject).
    if (method !== null && contribution && method !== contribution && ` ${contribution} `.includes(` ${method} `)) method = contribution;
    if (method !== null || generic) named.add(claim);
    claim.method = method ?? (claim.role === "result" && !generic ? contribution : null);
    previous = claim;
  }
}
