import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readHfDailyText } from "../../extract/sources/hfDaily.ts";
import { detectFormat } from "../../extract/sources/index.ts";

const SEEDS = "data/sources";
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
const read = (name: string) => readFileSync(`${SEEDS}/${name}`, "utf8");

// An independent reading of the seeds: after the page's header lines (furniture and the date),
// non-blank lines alternate title, abstract. The reader must agree with this on every seed file.
const HEADER = /^(new|Subscribe|byAK and the research community|Get trending papers.*|[A-Z][a-z]{2} \d{1,2})$/;
function pairsOf(text: string): { title: string; abstract: string }[] {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const body = lines.slice(lines.findIndex((l) => !HEADER.test(l)));
  return Array.from({ length: body.length / 2 }, (_, i) => ({ title: body[2 * i]!, abstract: body[2 * i + 1]! }));
}

describe("Hugging Face daily-papers text", () => {
  it("finds the five seed files and detects them as daily-papers text", () => {
    expect(seedFiles).toHaveLength(5);
    for (const name of seedFiles) expect(detectFormat(read(name), name)).toBe("hf-daily-text");
  });

  for (const name of seedFiles) {
    it(`reads every paper of ${name} and nothing else`, () => {
      const text = read(name);
      const expected = pairsOf(text);
      const result = readHfDailyText(text);
      expect(result.rejections).toEqual([]);
      expect(result.records.map((r) => r.abstract)).toEqual(expected.map((e) => e.abstract));
      // Titles equal the line before the abstract, with a glued "Subscribe" removed.
      expect(result.records.map((r) => r.title)).toEqual(expected.map((e) => e.title.replace(/^Subscribe/, "")));
      for (const r of result.records) {
        expect(r.title).not.toMatch(/^(Subscribe|new$|byAK|Get trending)/);
        expect(r.location).toMatch(/^line \d+$/);
      }
    });
  }

  it("strips the Subscribe glued to the first title (one-line layout)", () => {
    const first = readHfDailyText(read("002_c96dcb2b2262b82f.txt")).records[0]!;
    expect(first.title).toBe("MACE: Higher Order Equivariant Message Passing Neural Networks for Fast and Accurate Force Fields");
    expect(first.location).toBe("line 3");
    expect(first.date).toBeNull();
  });

  it("keeps the page's date line as the listing date of the papers under it", () => {
    const records = readHfDailyText(read("000_390241c12d78bb50.txt")).records;
    expect(new Set(records.map((r) => r.date))).toEqual(new Set(["--03-11"]));
    const twoDays = readHfDailyText(
      ["Mar 11", "", "Paper A", "", "A".repeat(300), "", "Mar 12, 2024", "", "Paper B", "", "B".repeat(300)].join("\n"),
    );
    expect(twoDays.records.map((r) => [r.title, r.date])).toEqual([
      ["Paper A", "--03-11"],
      ["Paper B", "2024-03-12"],
    ]);
  });

  it("rejects a title without an abstract and an abstract without a title, naming their lines", () => {
    const long = "x".repeat(300);
    const result = readHfDailyText(["Title one", "Title two", long, long, "Dangling title"].join("\n"));
    expect(result.records.map((r) => r.title)).toEqual(["Title two"]);
    expect(result.rejections).toEqual([
      { location: "line 1", reason: "title without an abstract line after it" },
      { location: "line 4", reason: "abstract without a title line before it" },
      { location: "line 5", reason: "title without an abstract line after it" },
    ]);
  });

  it("says so when a text holds no paper at all", () => {
    expect(readHfDailyText("new\n\nSubscribe\n").rejections).toEqual([
      { location: "line 1", reason: "no title/abstract pairs found in this text" },
    ]);
  });
});
