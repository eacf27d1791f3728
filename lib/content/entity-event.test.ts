import { describe, expect, expectTypeOf, it } from "vitest";
import { parseDate } from "./dates";
import { parseEntityFields, type Coordinates, type EventFields } from "./entity-fields";
import { splitFrontMatter } from "./frontmatter";

function parse(yaml: string) {
  return parseEntityFields("event", splitFrontMatter(`---\n${yaml}\n---\n`).data);
}

describe("event fields", () => {
  it("reads a full file", () => {
    const { fields, extra, problems } = parse(`
description_short: "亞洲最大的電腦展。"
description_long: |
  ## 展區

  南港一館與二館。
date_start: 2026-06-02T09:30:00+08:00
date_end: 2026-06-05
time_info: "每日 09:30–17:30"
region: "亞洲"
country: "台灣"
city: "台北市"
venue_name: "南港展覽館"
venue_address: "台北市南港區經貿二路 1 號"
venue_coordinates:
  lat: 25.0553
  lng: 121.6175
organizer: "外貿協會"
organizer_url: "https://www.taitra.org.tw/"
official_url: "https://www.computextaipei.com.tw/"
activity_type: "展覽"
tags: ["COMPUTEX", "AI 晶片"]
featured_order: 1
related_companies:
  - slug: nvidia
    relation: "主題演講"
  - amd
related_people: [jensen-huang, lisa-su]
`);
    expect(problems).toEqual([]);
    expect(extra).toEqual({});
    expect(fields).toEqual({
      description_short: "亞洲最大的電腦展。",
      description_long: "## 展區\n\n南港一館與二館。",
      date_start: "2026-06-02T09:30:00+08:00",
      date_end: "2026-06-05",
      time_info: "每日 09:30–17:30",
      region: "亞洲",
      country: "台灣",
      city: "台北市",
      venue_name: "南港展覽館",
      venue_address: "台北市南港區經貿二路 1 號",
      venue_coordinates: { lat: 25.0553, lng: 121.6175 },
      organizer: "外貿協會",
      organizer_url: "https://www.taitra.org.tw/",
      official_url: "https://www.computextaipei.com.tw/",
      activity_type: "展覽",
      tags: ["COMPUTEX", "AI 晶片"],
      featured_order: 1,
      related_companies: [{ slug: "nvidia", relation: "主題演講" }, { slug: "amd" }],
      related_people: [{ slug: "jensen-huang" }, { slug: "lisa-su" }],
    });
  });

  it("leaves out the empty fields of a template", () => {
    const { fields, problems } = parse(`
date_start: "2026-09"
date_end: ""
venue_coordinates: { lat: null, lng: null }
organizer_url: ""
featured_order: null
tags: ""
related_companies: []
related_people: null
`);
    expect(problems).toEqual([]);
    expect(fields).toEqual({ date_start: "2026-09" });
  });

  it("reads dates and times in the forms authors write, normalised so parseDate reads them", () => {
    const cases: [string, string][] = [
      ["2026-3-5", "2026-03-05"],
      ["2026/03/05", "2026-03-05"],
      ["2026.3.5", "2026-03-05"],
      ["2026年3月5日", "2026-03-05"],
      ["2026 年 3 月", "2026-03"],
      ["2026", "2026"],
      ["2026-03-05 9:30", "2026-03-05T09:30"],
      ["2026-03-05T09:30:00Z", "2026-03-05T09:30:00Z"],
      ["2026-03-05T09:30:00.000+0800", "2026-03-05T09:30:00+08:00"],
      ["2026年3月5日 14:00", "2026-03-05T14:00"],
    ];
    for (const [input, expected] of cases) {
      const { fields, problems } = parse(`date_start: "${input}"`);
      expect(problems, input).toEqual([]);
      expect(fields.date_start, input).toBe(expected);
      if (expected.length >= 10) expect(() => parseDate(expected, "Asia/Taipei")).not.toThrow();
    }
    expect(parse("date_start: 2026").fields.date_start).toBe("2026");
  });

  it("folds variant names and forms", () => {
    const { fields, problems } = parse(`
start_date: 2025-12-30
end_date: 2026-01-02
coordinates: "25.0330, 121.5654"
tags: "跨年, 黑客松"
featured_order: "2"
related_companies: "openai, anthropic"
related_people: { slug: sam-altman, relation: "講者" }
`);
    expect(problems).toEqual([]);
    expect(fields).toEqual({
      date_start: "2025-12-30",
      date_end: "2026-01-02",
      venue_coordinates: { lat: 25.033, lng: 121.5654 },
      tags: ["跨年", "黑客松"],
      featured_order: 2,
      related_companies: [{ slug: "openai" }, { slug: "anthropic" }],
      related_people: [{ slug: "sam-altman", relation: "講者" }],
    });
    expect(parse("venue_coordinates: [25.03, 121.56]").fields.venue_coordinates).toEqual({ lat: 25.03, lng: 121.56 });
    expect(parse("venue_coordinates: { latitude: 37.78, longitude: -122.4 }").fields.venue_coordinates).toEqual({ lat: 37.78, lng: -122.4 });
  });

  it("reports dates that cannot be read, with the field and how to write it", () => {
    const { fields, problems } = parse(`
date_start: "2026-02-29"
date_end: "下週三"
`);
    expect(fields).toEqual({});
    expect(problems).toEqual([
      {
        severity: "error",
        field: "date_start",
        problem: {
          code: "entity-date-impossible",
          field: "date_start",
          message: '"2026-02-29" is not a real calendar date (month 2, day 29)',
          hint: "check the month (1-12) and the day of the month",
        },
      },
      {
        severity: "error",
        field: "date_end",
        problem: {
          code: "entity-date-invalid",
          field: "date_end",
          message: '"下週三" is not a date',
          hint: "write it as 2026-03-05, or 2026-03-05T09:30:00+08:00 with the time",
        },
      },
    ]);
    const times = parse('date_start: "2026-03-05T25:00"\ndate_end: "2026-13"').problems;
    expect(times.map((p) => p.problem.message)).toEqual([
      '"2026-03-05T25:00" has an impossible time of day or UTC offset',
      '"2026-13" is not a real calendar date (month 13)',
    ]);
  });

  it("warns about an event that ends before it starts, bad coordinates and an order that is not a number", () => {
    const { fields, problems } = parse(`
date_start: 2026-05-10
date_end: 2026-04
venue_coordinates: { lat: 121.56, lng: 25.03 }
featured_order: "first"
organizer_url: "ftp://files.example.com"
`);
    expect(problems.map((p) => [p.severity, p.field, p.problem.message])).toEqual([
      ["warning", "venue_coordinates", "(121.56, 25.03) is not a place: latitude is -90 to 90 and longitude -180 to 180; it is not shown"],
      ["warning", "featured_order", "is text, not a number; it is not shown"],
      ["error", "organizer_url", '"ftp://files.example.com" is not an http(s) address; it would be a link, so only http(s) is allowed'],
      ["warning", "date_end", '"2026-04" is before date_start "2026-05-10"'],
    ]);
    expect(fields).toEqual({ date_start: "2026-05-10", date_end: "2026-04" });
    expect(parse("date_start: 2026-05-10\ndate_end: 2026-05").problems).toEqual([]);
    expect(parse("date_start: 2026-05-10\ndate_end: 2026-05-09").problems.map((p) => p.problem.code)).toEqual(["entity-dates-reversed"]);
    expect(parse("date_start: 2026-05\ndate_end: 2026-05-31").problems).toEqual([]);
  });

  it("exports the normalised types", () => {
    expectTypeOf<EventFields["venue_coordinates"]>().toEqualTypeOf<Coordinates | undefined>();
    expectTypeOf<EventFields["featured_order"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<EventFields["date_start"]>().toEqualTypeOf<string | undefined>();
  });
});
