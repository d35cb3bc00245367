// npm run lexicon -- --input CORPUS [--input ...] [--exclude GOLD.jsonl] [--min-papers N] [--out FILE]
// Mines candidate dataset/benchmark and metric names from any corpus, by what its papers call them:
// "the X benchmark", "X dataset", "evaluated on X and Y", "we introduce X, a benchmark", "Long Name
// Benchmark (LNB)"; metrics "in terms of X", "X of 0.95", "0.95 X", "X@k"; and the names the extractor's own grammar
// takes for data that the gazetteer lacks ("benchmarks such as MMMU and MathVista"). Each candidate comes with its
// counts, the cues that found it, whether the lexicons know it already, and example sentences, for a
// person to review; reviewed names go into extract/lexicon/*.json as data. --exclude leaves out the
// records of a gold file (every one but those marked "split": "dev"), so no test abstract shapes the lexicon.
import { readFileSync, writeFileSync } from "node:fs";
import unitLexicon from "./lexicon/units.json" with { type: "json" };
import { parseArgs } from "node:util";
import { readPapers } from "./pipeline.ts";
import { canonicalDataset, canonicalMetric, isModelName } from "./rules/lexicons.ts";
import { splitSentences } from "./rules/sentences.ts";
import { extractFromAbstract } from "./rules/index.ts";

export type CandidateKind = "dataset" | "metric";

export interface Candidate {
  kind: CandidateKind;
  name: string;
  papers: number;
  mentions: number;
  cues: string[];
  /** "dataset", "metric" or "model" when a lexicon already knows the name, else null */
  known: string | null;
  examples: string[];
}

// A name: capitalised, with a digit or inner capital ("MMLU", "LiveCodeBench", "nuScenes", "3DMatch").
const NAME = String.raw`(?:[A-Z][\w'+^.-]*[\w+]|[A-Z]|[a-z]+[A-Z0-9][\w'+.-]*[\w+]|\d+[A-Za-z][\w+-]*)`;
const NAMES = String.raw`${NAME}(?:[ -]${NAME}){0,3}`;
const LIST = String.raw`${NAMES}(?:,? (?:and |or )?${NAMES}){0,5}`;
const DATA_WORD = String.raw`(?:data ?sets?|benchmarks?|corpus|corpora|suites?|test ?sets?|leaderboards?|challenges?|splits?)`;
const METRIC = String.raw`(?:[A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*|[A-Za-z]+@\d+|[A-Z][a-z]+-[A-Z0-9][\w-]*)`;

/** Each cue: a pattern whose first group holds one name or a list of names, and the kind it finds. */
const CUES: { cue: string; kind: CandidateKind; pattern: RegExp }[] = [
  { cue: "X dataset", kind: "dataset", pattern: new RegExp(String.raw`(?<![\w-])(${LIST}) ${DATA_WORD}\b`, "g") },
  { cue: "evaluated on X", kind: "dataset", pattern: new RegExp(String.raw`\b(?:[Ee]valuat\w*|[Ee]xperiments?|[Rr]esults|[Tt]ested|[Bb]enchmark\w*|[Vv]alidated|[Tt]rained|fine-tuned|[Aa]chiev\w*|[Oo]utperform\w*|state-of-the-art|SOTA|[Pp]erformance|[Aa]ccuracy|[Ss]cores?) (?:\w+ ){0,3}?(?:on|across) (?:the )?(${LIST})(?=[\s,.;:)]|$)`, "g") },
  { cue: "we introduce X, a benchmark", kind: "dataset", pattern: new RegExp(String.raw`\b(?:introduce|present|propose|release|construct|build|curate|create)s? (${NAME}), (?:an? |the )?(?:[\w-]+ ){0,4}?${DATA_WORD}\b`, "g") },
  { cue: "Long Benchmark (LB)", kind: "dataset", pattern: new RegExp(String.raw`\b[A-Z][\w-]*(?: [A-Z][\w-]*)* ?(?:Bench(?:mark)?|Dataset|Corpus|Suite|Set) \((${NAME})\)`, "g") },
  { cue: "in terms of X", kind: "metric", pattern: new RegExp(String.raw`\b(?:in terms of|measured by|as measured by|metrics? such as|metrics? including|metrics?:) (${METRIC}(?:,? (?:and |or )?${METRIC}){0,5})`, "g") },
  { cue: "X of 0.9", kind: "metric", pattern: new RegExp(String.raw`(?<![\w-])(${METRIC}) (?:of|=|:|score of|scores of) ?(?:up to |over |about )?\d`, "g") },
  { cue: "0.9 X", kind: "metric", pattern: new RegExp(String.raw`\d(?:\.\d+)?%? (?:in |on )?(${METRIC})(?![\w@-])`, "g") },
  { cue: "X@k", kind: "metric", pattern: /(?<![\w-])([A-Za-z]+@\d+)(?![\w@])/g },
];

const LIST_SPLIT = /,? (?:and |or )|, /;
// Capitalised words that start sentences or head phrases without naming anything.
const NOT_A_NAME = new Set(
  "The This These Those Our We Its It In On For With And Of A An To By As At From Both All Each Several Many Various Multiple Other New Existing Standard Public Popular Real Large Small Extensive Experiments Results Benchmark Benchmarks Dataset Datasets Evaluation Code However Further Moreover Finally Additionally Specifically Notably Overall".split(" "),
);

