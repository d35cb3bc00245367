// Atom 1.0 feeds (RFC 4287), written at build time beside the site's data files: one per benchmark
// (its newest claims) and one of new states of the art. Everything in them comes from the data —
// dates included — so the same tables give byte-identical feeds. Links are relative to the feed's
// own address (its depth under the site's root), as the site is served from wherever it is put.
import type { Claim } from "../../extract/schema.ts";
import { arxivIdOf } from "../data.ts";
import { routeHash } from "../router.ts";
import { formatValue, settingText } from "../views/model.ts";

/** Entries a feed holds: the newest; readers keep what they saw before. */
export const FEED_ENTRIES = 50;

/** The authority and date of the feeds' tag: ids (RFC 4151): fixed, so ids never change. */
const TAG = "tag:claimboard,2026:";
export const tagId = (...parts: string[]) => TAG + parts.map(encodeURIComponent).join("/");

/**
 * Text as Atom character data or attribute value. Unlike the spreadsheet's escape (extract/xlsx.ts,
 * whose `_xHHHH_` readers decode), Atom has no way to carry the characters XML 1.0 forbids
 * (controls, lone surrogates, U+FFFE/U+FFFF): they are dropped. `>` is escaped too, so "]]>" cannot end anything.
 */
export function atomText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"\r]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" })[ch]!);
}

export interface AtomLink {
  rel: "self" | "alternate" | "related";
  href: string;
  type?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** YYYY-MM-DD, from the data. */
  date: string;
  links: AtomLink[];
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own file, relative to the site's data folder ("feeds/state-of-the-art.xml"). */
  file: string;
  /** The site's view of the same news, as a hash route. */
  alternate: string;
  /** Newest first. */
  entries: AtomEntry[];
}

/** A feed with no entries has nothing that dates it: it says so with the earliest instant, not the clock's. */
const NO_DATE = "1970-01-01";
const instant = (date: string) => `${date}T00:00:00Z`;

const link = (l: AtomLink) => `<link rel="${l.rel}" href="${atomText(l.href)}"${l.type ? ` type="${l.type}"` : ""}/>`;

export function atomFeed(feed: AtomFeed): string {
  const root = "../".repeat(feed.file.split("/").length); // from the feed up to the site's index.html
  const local = (l: AtomLink) => (/^https?:/.test(l.href) ? l : { ...l, href: root + l.href });
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${atomText(feed.id)}</id>`,
    `  <title type="text">${atomText(feed.title)}</title>`,
    `  <subtitle type="text">${atomText(feed.subtitle)}</subtitle>`,
    `  <updated>${instant(feed.entries[0]?.date ?? NO_DATE)}</updated>`,
    "  <author><name>claimboard</name></author>",
    `  ${link({ rel: "self", href: feed.file.split("/").at(-1)!, type: "application/atom+xml" })}`,
    `  ${link(local({ rel: "alternate", href: feed.alternate, type: "text/html" }))}`,
  ];
  for (const e of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${atomText(e.id)}</id>`,
      `    <title type="text">${atomText(e.title)}</title>`,
      `    <updated>${instant(e.date)}</updated>`,
      ...e.links.map((l) => `    ${link(local(l))}`),
      `    <summary type="text">${atomText(e.summary)}</summary>`,
      "  </entry>",
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

// ---- the site's entries ----------------------------------------------------------------------------

/** A claim's links: its sentence marked in the paper's page here (the evidence), and the paper on arXiv when known. */
function claimLinks(c: Pick<Claim, "paperId" | "claimId">): AtomLink[] {
  const arxivId = arxivIdOf(c.paperId);
  return [
    { rel: "alternate", href: routeHash(`paper/${c.paperId}`, { claim: c.claimId }), type: "text/html" },
    ...(arxivId ? [{ rel: "related" as const, href: `https://arxiv.org/abs/${arxivId}`, type: "text/html" }] : []),
  ];
}

const what = (c: Claim) => `${formatValue(c)} ${c.metric ?? c.type}${c.setting.length ? ` (${settingText(c.setting)})` : ""}`;
const quote = (c: Claim) => `“${c.sentence}” — ${c.title}`;

/** A new claim on a benchmark, dated `date` (its paper's, or the day a refresh first saw it). */
export function claimEntry(c: Claim, date: string, flags: readonly string[]): AtomEntry {
  return {
    id: tagId("claim", c.claimId),
    title: `${what(c)} — ${c.method ?? c.title}`,
    date,
    links: claimLinks(c),
    summary: `${quote(c)}${flags.length ? `\nDoubtful: ${flags.join("; ")}` : ""}`,
  };
}

/** A claim that beat every earlier unflagged entry of its board when its paper was listed. */
export function stateOfTheArtEntry(c: Claim, previous: Claim, board: { dataset: string; label: string; setting: string[] }): AtomEntry {
  return {
    id: tagId("state-of-the-art", c.claimId),
    title: `${board.dataset}, ${board.label}${board.setting.length ? ` (${settingText(board.setting)})` : ""}: ${formatValue(c)} — ${c.method ?? c.title}`,
    date: c.date!,
    links: claimLinks(c),
    summary: `${quote(c)}\nThe best before: ${formatValue(previous)} — ${previous.method ?? previous.title} (${previous.date}).`,
  };
}
