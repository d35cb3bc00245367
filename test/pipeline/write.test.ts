import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { claimsCsv, neutraliseFormula } from "../../extract/cells.ts";
import { CLAIM_COLUMNS, Claim } from "../../extract/schema.ts";

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

  it("quotes every CSV field, so no separator setting splits a cell into a formula", () => {
    const csv = claimsCsv([{ ...claim, title: "Fast nets;=cmd|' /C calc'!A0;" }]);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(CLAIM_COLUMNS.map((c) => `"${c}"`).join(","));
    expect(row).toContain(`"Fast nets;=cmd|' /C calc'!A0;"`);
    // Every field, numbers and empty ones included, is quoted.
    const fields = Papa.parse<string[]>(row!).data[0]!;
    expect(row).toBe(fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(","));
  });
});
