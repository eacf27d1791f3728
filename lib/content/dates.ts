/**
 * Dates are parsed from front matter strings ourselves (never by the YAML parser,
 * which would turn an offset timestamp into a UTC Date and lose the author's
 * intent) and always displayed in the site's time zone, never the server's.
 */
import { contentError } from "./errors";
import { problem } from "./messages";

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Every page shows the dates of the posts it links to, so a build asks for the same
// few thousand instants over and over; formatToParts is the slow part. Bounded, so a
// long-running server that formats "now" cannot grow it without limit.
const partsMemo = new Map<string, ZonedParts>();
const PARTS_MEMO_MAX = 50_000;

/** Wall-clock fields of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const key = `${timeZone}|${date.getTime()}`;
  const hit = partsMemo.get(key);
  if (hit) return { ...hit };
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  const parts = {
    year: out.year,
    month: out.month,
    day: out.day,
    hour: out.hour === 24 ? 0 : out.hour,
    minute: out.minute,
    second: out.second,
  };
  if (partsMemo.size >= PARTS_MEMO_MAX) partsMemo.clear();
  partsMemo.set(key, parts);
  return { ...parts };
}

/** Offset of the time zone from UTC at the given instant, in minutes (Taipei: +480). */
function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;


function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse a front-matter date. Accepts ISO 8601 with `T` or a space, with or without
 * seconds, with `Z`, `+08:00` or `+0800`. A value without an offset (including a
 * date-only value) is read as wall-clock time in `timeZone`.
 */
export function parseDate(input: string, timeZone: string): Date {
  const value = input.trim();
  const m = DATE_RE.exec(value);
  if (!m) {
    throw contentError(problem("date-invalid", input));
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw contentError(problem("date-impossible", input, month, day));
  }
  if (hour > 23 || minute > 59 || second > 59) {
    throw contentError(problem("time-impossible", input));
  }
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const zone = m[8];
  if (zone) {
    if (zone.toUpperCase() === "Z") return new Date(wallAsUtc);
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const offH = Number(digits.slice(0, 2));
    const offM = Number(digits.slice(2, 4) || 0);
    if (offH > 14 || offM > 59) throw contentError(problem("offset-impossible", input));
    return new Date(wallAsUtc - sign * (offH * 60 + offM) * 60000);
  }
  // No offset: find the instant whose wall-clock time in the zone is the given one.
  let guess = wallAsUtc - zoneOffsetMinutes(new Date(wallAsUtc), timeZone) * 60000;
  guess = wallAsUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** `2026-01-27T14:00:00+08:00`: ISO 8601 in the given zone, with its offset. */
export function toZonedIso(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const off = zoneOffsetMinutes(date, timeZone);
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026 年 1 月 27 日` in the given zone. */
export function formatDateZh(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year} 年 ${p.month} 月 ${p.day} 日`;
}

/** `14:05` in the given zone. */
export function formatTimeZh(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `20260127`: the date part of post file names, in the given zone. */
export function compactDate(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}`;
}
