// Word lists made into regular expressions, one way for every rule and lexicon, and patterns more than one rule reads.

/** A text matched literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words as alternatives, longest first (so that "state-of-the-art methods" wins over "methods"), each matched literally. */
export const alternation = (words: readonly string[]) => words.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|");

/** "MEC$^3$O", "DS$^2$Net", "BLM$_1$", "ChartM$^3$": a super- or subscript glued into a name, as LaTeX writes it. */
export const GLUED_SCRIPT = /^\$[\^_]\{?[\w\\]{1,6}\}?\$(?:[A-Za-z0-9][\w-]*)?/;

/** Stems of the verbs that move a measure ("raises this to 66.85%", "improves tasks (0.6% to 76.3%)"); each takes any ending. */
export const CHANGE_VERB_STEMS = "rais|improv|increas|boost|enhanc|lift|reduc|lower|bring|brought|push|decreas|cut|drop|fall|fell|declin|rise|rose|grew|grow|climb|jump|mitigat|gain";

/** "losses ranging from 2% to 10%", "F1 scores ranging from 0.225 to 0.511": a range after all, not a change from one to the other. */
export const RANGING_FROM = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s*$/i;
