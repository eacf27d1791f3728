import { describe, expect, it } from "vitest";
import { entityName, isBlank, namesForSearch, parseEntityFields } from "./entity-fields";
import { splitFrontMatter } from "./frontmatter";

const yaml = (text: string) => splitFrontMatter(`---\n${text}\n---\n`).data;

describe("parseEntityFields", () => {
  it("keeps every field of a generic page in extra, without problems", () => {
    const data = { website: "javascript:alert(1)", founders: [{ name: "" }], status: "whatever" };
    expect(parseEntityFields("generic", data)).toEqual({ fields: {}, extra: data, problems: [] });
  });

  it("keeps unknown fields as written, unreported; a __proto__ key stays data", () => {
    const data = JSON.parse('{"name_en": "A", "valuation_history": [{"year": 2024, "value": null}], "__proto__": {"polluted": true}, "note": ""}');
    const { fields, extra, problems } = parseEntityFields("organization", data);
    expect(fields).toEqual({ name_en: "A" });
    expect(problems).toEqual([]);
    expect(Object.keys(extra)).toEqual(["valuation_history", "__proto__", "note"]);
    expect(extra.valuation_history).toEqual([{ year: 2024, value: null }]);
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps a 19-digit number's digits, from YAML and from TOML", () => {
    expect(parseEntityFields("organization", yaml("total_funding: 1234567890123456789")).fields.total_funding).toBe("1234567890123456789");
    const toml = splitFrontMatter("+++\ntotal_funding = 1234567890123456789\n+++\n").data;
    expect(parseEntityFields("organization", toml).fields.total_funding).toBe("1234567890123456789");
    expect(parseEntityFields("organization", { total_funding: 12345678901234567890n }).fields.total_funding).toBe("12345678901234567890");
  });

  it("turns lists into text where text is needed, and warns where it cannot", () => {
    const { fields, problems } = parseEntityFields("organization", {
      headquarters: ["舊金山"],
      current_ceo: ["A", 2, ""],
      business_model: ["訂閱", "API"],
      city: { name: "台北" },
      country: true,
    });
    expect(fields).toEqual({ headquarters: "舊金山", current_ceo: "A、2", business_model: "- 訂閱\n- API" });
    expect(problems.map((p) => [p.severity, p.field, p.problem.message, p.problem.hint])).toEqual([
      ["warning", "city", "is a set of fields, not text; it is not shown", 'write it as text in quotes, e.g. "台北市", or leave it empty'],
      ["warning", "country", "is a true/false value, not text; it is not shown", 'write it as text in quotes, e.g. "台北市", or leave it empty'],
    ]);
  });

  it("warns about lists that hold sets of fields, and unknown fields of items once per field", () => {
    const { fields, problems } = parseEntityFields("organization", {
      target_industries: ["醫療", { name: "金融" }],
      category_secondary: { a: "b" },
      investors: [
        { name: "A", currency: "USD" },
        { name: "B", currency: "TWD", stake: "5%" },
      ],
    });
    expect(fields).toEqual({ target_industries: ["醫療"], investors: [{ name: "A" }, { name: "B" }] });
    expect(problems.map((p) => [p.field, p.problem.message])).toEqual([
      ["target_industries.1", "is a set of fields, not text; it is not shown"],
      ["category_secondary", "is a set of fields, not a list of text; it is not shown"],
      ["investors", 'has "currency", which is not one of its fields; it is not shown'],
      ["investors", 'has "stake", which is not one of its fields; it is not shown'],
    ]);
  });

  it("lets only http(s) through as a link, whatever hides another scheme", () => {
    const refused = [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "\u0001javascript:alert(1)",
      "java\nscript:alert(1)",
      "jav&#x61;script:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "mailto:a@example.com",
      "//evil.example/x",
      "/relative/path",
      "https//missing-colon.example",
    ];
    for (const url of refused) {
      const { fields, problems } = parseEntityFields("organization", { website: url });
      expect(fields, url).toEqual({});
      expect(problems.map((p) => [p.severity, p.problem.code]), url).toEqual([["error", "entity-url-invalid"]]);
    }
    const accepted: [string, string][] = [
      ["https://openai.com", "https://openai.com"],
      ["  http://example.com/a?b=1#c  ", "http://example.com/a?b=1#c"],
      ["HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"],
      ["www.openai.com", "https://www.openai.com"],
      ["openai.com/about", "https://openai.com/about"],
      ["https://exa\tmple.com/", "https://example.com/"],
      ["https:evil.example/a", "https://evil.example/a"],
      ["https:\\\\evil.example\\a", "https://evil.example/a"],
      ["https://example.com/a b", "https://example.com/a%20b"],
      ["https://zh.wikipedia.org/wiki/台積電", "https://zh.wikipedia.org/wiki/台積電"],
    ];
    for (const [input, expected] of accepted) expect(parseEntityFields("organization", { website: input }).fields.website, input).toBe(expected);
  });

  it("makes an X or GitHub handle its profile URL, and takes site paths for images only", () => {
    const social = (v: Record<string, unknown>) => parseEntityFields("person", { social: v });
    expect(social({ twitter: "@karpathy", github: "karpathy" }).fields.social).toEqual({ twitter: "https://x.com/karpathy", github: "https://github.com/karpathy" });
    expect(social({ twitter: "twitter.com/karpathy" }).fields.social).toEqual({ twitter: "https://twitter.com/karpathy" });
    expect(social({ linkedin: "karpathy" }).problems.map((p) => p.problem.code)).toEqual(["entity-url-invalid"]);
    expect(parseEntityFields("person", { photo: "/images/people/a.jpg" }).fields.photo).toBe("/images/people/a.jpg");
    expect(parseEntityFields("person", { photo: "https://cdn.example.com/a.jpg" }).fields.photo).toBe("https://cdn.example.com/a.jpg");
    for (const src of ["//evil.example/a.jpg", "/\\evil.example/a.jpg", "javascript:alert(1)", "a.jpg"]) {
      expect(parseEntityFields("person", { photo: src }).problems.map((p) => [p.severity, p.field, p.problem.code]), src).toEqual([["error", "photo", "entity-image-invalid"]]);
    }
    expect(parseEntityFields("person", { photo_source: "/about/" }).problems.map((p) => p.problem.code)).toEqual(["entity-url-invalid"]);
  });

  it("reads dates as YYYY-MM-DD, YYYY-MM or YYYY, and drops a time where only the date is kept", () => {
    const date = (v: unknown) => parseEntityFields("organization", { last_updated: v });
    expect(date("2025-01-20T10:00:00+08:00").fields.last_updated).toBe("2025-01-20");
    expect(date(2024).fields.last_updated).toBe("2024");
    expect(date("2024/7").fields.last_updated).toBe("2024-07");
    expect(date(["2024-07-01"]).fields.last_updated).toBe("2024-07-01");
    expect(date("2024-07-01T25:00").problems.map((p) => p.problem.code)).toEqual(["entity-time-impossible"]);
    for (const bad of ["20240701", "2024-07-01-02", "2024/07-01", "07/01/2024", "2024-07 10:00", "yesterday"]) {
      expect(date(bad).problems.map((p) => [p.severity, p.field, p.problem.message]), bad).toEqual([["error", "last_updated", `"${bad}" is not a date`]]);
    }
    expect(date(2024.1).problems.map((p) => p.problem.message)).toEqual(['"2024.1" is not a date']);
    expect(date({ year: 2024 }).problems.map((p) => p.problem.message)).toEqual(['"{"year":2024}" is not a date']);
  });

  it("folds a slug list, objects and a comma string to EntityRef[], first relation kept", () => {
    const refs = (v: unknown) => parseEntityFields("person", { related_companies: v });
    expect(refs("openai、anthropic").fields.related_companies).toEqual([{ slug: "openai" }, { slug: "anthropic" }]);
    expect(refs(["openai", { slug: "openai", relation: "前雇主" }, { slug: "openai", relation: "其他" }]).fields.related_companies).toEqual([{ slug: "openai", relation: "前雇主" }]);
    expect(refs([3721]).fields.related_companies).toEqual([{ slug: "3721" }]);
    expect(refs(true).problems.map((p) => p.problem.message)).toEqual(["is a true/false value, not a slug or a list of slugs; it is not shown"]);
    expect(refs(["../etc"]).problems.map((p) => p.problem.code)).toEqual(["entity-slug-invalid"]);
  });

  it("treats empty values as absent", () => {
    for (const v of ["", "  ", null, undefined, [], [""], [null, []], {}, { a: "", b: [null] }]) expect(isBlank(v), JSON.stringify(v)).toBe(true);
    for (const v of [0, false, "x", [0], { a: false }]) expect(isBlank(v), JSON.stringify(v)).toBe(false);
  });
});

