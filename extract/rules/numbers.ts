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
import { isSpace, wordAround } from "./words.ts";
import type { Word } from "./words.ts";
import { findLandmarks } from "./landmarks.ts";
import type { Landmarks } from "./landmarks.ts";
import { CHANGE_VERB_STEMS, RANGING_FROM, escapeRegExp } from "./patterns.ts";
import { canonicalMetric } from "./lexicons.ts";

export type UnitKind =
  | "percent" | "points" | "factor" | "time" | "compute-time" | "steps" | "memory" | "bits" | "power" | "energy"
  | "energy-efficiency" | "compute" | "compute-rate" | "rate" | "bandwidth" | "length" | "angle" | "decibel" | "rank" | "none";

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
  /** Written with a decimal point ("1.00", "0.5"): a level or a measure, not a count, whatever its value. */
  decimals: boolean;
  /** The unit as written ("G", "GB", "times"), or "". */
  unitText: string;
}

const byLength = (a: string, b: string) => b.length - a.length;

// ---- scan text ---------------------------------------------------------------------------------

// "sim" between numbers ("10sim100") is looked behind only once found, so other places pay nothing for it.
const ARTEFACT = /\\%|\$\\%\$|[$}]\^\d|\\(?:text|textbf|textit|textrm|texttt|textsc|textsf|mathbf|mathit|mathrm|mathsf|boldsymbol|emph|underline|it|bf|rm|sf|tt|em)(?![A-Za-z])|&(?:gt|lt|amp|nbsp|ge|le);|\\unicode\{x?[0-9A-Fa-f]{2,5}\}|\\times|\\pm(?![A-Za-z])|\+\/?-(?=\s?\d)|plus-minus(?=\s?\d)|&#177;|&plusmn;|\\(?:rightarrow|to)(?![A-Za-z])|\\sim|\\[()]|sim(?<![A-Za-z]sim)(?=\s?\d)|[$\\{}\u2212\u2013\u2014\u223c\uff5e\u00a0\u2009\u202f\u2264\u2265]/g;
const REPLACEMENT: Record<string, string> = {
  "\\%": " %", "$\\%$": "%   ", "&gt;": ">", "&lt;": "<", "&amp;": "&", "&nbsp;": " ", "&ge;": ">", "&le;": "<",
  "\\times": "×", "\\pm": "  ±", "+/-": "  ±", "+-": " ±", "plus-minus": "         ±", "&#177;": "     ±", "&plusmn;": "       ±", "\\rightarrow": "→", "\\to": "→", "\\sim": "~", sim: "~", "\\(": " ", "\\)": " ", "\u2212": "-", "\u2013": "-", "\u2014": "-", "\u223c": "~", "\uff5e": "~",
  "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2264": "<", "\u2265": ">",
};

/** Characters that start a copy artefact in ASCII text; "sim" between numbers ("10sim100") is looked for after "sim". */
const ARTEFACT_STARTS = ["\\", "$", "&", "{", "}"];
const NUMBER_AFTER = /\s?\d/y;
const TYPED_PLUS_MINUS = /\+\/?-/;

export function scanText(text: string): string {
  return readAbstract(text).scan;
}

/**
 * The abstract as the rules read it, its scan text, and whether the abstract is ASCII (then the
 * scan text's only other characters are symbols such as "×": its capitals are all A-Z). An ASCII
 * abstract is read from a copy in one byte per character, and so is its scan text; most hold no
 * artefact, and then the two are one and the same string.
 */
export function readAbstract(text: string): { abstract: string; scan: string; ascii: boolean } {
  const copy = asciiCopy(text);
  const abstract = copy ?? text;
  const clean = copy !== null && !mayHoldArtefact(copy);
  return { abstract, scan: clean ? copy : abstract.replace(ARTEFACT, replacementOf), ascii: copy !== null };
}

/** What an artefact reads as, as long as it: "R$^2$" and "\\text{R}^2" are "R^2" (a measure's name), "{\\it 20.7}" is "20.7". */
function replacementOf(artefact: string): string {
  if (artefact[1] === "^") return `^${artefact[2]} `;
  return (REPLACEMENT[artefact] ?? " ").padEnd(artefact.length, " ");
}

