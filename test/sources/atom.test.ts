import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArxivAtom } from "../../extract/sources/atom.ts";
import { parseArxivId } from "../../extract/sources/arxivId.ts";
import { detectFormat } from "../../extract/sources/index.ts";

const feed = readFileSync("test/fixtures/arxiv-query.atom", "utf8");

describe("arXiv Atom feeds", () => {
  it("is detected from content", () => {
    expect(detectFormat(feed, "response")).toBe("arxiv-atom");
  });

  it("reads entries with unversioned ids, unwrapped text, authors, categories and links", () => {
    const { records, rejections } = readArxivAtom(feed);
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.arxivId)).toEqual(["2409.20559", "1311.2524", "hep-th/9901001"]);
    const rcnn = records[1]!;
    expect(rcnn.title).toBe("Rich feature hierarchies for accurate object detection and semantic segmentation");
    expect(rcnn.abstract).toMatch(/^Object detection performance, as measured on the canonical PASCAL VOC dataset, has/);
    expect(rcnn.abstract).toContain("achieving a mAP of 53.3%.");
    expect(rcnn.abstract).not.toMatch(/\s{2}|\n/);
    expect(rcnn.date).toBe("2013-11-11");
    expect(rcnn.authors).toEqual(["Ross Girshick", "Jeff Donahue"]);
    expect(rcnn.categories).toEqual(["cs.CV"]);
    expect(rcnn.url).toBe("http://arxiv.org/abs/1311.2524v5");
    expect(rcnn.location).toMatch(/^entry 2 \(line \d+\)$/);
    expect(records[0]!.categories).toEqual(["cs.LG", "stat.ML"]);
    expect(records[0]!.abstract).toContain("on ADNI & improves F1"); // entities decoded
  });

  it("rejects the API's error entries with the API's message", () => {
    const { records, rejections } = readArxivAtom(readFileSync("test/fixtures/arxiv-error.atom", "utf8"));
    expect(records).toEqual([]);
    expect(rejections).toEqual([{ location: "entry 1 (line 10)", reason: "arXiv API error: incorrect id format for 1234.12345" }]);
  });

  it("rejects broken XML naming the line, and entries without title or summary", () => {
    const broken = readArxivAtom(feed.replace("</title>\n    <summary>", "\n    <summary>"));
    expect(broken.records).toEqual([]);
    expect(broken.rejections).toHaveLength(1);
    expect(broken.rejections[0]!.reason).toMatch(/^broken XML: /);
    expect(broken.rejections[0]!.location).toMatch(/^line \d+$/);

    const noSummary = readArxivAtom(feed.replace(/<summary>[^<]*Old arXiv[^<]*<\/summary>/, ""));
    expect(noSummary.records).toHaveLength(2);
    expect(noSummary.rejections).toEqual([{ location: expect.stringMatching(/^entry 3 /), reason: "entry without summary" }]);

    expect(readArxivAtom("<html><body>503</body></html>").rejections[0]!.reason).toMatch(/not an Atom feed/);
  });

  it("rejects a feed holding a DOCTYPE as a whole file, without expanding its entities", () => {
    const withDoctype = (doctype: string) => feed.replace("<feed ", `${doctype}\n<feed `);
    const doctypes = [
      '<!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>', // external entity
      '<!DOCTYPE feed [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>', // parameter entity
      '<!DOCTYPE feed [<!ENTITY inline "EXPANDED">]>', // internal entity
      '<!DOCTYPE feed SYSTEM "http://127.0.0.1:9/feed.dtd">', // no entities, still refused
      "<!DOCTYPE feed>\n<!DOCTYPE feed>",
    ];
    for (const doctype of doctypes) {
      const xml = withDoctype(doctype).replace("Rich feature hierarchies", "Rich feature &inline; &secret; hierarchies");
      const read = readArxivAtom(xml);
      expect(read.records).toEqual([]);
      expect(read.rejections).toEqual([{ location: "line 2", reason: expect.stringMatching(/^DOCTYPE declaration refused/) }]);
      expect(JSON.stringify(read)).not.toContain("EXPANDED");
    }
  });

  it("parses arXiv ids in the forms people write them", () => {
    expect(parseArxivId("http://arxiv.org/abs/2409.20559v1")).toBe("2409.20559");
    expect(parseArxivId("https://arxiv.org/pdf/2409.20559v2.pdf")).toBe("2409.20559");
    expect(parseArxivId("arXiv:1311.2524")).toBe("1311.2524");
    expect(parseArxivId("cs/0112017v1")).toBe("cs/0112017");
    expect(parseArxivId("12345")).toBeNull();
    expect(parseArxivId("not an id")).toBeNull();
  });
});
