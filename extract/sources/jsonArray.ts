// The elements of a JSON document's top-level array, one at a time, as text: found by tracking
// strings and nesting, so a file of any size is read without being held whole. Used for JSON inputs
// (sources/stream.ts) and for reading the published tables back (site/build/tables.ts).

/** Thrown when the text is not an array, or ends before the array does. */
export class NotAnArray extends Error {}

export async function* jsonArrayElements(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let closed = false;
  let pieces: string[] = [];
  for await (const chunk of chunks) {
    // Where the current element's text starts in this chunk (0 when it began in an earlier one).
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === 92) escaped = true;
        else if (ch === 34) inString = false;
        continue;
      }
      if (!started) {
        if (ch === 91) {
          started = true;
          depth = 1;
          from = i + 1;
        } else if (!isBlank(ch) && ch !== 0xfeff) throw new NotAnArray("not a JSON array");
        continue;
      }
      if (closed) {
        if (!isBlank(ch)) throw new NotAnArray("text after the end of the JSON array");
        continue;
      }
      if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) depth++;
      else if (ch === 125 || ch === 93 || ch === 44) {
        if (ch !== 44) depth--;
        // A comma or the closing bracket of the array itself ends an element.
        if (depth === 1 && ch === 44 || depth === 0) {
          pieces.push(chunk.slice(from, i));
          const element = pieces.join("").trim();
          pieces = [];
          from = i + 1;
          if (element || ch === 44) yield element;
          if (depth === 0) closed = true;
        }
      }
    }
    if (started && !closed) pieces.push(chunk.slice(from));
  }
  if (!closed) throw new NotAnArray(started ? "the JSON array is not closed (the file ends inside it)" : "not a JSON array");
}

const isBlank = (ch: number) => ch === 32 || ch === 10 || ch === 13 || ch === 9;