/** A quick test that lets most ASCII abstracts through untouched: searches for single characters are the fastest. */
function mayHoldArtefact(ascii: string): boolean {
  for (const c of ARTEFACT_STARTS) if (ascii.includes(c)) return true;
  // A typed "±": "+/-", "+-" (a plus sign is rare enough to look for first), "plus-minus".
  if ((ascii.includes("+") && TYPED_PLUS_MINUS.test(ascii)) || ascii.includes("plus-minus")) return true;
  // "sim" is common ("similar", "simple"): each is looked past, not searched for again from the start.
  for (let at = ascii.indexOf("sim"); at >= 0; at = ascii.indexOf("sim", at + 3)) {
    NUMBER_AFTER.lastIndex = at + 3;
    if (NUMBER_AFTER.test(ascii)) return true;
  }
  return false;
}

/**
 * The text as a string of one byte per character when it is all ASCII, else null. Text cut from a
 * file that holds any other character is kept as two bytes per character even where it is plain
 * ASCII, and every regular expression runs markedly slower over it. One native pass tells and
 * copies: written as UTF-8, a text takes one byte per character exactly when it is all ASCII.
 */
function asciiCopy(text: string): string | null {
  // UTF-8 takes at most three bytes per UTF-16 unit, so nothing is cut off.
  if (3 * text.length > copyBuffer.length) copyBuffer = Buffer.allocUnsafe(3 * text.length);
  const bytes = copyBuffer.write(text, 0, "utf8");
  return bytes === text.length ? copyBuffer.toString("latin1", 0, bytes) : null;
}

/** Reused for every copy, so that none allocates. */
let copyBuffer = Buffer.allocUnsafe(1 << 14);

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
    const body = escapeRegExp(form).replace(/ /g, "\\s?");
    // A one-letter unit glued by a hyphen to a word is part of a name ("0.62 G-EVAL"), not "0.62 G".
    // So is a time unit that starts a compound ("100 second-language learners").
    const glued = (form.length === 1 && !/^[xX]$/.test(form)) || /^(?:seconds?|minutes?|hours?|days?)$/.test(form);
    const word = /[A-Za-z]$/.test(form) ? (glued ? "(?![A-Za-z]|-[A-Za-z])" : "(?![A-Za-z])") : "";
    // "3 x 3 convolution" is a shape and "245759 times 50000" a product, not factors; a "×" may stand
    // for LaTeX's "\times{7}", whose markup the scan text turns into spaces.
    const notShape = form === "×" ? "(?!\\s{0,7}\\d)" : ["x", "X", "times"].includes(form) ? "(?!\\s?\\d)" : "";
    return body + word + notShape;
  })
  .join("|");

function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Points, as " points" reads. */
const POINTS = unitOf(" points")!;
const LEVEL_REACHED_BEFORE = /\b(?:achiev\w*|attain\w*|reach\w*|scor\w*|obtain\w*|yield\w*|(?<!\bup\s)to|of|at|with)\s*[~≈$]?\s*$/i;
const MEASURE_POINTS_AFTER = /^\s*([A-Za-z][\w@-]{0,14})\s+(?:absolute\s+)?points?\b/;
function unitOf(written: string | undefined): UnitForm | null {
  if (!written) return null;
  // Most units are written as listed ("%", "x", "times"); others are read with spacing and case normalised.
  const exact = EXACT_UNIT.get(written);
  if (exact) return exact;
  // Most are one word after a space or "+" (" times", "+ GB"): then only case is left to normalise.
  const bare = (written.charCodeAt(0) === 43 ? written.slice(1) : written).trim();
  if (!hasSpace(bare)) return EXACT_UNIT.get(bare) ?? FOLDED_UNIT.get(bare.toLowerCase()) ?? null;
  const key = bare.replace(/\s+/g, " ");
  for (const k of [key, key.replace(/\s/g, ""), key.replace(/^-\s?/, "-")]) {
    const unit = EXACT_UNIT.get(k) ?? FOLDED_UNIT.get(k.toLowerCase());
    if (unit) return unit;
  }
  return null;
}

