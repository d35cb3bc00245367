import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { writeFilesAtomically } from "../../extract/write.ts";
import { claimsCsv, neutraliseFormula } from "../../extract/cells.ts";
import { CLAIM_COLUMNS, Claim } from "../../extract/schema.ts";
import { tempDir } from "../helpers.ts";

const claim: Claim = Claim.parse({
  claimId: "p1#10", paperId: "p1", title: "=cmd|' /C calc'!A0", type: "score", value: -0.4, valueLow: null, unit: "%",
  bound: "up to", metric: "accuracy", higherIsBetter: true, dataset: "CIFAR-10", datasetText: "CIFAR-10",
  baseline: "+the baseline", role: "result", text: "-0.4%", start: 10, end: 15, sentence: "It loses -0.4%, twice.",
  sentenceStart: 1, date: null,
});

describe("tables", () => {
  it("neutralises cells that start like a formula, and only those", () => {
    for (const text of ["=1+1", "+1", "-2", "@A1", "\tx", "\r=1"]) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ["1+1", "a=b", "", "'quoted"]) expect(neutraliseFormula(text)).toBe(text);
  });

  it("writes claims as CSV in the schema's column order, quoting and neutralising cells", () => {
    const csv = claimsCsv([claim]);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: "\r\n" });
    expect(parsed.data[0]).toEqual(CLAIM_COLUMNS);
    const row = Object.fromEntries(CLAIM_COLUMNS.map((c, i) => [c, parsed.data[1]![i]]));
    expect(row.title).toBe("'=cmd|' /C calc'!A0");
    expect(row.baseline).toBe("'+the baseline");
    expect(row.text).toBe("'-0.4%");
    expect(row.value).toBe("-0.4"); // numbers are numbers, not formulas
    expect(row.sentence).toBe("It loses -0.4%, twice.");
    expect(row.valueLow).toBe("");
  });

  it("replaces the whole set of files or none of it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.json"), "old a");
    writeFilesAtomically(dir, new Map([["a.json", "new a"], ["b.json", "new b"]]));
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("new a");
    // A write that fails part-way (here: a file in a folder that does not exist) changes nothing.
    expect(() => writeFilesAtomically(dir, new Map([["a.json", "newer a"], ["missing/c.json", "c"]]))).toThrow();
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("new a");
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json"]);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});
