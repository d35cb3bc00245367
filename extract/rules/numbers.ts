// The number grammar shared by every claim family: finds each quantity in an abstract with its
// value, range, unit and exact span. Patterns are built from the lexicons (units.json,
// numberWords.json), so a new unit or number word is a data change.
//
// Copy artefacts are read through a "scan text" of the same length as the abstract, in which
// LaTeX remnants, entities and odd symbols are replaced by plain equivalents padded with spaces
// ("20\%" → "20 %", "$9.1\%$" → " 9.1 % ", "&gt;" → ">   ", "10sim100" → "10~  100"). Offsets in
// the scan text are offsets in the abstract, so spans always point at what the paper said.
import unitLexicon from "../lexicon/units.json" with { type: "json" };
import numberWords from "../lexicon/numberWords.json" with { type: "json" };
import { markedWords, triggeredWords, wordAround } from "./words.ts";
import type { Word } from "./words.ts";

export type UnitKind =
  | "percent" | "points" | "factor" | "time" | "compute-time" | "steps" | "memory" | "bits" | "power" | "energy"
  | "energy-efficiency" | "compute" | "compute-rate" | "rate" | "bandwidth" | "length" | "angle" | "none";

export interface Quantity {
  start: number;
  end: number;
  value: number;
  low: number | null;
  unit: string;
  kind: UnitKind;
  /** A sign written in front ("+2.1", "-0.4"). */
  signed: boolean;
  /** Written as words ("twice", "two orders of magnitude"). */
  words: boolean;
  /** The unit as written ("G", "GB", "times"), or "". */
  unitText: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;

// ---- scan text ---------------------------------------------------------------------------------

const ARTEFACT = /\\%|\$\\%\$|&(?:gt|lt|amp|nbsp|ge|le);|\\times|\\sim|(?<![A-Za-z])sim(?=\s?\d)|(?<=\d)sim(?=\s?\d)|[$\\{}\u2212\u2013\u2014\u223c\uff5e\u00a0\u2009\u202f\u2264\u2265]/g;
const REPLACEMENT: Record<string, string> = {
  "\\%": " %", "$\\%$": "%   ", "&gt;": ">", "&lt;": "<", "&amp;": "&", "&nbsp;": " ", "&ge;": ">", "&le;": "<",
  "\\times": "×", "\\sim": "~", sim: "~", "\u2212": "-", "\u2013": "-", "\u2014": "-", "\u223c": "~", "\uff5e": "~",
  "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2264": "<", "\u2265": ">",
};

const MAY_HOLD_ARTEFACT = /[\\$&{}\u2212\u2013\u2014\u223c\uff5e\u00a0\u2009\u202f\u2264\u2265]|\dsim|sim\s?\d/;

export function scanText(text: string): string {
  if (!MAY_HOLD_ARTEFACT.test(text)) return text;
  return text.replace(ARTEFACT, (m) => (REPLACEMENT[m] ?? " ").padEnd(m.length, " "));
}

// ---- units -------------------------------------------------------------------------------------

interface UnitForm { form: string; unit: string; kind: UnitKind; scale: number }

const SI_PREFIX: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const UNIT_FORMS: UnitForm[] = unitLexicon.flatMap((u) =>
  u.forms.map((form) => {
    // "GFLOPs", "MMACs": the prefix scales the value, the unit stays FLOPs/MACs.
    const prefixed = u.kind === "compute" && /^[KMGT](?:FLOP|MAC)/.test(form);
    return { form, unit: prefixed ? form.slice(1).replace(/FLOPS|flops/, "FLOPs") : u.unit, kind: u.kind as UnitKind, scale: prefixed ? SI_PREFIX[form[0]!]! : 1 };
  }),
);
const EXACT_UNIT = new Map(UNIT_FORMS.map((u) => [u.form, u]));
const FOLDED_UNIT = new Map(UNIT_FORMS.filter((u) => u.form.length > 2).map((u) => [u.form.toLowerCase(), u]));
// The pattern is matched case-insensitively for speed; unitOf then insists on the exact case of
// short forms ("s", "h", "G", "X") and lets longer ones ("Times", "Percent") through.
const UNIT_PATTERN = UNIT_FORMS.map((u) => u.form)
  .sort(byLength)
  .map((form) => {
    const body = escape(form).replace(/ /g, "\\s?");
    const word = /[A-Za-z]$/.test(form) ? "(?![A-Za-z])" : "";
    // "3 x 3 convolution" is a shape and "245759 times 50000" a product, not factors.
    const notShape = ["x", "X", "×", "times"].includes(form) ? "(?!\\s?\\d)" : "";
    return body + word + notShape;
  })
  .join("|");

function unitOf(written: string | undefined): UnitForm | null {
  if (!written) return null;
  const key = written.replace(/^\+/, "").replace(/\s+/g, " ").trim();
  for (const k of [key, key.replace(/\s/g, ""), key.replace(/^-\s?/, "-")]) {
    const unit = EXACT_UNIT.get(k) ?? FOLDED_UNIT.get(k.toLowerCase());
    if (unit) return unit;
  }
  return null;
}

// ---- numbers -----------------------------------------------------------------------------------

const CARDINALS = numberWords.cardinals as Record<string, number>;
const FACTORS = numberWords.factors as Record<string, number>;
const SCALES = numberWords.scales as Record<string, number>;
const CARDINAL_PATTERN = Object.keys(CARDINALS).filter((w) => w.length > 2).sort(byLength).map(escape).join("|");
const FACTOR_PATTERN = Object.keys(FACTORS).sort(byLength).map(escape).join("|");
const HALF_PATTERN = numberWords.halves.sort(byLength).join("|");

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?=\s?(?:times|x|X|×|%|-fold))|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`;
const NUMBER = `(?:${DIGITS}|(?:${CARDINAL_PATTERN})(?=[\\s-]))`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion)(?![A-Za-z])|[KMBT](?![A-Za-z]))`;
const UNIT = `(?:\\+?\\s{0,2}(?:${UNIT_PATTERN}))`;
// A range joins two numbers: "2-3x", "20%-40%", "2 to 3 times", "10X~20X", "2-fold to 10-fold".
const RANGE = String.raw`\s{0,3}(?:-|~|to|or)\s{0,3}`;
const MAGNITUDE = String.raw`orders?\s+of\s+magnitude|orders?(?=\s+(?:more|less|fewer|faster|higher|lower|smaller|larger))`;

