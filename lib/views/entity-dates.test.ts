import { describe, expect, it } from "vitest";
import { dayOf, formatDaySpan, formatPartialDate, isoForJsonLd, partialDate, today } from "./entity-dates";

const d = (s: string) => dayOf(s)!;

describe("formatDaySpan", () => {
  it("writes one day, a span within a month, across months and across years", () => {
    expect(formatDaySpan(d("2026-06-02"), null)).toBe("6 月 2 日");
    expect(formatDaySpan(d("2026-06-02"), d("2026-06-02"))).toBe("6 月 2 日");
    expect(formatDaySpan(d("2026-06-02"), d("2026-06-05"))).toBe("6 月 2 日 – 5 日");
    expect(formatDaySpan(d("2026-06-30"), d("2026-07-02"))).toBe("6 月 30 日 – 7 月 2 日");
    expect(formatDaySpan(d("2025-12-30"), d("2026-01-02"))).toBe("2025 年 12 月 30 日 – 2026 年 1 月 2 日");
  });

  it("adds the year when asked, and ignores an end before the start", () => {
    expect(formatDaySpan(d("2026-06-02"), d("2026-06-05"), true)).toBe("2026 年 6 月 2 日 – 5 日");
    expect(formatDaySpan(d("2026-06-02"), null, true)).toBe("2026 年 6 月 2 日");
    expect(formatDaySpan(d("2026-06-05"), d("2026-06-02"))).toBe("6 月 5 日");
  });
});

describe("dates of fields", () => {
  it("reads a timestamp's day in Asia/Taipei", () => {
    expect(dayOf("2026-06-01T17:00:00Z")).toEqual({ year: 2026, month: 6, day: 2 });
    expect(dayOf("2026-06-01T23:30:00")).toEqual({ year: 2026, month: 6, day: 1 });
    expect(dayOf("2026-06")).toBeNull();
    expect(dayOf("明年")).toBeNull();
  });

  it("writes partial dates out and leaves other text alone", () => {
    expect(formatPartialDate("2015")).toBe("2015 年");
    expect(formatPartialDate("2015-12")).toBe("2015 年 12 月");
    expect(formatPartialDate("2015-12-11")).toBe("2015 年 12 月 11 日");
    expect(formatPartialDate("約 2015 年")).toBe("約 2015 年");
    expect(partialDate("2015-02-30")).toBeNull();
  });

  it("gives today in the site's time zone", () => {
    expect(today(new Date("2026-06-01T15:59:59Z"))).toEqual({ year: 2026, month: 6, day: 1 });
    expect(today(new Date("2026-06-01T16:00:00Z"))).toEqual({ year: 2026, month: 6, day: 2 });
  });

  it("keeps a date for JSON-LD and gives a time the site's offset", () => {
    expect(isoForJsonLd("2026-06-02")).toBe("2026-06-02");
    expect(isoForJsonLd("2026-06-02T09:30")).toBe("2026-06-02T09:30:00+08:00");
    expect(isoForJsonLd("2026-06-02T01:30:00Z")).toBe("2026-06-02T09:30:00+08:00");
    expect(isoForJsonLd("下週")).toBeUndefined();
  });
});
