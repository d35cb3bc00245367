// Word lists made into regular expressions, one way for every rule and lexicon.

/** A text matched literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words as alternatives, longest first (so that "state-of-the-art methods" wins over "methods"), each matched literally. */
export const alternation = (words: readonly string[]) => words.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|");