// ---- numbers -----------------------------------------------------------------------------------

const CARDINALS = new Map(Object.entries(numberWords.cardinals));
const FACTORS = new Map(Object.entries(numberWords.factors));
const SCALES = new Map(Object.entries(numberWords.scales));
const CARDINAL_PATTERN = [...CARDINALS.keys()].filter((w) => w.length > 2).sort(byLength).map(escapeRegExp).join("|");
const FACTOR_PATTERN = [...FACTORS.keys()].sort(byLength).map(escapeRegExp).join("|");
const HALF_PATTERN = numberWords.halves.sort(byLength).join("|");

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?=\s?(?:times|x|X|×|%|-fold))|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?`;
const NUMBER = `(?:${DIGITS}|(?:${CARDINAL_PATTERN})(?=[\\s-]))`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion)(?![A-Za-z])|[KMBT](?![A-Za-z]))`;
const UNIT = `(?:\\+?\\s{0,2}(?:${UNIT_PATTERN}))`;
// A range joins two numbers: "2-3x", "20%-40%", "2 to 3 times", "10X~20X", "2-fold to 10-fold".
// "6--15%" is LaTeX's en dash.
// Artefacts blanked in the scan text may leave more space ("62.9$\\times$--287.2$\\times$").
const RANGE = String.raw`\s{0,8}(?:--?|~|to|or)\s{0,8}(?:\+(?=\d))?`;
const MAGNITUDE = String.raw`orders?\s+of\s+magnitude|orders?(?=\s+(?:more|less|fewer|faster|higher|lower|smaller|larger))`;

