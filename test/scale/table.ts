// A large claims table for scale tests: the papers that have claims in a published set (papers.json,
// claims.json: the seed tables in the tests, data/ from the command line) replicated under new ids, titles and dates, with values jittered by a seeded
// generator, until the table holds the number of claims asked for. Published as the extractor
// publishes its tables (papers.json, claims.json, leaderboards.json, report.json, with a manifest),
// without the CSV and XLSX.
//
//   npx tsx test/scale/table.ts --claims 1000000 --out /tmp/big [--source data]
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Claim, Paper, Report } from "../../extract/schema.ts";
import { BestClaims, buildLeaderboards, rankedFields } from "../../extract/leaderboards.ts";
import { openStaging, publish } from "../../extract/publish.ts";
import { json } from "../../extract/write.ts";

export interface ScaleOptions {
  claims: number;
  seed?: number;
  /** The published set the replicated papers and claims come from. */
  source: string;
}

/** A small fast seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A JSON array written one record per line, through a buffer. */
class Out {
  private fd: number;
  private parts: string[] = [];
  private size = 0;
  private first = true;
  constructor(path: string) {
    this.fd = openSync(path, "w");
    this.write("[\n");
  }
  private write(text: string) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  private flush() {
    writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
  add(value: unknown) {
    const text = JSON.stringify(value);
    this.write(`${this.first ? "" : ",\n"}${text}`);
    this.first = false;
  }
  close() {
    this.write(this.first ? "]\n" : "\n]\n");
    this.flush();
    closeSync(this.fd);
  }
}

const DAY = 86_400_000;
const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Writes the table into dir and calls visit with every claim written (the caller may count them).
 * The same options always give the same bytes.
 */
export async function writeScaleTable(dir: string, options: ScaleOptions, visit?: (claim: Claim) => void): Promise<{ papers: number; claims: number }> {
  const source = options.source;
  const next = random(options.seed ?? 1);
  const seedClaims = JSON.parse(readFileSync(join(source, "claims.json"), "utf8")) as Claim[];
  const byPaper = new Map<string, Claim[]>();
  for (const c of seedClaims) byPaper.set(c.paperId, [...(byPaper.get(c.paperId) ?? []), c]);
  const seeds = (JSON.parse(readFileSync(join(source, "papers.json"), "utf8")) as Paper[]).filter((p) => byPaper.has(p.paperId));
  if (!seeds.length) throw new Error(`${source} holds no paper with claims`);

  const staging = openStaging(dir);
  const papersOut = new Out(join(staging, "papers.json"));
  const claimsOut = new Out(join(staging, "claims.json"));
  const best = new BestClaims();
  let papers = 0;
  let claims = 0;
  for (let copy = 0; claims < options.claims; copy++) {
    for (const seed of seeds) {
      if (claims >= options.claims) break;
      const paperId = `g${copy}-${seed.paperId}`;
      const title = `${seed.title} (variant ${copy})`;
      const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 2000) * DAY).toISOString().slice(0, 10);
      papers++;
      papersOut.add({
        ...seed, paperId, arxivId: null, title, date, url: null,
        sources: [{ file: "generated.jsonl", format: "jsonl", location: `line ${papers}` }],
      } satisfies Paper);
      for (const c of byPaper.get(seed.paperId)!.slice(0, options.claims - claims)) {
        // Scores stay within 0–100 when they are percentages; other values move by up to ±15 %.
        const factor = 1 + (next() - 0.5) * 0.3;
        const value = c.unit === "%" && c.type === "score" ? Math.min(100, round(c.value * factor)) : round(c.value * factor);
        const claim: Claim = { ...c, claimId: `${paperId}#${c.start}`, paperId, title, date, value, valueLow: c.valueLow === null ? null : Math.min(value, round(c.valueLow * factor)) };
        claimsOut.add(claim);
        best.keep(rankedFields(claim));
        visit?.(claim);
        claims++;
      }
    }
  }
  papersOut.close();
  claimsOut.close();
  const leaderboards = buildLeaderboards(best.values());
  const report: Report = {
    inputs: [{ file: "generated.jsonl", format: "jsonl", records: papers, papers, duplicates: 0, rejected: 0, rejections: [], warnings: [] }],
    outputs: [],
    totals: { files: 1, records: papers, papers, duplicates: 0, rejected: 0, claims, leaderboards: leaderboards.length, outputWarnings: 0 },
  };
  writeFileSync(join(staging, "leaderboards.json"), json(leaderboards));
  writeFileSync(join(staging, "report.json"), json(report));
  await publish(dir, staging);
  return { papers, claims };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { claims: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, source: { type: "string" } } });
  if (!values.out) throw new Error("usage: tsx test/scale/table.ts --claims N --out DIR [--seed S] [--source DIR (default data)]");
  const started = Date.now();
  const written = await writeScaleTable(values.out, { claims: Number(values.claims ?? 200_000), seed: Number(values.seed ?? 1), source: values.source ?? "data" });
  console.log(`${written.papers} papers, ${written.claims} claims → ${values.out}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