const QUANTITY = new RegExp(
  [
    // "two orders of magnitude", "1-2 orders of magnitude", "an order of magnitude"
    `(?<mag>(?:(?<magLow>\\d+|${CARDINAL_PATTERN})\\s?(?:-|to)\\s?)?(?<magN>\\d+|${CARDINAL_PATTERN}|an|one|a)\\s+(?:${MAGNITUDE}))`,
    // "a factor of two", "by a factor of 16x"
    `(?<factorOf>factor\\s+of\\s+(?<factorN>${DIGITS}|${CARDINAL_PATTERN})(?:\\s?(?:x|X|×)(?![A-Za-z]))?)`,
    // "twice", "tenfold", "doubling"
    `(?<factorWord>(?<![\\w-])(?:${FACTOR_PATTERN})(?![\\w-]))`,
    // "half", "halving"
    `(?<half>(?<![\\w-])(?:${HALF_PATTERN})(?![\\w-]))`,
    // digits or a cardinal word, with scale, unit and an optional second end of a range
    `(?<sign>[+±-]\\s?)?(?<n1>${NUMBER})(?<scale1>${SCALE})?(?<unit1>${UNIT})?` +
      `(?:(?<sep>${RANGE})(?<n2>${NUMBER})(?<scale2>${SCALE})?(?<unit2>${UNIT}))?`,
  ].join("|"),
  "iy",
);

/** Words that may be (or end) a quantity written in words: "twice", "half", "tenfold", "two", "orders", "factor". */
const NUMBER_WORD = new RegExp(
  `\\b(?:${[...Object.keys(CARDINALS).filter((w) => w.length > 2 && !w.includes(" ")), ...Object.keys(FACTORS), ...numberWords.halves, "factor", "orders?"]
    .sort(byLength)
    .join("|")})\\b`,
  "gi",
);
/** After these, the quantity starts one word earlier: "two orders", "an order", "a factor", "a hundred". */
const STARTS_BEFORE = /^(?:orders?|factor|hundred|thousand)$/i;

function previousWord(text: string, word: Word): Word | null {
  let i = word.start - 1;
  while (i >= 0 && !/[A-Za-z0-9]/.test(text[i]!)) i--;
  return i >= 0 && word.start - i < 4 ? wordAround(text, i) : null;
}

function parseNumber(written: string): number {
  const w = written.trim().toLowerCase();
  if (w in CARDINALS) return CARDINALS[w]!;
  return Number(w.replace(/[, ]/g, ""));
}

function scaleOf(written: string | undefined): number {
  if (!written) return 1;
  const w = written.trim();
  return SCALES[w] ?? SCALES[w.toLowerCase()] ?? 1;
}