const QUANTITY_PATTERN = [
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
    `(?:(?<sep>${RANGE})(?<n2>${NUMBER})(?<scale2>${SCALE})?(?<unit2>${UNIT})?)?`,
].join("|");
// The parts are matched without their names: the engine would make a groups object for every
// match, which costs about as much as the match. The names stay in the pattern, checked below.
const QUANTITY = new RegExp(QUANTITY_PATTERN.replace(/\(\?<\w+>/g, "("), "iy");

/** A QUANTITY match's parts by name: its captures in order. */
function partsOf(m: RegExpExecArray) {
  return { mag: m[1], magLow: m[2], magN: m[3], factorOf: m[4], factorN: m[5], factorWord: m[6], half: m[7], sign: m[8], n1: m[9], scale1: m[10], unit1: m[11], sep: m[12], n2: m[13], scale2: m[14], unit2: m[15] };
}
// The pattern's captures in order: each named group's name, and undefined for any unnamed one ("(" not escaped, not "(?:", "(?=", "(?!", "(?<").
const CAPTURES = [...QUANTITY_PATTERN.matchAll(/(?<!\\)\((?!\?[:=!<])|\(\?<(\w+)>/g)].map((m) => m[1]);
if (CAPTURES.join() !== Object.keys(partsOf(QUANTITY.exec("2")!)).join()) throw new Error("partsOf must name QUANTITY's captures in order");

// "a 20-point performance gain": one word may name what gained.
const POINTS_CHANGE_AFTER = /^\s+(?:absolute\s+|average\s+|overall\s+)?(?:[a-z][\w-]*\s+(?=(?:increases?|improvements?|gains?|boosts?|drops?|decreases?|lead|margin|advantage|gap|jump|rise|reduction|declines?)\b))?(?:increases?|improvements?|gains?|boosts?|drops?|decreases?|lead|margin|advantage|gap|jump|rise|higher|lower|better|worse|reduction|declines?)\b/i;

const FROM_TO_LISTED = /\bfrom\s+[\d.,]+\s*(?:%|percent)?\s+to\s+[\d.,]+\s*(?:%|percent)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

// "improves single-agent tasks dramatically (0.6% to 76.3%)", "BLEU increased by 84% (0.173 to 0.318)": the two levels of a change
// in brackets after it ("low similarity scores (0.00 to 0.29)" stays a range).
export const LEVELS_IN_BRACKET_AFTER_CHANGE = new RegExp(String.raw`\b(?:${CHANGE_VERB_STEMS})\w*\b(?:[^.;()]|\.\d)*\(\s*$`, "i");

/** What ends the first number of a range (its digits, its unit), blanked artefacts allowed after it. */
const RANGE_START_BEFORE = /(?:\d|%|×|[xX])\s*$/;

/** After these, the quantity starts one word earlier: "two orders", "an order", "a factor", "a hundred". */
const STARTS_BEFORE = /^(?:orders?|factor|hundred|thousand)$/i;

function previousWord(text: string, word: Word): Word | null {
  let i = word.start - 1;
  while (i >= 0 && !/[A-Za-z0-9]/.test(text[i]!)) i--;
  return i >= 0 && word.start - i < 4 ? wordAround(text, i) : null;
}

/** Digits ("53.3", "5,000", "10 000", "1e-3") or a cardinal word ("two", "a hundred"). */
function parseNumber(written: string): number {
  const first = written.charCodeAt(0);
  if (first >= 48 && first <= 57) return Number(written.includes(",") || written.includes(" ") ? written.replace(/[, ]/g, "") : written);
  const w = written.trim().toLowerCase();
  return CARDINALS.get(w) ?? Number(w.replace(/[, ]/g, ""));
}

function scaleOf(written: string | undefined): number {
  if (!written) return 1;
  const w = written.trim();
  return SCALES.get(w) ?? SCALES.get(w.toLowerCase()) ?? 1;
}

const UNIT_THEN_SLASH = /\d\s?(?:dB|ms|s|mm|cm|m|fps|FPS|pp)\/$/;

/**
 * Characters that glue a number into a name: "ResNet50", "GPT-4", "v6", "Hits@1", "WMT'14"; not a slash after a
 * number ("5.7%/2.7%") or after a measurement's unit ("29.83 dB/90.84%", "1.2 ms/3.4 ms").
 */
function gluedToName(scan: string, start: number): boolean {
  const before = scan[start - 1];
  if (before === undefined || before === " ") return false;
  // The thousands of a number whose head was taken into a name ("\\textasciitilde50,000 queries"): no number of their own.
  if (before === "," && /\d/.test(scan[start - 2] ?? "") && /^\d{3}(?!\d)/.test(scan.slice(start, start + 4))) return true;
  if (before === "/") return !/[\d%]/.test(scan[start - 2] ?? "") && !UNIT_THEN_SLASH.test(scan.slice(Math.max(0, start - 8), start));
  if (/[\p{L}\p{N}_@'#^.]/u.test(before)) return true;
  if (before === "-" || before === "+") return /[\p{L}\p{N})]/u.test(scan[start - 2] ?? "");
  return false;
}

/** The unit as written, without the "+" of "5+ GB" and the space before it. */
function unitTextOf(written: string): string {
  return (written.charCodeAt(0) === 43 ? written.slice(1) : written).trim();
}

/** A quantity written in words ("two orders of magnitude", "twice", "half"): no sign, no unit text. */
function inWords(m: RegExpExecArray, value: number, unit: string, kind: UnitKind, low: number | null = null): Quantity {
  return { start: m.index, end: m.index + m[0].length, value, low, unit, kind, signed: false, words: true, decimals: false, unitText: "" };
}

function quantityFromMatch(m: RegExpExecArray, scan: string): Quantity | null {
  const g = partsOf(m);
  const start = m.index;
  let end = start + m[0].length;
  if (g.mag) return inWords(m, 10 ** (parseNumber(g.magN!) || 1), "x", "factor", g.magLow ? 10 ** parseNumber(g.magLow) : null);
  if (g.factorOf) return inWords(m, parseNumber(g.factorN!), "x", "factor");
  // A factor word in capitals is a name ("HALF exposes a clear gap").
  if ((g.factorWord ?? g.half) && /^[A-Z]{2,}$/.test(g.factorWord ?? g.half!)) return null;
  if (g.factorWord) return inWords(m, FACTORS.get(g.factorWord.toLowerCase())!, "x", "factor");
  if (g.half) return inWords(m, 50, "%", "percent");

  const numberStart = start + (g.sign?.length ?? 0);
  if (gluedToName(scan, g.sign ? start : numberStart)) return null;
  const words = !/^[\d.]/.test(g.n1!);
  const unit1 = unitOf(g.unit1);
  let unit = g.unit2 ? unitOf(g.unit2) : unit1;
  if (g.unit1 && !unit1 && !g.n2) {
    // The pattern matched a unit in the wrong case ("5 S"): the number stands without it.
    end -= g.unit1.length;
  }
  if (g.unit2 && !unit) return null;
  // "a 1.6-point increase" is points; "4-point polygons", "a 5-point scale" name things.
  if (unit?.kind === "points" && /^-\s?p/.test(unitTextOf(g.unit2 ?? g.unit1 ?? "")) && !POINTS_CHANGE_AFTER.test(scan.slice(end, end + 30))) return null;
  // "two point cloud branches", "2 point sets": the point of a noun, no unit.
  if (unit?.kind === "points" && /^\s*(?:clouds?|sets?)\b/i.test(scan.slice(end, end + 10))) return null;
  // Without a unit at its end only a range of decimals joined by a dash or tilde is one ("0.96-0.99 F1"), and
  // "2019-2020", "1-2 layers" and "from 0.9 to 0.95" are two numbers; so do two signed changes ("gains of +0.11 to +0.49"),
  // and decimals a text says a measure ranged over ("RMSE ranged from 1.68 to 16.39").
  const decimals = g.n2 !== undefined && g.n1!.includes(".") && g.n2.includes(".");
  // So are decimals joined by "to" alone in a bracket that no change opens ("low similarity scores (0.00 to 0.29)").
  const ranging =
    decimals &&
    g.sep!.trim().toLowerCase() === "to" &&
    (RANGING_FROM.test(scan.slice(Math.max(0, start - 24), start)) ||
      (/\(\s*$/.test(scan.slice(Math.max(0, start - 4), start)) && !LEVELS_IN_BRACKET_AFTER_CHANGE.test(scan.slice(Math.max(0, start - 90), start))));
  if (g.n2 !== undefined && !g.unit2 && !(/[-~]/.test(g.sep!) && decimals) && !ranging && !(g.sign?.trim() === "+" && g.sep!.endsWith("+"))) {
    g.n2 = undefined;
    end = numberStart + g.n1!.length + (g.scale1?.length ?? 0) + (g.unit1?.length ?? 0);
  }
  // Number words stand for quantities only with a unit ("five epochs", "ten times"), and not one glued
  // by a hyphen into a name ("two-point layer 5 cells").
  if (words && (!unit || /^-\s?p/.test(unitTextOf(g.unit2 ?? g.unit1 ?? "")))) return null;
  let value = parseNumber(g.n1!) * scaleOf(g.scale1);
  let low: number | null = null;
  // "from 70.1% to 75.3%" is a baseline and a result, not a range (factor ranges stay ranges), and so is the pair listed
  // after one ("from 36.50% to 46.29% and 66.33% to 76.31%").
  const fromTo =
    g.sep?.trim().toLowerCase() === "to" &&
    unit?.kind !== "factor" &&
    (/from\s*$/i.test(scan.slice(Math.max(0, start - 6), start)) || FROM_TO_LISTED.test(scan.slice(Math.max(0, start - 50), start)) || LEVELS_IN_BRACKET_AFTER_CHANGE.test(scan.slice(Math.max(0, start - 90), start))) &&
    !RANGING_FROM.test(scan.slice(Math.max(0, start - 24), start));
  // "by +11.8 pp to 85.3%": a change and the level it reaches, not a range (each end says what it measures).
  const twoMeasures = unit1 !== undefined && unit1 !== null && unit !== undefined && unit !== null && unit1.kind !== unit.kind;
  if (g.n2 !== undefined && !fromTo && !twoMeasures) {
    const second = parseNumber(g.n2) * scaleOf(g.scale2);
    // "2 to 3 times": a range only when it rises; "1-2" with a unit on the first alone is still a range.
    if (second > value) {
      low = value;
      value = second;
    } else {
      // Not a range ("8-4"?): keep the first number alone.
      end = numberStart + g.n1!.length + (g.scale1?.length ?? 0) + (g.unit1?.length ?? 0);
      unit = unit1;
      if (words && !unit) return null;
    }
  } else if (g.n2 !== undefined) {
    end = numberStart + g.n1!.length + (g.scale1?.length ?? 0) + (g.unit1?.length ?? 0);
    unit = unit1 ?? unit;
  }
  if (!Number.isFinite(value)) return null;
  // A whole number glued to a capital that is no unit names a thing: "3D pose", "2DGS", "4K video".
  if (!unit && !g.scale1 && !g.n2 && /^\d+$/.test(g.n1!) && /[A-Z]/.test(scan[end] ?? "")) return null;
  // "up to 20 F1 point gains", "17 F1 points on Indic languages": points of a measure named between them (the gold writes the
  // number alone as the text).
  // (A level reached is written so too: "achieved 5 BLEU points", "dropped to 0.11 BLEU points".)
  if (!unit && !words && !g.scale1 && g.sign?.trim() !== "±") {
    const measure = MEASURE_POINTS_AFTER.exec(scan.slice(end, end + 40));
    if (measure && canonicalMetric(measure[1]!) && !LEVEL_REACHED_BEFORE.test(scan.slice(Math.max(0, start - 24), start))) unit = POINTS;
  }
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
    decimals: !g.scale1 && /\.\d/.test(scan.slice(numberStart, end)),
    unitText: unitTextOf(g.unit2 ?? g.unit1 ?? ""),
  };
}

/**
 * Every quantity in the abstract, in text order. `scan` is scanText(text) and `landmarks` its
 * landmarks: quantities start at a digit or at a number word, so only those are tried.
 */
export function findQuantities(text: string, scan = scanText(text), landmarks: Landmarks = findLandmarks(scan)): Quantity[] {
  const starts: number[] = [];
  for (const digit of landmarks.digits) {
    // A sign just before the digits belongs to the number: "+2.1", "-0.4", "± 3"; a dash between
    // words and a number ("in Spanish - 0.89 F1") is punctuation, unless it opens a bracket "(- 0.4)".
    const spaced = scan.charCodeAt(digit - 1) === 32;
    const back = spaced ? digit - 2 : digit - 1;
    const sign = back >= 0 ? scan.charCodeAt(back) : 0;
    // LaTeX's en dash "--" after a number joins a range ("62.9$\\times$--287.2$\\times$"); elsewhere it is a minus ("PSNR --0.97%").
    const dash = sign === 45 && ((spaced && !/[([]/.test(scan[back - 1] ?? "")) || (scan.charCodeAt(back - 1) === 45 && RANGE_START_BEFORE.test(scan.slice(Math.max(0, back - 12), back - 1))));
    starts.push((sign === 43 || sign === 45 || sign === 177) && !dash ? back : digit);
  }
  for (const word of landmarks.numberWords) {
    const previous = STARTS_BEFORE.test(word.text) ? previousWord(scan, word) : null;
    if (previous) starts.push(previous.start);
    starts.push(word.start);
  }
  // Each kind comes in text order: only both together need sorting.
  if (landmarks.digits.length && landmarks.numberWords.length) starts.sort((a, b) => a - b);

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
    while (q.end > q.start && isSpace(scan.charCodeAt(q.end - 1))) q.end--;
    // A bare number keeps out of a closing "$" ("$acc.=0.955$"), and a unit out of the next artefact ("\\textbf{0.05\\%}", "$4-7\\%$").
    while (q.unitText && q.end < text.length && scan.charCodeAt(q.end) === 32 && !isSpace(text.charCodeAt(q.end)) && !"$\\{}".includes(text[q.end]!)) q.end++;
    if (q.unitText && text.startsWith("\\%", q.end) && scan.charCodeAt(q.end) === 32) q.end += 2;
    if (q.unitText && text[q.end] === "$" && scan.charCodeAt(q.end) === 32 && text.slice(q.start, q.end).includes("$")) q.end++;
    done = Math.max(done, q.end);
    if (q.kind === "none" && !q.signed && !q.words) timesBefore(q, text, scan);
    found.push(q);
  }
  return placings(readColonsAndSpreads(found, scan), scan, landmarks.rankWords);
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
// Ordinals are found first (one pass of literal words), and only they are read in context: "ranking 3rd", "ranked
// first", "won first place", "the 2nd-place solution", "7th overall" (not "in the first place", not in a link); "the
// 81.76th percentile of human contestants", "achieves only a 60th percentile" (not "the 95th percentile Hausdorff distance").
const ORDINAL = new RegExp(String.raw`(?<![\w/.-])(?:\d{1,3}(?:\.\d+)?(?:st|nd|rd|th)|${ORDINAL_WORDS.join("|")})(?!\w|-(?!place\b))`, "gi");
const RANKED_BEFORE = /\b(?:rank(?:ed|ing|s)?|plac(?:ed|ing|es)|finish(?:ed|es|ing)?)\s+(?:as\s+)?(?:the\s+)?$/i;
const PLACE_AFTER = /^(?:\s+|-)place\b|^\s+overall\b/i;
const IN_THE_PLACE_BEFORE = /\bin\s+(?:the\s+)?$/i;
const PERCENTILE_AFTER = /^\s+percentile\b/i;
const PERCENTILE_OF_AFTER = /^\s+percentile\s+(?:of|among)\b/i;
const ATTAINED_BEFORE = /\b(?:achiev|reach|attain|scor|plac|rank|perform)\w*\s+(?:(?:a|an|the|only|just|notable)\s+){0,3}$/i;

/** Placings in a ranking ("ranking 3rd", "won first place"), as ranks, and percentiles ("the 81.76th percentile"). */
function placings(found: Quantity[], scan: string, rankWords: number[]): Quantity[] {
  const ranks: Quantity[] = [];
  // Only the ordinals near a word of ranking (landmarks.ts) are read, a window around each, each stretch once.
  let searched = 0;
  for (const at of rankWords) {
    const from = Math.max(searched, at - 40);
    const to = Math.min(scan.length, at + 50);
    if (from >= to) continue;
    // The window reaches past `to` by the longest ordinal, so that one starting before `to` is read whole; one starting
    // after it waits for the next window.
    const offset = Math.max(0, from - 1);
    const window = scan.slice(offset, to + 12);
    ORDINAL.lastIndex = from - offset;
    for (let m = ORDINAL.exec(window); m && offset + m.index < to; m = ORDINAL.exec(window)) {
      const placing = placingAt(offset + m.index, m[0], scan);
      if (placing) ranks.push(placing);
    }
    searched = to;
  }
  if (!ranks.length) return found;
  const kept = found.filter((q) => !ranks.some((r) => q.start < r.end && r.start < q.end));
  return [...kept, ...ranks].sort((a, b) => a.start - b.start);
}

/** The ordinal at `start` as a placing or a percentile, if its context says so. */
function placingAt(start: number, ordinal: string, scan: string): Quantity | null {
  const end = start + ordinal.length;
  const before = scan.slice(Math.max(0, start - 40), start);
  const after = scan.slice(end, end + 24);
  const percentile = PERCENTILE_AFTER.test(after) && (PERCENTILE_OF_AFTER.test(after) || ATTAINED_BEFORE.test(before));
  if (!percentile && !RANKED_BEFORE.test(before) && !(PLACE_AFTER.test(after) && !IN_THE_PLACE_BEFORE.test(before))) return null;
  const word = ORDINAL_WORDS.indexOf(ordinal.toLowerCase());
  const value = word >= 0 ? word + 1 : Number(ordinal.replace(/[a-z]+$/i, ""));
  return { start, end, value, low: null, unit: "", kind: "rank", signed: false, words: word >= 0, decimals: false, unitText: percentile ? "percentile" : "rank" };
}

const TIMES_BEFORE = /×\s*$/;
/** What may stand before such a "×": a word without digits ("a ×2"), punctuation, nothing; not "3 ×", "4K ×", "7B ×". */
const NOT_A_PRODUCT = /(?:^|[^\w.\s]|(?<![\w.])[A-Za-z]+)\s*$/;
const SCALE_OF_TASK_AFTER = /^[\s-]*(?:upscal|upsampl|super-?resolution|SR\b|zoom|magnif|scale\b|scaling)/i;

/** "achieving a $\\times$1.93 speedup", "a ×2 speed-up": the factor's sign written first, its artefact taken in whole. */
function timesBefore(q: Quantity, text: string, scan: string): void {
  const before = scan.slice(Math.max(0, q.start - 40), q.start);
  if (!TIMES_BEFORE.test(before)) return;
  const times = before.lastIndexOf("×");
  // "at ×4 upscaling", "×8 SR": a scale of the task, not a result.
  if (!NOT_A_PRODUCT.test(before.slice(0, times)) || SCALE_OF_TASK_AFTER.test(scan.slice(q.end, q.end + 20))) return;
  let start = q.start - before.length + times;
  while (start > 0 && scan.charCodeAt(start - 1) === 32 && !isSpace(text.charCodeAt(start - 1))) start--;
  Object.assign(q, { start, unit: "x", kind: "factor", unitText: "×" });
}

// "24:2%", "2:57%": a colon typed for a decimal point (a ratio is never a percentage); "96,9%", "91,57%": a decimal
// comma (thousands take three digits after it; a list of shares is written with a space).
const TYPED_DECIMAL = /(?<![\d.:,])(\d{1,3})(?::(\d{1,3})|,(\d{1,2}))\s?%$/y;

/**
 * Quantities as the grammar of colons, decimal commas and spreads reads them: "24:2%" and "24,2%" are 24.2%, "4:1" is 4x, and in
 * "96.66 ± 1.10%" the spread is no quantity of its own while the mean takes its unit.
 */
function readColonsAndSpreads(found: Quantity[], scan: string): Quantity[] {
  if (!found.some((q) => q.signed || scan.charCodeAt(q.end) === 58 || scan.charCodeAt(q.start - 1) === 58 || scan.charCodeAt(q.start) === 177 || (q.kind === "percent" && scan.charCodeAt(q.start - 1) === 44))) return found;
  const out: Quantity[] = [];
  for (const q of found) {
    const previous = out[out.length - 1];
    // "a compression ratio of 4:1" is written below as a factor: a ratio to one.
    if (scan.charCodeAt(q.start) === 177) {
      // "± 1.10%": the spread of the mean before it.
      if (previous && /^\s*$/.test(scan.slice(previous.end, q.start)) && previous.kind === "none" && q.kind !== "none") {
        out[out.length - 1] = { ...previous, unit: q.unit, kind: q.kind, unitText: q.unitText };
      }
      continue;
    }
    if (previous && q.kind === "percent" && (scan.charCodeAt(q.start - 1) === 58 || scan.charCodeAt(q.start - 1) === 44) && previous.end === q.start - 1 && previous.kind === "none") {
      TYPED_DECIMAL.lastIndex = previous.start;
      const m = TYPED_DECIMAL.exec(scan.slice(0, q.end));
      if (m) {
        out[out.length - 1] = { ...q, start: previous.start, value: Number(`${m[1]}.${m[2] ?? m[3]}`), low: null };
        continue;
      }
    }
    if (previous && previous.kind === "none" && previous.end === q.start - 1 && scan.charCodeAt(q.start - 1) === 58 && q.value === 1 && q.kind === "none") {
      out[out.length - 1] = { ...previous, end: q.end, unit: "x", kind: "factor", unitText: "" };
      continue;
    }
    out.push(q);
  }
  return out;
}
