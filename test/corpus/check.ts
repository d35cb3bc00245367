// npm run gold:check -- FILE [FILE ...]: checks gold JSONL files against test/corpus/abstracts.jsonl and
// the shape CLAIMS-SPEC.md gives (every text found in its abstract, an occurrence where a text repeats,
// datasets as written, setting tags from the vocabulary). Prints one line per problem; exit 1 on any.
import { readFileSync } from "node:fs";

export const CLAIM_TYPES = ["score", "improvement", "speedup", "memory", "compression", "cost", "energy"];
export const QUALIFIERS = [null, "up to", "more than", "less than", "about", "at least"];
export const SETTING_TAG =
  /^(zero-shot|few-shot:\d+|fine-tuned|linear-probe|pass@\d+|split:(test|val|dev)|extra-data|resolution:\d+|model-size:[\d.]+[KMBT]?|ensemble|single-model|level:(char|word|subword)|timesteps:\d+|bits:[\d.]+|top-\d+)$/;

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

export function checkGoldLine(line: string, abstracts: Map<string, string>): string[] {
  const problems: string[] = [];
  let paper: any;
  try {
    paper = JSON.parse(line);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const abstract = abstracts.get(paper.id);
  if (abstract === undefined) return [`unknown id ${paper.id}`];
  const at = (what: string) => problems.push(`${paper.id}: ${what}`);
  if (!Array.isArray(paper.datasets) || !Array.isArray(paper.claims)) return [`${paper.id}: needs "datasets" and "claims" arrays`];
  for (const d of paper.datasets) if (typeof d !== "string" || !abstract.includes(d)) at(`dataset ${JSON.stringify(d)} is not written so in the abstract`);
  for (const c of paper.claims) {
    const name = JSON.stringify(c.text);
    if (!CLAIM_TYPES.includes(c.type)) at(`${name}: type ${c.type}`);
    if (typeof c.text !== "string" || !c.text) { at(`claim without text`); continue; }
    const n = occurrences(abstract, c.text);
    if (n === 0) at(`${name} is not in the abstract`);
    if (n > 1 && !(Number.isInteger(c.occurrence) && c.occurrence >= 1)) at(`${name} occurs ${n} times: give "occurrence"`);
    if (c.occurrence !== undefined && c.occurrence > n) at(`${name}: occurrence ${c.occurrence} of ${n}`);
    if (typeof c.value !== "number" || !Number.isFinite(c.value)) at(`${name}: value must be a number`);
    if (c.low !== undefined && c.low !== null && typeof c.low !== "number") at(`${name}: low must be a number`);
    if (typeof c.unit !== "string") at(`${name}: unit must be a string`);
    if (c.metric !== null && (typeof c.metric !== "string" || c.metric !== c.metric.toLowerCase())) at(`${name}: metric must be lowercase or null`);
    if (c.dataset !== null && !paper.datasets.includes(c.dataset)) at(`${name}: dataset ${JSON.stringify(c.dataset)} is not in "datasets"`);
    if (!QUALIFIERS.includes(c.qualifier)) at(`${name}: qualifier ${JSON.stringify(c.qualifier)}`);
    if (c.role !== "result" && c.role !== "baseline") at(`${name}: role must be result or baseline`);
    for (const field of ["baseline", "method"]) if (c[field] !== null && typeof c[field] !== "string") at(`${name}: ${field} must be a string or null`);
    if (!Array.isArray(c.setting)) at(`${name}: setting must be a list`);
    else for (const tag of c.setting) if (!SETTING_TAG.test(tag)) at(`${name}: setting tag ${JSON.stringify(tag)} is not in the vocabulary`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const abstracts = new Map(
    readFileSync("test/corpus/abstracts.jsonl", "utf8").split("\n").filter(Boolean).map((l) => {
      const r = JSON.parse(l);
      return [r.id, r.abstract] as [string, string];
    }),
  );
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    let lines: string[];
    try {
      lines = readFileSync(file, "utf8").split("\n");
    } catch (error) {
      bad++;
      console.log(`${file}: unreadable: ${(error as Error).message}`);
      continue;
    }
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      for (const p of checkGoldLine(line, abstracts)) {
        bad++;
        console.log(`${file}:${i + 1}: ${p}`);
      }
    });
  }
  console.log(bad ? `${bad} problems` : "ok");
  process.exitCode = bad ? 1 : 0;
}
