// The Atom feeds and the "What's new" file the site build derives (site/build/feeds.ts, derive.ts):
// valid Atom 1.0 by a parser and RFC 4287's rules, hostile text escaped, entries chosen and ordered
// from the data alone (dates included), and the history of refreshes dating claims without a year.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Claim, HistoryDay, Leaderboard } from "../../extract/schema.ts";
import { buildLeaderboards, rankedFields } from "../../extract/leaderboards.ts";
import { openStaging, publish } from "../../extract/publish.ts";
import { json } from "../../extract/write.ts";
import { deriveSiteFiles } from "../../site/build/derive.ts";
import { FEED_ENTRIES, atomText } from "../../site/build/feeds.ts";
import { STATE_OF_THE_ART_FEED, benchmarkFeed } from "../../site/files.ts";
import type { WhatsNewFile } from "../../site/files.ts";
import { tempDir } from "../helpers.ts";

const HOSTILE = 'Nets </title><script>alert(1)</script> ]]> & "quoted"\u0001\u0008\u000B\uFFFE\uD800 end';
const HOSTILE_SHOWN = 'Nets </title><script>alert(1)</script> ]]> & "quoted" end';
const DAY = "2026-12-07";

const seeds = JSON.parse(readFileSync(join(inject("seedTables"), "claims.json"), "utf8")) as Claim[];
/** ImageNet's papers listed one a day from 2024-01-01 (a paper's claims share its date); the newest one's title hostile. */
const imagenetPapers = [...new Set(seeds.filter((c) => c.dataset === "ImageNet").map((c) => c.paperId))];
const dateOf = (paperId: string) => new Date(Date.UTC(2024, 0, 1 + imagenetPapers.indexOf(paperId))).toISOString().slice(0, 10);
const edited: Claim[] = seeds.map((c) =>
  !imagenetPapers.includes(c.paperId) ? c : { ...c, date: dateOf(c.paperId), title: c.paperId === imagenetPapers.at(-1) ? HOSTILE : c.title },
);
/** CIFAR-10's claims have no year (but those of ImageNet's papers); a refresh saw some of them first on DAY. */
const seenOnDay = edited.filter((c) => c.dataset === "CIFAR-10" && !imagenetPapers.includes(c.paperId)).slice(0, 4);

/** The tables as the extractor publishes them, with history when given. */
async function dataSet(history: HistoryDay[]): Promise<string> {
  const data = join(tempDir("claimboard-feeds-"), "data");
  const staging = openStaging(data);
  for (const name of ["papers.json", "report.json", "claims.csv", "claims.xlsx"]) copyFileSync(join(inject("seedTables"), name), join(staging, name));
  writeFileSync(join(staging, "claims.json"), json(edited));
  writeFileSync(join(staging, "leaderboards.json"), json(buildLeaderboards(edited.map(rankedFields))));
  await publish(data, staging);
  mkdirSync(join(data, "history"));
  for (const day of history) writeFileSync(join(data, "history", `${day.date}.json`), json(day));
  return data;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["entry", "link", "author"].includes(name) });
type Link = { rel: string; href: string; type?: string };
type Entry = { id: string; title: { "#text": string }; updated: string; link: Link[]; summary: { "#text": string } };
type Feed = { id: string; title: { "#text": string }; updated: string; author: { name: string }[]; link: Link[]; entry?: Entry[] };

