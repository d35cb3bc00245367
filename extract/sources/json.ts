// JSON read whole: an object holding an array of paper objects (a wrapper such as {"papers": [...]})
// or a single object. A bare array is read element by element instead (sources/jsonArray.ts), and
// JSON Lines line by line (sources/stream.ts). A broken document is one rejection naming the line
// where parsing stopped.
import { parseTree } from "jsonc-parser";
import type { ParseError } from "jsonc-parser";
import type { Problem, ReadResult, SourceRecord } from "./record.ts";
import { lineOf } from "./record.ts";
import { isProblem, recordFromFields } from "./fields.ts";

function toRecord(value: unknown, location: string, out: ReadResult): void {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    out.rejections.push({ location, reason: "record is not a JSON object" });
    return;
  }
  const result = recordFromFields(value as Record<string, unknown>, location, out.warnings);
  if (isProblem(result)) out.rejections.push(result);
  else out.records.push(result);
}

/** Where a JSON document breaks, as a line (JSON.parse's messages do not always say). */
function errorLine(text: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  return `line ${lineOf(text, errors[0]?.offset ?? 0)}`;
}

export function readJson(text: string): ReadResult {
  const out: ReadResult = { format: "json", records: [] as SourceRecord[], rejections: [] as Problem[], warnings: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    out.rejections.push({ location: errorLine(text), reason: `broken JSON: ${(error as Error).message}` });
    return out;
  }
  // A wrapper object such as {"papers": [...]} is accepted as well as a bare array.
  const items = Array.isArray(value)
    ? value
    : Object.values(value as object).find(Array.isArray) ?? [value];
  items.forEach((item: unknown, i: number) => toRecord(item, `record ${i + 1}`, out));
  return out;
}
