// npm run gold:agreement [-- FIRST SECOND]: how far two independent annotations of the same abstracts agree:
// claim F1 (one annotation's claims matched to the other's as the eval matches predictions: same type, value
// and overlapping span) and dataset-mention F1, over the abstracts both annotated. With --disagreements, lists
// what only one side has, for adjudication.
import { goldSpan, readJsonLines, sameValue } from "../eval/evaluate.ts";
import type { GoldClaim, GoldPaper } from "../eval/evaluate.ts";

export interface Agreement {
  papers: number;
  claims: { first: number; second: number; matched: number; f1: number };
  datasets: { first: number; second: number; matched: number; f1: number };
  /** Of the claims both found, the share on which both gave the same value of each field. */
  fields: Record<(typeof FIELDS)[number], number>;
  disagreements: string[];
}

const FIELDS = ["metric", "dataset", "unit", "qualifier", "role", "method", "setting"] as const;
const fieldOf = (c: GoldClaim, field: (typeof FIELDS)[number]) => JSON.stringify(field === "setting" ? [...((c as any).setting ?? [])].sort() : ((c as any)[field] ?? null)).toLowerCase();

const f1 = (first: number, second: number, matched: number) => (first + second ? (2 * matched) / (first + second) : 1);

export function agreement(first: GoldPaper[], second: GoldPaper[], abstracts: Map<string, string>): Agreement {
  const seconds = new Map(second.map((p) => [p.id, p]));
  const out: Agreement = {
    papers: 0,
    claims: { first: 0, second: 0, matched: 0, f1: 0 },
    datasets: { first: 0, second: 0, matched: 0, f1: 0 },
    fields: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Agreement["fields"],
    disagreements: [],
  };
  for (const a of first) {
    const b = seconds.get(a.id);
    if (!b) continue;
    const abstract = abstracts.get(a.id)!;
    out.papers++;
    const span = (c: GoldClaim) => goldSpan(abstract, c);
    const unmatched = new Set(b.claims);
    out.claims.first += a.claims.length;
    out.claims.second += b.claims.length;
    for (const c of a.claims) {
      const s = span(c);
      const match = [...unmatched].find((d) => d.type === c.type && sameValue(d.value, c.value) && span(d).start < s.end && s.start < span(d).end);
      if (match) {
        unmatched.delete(match);
        out.claims.matched++;
        for (const field of FIELDS) {
          if (fieldOf(c, field) === fieldOf(match, field)) out.fields[field]++;
          else out.disagreements.push(`${a.id} ${field}: ${JSON.stringify(c.text)} ${fieldOf(c, field)} | ${fieldOf(match, field)}`);
        }
      } else out.disagreements.push(`${a.id} first only:  ${c.type} ${JSON.stringify(c.text)} = ${c.value}`);
    }
    for (const d of unmatched) out.disagreements.push(`${a.id} second only: ${d.type} ${JSON.stringify(d.text)} = ${d.value}`);
    const names = (p: GoldPaper) => new Set(p.datasets.map((n) => n.toLowerCase()));
    const [na, nb] = [names(a), names(b)];
    out.datasets.first += na.size;
    out.datasets.second += nb.size;
    for (const n of na) if (nb.has(n)) out.datasets.matched++;
    else out.disagreements.push(`${a.id} first only:  dataset ${JSON.stringify(n)}`);
    for (const n of nb) if (!na.has(n)) out.disagreements.push(`${a.id} second only: dataset ${JSON.stringify(n)}`);
  }
  out.claims.f1 = f1(out.claims.first, out.claims.second, out.claims.matched);
  out.datasets.f1 = f1(out.datasets.first, out.datasets.second, out.datasets.matched);
  for (const field of FIELDS) out.fields[field] = out.claims.matched ? out.fields[field] / out.claims.matched : 1;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const [firstFile = "test/corpus/gold-first.jsonl", secondFile = "test/corpus/gold-second.jsonl"] = files;
  const abstracts = new Map(readJsonLines<{ id: string; abstract: string }>("test/corpus/abstracts.jsonl").map((r) => [r.id, r.abstract]));
  const result = agreement(readJsonLines<GoldPaper>(firstFile), readJsonLines<GoldPaper>(secondFile), abstracts);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`${result.papers} abstracts annotated twice (${firstFile} against ${secondFile})`);
  console.log(`claims:   ${result.claims.first} and ${result.claims.second}, ${result.claims.matched} agreed, F1 ${pct(result.claims.f1)} %`);
  console.log(`datasets: ${result.datasets.first} and ${result.datasets.second}, ${result.datasets.matched} agreed, F1 ${pct(result.datasets.f1)} %`);
  console.log(`same field on the claims both found: ${FIELDS.map((f) => `${f} ${pct(result.fields[f])} %`).join(", ")}`);
  if (process.argv.includes("--disagreements")) console.log(result.disagreements.join("\n"));
}
