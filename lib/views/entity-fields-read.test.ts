import { describe, expect, it } from "vitest";
import { describeValue, numberOf, record, records, refs, safeUrl, text, textList } from "./entity-fields-read";

describe("field accessors", () => {
  const f: Record<string, unknown> = {
    name: "  OpenAI ",
    count: 42,
    empty: "",
    list: ["a", 1, null, { x: 1 }, " "],
    one: "solo",
    obj: { a: "x", b: null, c: ["no"] },
    items: [{ name: "A", n: 2, flag: true }, { name: "" }, "text", null],
    rel: [{ slug: "a", relation: "投資" }, "b", { relation: "孤兒" }],
  };

  it("never throws on an unexpected shape and gives text or nothing", () => {
    expect(text(f, "name")).toBe("OpenAI");
    expect(text(f, "count")).toBe("42");
    expect(text(f, "empty")).toBeUndefined();
    expect(text(f, "list")).toBeUndefined();
    expect(text(f, "missing")).toBeUndefined();
    expect(textList(f, "list")).toEqual(["a", "1"]);
    expect(textList(f, "one")).toEqual(["solo"]);
    expect(textList(f, "obj")).toEqual([]);
    expect(record(f, "obj")).toEqual({ a: "x" });
    expect(record(f, "list")).toBeUndefined();
    expect(records(f, "items")).toEqual([{ name: "A", n: "2", flag: "true" }]);
    expect(records(f, "name")).toEqual([]);
    expect(refs(f, "rel")).toEqual([{ slug: "a", relation: "投資" }, { slug: "b" }]);
  });

  it("keeps only http(s) URLs and site paths as links", () => {
    expect(safeUrl("https://openai.com")).toBe("https://openai.com");
    expect(safeUrl("/images/a.png")).toBe("/images/a.png");
    for (const bad of ["javascript:alert(1)", "//evil.example/x", "data:text/html,x", "openai.com", "/a b"]) expect(safeUrl(bad)).toBeUndefined();
  });

  it("reads numbers written as text", () => {
    expect([numberOf("25.03"), numberOf("-121"), numberOf("北緯 25"), numberOf(undefined)]).toEqual([25.03, -121, undefined, undefined]);
  });

  it("writes any value out as lines", () => {
    expect(describeValue(["a", { b: 1, c: [2, 3] }, [4, 5]])).toEqual(["a", "b：1；c：2、3", "4、5"]);
    expect(describeValue({ k: "v", n: { deep: true } })).toEqual(["k：v", "n：deep：是"]);
    expect(describeValue(false)).toEqual(["否"]);
    expect(describeValue(new Date("2024-05-01T00:00:00Z"))).toEqual(["2024-05-01"]);
    expect(describeValue(null)).toEqual([]);
  });
});
