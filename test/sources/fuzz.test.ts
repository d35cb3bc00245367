// Every reader, through the one way files are read (sources/stream.ts), on random bytes, truncated files and huge lines: a clean
// error or clean records, never a crash or a hang.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { streamRecords, textLines } from "../../extract/sources/stream.ts";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { tempDir } from "../helpers.ts";
import { readFileSync } from "node:fs";

const FIXTURES = ["test/fixtures/papers.jsonl", "test/fixtures/papers.csv", "test/fixtures/arxiv-query.atom", "test/fixtures/hf-daily-2024-10-01.json", "data/sources/000_390241c12d78bb50.txt"];
const NAMES = ["x.jsonl", "x.csv", "x.xml", "x.json", "x.txt", "x.jsonl.gz", "x"];

function wellFormed(items: { kind: string; record?: { title: string; abstract: string }; problem?: { location: string; reason: string } }[]) {
  for (const item of items) {
    if (item.kind === "record") {
      expect(item.record!.title.length).toBeGreaterThan(0);
      expect(item.record!.abstract.length).toBeGreaterThan(0);
    }
    if (item.kind === "rejection" || item.kind === "warning") {
      expect(item.problem!.location).toMatch(/^(line|row|record|entry|file)/);
      expect(item.problem!.reason.length).toBeGreaterThan(0);
    }
  }
}

async function streamAll(path: string) {
  const items = [];
  for await (const item of streamRecords(path)) items.push(item);
  return items;
}

describe("readers on hostile files", () => {
  it("read random bytes and random text without throwing", async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...NAMES), async (bytes, name) => {
        const path = join(dir, name);
        writeFileSync(path, name.endsWith(".gz") ? gzipSync(bytes) : bytes);
        wellFormed(await streamAll(path).catch((error: Error) => { expect(error.message).toMatch(/./); return []; }));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("read every fixture truncated at any point", async () => {
    const dir = tempDir();
    for (const fixture of FIXTURES) {
      const bytes = readFileSync(fixture);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: bytes.length }), async (cut) => {
          const name = fixture.split("/").pop()!;
          const path = join(dir, name);
          writeFileSync(path, bytes.subarray(0, cut));
          // Clean records, or (a file that ends inside its JSON array) a clean error.
          wellFormed(await streamAll(path).catch((error: Error) => { expect(error.message).toMatch(/^broken JSON: /); return []; }));
        }),
        { numRuns: 25 },
      );
    }
  }, 120_000);

  // In linear time, without a wall-clock bound: one read of the 20 MB file against 16 reads of a 1.25 MB
  // one (the same bytes); a quadratic reader takes 16x as long, a linear one about as long.
  it("read a 20 MB line and a 20 MB CSV cell in linear time", async () => {
    const dir = tempDir();
    const casesOf = (filler: string): [string, string][] => [
      ["huge.jsonl", `{"title": "t", "abstract": "${filler}"}\n{"title": "u", "abstract": "fine"}\n`],
      ["huge.csv", `title,abstract\nt,"${filler}"\nu,fine\n`],
      ["huge.txt", `Title\n${filler}\n`],
      ["huge.jsonl.gz", `{"broken": ${filler}\n`],
    ];
    const write = (name: string, text: string, size: string) => {
      const path = join(dir, `${size}-${name}`);
      writeFileSync(path, name.endsWith(".gz") ? gzipSync(text) : text);
      return path;
    };
    const large = casesOf("9".repeat(20 << 20));
    const small = casesOf("9".repeat((20 << 20) / 16));
    for (const [k, [name, text]] of large.entries()) {
      const [smallPath, largePath] = [write(name, small[k]![1], "small"), write(name, text, "large")];
      let t0 = performance.now();
      for (let i = 0; i < 16; i++) await streamAll(smallPath);
      const sixteenSmall = performance.now() - t0;
      t0 = performance.now();
      const items = await streamAll(largePath);
      const oneLarge = performance.now() - t0;
      // Linear readers measure 1-3x (GC over a 20 MB string); a quadratic one gives 16x.
      expect(oneLarge / Math.max(sixteenSmall, 50), name).toBeLessThan(8);
      wellFormed(items);
      expect(items.filter((i) => i.kind === "record" || i.kind === "rejection").length).toBeGreaterThan(0);
    }
  }, 120_000);

  // JSON Lines are split as bytes (faster than readline over decoded text); the lines must be readline's.
  it("split lines as readline does, whatever the bytes and the chunks they come in", async () => {
    const byteOf = fc.oneof(fc.constantFrom(0x0a, 0x0d, 0x20, 0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xff), fc.integer({ min: 0, max: 255 }));
    await fc.assert(
      fc.asyncProperty(fc.array(byteOf, { maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }), async (bytes, sizes) => {
        const all = Buffer.from(bytes);
        const chunks: Buffer[] = [];
        for (let at = 0, k = 0; at < all.length; k++) {
          const size = sizes[k % sizes.length]!;
          chunks.push(all.subarray(at, at + size));
          at += size;
        }
        const ours: string[] = [];
        for await (const line of textLines(Readable.from(chunks))) ours.push(line);
        const theirs: string[] = [];
        for await (const line of createInterface({ input: Readable.from([all]).setEncoding("utf8"), crlfDelay: Infinity })) theirs.push(line);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 2000 },
    );
  });
});
