// The extracted tables read record by record (a JSON array, claims.json), never held whole.
import { createReadStream } from "node:fs";
import { jsonArrayElements, NotAnArray } from "../../extract/sources/jsonArray.ts";

/** The records of a table as compact JSON text, one at a time (see jsonArrayElements). */
export async function* records(path: string): AsyncGenerator<string> {
  let count = 0;
  try {
    for await (const element of jsonArrayElements(createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 }))) {
      yield JSON.stringify(parseRecord(element, path, ++count));
    }
  } catch (error) {
    if (error instanceof NotAnArray) throw new Error(`${path}: ${error.message}`);
    throw error;
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
