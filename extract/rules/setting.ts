// The conditions that make a claim's number comparable with another's (CLAIMS-SPEC "setting"): tags
// from the vocabulary in lexicon/settings.json, read in the claim's sentence up to the next claim
// after it, and the size of the model the number belongs to ("LLaMa3.3-70B" → model-size:70B).
import settingLexicon from "../lexicon/settings.json" with { type: "json" };
import numberWords from "../lexicon/numberWords.json" with { type: "json" };
import methodLexicon from "../lexicon/methods.json" with { type: "json" };
import { alternation, escapeRegExp } from "./patterns.ts";
import type { ClaimDraft } from "./index.ts";
import { firstAtOrAfter } from "./context.ts";
import { isAtCutOff } from "./lexicons.ts";

interface TagPattern {
  tag: string;
  pattern: RegExp;
  /** The tag's value: fixed, or read from the match (its first named group). */
  fixed?: string;
  valued: boolean;
  join: string;
  unless?: RegExp;
  /** Words (lower case) of which every match holds one; none in a stretch, no search there. */
  cues?: string[];
}

const PATTERNS: TagPattern[] = settingLexicon.tags.map((t: { tag: string; pattern: string; fixed?: string; value?: string; join?: string; unless?: string; cues?: string[] }) => ({
  tag: t.tag,
  pattern: new RegExp(t.pattern, "gi"),
  fixed: t.fixed,
  valued: t.value !== undefined,
  join: t.join ?? ":",
  unless: t.unless === undefined ? undefined : new RegExp(t.unless, "i"),
  cues: t.cues,
}));

/**
 * Every cue of the vocabulary: one search over a stretch (lower case) finds all it holds. No cue begins
 * another, so trying them at every place finds each occurrence of each.
 */
const CUE_LIST = [...new Set(PATTERNS.flatMap((p) => p.cues ?? []))];
if (CUE_LIST.some((a) => CUE_LIST.some((b) => a !== b && b.startsWith(a)))) throw new Error("settings.json: a cue begins another");
const ANY_CUE = new RegExp(CUE_LIST.map(escapeRegExp).join("|"), "g");

function cuesIn(lower: string): Set<string> {
  const found = new Set<string>();
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(lower); m; m = ANY_CUE.exec(lower)) {
    found.add(m[0]);
    ANY_CUE.lastIndex = m.index + 1;
  }
  return found;
}

const CARDINALS = numberWords.cardinals as Record<string, number>;
const digits = (value: string) => String(CARDINALS[value.toLowerCase()] ?? value);

/** A model size written in a name ("LLaMa3.3-70B", "GAR-1B") or beside a number ("for 1.5B", "(8B; 82.2%)"). */
const SIZE_IN_NAME = /(?:^|[-\s(_])(\d+(?:\.\d+)?)\s?([BM])\b/g;
const SIZE_BESIDE = /(?:^|[-\s(_])(\d+(?:\.\d+)?)\s?(B)\b(?![- ]?(?:param|token|pair|sample|image|word))/g;

/** "12.3% for 1.5B and 7.5% for 7B models", "by 13.97 on Qwen3-8B". */
const SIZE_AFTER = /^\s*(?:for|with|on|using)\s+(?:the\s+|a\s+)?(?:[A-Za-z][\w.]*[- ])?(\d+(?:\.\d+)?B)\b(?![- ]?(?:param|token|pair|sample|image|word))/;

/** A name right after a comparison is the comparator's: "outperforming Qwen2.5-7B-Instruct on MATH500 with an 18.1% gain". */
const COMPARED_NAME = new RegExp(`(?:^|[^\\w-])(?:${alternation(methodLexicon.comparatorBefore)})\\s+(?:the\\s+)?[\\w.-]*$`, "i");

/** The last size in text[from…] (the words before `from` only say whose name it is). */
function lastSize(text: string, pattern: RegExp, ofComparator = false, from = 0): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(pattern)) {
    if (m.index >= from) last = ofComparator || !COMPARED_NAME.test(text.slice(Math.max(0, m.index - 60), m.index + 1)) ? `${m[1]}${m[2]}` : null;
  }
  return last;
}

interface TagHit {
  tag: string;
  start: number;
  /** The pattern's place in the vocabulary: tags are listed in that order. */
  order: number;
}

const OWN_PHRASE = /^(?![^,;()]*\band\b)[^,;()]*$/;

/** How far before a tag its "unless" words are looked for ("without any VQA-specific fine-tuning"). */
const UNLESS_REACH = 40;

