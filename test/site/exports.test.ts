// Exports (issue 15): only cells a spreadsheet would execute are neutralised; numbers, signed
// percentages and dates are written as what they are; leaderboards carry their rank; an explorer
// download is named after its filter.
import Papa from "papaparse";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import { claimsCsv, claimsWorkbook, neutraliseFormula } from "../../extract/cells.ts";
import { CLAIM_COLUMNS, Claim } from "../../extract/schema.ts";
import { explorerFileName } from "../../site/views/model.ts";

const claim = (fields: Partial<Claim>): Claim =>
  Claim.parse({
    claimId: "p1#10", paperId: "p1", title: "A paper", type: "improvement", value: 2.4, valueLow: null, unit: "%",
    bound: null, metric: "accuracy", higherIsBetter: true, dataset: "CIFAR-10", datasetText: "CIFAR-10",
    baseline: null, role: "result", method: null, setting: [], text: "+2.4%", start: 10, end: 15, sentence: "It gains +2.4% on CIFAR-10.",
    sentenceStart: 1, date: "--03-11", ...fields,
  });

const csvRows = (csv: string) => Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true, newline: "\r\n" }).data;

describe("cells a spreadsheet would execute, and only those", () => {
  it("neutralises formulas, but leaves signed numbers and percentages, which spreadsheets read as numbers", () => {
    for (const text of ["=1+1", "+1+1", "-2-3", "-A1", "@A1", "\tx", "\r=1", "--03-11", "+cmd|' /C calc'!A0", "-1%+1"]) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ["+2.4%", "-2", "-0.4%", "+1", "-1.5e3", "+.5", "1+1", "a=b", ""]) expect(neutraliseFormula(text)).toBe(text);
  });

  // A yearless date keeps its quote: Excel would run --03-11 as a formula (= -8), and the brief neutralises what would run.
  it("writes a signed percentage and a full date as they are in CSV, a yearless date quoted, every field quoted", () => {
    const csv = claimsCsv([claim({}), claim({ claimId: "p1#20", title: "=HYPERLINK(\"x\")", date: "2025-08-01" })]);
    const [first, second] = csvRows(csv);
    expect(first!.date).toBe("'--03-11");
    expect(first!.text).toBe("+2.4%");
    expect(first!.value).toBe("2.4");
    expect(second!.date).toBe("2025-08-01");
    expect(second!.title).toBe("'=HYPERLINK(\"x\")");
    const line = csv.split("\r\n")[1]!;
    expect(line).toContain('"\'--03-11"');
    expect(line.startsWith('"')).toBe(true);
  });

  it("writes numbers and full dates as numbers and dates in the workbook, a yearless date as quoted text", async () => {
    const book = XLSX.read(await claimsWorkbook([claim({}), claim({ claimId: "p1#20", date: "2025-08-01" })]), { cellDates: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
    expect(rows[0]!.date).toBe("'--03-11");
    expect(rows[0]!.text).toBe("+2.4%");
    expect(rows[0]!.value).toBe(2.4);
    expect(rows[1]!.date).toBeInstanceOf(Date);
    expect((rows[1]!.date as Date).toISOString().slice(0, 10)).toBe("2025-08-01");
  });
});

describe("leaderboard downloads", () => {
  it("carry the rank as their first column, in CSV and XLSX", async () => {
    const board = [claim({ value: 90 }), claim({ claimId: "p2#1", paperId: "p2", value: 80 })];
    const csv = claimsCsv(board, true);
    expect(Papa.parse<string[]>(csv.split("\r\n")[0]!).data[0]).toEqual(["rank", ...CLAIM_COLUMNS]);
    expect(csvRows(csv).map((r) => [r.rank, r.value])).toEqual([["1", "90"], ["2", "80"]]);
    const book = XLSX.read(await claimsWorkbook(board, true));
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!);
    expect(rows.map((r) => [r.rank, r.value])).toEqual([[1, 90], [2, 80]]);
    // A list that is not ranked has no rank column.
    expect(csv.startsWith('"rank"')).toBe(true);
    expect(claimsCsv(board).startsWith('"claimId"')).toBe(true);
  });
});

describe("explorer downloads", () => {
  it("are named after the filter, with a safe file name", () => {
    expect(explorerFileName({ type: "", metric: "", dataset: "", q: "" })).toBe("claims-all");
    expect(explorerFileName({ type: "speedup", metric: "", dataset: "", q: "" })).toBe("claims-speedup");
    expect(explorerFileName({ type: "score", metric: "top-1 accuracy", dataset: "COCO", q: " faster nets " })).toBe("claims-score-top-1_accuracy-COCO-faster_nets");
    const hostile = explorerFileName({ type: "", metric: "", dataset: "../../etc/passwd", q: "<script>a\\b:c*?" });
    expect(hostile).toMatch(/^[\w.-]+$/);
    expect(hostile).not.toContain("..");
    expect(explorerFileName({ type: "", metric: "", dataset: "", q: "x".repeat(500) }).length).toBeLessThanOrEqual(120);
  });
});
