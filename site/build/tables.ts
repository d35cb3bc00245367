// The extracted tables read record by record (a JSON array, claims.json), never held whole.
import { createReadStream } from "node:fs";

/**
 * The records of a table as JSON text, one at a time: the elements of a JSON file's top-level array,
 * found by tracking depth and strings (so a file of any size is never held whole), made compact.
 */
export async function* records(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  let count = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pieces: string[] = [];
  let open = false;
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = open ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === 92) escaped = true;
        else if (ch === 34) inString = false;
      } else if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) {
        depth++;
        if (depth === 2) {
          start = i;
          open = true;
        }
      } else if (ch === 125 || ch === 93) {
        depth--;
        if (depth === 1 && open) {
          pieces.push(chunk.slice(start, i + 1));
          yield JSON.stringify(parseRecord(pieces.join(""), path, ++count));
          pieces = [];
          open = false;
          start = -1;
        }
      }
    }
    if (open) pieces.push(chunk.slice(start));
  }
}

/** One record of a table parsed, or an error naming the table and the record. */
export function parseRecord<T>(text: string, path: string, n: number): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path}: record ${n} is not valid JSON (${(error as Error).message})`);
  }
}
