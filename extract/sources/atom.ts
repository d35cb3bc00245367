// arXiv API responses (Atom 1.0), in the shape the API really returns: versioned entry ids
// ("http://arxiv.org/abs/2409.20559v1"), titles and summaries wrapped across lines, authors,
// arxiv:primary_category plus category elements, alternate/pdf links, and error entries.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Problem, ReadResult, SourceRecord } from "./record.ts";
import { collapseSpace, lineOf } from "./record.ts";
import { parseDateField } from "./dates.ts";
import { parseArxivId } from "./arxivId.ts";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ["entry", "author", "link", "category"].includes(name),
});

type Node = Record<string, unknown>;
const text = (v: unknown): string => {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "#text" in v) return String((v as Node)["#text"]);
  return "";
};
const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);

export function readArxivAtom(xml: string): ReadResult {
  const records: SourceRecord[] = [];
  const rejections: Problem[] = [];
  // The parser takes any "<!D" as a DOCTYPE and expands the entities it declares (or throws on
  // external and parameter ones). Atom feeds have no DOCTYPE, so a file holding one is refused whole.
  const doctype = xml.indexOf("<!D");
  if (doctype !== -1) {
    const reason = "DOCTYPE declaration refused: Atom feeds have none, and its entities are not expanded";
    return { format: "arxiv-atom", records, rejections: [{ location: `line ${lineOf(xml, doctype)}`, reason }], warnings: [] };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, msg } = valid.err;
    return { format: "arxiv-atom", records, rejections: [{ location: `line ${line}`, reason: `broken XML: ${msg}` }], warnings: [] };
  }
  const feed = (parser.parse(xml) as Node).feed as Node | undefined;
  if (!feed || typeof feed !== "object") {
    return { format: "arxiv-atom", records, rejections: [{ location: "line 1", reason: "not an Atom feed (no <feed> element)" }], warnings: [] };
  }
  const entryLines = [...xml.matchAll(/<entry[\s>]/g)].map((m) => lineOf(xml, m.index));
  list(feed.entry).forEach((entry, i) => {
    const location = `entry ${i + 1} (line ${entryLines[i] ?? "?"})`;
    const id = collapseSpace(text(entry.id));
    const title = collapseSpace(text(entry.title));
    const abstract = collapseSpace(text(entry.summary));
    if (/\/api\/errors/.test(id)) {
      rejections.push({ location, reason: `arXiv API error: ${abstract || title}` });
      return;
    }
    if (!title || !abstract) {
      rejections.push({ location, reason: `entry without ${title ? "summary" : "title"}` });
      return;
    }
    const primary = (entry["arxiv:primary_category"] as Node | undefined)?.["@term"];
    const categories = list(entry.category).map((c) => String(c["@term"] ?? "")).filter(Boolean);
    if (typeof primary === "string" && !categories.includes(primary)) categories.unshift(primary);
    const alternate = list(entry.link).find((l) => l["@rel"] === "alternate")?.["@href"];
    records.push({
      title,
      abstract,
      location,
      arxivId: parseArxivId(id),
      date: parseDateField(text(entry.published)),
      authors: list(entry.author).map((a) => collapseSpace(text(a.name))).filter(Boolean),
      categories,
      url: typeof alternate === "string" ? alternate : id || null,
    });
  });
  return { format: "arxiv-atom", records, rejections, warnings: [] };
}