describe("entity names", () => {
  it("gives the Chinese and English names, the title filling the one of its script", () => {
    expect(entityName("organization", "台積電", { name_en: "TSMC" })).toEqual({ zh: "台積電", en: "TSMC" });
    expect(entityName("organization", "OpenAI", { name_en: "OpenAI" })).toEqual({ en: "OpenAI" });
    expect(entityName("organization", "OpenAI", { name_zh: "OpenAI" })).toEqual({ en: "OpenAI" });
    expect(entityName("person", "Geoffrey Hinton", { name_zh: "傑佛瑞·辛頓" })).toEqual({ zh: "傑佛瑞·辛頓", en: "Geoffrey Hinton" });
    expect(entityName("person", "黃仁勳", { name_full_en: "Jen-Hsun Huang" })).toEqual({ zh: "黃仁勳", en: "Jen-Hsun Huang" });
    expect(entityName("person", "黃仁勳", { name_en: "Jensen Huang", name_full_en: "Jen-Hsun Huang" })).toEqual({ zh: "黃仁勳", en: "Jensen Huang" });
    expect(entityName("event", "COMPUTEX 2026", { name_zh: "ignored" })).toEqual({ en: "COMPUTEX 2026" });
    expect(entityName("generic", "關於我們", {})).toEqual({ zh: "關於我們" });
    expect(entityName("generic", " ", {})).toEqual({});
  });

  it("gives every name to search by, each once", () => {
    expect(namesForSearch("person", "黃仁勳", { name_zh: "黃仁勳", name_en: "Jensen Huang", name_full_en: "Jen-Hsun Huang", nickname: "皮衣教主、老黃" })).toEqual([
      "黃仁勳",
      "Jensen Huang",
      "Jen-Hsun Huang",
      "皮衣教主",
      "老黃",
    ]);
    expect(namesForSearch("organization", "OpenAI", { name_en: "openai", name_zh: "開放人工智慧", nickname: "x" })).toEqual(["OpenAI", "開放人工智慧"]);
    expect(namesForSearch("event", "COMPUTEX 2026", { name_en: "x" })).toEqual(["COMPUTEX 2026"]);
  });
});
