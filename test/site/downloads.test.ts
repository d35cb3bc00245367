// Downloads refuse, with a clear message, a spreadsheet larger than a sheet can hold.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../extract/schema.ts";
import { downloadXlsx } from "../../site/downloads.ts";
import { XLSX_MAX_ROWS } from "../../site/files.ts";

describe("spreadsheet downloads", () => {
  it("refuses more rows than a sheet holds (1,048,576 with the header) and points to CSV", async () => {
    expect(XLSX_MAX_ROWS).toBe(1_048_576);
    const rows = new Array<Claim>(XLSX_MAX_ROWS);
    await expect(downloadXlsx(rows, "too-big")).rejects.toThrow(/do not fit in a spreadsheet.*CSV/);
  });
});
