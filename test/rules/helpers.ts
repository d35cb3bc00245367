import { expect } from "vitest";
import { extractFromAbstract } from "../../extract/rules/index.ts";

/** What a table row states about a claim: only the fields given are compared. */
export interface Expected {
  type: string;
  text: string;
  value: number;
  unit?: string;
  valueLow?: number | null;
  metric?: string | null;
  higherIsBetter?: boolean | null;
  bound?: string | null;
  dataset?: string | null;
  role?: string;
  baseline?: string | null;
  method?: string | null;
  setting?: string[];
}

/** Every claim the sentence yields, in order, matches the expected rows (and there are no others). */
export function expectClaims(sentence: string, expected: Expected[]): void {
  const { claims } = extractFromAbstract(sentence);
  const actual = claims.map((c, i) => {
    const want = expected[i];
    const picked: Record<string, unknown> = { type: c.type, text: c.text, value: c.value };
    if (want) for (const key of Object.keys(want)) picked[key] = (c as Record<string, unknown>)[key];
    return picked;
  });
  expect(actual).toEqual(expected);
  for (const c of claims) expect(sentence.slice(c.start, c.end)).toBe(c.text);
}

/** Only the claims of one family: a sentence may hold claims of several. */
export function claimsOfType(sentence: string, type: string) {
  return extractFromAbstract(sentence).claims.filter((c) => c.type === type);
}