/** Characters that glue a number into a name: "ResNet50", "GPT-4", "v6", "Hits@1", "WMT'14". */
function gluedToName(scan: string, start: number): boolean {
  const before = scan[start - 1];
  if (before === undefined) return false;
  if (/[\p{L}\p{N}_@'#^.\/]/u.test(before)) return before !== "/" || !/\d/.test(scan[start - 2] ?? "");
  if (before === "-" || before === "+") return /[\p{L}\p{N})]/u.test(scan[start - 2] ?? "");
  return false;
}

function quantityFromMatch(m: RegExpExecArray, scan: string): Quantity | null {
  const g = m.groups!;
  const start = m.index;
  let end = start + m[0].length;
  const base = { start, end, signed: false, words: true, low: null as number | null, unitText: "" };
  if (g.mag) {
    const n = parseNumber(g.magN!) || 1;
    const low = g.magLow ? 10 ** parseNumber(g.magLow) : null;
    return { ...base, value: 10 ** n, low, unit: "x", kind: "factor" };
  }
  if (g.factorOf) return { ...base, value: parseNumber(g.factorN!), unit: "x", kind: "factor" };
  if (g.factorWord) return { ...base, value: FACTORS[g.factorWord.toLowerCase()]!, unit: "x", kind: "factor" };
  if (g.half) return { ...base, value: 50, unit: "%", kind: "percent" };

  const numberStart = start + (g.sign?.length ?? 0);
  if (gluedToName(scan, g.sign ? start : numberStart)) return null;
  const words = !/^[\d.]/.test(g.n1!);
  let unit = unitOf(g.unit2 ?? g.unit1);
  if (g.unit1 && !unitOf(g.unit1) && !g.n2) {
    // The pattern matched a unit in the wrong case ("5 S"): the number stands without it.
    end -= g.unit1.length;
  }
  if (g.unit2 && !unit) return null;
  // Number words stand for quantities only with a unit ("five epochs", "ten times").
  if (words && !unit) return null;
  let value = parseNumber(g.n1!) * scaleOf(g.scale1);
  let low: number | null = null;
  // "from 70.1% to 75.3%" is a baseline and a result, not a range (factor ranges stay ranges).
  const fromTo = g.sep?.trim().toLowerCase() === "to" && unit?.kind !== "factor" && /from\s*$/i.test(scan.slice(Math.max(0, start - 6), start));
  if (g.n2 !== undefined && !fromTo) {
    const second = parseNumber(g.n2) * scaleOf(g.scale2);
    // "2 to 3 times": a range only when it rises; "1-2" with a unit on the first alone is still a range.
    if (second > value) {
      low = value;
      value = second;
    } else {
      // Not a range ("8-4"?): keep the first number alone.
      end = numberStart + g.n1!.length + (g.scale1?.length ?? 0) + (g.unit1?.length ?? 0);
      unit = unitOf(g.unit1);
      if (words && !unit) return null;
    }
  } else if (g.n2 !== undefined) {
    end = numberStart + g.n1!.length + (g.scale1?.length ?? 0) + (g.unit1?.length ?? 0);
    unit = unitOf(g.unit1) ?? unit;
  }
  if (!Number.isFinite(value)) return null;
  const scale = unit?.scale ?? 1;
  const sign = g.sign?.trim();
  if (sign === "-") value = -value;
  return {
    start,
    end,
    value: value * scale,
    low: low === null ? null : low * scale,
    unit: unit?.unit ?? "",
    kind: unit?.kind ?? "none",
    signed: sign === "+" || sign === "-",
    words,
    unitText: (g.unit2 ?? g.unit1 ?? "").replace(/^\+/, "").trim(),
  };
}

/**
 * Every quantity in the abstract, in text order. `scan` is scanText(text) and `marked` its words
 * with a capital or digit: quantities start at a digit or at a number word, so only those are tried.
 */
export function findQuantities(text: string, scan = scanText(text), marked: Word[] = markedWords(scan)): Quantity[] {
  const starts: number[] = [];
  for (const word of marked) {
    const first = scan.charCodeAt(word.start);
    if (first < 48 || first > 57) continue;
    // A sign just before the digits belongs to the number: "+2.1", "-0.4", "± 3".
    const back = scan.charCodeAt(word.start - 1) === 32 ? word.start - 2 : word.start - 1;
    const sign = back >= 0 ? scan.charCodeAt(back) : 0;
    starts.push(sign === 43 || sign === 45 || sign === 177 ? back : word.start);
  }
  for (const word of triggeredWords(scan, NUMBER_WORD)) {
    const previous = STARTS_BEFORE.test(word.text) ? previousWord(scan, word) : null;
    if (previous) starts.push(previous.start);
    starts.push(word.start);
  }
  starts.sort((a, b) => a - b);

  const found: Quantity[] = [];
  let done = 0;
  for (const start of starts) {
    if (start < done) continue;
    QUANTITY.lastIndex = start;
    const m = QUANTITY.exec(scan);
    if (!m) continue;
    const q = quantityFromMatch(m, scan);
    // A match cut short (not a range after all) leaves its second number to be read again.
    done = q ? q.end : m.index + m[0].length;
    if (!q) continue;
    // Trim trailing white space the unit pattern may have taken, then take in the rest of a
    // copy artefact the span ends inside ("50$\\%$": the scan text has "50%   ").
    while (q.end > q.start && /\s/.test(scan[q.end - 1]!)) q.end--;
    while (q.end < text.length && scan[q.end] === " " && !/\s/.test(text[q.end]!)) q.end++;
    done = Math.max(done, q.end);
    found.push(q);
  }
  return found;
}