/** Every tag a stretch of the text states, where it states it (offsets in the text, sorted by position). */
function tagHits(text: string, from = 0, to = text.length): TagHit[] {
  const hits: TagHit[] = [];
  const part = text.slice(from, to);
  const cues = cuesIn(part.toLowerCase());
  for (const [order, p] of PATTERNS.entries()) {
    if (p.cues && !p.cues.some((cue) => cues.has(cue))) continue;
    for (const m of part.matchAll(p.pattern)) {
      if (p.unless?.test(part.slice(Math.max(0, m.index - UNLESS_REACH), m.index))) continue;
      const value = p.fixed ?? (p.valued ? Object.values(m.groups ?? {}).find((v) => v !== undefined) : undefined);
      hits.push({ tag: value === undefined ? p.tag : `${p.tag}${p.join}${digits(value)}`, start: from + m.index, order });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A valued tag's family: "pass@1" and "pass@16" are two values of one condition, as "bits:4" and "bits:8". */
const familyOf = (tag: string) => /^[^:@]+(?=[:@])/.exec(tag)?.[0] ?? null;

/**
 * Of two values of one condition in the stretch ("pass@1 accuracy (6.2% → 9.6%) and pass@16 accuracy (24.4% …",
 * "a WER of 5.60% on the development set and 12.01% on the test set"), the number's is the nearest one.
 */
function nearestValues(hits: TagHit[], claim: { start: number; end: number }, scan: string): TagHit[] {
  // A value after the number is its own only within its phrase ("12.01% on the test set"), not past a bracket,
  // comma or "and" ("(6.2% → 9.6%) and pass@16 accuracy").
  const distance = (hit: TagHit) => (hit.start < claim.start ? claim.start - hit.start : OWN_PHRASE.test(scan.slice(claim.end, hit.start)) ? hit.start - claim.end : Infinity);
  const chosen = new Map<string, TagHit>();
  for (const hit of hits) {
    const family = familyOf(hit.tag);
    if (family === null) continue;
    const kept = chosen.get(family);
    if (!kept || distance(hit) < distance(kept)) chosen.set(family, hit);
  }
  return hits.filter((h) => {
    const family = familyOf(h.tag);
    return family === null || chosen.get(family)!.tag === h.tag;
  });
}

/** The tags of the hits, in vocabulary order, each once; a number of shots said as such beats "few-shot" alone. */
function tagsOf(hits: TagHit[]): string[] {
  const tags = [...new Set([...hits].sort((a, b) => a.order - b.order).map((h) => h.tag))];
  const counted = tags.some((t) => t.startsWith("few-shot:"));
  return tags.filter((t) => !(counted && t === "few-shot"));
}

/** The tags a text states (what tagSettings reads around one claim). */
export const settingTags = (text: string) => tagsOf(tagHits(text));

const REACH = 240;

// A top-K cut-off conditions an accuracy or error, not another measure beside it ("+11.4% Top-1 accuracy and +3.3% Macro-F1").
const rankedByTopK = (metric: string | null) => metric === null || /\b(?:top|accuracy|acc|error|err)\b/.test(metric);

/**
 * Each claim's setting: the tags its sentence states from a bounded stretch before the number up to the
 * next claim (what is said after a later number is said of that one), and the model size in its
 * method's name or right before the number.
 */
export function tagSettings(claims: ClaimDraft[], scan: string): void {
  const windows = claims.map((claim, i) => {
    const next = claims[i + 1];
    const from = Math.max(claim.sentenceStart, claim.start - REACH);
    // A bit width claimed after the number is also the number's setting ("71.5% top-1 with an average bit-width of 2.81 bits").
    const nextStop = next && next.sentenceStart === claim.sentenceStart ? (next.metric === "bit width" && claim.metric !== "bit width" ? next.end : next.start) : Infinity;
    return { from, end: Math.min(claim.sentenceStart + claim.sentence.length, nextStop, claim.end + 120) };
  });
  // The tags are read once over the stretches the claims look at (overlapping ones joined).
  const hits: TagHit[] = [];
  for (let i = 0; i < windows.length; ) {
    let end = windows[i]!.end;
    let j = i + 1;
    while (j < windows.length && windows[j]!.from <= end) end = Math.max(end, windows[j++]!.end);
    hits.push(...tagHits(scan, windows[i]!.from, end));
    i = j;
  }
  for (const [i, claim] of claims.entries()) {
    const { from, end } = windows[i]!;
    const inside: TagHit[] = [];
    for (let k = firstAtOrAfter(hits, from); k < hits.length && hits[k]!.start < end; k++) inside.push(hits[k]!);
    // A number of samples (pass@K) conditions a measure of solved problems, not one at another cut-off ("MRR@10").
    const tags = tagsOf(nearestValues(inside, claim, scan)).filter((tag) => !(isAtCutOff(claim.metric) && tag.startsWith("pass@")) && !(tag.startsWith("top-") && !rankedByTopK(claim.metric)));
    const size = (claim.method && lastSize(claim.method, SIZE_IN_NAME, true)) || SIZE_AFTER.exec(scan.slice(claim.end, claim.end + 24))?.[1] || lastSize(scan.slice(from, claim.start), SIZE_BESIDE, false, Math.max(0, claim.start - from - 40));
    if (size) tags.push(`model-size:${size}`);
    claim.setting = tags;
  }
}
