// Listing dates as the sources write them, as ISO dates (or `--MM-DD` when the page gives no year).
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "Mar 11", "March 11, 2024", "11 Mar 2024" (the Hugging Face page's date line). */
export const MONTH_DAY_LINE =
  /^(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:,? (\d{4}))?|(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: (\d{4}))?)$/i;

const pad = (n: number) => String(n).padStart(2, "0");

export function parseMonthDayLine(line: string): string | null {
  const m = MONTH_DAY_LINE.exec(line.trim());
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? m[5] ?? "").toLowerCase().slice(0, 3)) + 1;
  const day = Number(m[2] ?? m[4]);
  const year = m[3] ?? m[6];
  if (day < 1 || day > 31) return null;
  return `${year ?? "-"}-${pad(month)}-${pad(day)}`;
}

/** A date field from CSV/JSON/Atom: ISO date or date-time, else the month-day forms above. */
export function parseDateField(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (iso) {
    const [, y, mo, d] = iso;
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) return `${y}-${mo}-${d}`;
    return null;
  }
  return parseMonthDayLine(value);
}