/** A feed read by a parser, after checking it is well-formed XML and meets RFC 4287's requirements. */
function readFeed(xml: string): Feed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { feed: Feed & { xmlns: string } };
  const feed = doc.feed;
  expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
  const iri = /^(?:tag:[a-z0-9.-]+,\d{4}(?:-\d{2}){0,2}:|urn:[a-z0-9][a-z0-9-]{0,31}:)[\w.~!$&'()*+,;=:@/%?-]*$/i;
  // atom:feed: exactly one id, title and updated; an author (no entry has its own); a self link.
  for (const field of ["id", "title", "updated"] as const) expect(Array.isArray(feed[field]), field).toBe(false);
  expect(feed.id).toMatch(iri);
  expect(feed.title["#text"].length).toBeGreaterThan(0);
  expect(feed.updated).toMatch(rfc3339);
  expect(feed.author[0]!.name).toBeTruthy();
  expect(feed.link.filter((l) => l.rel === "self")).toHaveLength(1);
  expect(feed.link.find((l) => l.rel === "self")!.type).toBe("application/atom+xml");
  // At most one alternate link per type and language.
  const alternates = feed.link.filter((l) => l.rel === "alternate").map((l) => l.type);
  expect(new Set(alternates).size).toBe(alternates.length);
  const entries = feed.entry ?? [];
  for (const e of entries) {
    for (const field of ["id", "title", "updated", "summary"] as const) expect(Array.isArray(e[field]), field).toBe(false);
    expect(e.id).toMatch(iri);
    expect(e.updated).toMatch(rfc3339);
    // With no content, an entry must have an alternate link; its summary is text.
    expect(e.link.filter((l) => l.rel === "alternate")).toHaveLength(1);
    expect(e.summary["#text"].length).toBeGreaterThan(0);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  // The feed is as new as its newest entry; entries newest first.
  const updated = entries.map((e) => e.updated);
  expect(updated).toEqual([...updated].sort().reverse());
  if (entries.length) expect(feed.updated).toBe(updated[0]);
  return feed;
}

let site: string;
let withoutHistory: string;
const history: HistoryDay[] = [
  {
    date: DAY,
    newPapers: [],
    removedPapers: [],
    newClaims: seenOnDay,
    removedClaims: [],
    leaderboards: [{ dataset: "CIFAR-10", metric: "error", setting: [], higherIsBetter: false, before: null, after: { claimId: seenOnDay[0]!.claimId, paperId: seenOnDay[0]!.paperId, title: HOSTILE, method: null, value: 1.5, unit: "%", bound: null, date: null } }],
  },
];

beforeAll(async () => {
  site = tempDir("claimboard-feeds-site-");
  await deriveSiteFiles(await dataSet(history), site);
  withoutHistory = tempDir("claimboard-feeds-site-");
  await deriveSiteFiles(await dataSet([]), withoutHistory);
}, 60_000);

const feedOf = (dir: string, file: string) => readFeed(readFileSync(join(dir, file), "utf8"));

describe("the Atom feeds", () => {
  it("writes one valid feed per benchmark, at an address made from its name alone, and the site-wide one", () => {
    const benchmarks = [...new Set(edited.map((c) => c.dataset).filter((d): d is string => d !== null))];
    const files = readdirSync(join(site, "feeds/benchmark")).sort();
    expect(files).toEqual(benchmarks.map((b) => benchmarkFeed(b).replace("feeds/benchmark/", "")).sort());
    for (const b of benchmarks) {
      const feed = feedOf(site, benchmarkFeed(b));
      expect(feed.title["#text"]).toContain(b);
      expect(feed.link.find((l) => l.rel === "alternate")!.href).toBe(`../../../#/benchmark/${encodeURIComponent(b)}`);
    }
    feedOf(site, STATE_OF_THE_ART_FEED);
    expect(benchmarkFeed("CIFAR-10")).toMatch(/^feeds\/benchmark\/cifar-10-[0-9a-f]{8}\.xml$/);
    expect(benchmarkFeed("CIFAR 10")).not.toBe(benchmarkFeed("CIFAR-10"));
  });

  it("lists a benchmark's newest claims by their paper's date, at most a feed's worth, each linking to its evidence", () => {
    const feed = feedOf(site, benchmarkFeed("ImageNet"));
    const expected = edited
      .filter((c) => c.dataset === "ImageNet")
      .sort((a, b) => b.date!.localeCompare(a.date!) || (a.claimId < b.claimId ? -1 : 1))
      .slice(0, FEED_ENTRIES);
    expect(expected.length).toBe(FEED_ENTRIES); // more claims than a feed holds: the oldest are left out
    expect(feed.entry!.map((e) => e.updated)).toEqual(expected.map((c) => `${c.date}T00:00:00Z`));
    expect(feed.entry!.map((e) => e.link.find((l) => l.rel === "alternate")!.href)).toEqual(
      expected.map((c) => `../../../#/paper/${encodeURIComponent(c.paperId)}?claim=${encodeURIComponent(c.claimId)}`),
    );
    expect(feed.entry!.map((e) => e.summary["#text"])).toEqual(expected.map((c) => expect.stringContaining(c.sentence.slice(0, 40))));
  });

  it("dates a claim without a year by the day a refresh first saw it, and leaves out one it cannot date", () => {
    const id = (c: Claim) => `tag:claimboard,2026:claim/${encodeURIComponent(c.claimId)}`;
    const dated = edited.filter((c) => c.dataset === "CIFAR-10" && c.date !== null && /^\d{4}/.test(c.date));
    expect(dated.length).toBeGreaterThan(0);
    const feed = feedOf(site, benchmarkFeed("CIFAR-10"));
    const seen = feed.entry!.filter((e) => e.updated === `${DAY}T00:00:00Z`);
    expect(seen.map((e) => e.id).sort()).toEqual(seenOnDay.map(id).sort());
    expect(feed.entry!.map((e) => e.id).sort()).toEqual([...seenOnDay, ...dated].map(id).sort());
    // Without the history, only the claims with a year.
    const undated = feedOf(withoutHistory, benchmarkFeed("CIFAR-10"));
    expect(undated.entry!.map((e) => e.id).sort()).toEqual(dated.map(id).sort());
    // A benchmark with no dated claim: an empty feed, dated by nothing but the earliest instant.
    const empty = feedOf(withoutHistory, benchmarkFeed("Penn Treebank"));
    expect(empty.entry).toBeUndefined();
    expect(empty.updated).toBe("1970-01-01T00:00:00Z");
  });

  it("escapes a hostile title: no markup, no CDATA end, no character XML forbids", () => {
    const xml = readFileSync(join(site, benchmarkFeed("ImageNet")), "utf8");
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("]]>");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    const hostile = feedOf(site, benchmarkFeed("ImageNet")).entry!.filter((e) => e.summary["#text"].includes("<script>"));
    expect(hostile.length).toBeGreaterThan(0);
    for (const e of hostile) expect(e.summary["#text"].endsWith(`” — ${HOSTILE_SHOWN}`)).toBe(true);
    expect(atomText('a\u0000<b>&"]]>\r\uDC00\u{1F600}')).toBe("a&lt;b&gt;&amp;&quot;]]&gt;&#13;\u{1F600}");
  });

  it("lists as new states of the art the claims that beat every earlier unflagged entry of their board, never a flagged one", () => {
    const boards = buildLeaderboards(edited.map(rankedFields));
    const expected: { claimId: string; date: string }[] = [];
    for (const b of boards) {
      const dated = b.entries.filter((e) => e.flags.length === 0 && e.date !== null && /^\d{4}/.test(e.date)).sort((x, y) => x.date!.localeCompare(y.date!));
      let best: Leaderboard["entries"][number] | null = null;
      for (const e of dated) {
        const better = best !== null && (b.higherIsBetter ? e.value > best.value : e.value < best.value);
        if (better) expected.push({ claimId: e.claimId, date: e.date! });
        if (!best || better) best = e;
      }
    }
    expect(expected.length).toBeGreaterThan(2);
    const feed = feedOf(site, STATE_OF_THE_ART_FEED);
    expect(feed.entry!.map((e) => e.id).sort()).toEqual(expected.map((e) => `tag:claimboard,2026:state-of-the-art/${encodeURIComponent(e.claimId)}`).sort());
    expect(feed.updated).toBe(`${expected.map((e) => e.date).sort().at(-1)}T00:00:00Z`);
    const flagged = new Set(boards.flatMap((b) => b.entries.filter((e) => e.flags.length).map((e) => e.claimId)));
    expect(flagged.size).toBeGreaterThan(0);
    for (const e of feed.entry!) expect(flagged.has(decodeURIComponent(e.id.split("/").at(-1)!))).toBe(false);
    expect(feed.entry![0]!.summary["#text"]).toMatch(/The best before: .+ \(\d{4}-\d{2}-\d{2}\)\.$/);
  });

  it("gives the same bytes for the same data", async () => {
    const again = tempDir("claimboard-feeds-site-");
    await deriveSiteFiles(await dataSet(history), again);
    for (const file of [STATE_OF_THE_ART_FEED, benchmarkFeed("ImageNet"), benchmarkFeed("CIFAR-10"), "whatsnew.json"]) {
      expect(readFileSync(join(again, file), "utf8"), file).toBe(readFileSync(join(site, file), "utf8"));
    }
  });
});

describe("what's new", () => {
  it("holds each day of history, newest first: its new states of the art and its new claims by benchmark", () => {
    const file = JSON.parse(readFileSync(join(site, "whatsnew.json"), "utf8")) as WhatsNewFile;
    expect(file.latest).toEqual([]);
    expect(file.days.map((d) => d.date)).toEqual([DAY]);
    const day = file.days[0]!;
    expect(day.claims).toBe(seenOnDay.length);
    expect(day.stateOfTheArt.map((b) => [b.dataset, b.label, b.after.claimId])).toEqual([["CIFAR-10", "error", seenOnDay[0]!.claimId]]);
    expect(day.benchmarks.map((b) => [b.dataset, b.total])).toEqual([["CIFAR-10", seenOnDay.length]]);
    expect(day.benchmarks[0]!.claims.map((c) => c.claimId)).toEqual(seenOnDay.map((c) => c.claimId));
  });

  it("falls back, before any history, to the newest claims by their paper's date", () => {
    const file = JSON.parse(readFileSync(join(withoutHistory, "whatsnew.json"), "utf8")) as WhatsNewFile;
    expect(file.days).toEqual([]);
    const expected = edited.filter((c) => c.date !== null && /^\d{4}/.test(c.date)).sort((a, b) => b.date!.localeCompare(a.date!) || (a.claimId < b.claimId ? -1 : 1));
    expect(file.latest.map((c) => c.claimId)).toEqual(expected.slice(0, FEED_ENTRIES).map((c) => c.claimId));
  });
});
