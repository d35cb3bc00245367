import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJson } from "../../extract/sources/json.ts";
import { detectFormat } from "../../extract/sources/index.ts";
import type { Problem, SourceRecord } from "../../extract/sources/record.ts";
import { streamRecords } from "../../extract/sources/stream.ts";
import { jsonArrayElements } from "../../extract/sources/jsonArray.ts";
import { tempDir } from "../helpers.ts";

/** What the stream reader makes of a text saved under a name. */
async function readStreamed(text: string, name: string): Promise<{ records: SourceRecord[]; rejections: Problem[]; warnings: Problem[] }> {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  const out = { records: [] as SourceRecord[], rejections: [] as Problem[], warnings: [] as Problem[] };
  for await (const item of streamRecords(path)) {
    if (item.kind === "record") out.records.push(item.record);
    else if (item.kind === "rejection") out.rejections.push(item.problem);
    else if (item.kind === "warning") out.warnings.push(item.problem);
  }
  return out;
}

describe("CSV", () => {
  const csv = readFileSync("test/fixtures/papers.csv", "utf8");

  it("is detected from its header", () => {
    expect(detectFormat(csv, "upload")).toBe("csv");
  });

  it("reads quoted commas, quotes and newlines, and names the line of every bad row", async () => {
    const { records, rejections, warnings } = await readStreamed(csv, "x.csv");
    expect(records.map((r) => [r.title, r.abstract, r.arxivId ?? null, r.date ?? null, r.location])).toEqual([
      ["Quoted, with a comma", 'An abstract that says "hello", then goes on on three lines.', "2409.20559", "2024-09-30", "line 2 (row 2)"],
      ["Second good paper", "Reaches 90% accuracy.", null, "2024-10-02", "line 6 (row 4)"],
      ["Third", "Abstract three", "1311.2524", null, "line 8 (row 6)"],
    ]);
    expect(rejections).toEqual([
      { location: "line 5 (row 3)", reason: "malformed CSV row: too few fields (expected 4, found 1)" },
      { location: "line 7 (row 5)", reason: "record without title" },
    ]);
    expect(warnings).toEqual([{ location: "line 8 (row 6)", reason: 'unreadable date "not-a-date"; kept as no date' }]);
  });

  it("rejects rows with broken quoting by their line and row, and keeps the rows after them", async () => {
    const { records, rejections } = await readStreamed('title,abstract\nT1,"a"b"\nT2,fine\nT3,"x"y"\nT4,also fine\n', "q.csv");
    expect(records.map((r) => [r.title, r.location])).toEqual([["T2", "line 3 (row 3)"], ["T4", "line 5 (row 5)"]]);
    expect(rejections.map((r) => r.location)).toEqual(["line 2 (row 2)", "line 4 (row 4)"]);
    expect(rejections[0]!.reason).toMatch(/^malformed CSV row: Invalid Closing Quote/);
  });

  it("refuses a header without title and abstract columns", async () => {
    expect((await readStreamed("name,text\na,b\n", "x.csv")).rejections).toEqual([
      { location: "line 1", reason: "CSV header must name a title and an abstract (or summary) column" },
    ]);
  });
});

describe("JSON and JSON Lines", () => {
  it("reads a JSON array element by element, rejecting a broken element alone", async () => {
    const { records, rejections } = await readStreamed('[{"title": "a", "abstract": "b"}, {"title": oops}, {"title": "c", "abstract": "d"}, 7]', "x.json");
    expect(records.map((r) => [r.title, r.location])).toEqual([["a", "record 1"], ["c", "record 3"]]);
    expect(rejections).toEqual([
      { location: "record 2", reason: expect.stringMatching(/^broken JSON record: /) },
      { location: "record 4", reason: "record is not a JSON object" },
    ]);
    // An element comes out as soon as it is read, before the rest of the array (a file of any size).
    let fed = 0;
    async function* chunks() {
      yield '[{"x": "a,]"}, ';
      fed++;
      yield '{"y": [2]}]';
      fed++;
    }
    const elements = jsonArrayElements(chunks());
    expect((await elements.next()).value).toBe('{"x": "a,]"}');
    expect(fed).toBe(0);
    expect((await elements.next()).value).toBe('{"y": [2]}');
    await expect((async () => { for await (const _ of jsonArrayElements((async function* () { yield '[{"a": 1}, {"b"'; })())); })()).rejects.toThrow(/not closed/);
  });

  it("keeps the good lines of a JSONL file with a broken line and reports the others", async () => {
    const text = readFileSync("test/fixtures/papers.jsonl", "utf8");
    expect(detectFormat(text, "x.jsonl")).toBe("jsonl");
    const { records, rejections } = await readStreamed(text, "x.jsonl");
    expect(records.map((r) => [r.title, r.location])).toEqual([
      ["First JSONL paper", "line 1"],
      ["Last JSONL paper", "line 6"],
    ]);
    expect(records[0]).toMatchObject({ arxivId: "2401.00001", date: "2024-01-02", authors: ["A. One", "B. Two"] });
    expect(records[1]!.abstract).toBe("Uses summary for the abstract.");
    expect(rejections).toEqual([
      { location: "line 2", reason: expect.stringMatching(/^broken JSON line: /) },
      { location: "line 4", reason: "record without abstract" },
      { location: "line 5", reason: "record is not a JSON object" },
    ]);
  });

  it("reads a JSON array, including Hugging Face's daily-papers API shape and the bundled arXiv corpus's", () => {
    const text = JSON.stringify(
      [
        { paper: { id: "2409.20559", title: "From the API", summary: "An abstract.", publishedAt: "2024-09-30T17:59:59.000Z", authors: [{ name: "L. Mao" }] } },
        { title: "Plain", abstract: "Another." },
        { id: "2508.00012", title: "From a listing", summary: "A third.", listed: "2025-08-01" },
      ],
      null,
      2,
    );
    expect(detectFormat(text)).toBe("json");
    const { records, rejections } = readJson(text);
    expect(rejections).toEqual([]);
    expect(records).toEqual([
      { title: "From the API", abstract: "An abstract.", location: "record 1", arxivId: "2409.20559", date: "2024-09-30", authors: ["L. Mao"] },
      { title: "Plain", abstract: "Another.", location: "record 2" },
      { title: "From a listing", abstract: "A third.", location: "record 3", arxivId: "2508.00012", date: "2025-08-01" },
    ]);
  });

  it("rejects a broken JSON document naming the line where it breaks", () => {
    const { records, rejections } = readJson('[\n  {"title": "a", "abstract": "b"},\n  {"title": oops}\n]');
    expect(records).toEqual([]);
    expect(rejections).toEqual([{ location: "line 3", reason: expect.stringMatching(/^broken JSON: /) }]);
  });
});
