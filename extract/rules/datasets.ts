// Named datasets and benchmarks: the gazetteer (lexicon/datasets.json) canonicalises known names
// ("ImageNet-1k", "ILSVRC2012" → ImageNet); a pattern catches unlisted names where the text says
// they are data ("the PERSONA-CHAT dataset", "the rMD17, 3BPA, and AcAc benchmark tasks").
import type { DatasetMention } from "../schema.ts";
import { DATASETS } from "./lexicons.ts";
import modelLexicon from "../lexicon/models.json" with { type: "json" };
import type { Span } from "./sentences.ts";

// A name: capitalised, with a digit, or an acronym; up to three words ("COCO val2017", "Penn Treebank").
const NAME = String.raw`(?:[A-Z][\w'^.+-]*[\w+]|[a-z]+[A-Z0-9][\w'^.+-]*|\d+[A-Za-z][\w-]*)`;
const NAMES = String.raw`${NAME}(?: ${NAME}){0,2}`;
const DATA_WORD = String.raw`(?:datasets?|benchmarks?|corpus|corpora|challenge|suite|test set|benchmark tasks|database|leaderboard)`;
// "the X dataset", "X and Y datasets", "A, B, and C benchmarks"
const NAMED_DATA = new RegExp(String.raw`(?<![\w-])(${NAMES}(?:,? (?:and |or )?${NAMES}){0,4}) ${DATA_WORD}\b`, "g");
// Words that look like names but are not data ("Extensive", "Our", "The").
const NOT_A_NAME = /^(?:The|This|These|Our|We|Extensive|Several|Many|Various|Popular|Standard|Public|Real|Large|New|Two|Three|Four|Five|Both|All|Other|Such|Each|Existing|Common|Challenging|Benchmark|Image|Text|Graph|Video|Speech|Language|Molecular|Synthetic|Classification|Detection|Segmentation|Experiments|Results|In|On|For|With|And|Of|A|An)$/;
const LIST_SPLIT = /,? (?:and |or )|, /;
// "various DG benchmarks", "all five OOD datasets": a kind of data, not a name.
const GENERIC_BEFORE = /\b(?:various|several|multiple|many|existing|all|other|popular|standard|common|different|diverse|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/i;
const MODEL_PREFIX = new RegExp(`^(?:${modelLexicon.prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
/** A name in evaluation context ("on OC20 and OE62", "on LV-Eval"): has a digit or inner capital. */
const EVALUATED_ON = new RegExp(String.raw`\b(?:on|across)\s+(?:the\s+)?(${NAME}(?:,? (?:and |or )?${NAME}){0,4})(?=[\s,.;:)]|$)`, "g");
const NAME_LIKE = /\d|[a-z][A-Z]|^[A-Z]+-[A-Z][a-z]/;

function gazetteer(text: string, sentences: Span[]): DatasetMention[] {
  const mentions: DatasetMention[] = [];
  const hits = DATASETS.findAll(text);
  for (const hit of hits) {
    if (hit.data.ambiguous) {
      // "MATH", "Traffic", "Weather": only beside another dataset or a word that says it is data.
      const sentence = sentences.find((s) => s.start <= hit.start && hit.end <= s.end);
      const inList = hits.some((h) => h !== hit && !h.data.ambiguous && sentence && h.start >= sentence.start && h.end <= sentence.end);
      if (!inList && !new RegExp(`^\\s*${DATA_WORD}`).test(text.slice(hit.end, hit.end + 30))) continue;
    }
    mentions.push({ name: hit.data.canonical, text: text.slice(hit.start, hit.end), start: hit.start, end: hit.end });
  }
  return mentions;
}

function isName(name: string): boolean {
  // A lone capitalised English word ("Test", "Through") is not a name; a known model never is.
  return name.length >= 2 && /[A-Z0-9]/.test(name) && !/^[A-Z][a-z]+$/.test(name) && !MODEL_PREFIX.test(name);
}

/** Names listed in `group` (the pattern's first group), each checked and placed in the text. */
function namesIn(pattern: RegExp, text: string, known: DatasetMention[], accept: (name: string) => boolean): DatasetMention[] {
  const found: DatasetMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (GENERIC_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    let offset = m.index;
    for (const part of m[1]!.split(LIST_SPLIT)) {
      const start = text.indexOf(part, offset);
      offset = start + part.length;
      const words = part.split(" ");
      while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
      while (words.length && NOT_A_NAME.test(words[words.length - 1]!)) words.pop();
      const name = words.join(" ");
      if (!isName(name) || !accept(name)) continue;
      const nameStart = text.indexOf(name, start);
      const overlaps = (d: DatasetMention) => d.start < nameStart + name.length && nameStart < d.end;
      if (known.some(overlaps) || found.some(overlaps)) continue;
      found.push({ name, text: name, start: nameStart, end: nameStart + name.length });
    }
  }
  return found;
}

/** "Spiking Heidelberg Digits (SHD)": the abbreviation names the same dataset. */
function abbreviations(text: string, mentions: DatasetMention[]): DatasetMention[] {
  const found: DatasetMention[] = [];
  for (const d of mentions) {
    const m = /^\s?\(([A-Z][A-Za-z0-9-]{1,9})\)/.exec(text.slice(d.end, d.end + 14));
    if (!m) continue;
    const start = d.end + m.index + m[0].indexOf(m[1]!);
    if (!mentions.some((o) => o.start === start)) found.push({ name: d.name, text: m[1]!, start, end: start + m[1]!.length });
  }
  return found;
}

export function findDatasets(text: string, sentences: Span[]): DatasetMention[] {
  const known = gazetteer(text, sentences);
  const named = namesIn(NAMED_DATA, text, known, () => true);
  const evaluated = namesIn(EVALUATED_ON, text, [...known, ...named], (name) => NAME_LIKE.test(name));
  const all = [...known, ...named, ...evaluated];
  // An abbreviation defined for a known dataset replaces any separate reading of it.
  const short = abbreviations(text, all);
  const shortStarts = new Set(short.map((d) => d.start));
  return [...all.filter((d) => !shortStarts.has(d.start)), ...short].sort((a, b) => a.start - b.start);
}
