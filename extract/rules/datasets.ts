// Named datasets and benchmarks: the gazetteer (lexicon/datasets.json) canonicalises known names
// ("ImageNet-1k", "ILSVRC2012" → ImageNet); a pattern catches unlisted names where the text says
// they are data ("the PERSONA-CHAT dataset", "the rMD17, 3BPA, and AcAc benchmark tasks").
import type { DatasetMention } from "../schema.ts";
import { DATASETS } from "./lexicons.ts";
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

function namedByContext(text: string, known: DatasetMention[]): DatasetMention[] {
  const found: DatasetMention[] = [];
  NAMED_DATA.lastIndex = 0;
  for (let m = NAMED_DATA.exec(text); m; m = NAMED_DATA.exec(text)) {
    let offset = m.index;
    for (const part of m[1]!.split(LIST_SPLIT)) {
      const start = text.indexOf(part, offset);
      offset = start + part.length;
      const words = part.split(/[ ]/);
      // Drop leading generic words ("Extensive experiments on X" never reaches here; "The X" might).
      while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
      while (words.length && NOT_A_NAME.test(words[words.length - 1]!)) words.pop();
      const name = words.join(" ");
      if (!name || !/[A-Z0-9]/.test(name) || name.length < 2) continue;
      const nameStart = text.indexOf(name, start);
      const overlaps = (d: DatasetMention) => d.start < nameStart + name.length && nameStart < d.end;
      if (known.some(overlaps) || found.some(overlaps)) continue;
      found.push({ name, text: name, start: nameStart, end: nameStart + name.length });
    }
  }
  return found;
}

export function findDatasets(text: string, sentences: Span[]): DatasetMention[] {
  const known = gazetteer(text, sentences);
  return [...known, ...namedByContext(text, known)].sort((a, b) => a.start - b.start);
}
