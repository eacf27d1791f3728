import { describe, expect, it } from "vitest";
import { formatDateZh, parseDate, toZonedIso } from "./dates";
import { ContentError } from "./errors";

const TPE = "Asia/Taipei";

describe("parseDate", () => {
  it("keeps the instant of an offset timestamp", () => {
    expect(parseDate("2026-01-27T14:00:00+08:00", TPE).toISOString()).toBe("2026-01-27T06:00:00.000Z");
    expect(parseDate("2022-03-26 20:46:00+0800", TPE).toISOString()).toBe("2022-03-26T12:46:00.000Z");
    expect(parseDate("2026-01-27T06:00:00Z", TPE).toISOString()).toBe("2026-01-27T06:00:00.000Z");
    expect(parseDate("2026-01-27T01:00:00-05:00", TPE).toISOString()).toBe("2026-01-27T06:00:00.000Z");
    expect(parseDate("2022-03-26T20:46:00.000+08:00", TPE).toISOString()).toBe("2022-03-26T12:46:00.000Z");
  });

  it("reads date-only and offset-less values in the site time zone", () => {
    expect(parseDate("2026-01-27", TPE).toISOString()).toBe("2026-01-26T16:00:00.000Z");
    expect(parseDate("2026-01-27T14:00:00", TPE).toISOString()).toBe("2026-01-27T06:00:00.000Z");
    expect(parseDate("2026-07-01T12:00:00", "America/New_York").toISOString()).toBe("2026-07-01T16:00:00.000Z");
  });

  it("rejects impossible dates with a message that says how to write one", () => {
    expect(() => parseDate("2026-02-30", TPE)).toThrow(ContentError);
    expect(() => parseDate("2026-13-01", TPE)).toThrow(/real calendar date/);
    expect(() => parseDate("2026-01-01T25:00:00+08:00", TPE)).toThrow(/time of day/);
    expect(() => parseDate("yesterday", TPE)).toThrow(/2026-01-27T14:00:00\+08:00/);
  });
});

describe("formatting in the site time zone", () => {
  it("shows the Taipei date even when UTC is still on the previous day", () => {
    // 07:30 in Taipei is 23:30 UTC the day before.
    const d = parseDate("2026-01-27T07:30:00+08:00", TPE);
    expect(d.getUTCDate()).toBe(26);
    expect(formatDateZh(d, TPE)).toBe("2026 年 1 月 27 日");
    expect(toZonedIso(d, TPE)).toBe("2026-01-27T07:30:00+08:00");
  });

  it("shows the previous Taipei day just before midnight", () => {
    const d = new Date("2026-01-27T15:59:59Z"); // 23:59:59 Taipei
    expect(formatDateZh(d, TPE)).toBe("2026 年 1 月 27 日");
    expect(formatDateZh(new Date("2026-01-27T16:00:00Z"), TPE)).toBe("2026 年 1 月 28 日");
  });

  it("does not depend on the server's TZ", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(formatDateZh(parseDate("2026-01-01T00:30:00+08:00", TPE), TPE)).toBe("2026 年 1 月 1 日");
    } finally {
      process.env.TZ = before;
    }
  });
});
