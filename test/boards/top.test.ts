// The real data the site shows by default, and how far its boards' tops can be trusted. `npm run
// extract` with no --input must read the arXiv corpus bundled in data/sources/, with its ids and dates.
// Top-of-board precision (issue 13): the #1 of each of the 60 largest boards built from the arXiv
// corpus was judged by hand against its sentence (test/boards/top-reviewed.json, `npm run boards:top`).
// The boards are built again here with the code as it is: every #1 must be one that was judged, and
// the share judged right must stay at the figure the README gives, and the one the Accuracy page
// publishes (site/accuracy.json) must be the one measured here.
import { describe, expect, it } from "vitest";
import { ARXIV_CORPUS } from "../../extract/bundled.ts";
import { readAccuracy } from "../../site/build/derive.ts";
import { BOARDS, corpusBoards, readVerdicts, topEntries, topOfBoard, verdictOn } from "./top.ts";

/** The share of the 60 #1 entries judged right, as the README quotes it (rounded down). */
const PRECISION_FLOOR = 0.95;

const { report, papers, boards, claims } = await corpusBoards();
const tops = topEntries(boards, claims);
const verdicts = readVerdicts();

describe("npm run extract with no --input", () => {
  it("reads the arXiv corpus bundled in data/sources/ beside the seed listings", () => {
    expect(report.inputs.find((i) => i.file === ARXIV_CORPUS)).toMatchObject({ format: "jsonl", records: 14_512, papers: 14_512, rejected: 0 });
    expect(report.inputs.filter((i) => i.format === "hf-daily-text")).toHaveLength(5);
    expect(papers).toHaveLength(14_512);
  });

  it("gives every corpus paper its arXiv id and its full listing date", () => {
    expect(papers.filter((p) => !/^\d{4}\.\d{4,5}$/.test(p.arxivId ?? "")).map((p) => p.title)).toEqual([]);
    expect(papers.filter((p) => !/^2025-(08|09|10|11)-\d\d$/.test(p.date ?? "")).map((p) => `${p.arxivId}: ${p.date}`)).toEqual([]);
  });
});

describe("the top of the largest corpus boards", () => {
  it(`has ${BOARDS} boards with a #1 to judge`, () => {
    expect(tops).toHaveLength(BOARDS);
  });

  it("has a verdict on every #1 the code puts there now", () => {
    const unjudged = tops.filter((t) => !verdictOn(t, verdicts)).map((t) => `${t.board}: ${t.claim.claimId} = ${t.claim.value}`);
    expect(unjudged, "run npm run boards:top and judge these").toEqual([]);
  });

  it("gives wrong verdicts a reason", () => {
    for (const v of verdicts) if (!v.right) expect(v.why.length, v.board).toBeGreaterThan(3);
  });

  it("keeps the share of right #1 entries at the README's figure", () => {
    const right = tops.filter((t) => verdictOn(t, verdicts)?.right).length;
    expect(right / tops.length).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it("is published on the Accuracy page as measured now (else run npm run eval -- --write-accuracy)", () => {
    expect(readAccuracy().topOfBoard).toEqual(topOfBoard(tops, verdicts, papers.length));
  });
});
