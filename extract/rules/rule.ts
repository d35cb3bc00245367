// The shape of a claim-family rule (chrono's "parser"): it reads one described number and either
// declines (null) or says what the number measures.
import type { ClaimType } from "../schema.ts";
import type { Mention } from "./context.ts";

export interface Reading {
  metric: string | null;
}

export interface ClaimRule {
  type: ClaimType;
  read(mention: Mention): Reading | null;
}

/** The term's metric when it belongs to the given family. */
export function metricOf(m: Mention, family: string): string | null {
  return m.term?.family === family ? m.term.metric : null;
}
