// The single source of truth for claimboard's tables: these zod schemas give the TypeScript types,
// validate every row before it is written, and fix the column order of the CSV and XLSX files
// (the order of the keys below is the order of the columns).
import { z } from "zod";

const offset = z.number().int().nonnegative();

export const CLAIM_TYPES = ["score", "improvement", "speedup", "memory", "compression", "cost", "energy"] as const;
export const ClaimType = z.enum(CLAIM_TYPES);
export type ClaimType = z.infer<typeof ClaimType>;

export const BOUNDS = ["up to", "more than", "less than", "about", "at least"] as const;
export const Bound = z.enum(BOUNDS);
export type Bound = z.infer<typeof Bound>;

export const Role = z.enum(["result", "baseline"]);
export type Role = z.infer<typeof Role>;

export const INPUT_FORMATS = ["hf-daily-text", "arxiv-atom", "csv", "json", "jsonl"] as const;
export const InputFormat = z.enum(INPUT_FORMATS);
export type InputFormat = z.infer<typeof InputFormat>;

/** A listing date: full ISO date, or `--MM-DD` (ISO 8601 without year) for pages such as "Mar 11". */
export const ListingDate = z.string().regex(/^(\d{4}|-)-\d{2}-\d{2}$/);

/** Where in an input a record was found: "line 12", "record 3", "entry 2 (line 40)". */
export const SourceRef = z.object({
  file: z.string().min(1),
  format: InputFormat,
  location: z.string().min(1),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const DatasetMention = z.object({
  name: z.string().min(1), // canonical benchmark name
  text: z.string().min(1), // as written in the abstract
  start: offset,
  end: offset,
});
export type DatasetMention = z.infer<typeof DatasetMention>;

export const Paper = z.object({
  paperId: z.string().min(1),
  arxivId: z.string().nullable(),
  title: z.string().min(1),
  date: ListingDate.nullable(),
  authors: z.array(z.string()),
  categories: z.array(z.string()),
  url: z.string().nullable(),
  abstract: z.string().min(1),
  datasets: z.array(DatasetMention),
  sources: z.array(SourceRef).min(1),
});
export type Paper = z.infer<typeof Paper>;

/** A setting tag: "tag" or "tag:value" (the vocabulary is data, extract/lexicon/settings.json). */
export const SETTING_TAG = /^[a-z][a-z0-9@-]*(?::[^\s;:]+)?$/;

export const Claim = z.object({
  claimId: z.string().min(1),
  paperId: z.string().min(1),
  title: z.string(),
  type: ClaimType,
  value: z.number().finite(),
  valueLow: z.number().finite().nullable(),
  unit: z.string(),
  bound: Bound.nullable(),
  metric: z.string().nullable(),
  higherIsBetter: z.boolean().nullable(),
  dataset: z.string().nullable(),
  datasetText: z.string().nullable(),
  baseline: z.string().nullable(),
  role: Role,
  method: z.string().min(1).nullable(), // the model or system the number belongs to
  setting: z.array(z.string().regex(SETTING_TAG)), // the conditions that make it comparable: "zero-shot", "few-shot:5"
  text: z.string().min(1),
  start: offset,
  end: offset,
  sentence: z.string(),
  sentenceStart: offset,
  date: ListingDate.nullable(),
});
export type Claim = z.infer<typeof Claim>;

export const LeaderboardEntry = z.object({
  rank: z.number().int().positive(),
  claimId: z.string(),
  paperId: z.string(),
  title: z.string(),
  method: z.string().min(1).nullable(), // the model the number belongs to (the site falls back to the title)
  setting: z.array(z.string().regex(SETTING_TAG)), // all its tags, splitting or not
  value: z.number().finite(),
  unit: z.string(),
  bound: Bound.nullable(),
  date: ListingDate.nullable(),
  text: z.string(),
  flags: z.array(z.string().min(1)), // why the entry is doubtful (range, wording, dataset, unit, outlier); flagged entries rank last
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntry>;

/** A board: one dataset, one metric (aliases resolved), one setting (the tags that split boards). */
export const Leaderboard = z.object({
  dataset: z.string(),
  metric: z.string(),
  setting: z.array(z.string().regex(SETTING_TAG)),
  higherIsBetter: z.boolean(),
  entries: z.array(LeaderboardEntry).min(1),
});
export type Leaderboard = z.infer<typeof Leaderboard>;

/** A board's best unflagged entry as a refresh found it. */
export const BoardBest = LeaderboardEntry.pick({ claimId: true, paperId: true, title: true, method: true, value: true, unit: true, bound: true, date: true });
export type BoardBest = z.infer<typeof BoardBest>;

/** What a refresh changed (extract/refresh/changes.ts): written as changes.json and kept by day in history/. */
export const Changes = z.object({
  newPapers: z.array(Paper.pick({ paperId: true, title: true, date: true })),
  removedPapers: z.array(Paper.pick({ paperId: true, title: true })),
  newClaims: z.array(Claim),
  removedClaims: z.array(Claim.pick({ claimId: true, paperId: true, title: true, dataset: true, text: true })),
  /** Boards whose best unflagged entry changed: a new state of the art (before is null on a new board). */
  leaderboards: z.array(
    Leaderboard.pick({ dataset: true, metric: true, setting: true, higherIsBetter: true }).extend({ before: BoardBest.nullable(), after: BoardBest }),
  ),
});
export type Changes = z.infer<typeof Changes>;

/** history/<date>.json: what the refreshes of one day changed (the one output dated by the clock). */
export const HistoryDay = Changes.extend({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
export type HistoryDay = z.infer<typeof HistoryDay>;

export const Rejection = z.object({ file: z.string(), location: z.string(), reason: z.string() });
export type Rejection = z.infer<typeof Rejection>;

export const InputReport = z.object({
  file: z.string(),
  format: InputFormat.nullable(), // null when the file could not be read at all
  records: z.number().int().nonnegative(), // records found, accepted or not
  papers: z.number().int().nonnegative(), // papers first seen in this file
  duplicates: z.number().int().nonnegative(), // records merged into a paper seen before
  rejected: z.number().int().nonnegative(),
  rejections: z.array(Rejection),
  warnings: z.array(Rejection),
});
export type InputReport = z.infer<typeof InputReport>;

export const Report = z.object({
  inputs: z.array(InputReport),
  outputs: z.array(Rejection), // problems met while writing (cells cut to fit a spreadsheet…), the first thousand
  totals: z.object({
    files: z.number().int().nonnegative(),
    records: z.number().int().nonnegative(),
    papers: z.number().int().nonnegative(),
    duplicates: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    leaderboards: z.number().int().nonnegative(),
    outputWarnings: z.number().int().nonnegative(),
  }),
});
export type Report = z.infer<typeof Report>;

// The published accuracy of the extraction (site/accuracy.json, written by `npm run eval -- --write-accuracy`
// and shown on the site's Accuracy page): aggregate figures per gold set, never a finding.
const share = z.number().min(0).max(1);
export const GOLD_SET_NAMES = ["seeds", "heldout", "dev", "test"] as const;
export const AccuracyScores = z.object({
  gold: z.number().int().nonnegative(),
  predicted: z.number().int().nonnegative(),
  matched: z.number().int().nonnegative(),
  precision: share,
  recall: share,
  f1: share,
});
export type AccuracyScores = z.infer<typeof AccuracyScores>;

/** One gold set's figures, as `npm run eval` prints them (shares rounded to 4 places). */
export const GoldSetAccuracy = z.object({
  name: z.enum(GOLD_SET_NAMES),
  /** What the set is and whether rules were written from it, in plain words. */
  description: z.string().min(1),
  rulesWrittenFromIt: z.boolean(),
  abstracts: z.number().int().nonnegative(),
  byType: z.record(ClaimType, AccuracyScores),
  overall: AccuracyScores,
  datasets: AccuracyScores,
  metricAccuracy: share,
  datasetLinkAccuracy: share,
  scoreRowAccuracy: share,
  scoreRowsLost: z.object({ missed: z.number().int().nonnegative(), metric: z.number().int().nonnegative(), dataset: z.number().int().nonnegative() }),
  /** Null where the gold names no methods or settings (the seed and held-out sets). */
  methodAccuracy: share.nullable(),
  settingAccuracy: share.nullable(),
  /** Of the matched improvements, the share with the gold's sign; null where none matched. */
  signAccuracy: share.nullable(),
});
export type GoldSetAccuracy = z.infer<typeof GoldSetAccuracy>;

export const Accuracy = z.object({
  /** The day the figures were measured (not the day the site was built). */
  measured: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** One entry per gold set, each once. */
  sets: z.array(GoldSetAccuracy).refine((sets) => GOLD_SET_NAMES.every((name) => sets.filter((s) => s.name === name).length === 1), "one entry per gold set: seeds, heldout, dev, test"),
  /** The #1 entries of the largest boards built from a corpus, judged by hand (test/boards/). */
  topOfBoard: z.object({
    corpus: z.string().min(1),
    papers: z.number().int().nonnegative(),
    boards: z.number().int().positive(),
    right: z.number().int().nonnegative(),
    wrong: z.array(z.object({ board: z.string(), why: z.string().min(1) })),
  }),
});
export type Accuracy = z.infer<typeof Accuracy>;

/** Column order of the flat tables, straight from the schemas. */
export const CLAIM_COLUMNS = Object.keys(Claim.shape) as (keyof Claim)[];
export const PAPER_COLUMNS = Object.keys(Paper.shape) as (keyof Paper)[];