// Units are not metrics ("0.9 GB", "30 FPS" read as "0.9 X").
const UNIT_FORMS = new Set(unitLexicon.flatMap((u) => u.forms.map((f) => f.toLowerCase())));

function knownAs(name: string): string | null {
  if (canonicalDataset(name)) return "dataset";
  if (canonicalMetric(name) || canonicalMetric(name.toLowerCase())) return "metric";
  if (isModelName(name)) return "model";
  return null;
}

/** The cue of names the extractor's own grammar finds as data in a paper, the gazetteer not knowing them. */
export const EXTRACTOR_CUE = "found by the extractor";

export function mineCandidates(abstracts: Iterable<string>, minPapers = 2, examplesPer = 2): Candidate[] {
  const found = new Map<string, { kind: CandidateKind; name: string; papers: Set<number>; mentions: number; cues: Set<string>; examples: string[] }>();
  let paper = 0;
  const note = (kind: CandidateKind, name: string, cue: string, sentence: string) => {
    const key = `${kind}\t${name}`;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { kind, name, papers: new Set(), mentions: 0, cues: new Set(), examples: [] }));
    entry.mentions++;
    entry.cues.add(cue);
    if (!entry.papers.has(paper) && entry.examples.length < examplesPer) entry.examples.push(sentence);
    entry.papers.add(paper);
  };
  for (const abstract of abstracts) {
    paper++;
    const sentences = splitSentences(abstract);
    for (const span of sentences) {
      const sentence = abstract.slice(span.start, span.end);
      for (const { cue, kind, pattern } of CUES) {
        for (const match of sentence.matchAll(pattern)) {
          for (const raw of match[1]!.split(LIST_SPLIT)) {
            const words = raw.trim().replace(/[.,;:]+$/, "").split(" ");
            while (words.length && NOT_A_NAME.has(words[0]!)) words.shift(); // "The Zed-7 dataset"
            const name = words.join(" ");
            if (name.length < 2 || /^\d+(?:\.\d+)?[a-zA-Z]?$/.test(name)) continue;
            if (kind === "metric" && [name, name.replace(/s$/, "")].some((n) => UNIT_FORMS.has(n.toLowerCase()))) continue;
            note(kind, name, cue, sentence);
          }
        }
      }
    }
    // What the extraction itself takes for data by its grammar ("benchmarks such as MMMU and MathVista", "(OCRBench 873,
    // DocVQA 94.75%)"): mined here too, so that a name one paper's wording gives away is known in every paper.
    for (const mention of extractFromAbstract(abstract).datasets) {
      if (canonicalDataset(mention.text)) continue;
      const span = sentences.find((s) => s.start <= mention.start && mention.start < s.end);
      note("dataset", mention.text, EXTRACTOR_CUE, span ? abstract.slice(span.start, span.end) : mention.text);
    }
  }
  return [...found.values()]
    .filter((e) => e.papers.size >= minPapers)
    .map((e) => ({ kind: e.kind, name: e.name, papers: e.papers.size, mentions: e.mentions, cues: [...e.cues].sort(), known: knownAs(e.name), examples: e.examples }))
    .sort((a, b) => b.papers - a.papers || b.mentions - a.mentions || (a.kind + a.name < b.kind + b.name ? -1 : 1));
}

/** Ids of a gold file's records that must not shape a lexicon: every one not marked as dev. */
function excludedIds(path: string): Set<string> {
  return new Set(
    readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; split?: string }).filter((r) => r.split !== "dev").map((r) => r.id),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      input: { type: "string", multiple: true },
      exclude: { type: "string", multiple: true },
      "min-papers": { type: "string", default: "2" },
      out: { type: "string" },
    },
  });
  if (!values.input?.length) {
    console.error("usage: npm run lexicon -- --input CORPUS [--input ...] [--exclude GOLD.jsonl] [--min-papers N] [--out FILE.tsv]");
    process.exit(2);
  }
  const minPapers = Number(values["min-papers"]);
  if (!Number.isInteger(minPapers) || minPapers < 1) {
    console.error(`--min-papers takes a whole number of at least 1, not "${values["min-papers"]}"`);
    process.exit(2);
  }
  let excluded: Set<string>;
  let read: Awaited<ReturnType<typeof readPapers>>;
  try {
    excluded = new Set((values.exclude ?? []).flatMap((path) => [...excludedIds(path)]));
    read = await readPapers(values.input);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(2);
  }
  const { papers, inputs } = read;
  for (const input of inputs) for (const r of input.rejections) console.error(`${r.file}: ${r.location}: rejected: ${r.reason}`);
  const kept = papers.filter((p) => !excluded.has(p.arxivId ?? p.paperId));
  const candidates = mineCandidates(kept.map((p) => p.abstract), minPapers);
  const rows = ["kind\tname\tpapers\tmentions\tknown\tcues\texample"].concat(
    candidates.map((c) => [c.kind, c.name, c.papers, c.mentions, c.known ?? "", c.cues.join("; "), c.examples[0]!.replace(/\s+/g, " ")].join("\t")),
  );
  if (values.out) writeFileSync(values.out, rows.join("\n") + "\n");
  else console.log(rows.join("\n"));
  const fresh = candidates.filter((c) => !c.known);
  console.error(`${kept.length} abstracts (${papers.length - kept.length} excluded): ${candidates.length} candidates in ${minPapers}+ papers, ${fresh.length} not in a lexicon (${fresh.filter((c) => c.kind === "dataset").length} datasets, ${fresh.filter((c) => c.kind === "metric").length} metrics)`);
}
