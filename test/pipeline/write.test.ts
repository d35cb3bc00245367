import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import { json, TableWriter, writeJsonArray } from "../../extract/write.ts";
import { renderBatch, utf8All } from "../../extract/render.ts";
import { paperFromRecord } from "../../extract/papers.ts";
import { tempDir } from "../helpers.ts";
import { claimsCsv, neutraliseFormula } from "../../extract/cells.ts";
import { CLAIM_COLUMNS, Claim, Report } from "../../extract/schema.ts";

const claim: Claim = Claim.parse({
  claimId: "p1#10", paperId: "p1", title: "=cmd|' /C calc'!A0", type: "score", value: -0.4, valueLow: null, unit: "%",
  bound: "up to", metric: "accuracy", higherIsBetter: true, dataset: "CIFAR-10", datasetText: "CIFAR-10",
  baseline: "+the baseline", role: "result", method: "@Model", setting: ["zero-shot", "few-shot:5"], text: "-0.4%", start: 10, end: 15, sentence: "It loses -0.4%, twice.",
  sentenceStart: 1, date: null,
});

describe("tables", () => {
  it("neutralises cells that start like a formula, and only those", () => {
    for (const text of ["=1+1", "+1+1", "-2-3", "@A1", "\tx", "\r=1"]) expect(neutraliseFormula(text)).toBe(`'${text}`);
    // A signed number or percentage is read as a number, not run: it stays as written.
    for (const text of ["1+1", "a=b", "", "'quoted", "+1", "-2", "-0.4%"]) expect(neutraliseFormula(text)).toBe(text);
  });

  it("writes claims as CSV in the schema's column order, quoting and neutralising cells", () => {
    const csv = claimsCsv([claim]);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: "\r\n" });
    expect(parsed.data[0]).toEqual(CLAIM_COLUMNS);
    const row = Object.fromEntries(CLAIM_COLUMNS.map((c, i) => [c, parsed.data[1]![i]]));
    expect(row.title).toBe("'=cmd|' /C calc'!A0");
    expect(row.baseline).toBe("'+the baseline");
    expect(row.text).toBe("-0.4%"); // a signed percentage, read as a number: nothing to neutralise
    expect(row.value).toBe("-0.4"); // numbers are numbers, not formulas
    expect(row.sentence).toBe("It loses -0.4%, twice.");
    expect(row.valueLow).toBe("");
  });

  it("quotes every CSV field, so no separator setting splits a cell into a formula", () => {
    const csv = claimsCsv([{ ...claim, title: "Fast nets;=cmd|' /C calc'!A0;" }]);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(CLAIM_COLUMNS.map((c) => `"${c}"`).join(","));
    expect(row).toContain(`"Fast nets;=cmd|' /C calc'!A0;"`);
    // Every field, numbers and empty ones included, is quoted.
    const fields = Papa.parse<string[]>(row!).data[0]!;
    expect(row).toBe(fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(","));
  });

  it("stops a sheet one row short of the spreadsheet's limit, with a closing row and a warning saying how many are left out", async () => {
    const staging = tempDir();
    const writer = new TableWriter(staging, 6);
    const papers = Array.from({ length: 8 }, (_, i) => ({
      kind: "paper" as const,
      paper: { ...paperFromRecord({ title: `Paper ${i}`, abstract: `It reaches 9${i}.5% top-1 accuracy on ImageNet.`, location: `line ${i + 1}` }, { file: "x.jsonl", format: "jsonl" as const, location: `line ${i + 1}` }), paperId: `p${i}` },
    }));
    await writer.append(renderBatch(papers.slice(0, 3)));
    await writer.append(renderBatch(papers.slice(3)));
    const report = await writer.finish([], ({ warnings, warningCount }) => Report.parse({ inputs: [], outputs: warnings, totals: { files: 0, records: 0, papers: 8, duplicates: 0, rejected: 0, claims: 8, leaderboards: 0, outputWarnings: warningCount } }));
    const book = XLSX.read(readFileSync(join(staging, "claims.xlsx")));
    for (const sheet of ["claims", "papers"]) {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1 });
      // The header, four rows, and the closing row: six, the limit.
      expect(rows).toHaveLength(6);
      expect(String(rows[5]![0])).toMatch(/^… 4 more (claims|papers) do not fit in a spreadsheet/);
    }
    expect(report.outputs.map((w) => w.location)).toEqual(["claims sheet", "papers sheet"]);
    expect(readFileSync(join(staging, "claims.csv"), "utf8").trim().split("\r\n")).toHaveLength(9);
  });
});

describe("a writer thrown away (a single read that starts again with two)", () => {
  it("raises no error from the writes still on their way when it is destroyed", async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      // Each writer starts writing its headers as it is made; destroyed at once or a tick later, those writes fail.
      for (let i = 0; i < 10; i++) {
        const writer = new TableWriter(tempDir());
        if (i % 2) await new Promise((resolve) => setImmediate(resolve));
        writer.destroy();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off("uncaughtException", record);
    }
    expect(uncaught).toEqual([]);
  });
});

describe("a JSON array written element by element", () => {
  it("is the bytes of the whole array as one string", () => {
    const dir = tempDir();
    const nested = { a: "line\nbreak \"quoted\" \u2028 é", b: [1, [2, { c: null }]], d: {}, e: [], f: -0.5 };
    const deep = { board: "b", gone: undefined, entries: [{ rank: 1, flags: [], setting: ["zero-shot"], skipped: undefined }, [[[nested]]], undefined, { toJSON: () => "as JSON" }] };
    const big = Array.from({ length: 30_000 }, (_, i) => ({ rank: i, text: "é".repeat(i % 50) }));
    for (const [i, items] of [[], [nested], [nested, { x: 1 }, "text", 3, null, [nested]], [deep, { entries: big }]].entries()) {
      const path = join(dir, `${i}.json`);
      writeJsonArray(path, items);
      expect(readFileSync(path, "utf8")).toBe(json(items));
    }
  });
});

describe("strings encoded in place", () => {
  it("are the bytes of the joined string, with each string's byte length", () => {
    const utf8 = new TextEncoder();
    const lists = [[], [""], ["a"], ["plain", "", "é × — 😀", "lone \ud800 and \udc00 halves", "<row/>"]];
    for (const parts of lists) {
      for (const separator of ["", ",\n"]) {
        const { bytes, lengths } = utf8All(parts, separator);
        expect(Buffer.from(bytes).equals(Buffer.from(utf8.encode(parts.join(separator))))).toBe(true);
        expect([...lengths]).toEqual(parts.map((p) => utf8.encode(p).length));
        expect(bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length).toBe(true);
      }
    }
  });
});
