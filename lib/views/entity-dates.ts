/**
 * Dates of entity fields as readers see them, in the site's time zone: a partial date
 * (`2015`, `2015-12`, `2015-12-11`) written out in Chinese, and an event's span
 * (`6 月 2 日 – 5 日`), with the year left to the list's group heading when asked.
 */
import { parseDate, toZonedIso, zonedParts } from "../content/dates";
import { site } from "../site";

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A calendar date that may lack its month or day. */
export type PartialDate = { year: number; month?: number; day?: number };

const PARTIAL = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * A field's date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an ISO timestamp, whose day is
 * the day in the site's time zone (an offset-less time is read in that zone). null
 * when it is none of these.
 */
export function partialDate(value: string | undefined, timeZone = site.timeZone): PartialDate | null {
  if (!value) return null;
  const v = value.trim();
  const m = PARTIAL.exec(v);
  if (m) {
    const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
    if (month !== undefined && (month < 1 || month > 12)) return null;
    if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate())) return null;
    return { year, month, day };
  }
  try {
    const p = zonedParts(parseDate(v, timeZone), timeZone);
    return { year: p.year, month: p.month, day: p.day };
  } catch {
    return null;
  }
}

/** A whole day, or null for a partial or unreadable date. */
export function dayOf(value: string | undefined, timeZone = site.timeZone): Day | null {
  const p = partialDate(value, timeZone);
  return p && p.month !== undefined && p.day !== undefined ? { year: p.year, month: p.month, day: p.day } : null;
}

/** `2015 年 12 月 11 日`, `2015 年 12 月`, `2015 年`; text that is no date stays as written. */
export function formatPartialDate(value: string | undefined, timeZone = site.timeZone): string | undefined {
  if (!value) return undefined;
  const p = partialDate(value, timeZone);
  if (!p) return value;
  return [`${p.year} 年`, p.month !== undefined ? `${p.month} 月` : "", p.day !== undefined ? `${p.day} 日` : ""].filter(Boolean).join(" ");
}

/** `2026-06-02`: sorts and compares as text. */
export const dayKey = (d: Day) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** Today in the site's time zone. */
export function today(now: Date, timeZone = site.timeZone): Day {
  const p = zonedParts(now, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

const md = (d: Day) => `${d.month} 月 ${d.day} 日`;
const ymd = (d: Day) => `${d.year} 年 ${md(d)}`;

/**
 * An event's days: `6 月 2 日`, `6 月 2 日 – 5 日` (same month), `6 月 30 日 – 7 月 2 日`,
 * and across years `2025 年 12 月 30 日 – 2026 年 1 月 2 日`. `withYear` writes the year
 * of a span within one year too (`2026 年 6 月 2 日 – 5 日`), for a page where no
 * heading says it.
 */
export function formatDaySpan(start: Day, end: Day | null, withYear = false): string {
  const y = withYear ? `${start.year} 年 ` : "";
  if (!end || dayKey(end) <= dayKey(start)) return `${y}${md(start)}`;
  if (end.year !== start.year) return `${ymd(start)} – ${ymd(end)}`;
  if (end.month === start.month) return `${y}${md(start)} – ${end.day} 日`;
  return `${y}${md(start)} – ${md(end)}`;
}

/** A field's date-time for JSON-LD: a date stays a date; a time gets the site's offset. */
export function isoForJsonLd(value: string | undefined, timeZone = site.timeZone): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (PARTIAL.test(v)) return partialDate(v, timeZone) ? v : undefined;
  try {
    return toZonedIso(parseDate(v, timeZone), timeZone);
  } catch {
    return undefined;
  }
}
