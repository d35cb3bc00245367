import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import { CLAIM_COLUMNS, PAPER_COLUMNS, Report } from "../../extract/schema.ts";
import { runExtractCli, tempDir } from "../helpers.ts";
import { SEED_LISTINGS } from "../../extract/bundled.ts";

const OUTPUTS = ["claims.csv", "claims.json", "claims.xlsx", "leaderboards.json", "manifest.json", "papers.json", "report.json"];

describe("npm run extract", () => {
  it("turns the bundled seeds into the output files, byte-identical on a second run", () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const run = runExtractCli([...SEED_LISTINGS.flatMap((f) => ["--input", f]), "--out", out]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/5 file\(s\), 571 record\(s\): 498 paper\(s\), 73 duplicate\(s\) merged, 0 rejected/);
    }
    expect(readdirSync(a).sort()).toEqual(OUTPUTS);
    for (const name of OUTPUTS) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), name).toBe(true);

    const papers = JSON.parse(readFileSync(join(a, "papers.json"), "utf8"));
    expect(papers).toHaveLength(498);
    const report = Report.parse(JSON.parse(readFileSync(join(a, "report.json"), "utf8")));
    expect(report.totals).toMatchObject({ files: 5, records: 571, papers: 498, duplicates: 73, rejected: 0 });
    const claims = JSON.parse(readFileSync(join(a, "claims.json"), "utf8"));
    expect(report.totals.claims).toBe(claims.length);

    // The workbook reads back with SheetJS: a claims sheet and a papers sheet, schema column order.
    const book = XLSX.read(readFileSync(join(a, "claims.xlsx")));
    expect(book.SheetNames).toEqual(["claims", "papers"]);
    const paperRows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.papers!, { header: 1 });
    expect(paperRows[0]).toEqual(PAPER_COLUMNS);
    expect(paperRows).toHaveLength(1 + 498);
    const claimRows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.claims!, { header: 1 });
    expect(claimRows[0]).toEqual(CLAIM_COLUMNS);
    expect(claimRows).toHaveLength(1 + claims.length);
    expect(readFileSync(join(a, "claims.csv"), "utf8").split("\r\n")[0]).toBe(CLAIM_COLUMNS.map((c) => `"${c}"`).join(","));
  });

  it("reports every bad input with file and line, and keeps the good records", () => {
    const inputs = tempDir();
    writeFileSync(join(inputs, "good.jsonl"), readFileSync("test/fixtures/papers.jsonl"));
    writeFileSync(join(inputs, "broken.xml"), '<?xml version="1.0"?>\n<feed>\n  <entry>\n</feed>\n');
    writeFileSync(join(inputs, "binary.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]));
    writeFileSync(join(inputs, "rows.csv"), readFileSync("test/fixtures/papers.csv"));
    const out = tempDir();
    const run = runExtractCli(["--input", inputs, "--out", out]);
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/binary\.txt: file: rejected: unreadable file: /));
    expect(lines).toContainEqual(expect.stringMatching(/broken\.xml: line \d+: rejected: broken XML: /));
    expect(lines).toContainEqual(expect.stringMatching(/good\.jsonl: line 2: rejected: broken JSON line: /));
    expect(lines).toContainEqual(expect.stringMatching(/rows\.csv: line 5 \(row 3\): rejected: malformed CSV row: /));
    expect(lines).toContainEqual(expect.stringMatching(/rows\.csv: line 8 \(row 6\): warning: unreadable date/));
    const report = Report.parse(JSON.parse(readFileSync(join(out, "report.json"), "utf8")));
    const byFile = Object.fromEntries(report.inputs.map((r) => [r.file.split("/").pop(), r]));
    expect(byFile["binary.txt"]).toMatchObject({ format: null, rejected: 1 });
    expect(byFile["broken.xml"]).toMatchObject({ format: "arxiv-atom", records: 1, rejected: 1 });
    expect(byFile["good.jsonl"]).toMatchObject({ format: "jsonl", records: 5, papers: 2, rejected: 3 });
    expect(byFile["rows.csv"]).toMatchObject({ format: "csv", records: 5, papers: 3, rejected: 2 });
    expect(report.totals).toMatchObject({ papers: 5, rejected: 7 });
    // Every rejection in stderr is in the report, and the other way round.
    const rejectedLines = lines.filter((l) => l.includes(": rejected: "));
    expect(rejectedLines).toHaveLength(report.totals.rejected);
  });

  it("exits non-zero and writes nothing when no usable paper was read", () => {
    const inputs = tempDir();
    writeFileSync(join(inputs, "empty.jsonl"), "{broken\n");
    const out = join(tempDir(), "out");
    const run = runExtractCli(["--input", inputs, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.jsonl: line 1: rejected: broken JSON line/);
    expect(run.stderr).toMatch(/no usable paper in 1 file\(s\) \(1 record\(s\) rejected\); nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it("names a missing input path and rejects unknown options", () => {
    const missing = runExtractCli(["--input", "no/such/path", "--out", tempDir()]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no\/such\/path/);
    const unknown = runExtractCli(["--inptu", "x"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage: npm run extract/);
  });

  it("neutralises formula-like titles in the workbook's papers sheet", () => {
    const inputs = tempDir();
    mkdirSync(join(inputs, "sub"));
    writeFileSync(
      join(inputs, "sub", "evil.json"),
      JSON.stringify([{ title: '=HYPERLINK("http://x","click")', abstract: "@SUM(A1) is not a formula here." }]),
    );
    const out = tempDir();
    expect(runExtractCli(["--input", inputs, "--out", out]).status).toBe(0);
    const book = XLSX.read(readFileSync(join(out, "claims.xlsx")));
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.papers!);
    expect(rows[0]!.title).toBe(`'=HYPERLINK("http://x","click")`);
    expect(rows[0]!.abstract).toBe("'@SUM(A1) is not a formula here.");
    expect(JSON.parse(readFileSync(join(out, "papers.json"), "utf8"))[0].title).toBe('=HYPERLINK("http://x","click")');
  });
});

describe("npm run extract -- --stream", () => {
  it("is an alias kept for old scripts: the same output as without it", () => {
    const [plain, streamed] = [tempDir(), tempDir()];
    const inputs = ["--input", "test/fixtures/papers.csv", "--input", "test/fixtures/papers.jsonl"];
    expect(runExtractCli([...inputs, "--out", plain, "--workers", "0"]).status).toBe(0);
    const run = runExtractCli([...inputs, "--out", streamed, "--stream", "--workers", "1"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 file\(s\), 10 record\(s\): 5 paper\(s\), 0 duplicate\(s\) merged, 5 rejected; \d+ claim\(s\)/);
    for (const name of OUTPUTS) expect(readFileSync(join(streamed, name)).equals(readFileSync(join(plain, name))), name).toBe(true);
  });
});
