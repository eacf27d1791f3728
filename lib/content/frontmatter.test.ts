import { describe, expect, it } from "vitest";
import { ContentError } from "./errors";
import { splitBody, splitFrontMatter } from "./frontmatter";

describe("splitFrontMatter", () => {
  it("keeps YAML dates as the strings the author wrote", () => {
    const r = splitFrontMatter("---\ntitle: 標題\ndate: 2026-01-27T14:00:00+08:00\n---\n\n正文\n");
    expect(r.data.date).toBe("2026-01-27T14:00:00+08:00");
    expect(r.body).toBe("\n正文\n");
    expect(r.bodyLine).toBe(5);
    expect(r.fieldLines).toEqual({ title: 2, date: 3 });
  });

  it("accepts a BOM, CRLF line endings and TOML", () => {
    const r = splitFrontMatter('\uFEFF+++\r\ntitle = "標題"\r\ndate = 2022-03-26T20:46:00+08:00\r\ntags = ["a", 7688]\r\n+++\r\nbody\r\n');
    expect(r.format).toBe("toml");
    expect(r.data.title).toBe("標題");
    expect(String(r.data.date)).toMatch(/^2022-03-26T20:46:00(\.000)?\+08:00$/);
    expect(r.body).toBe("body\n");
  });

  it("treats a later --- (a rule or a fence in the body) as body", () => {
    const r = splitFrontMatter("---\ntitle: t\n---\ntext\n\n---\n\n```\n+++\n---\n```\n");
    expect(r.data).toEqual({ title: "t" });
    expect(r.body).toContain("```\n+++\n---\n```");
  });

  it("names the line of a YAML error", () => {
    try {
      splitFrontMatter('---\ntitle: "ok"\ntags: [a, b\ndate: 2026-01-01\n---\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      expect((e as ContentError).line).toBeGreaterThanOrEqual(3);
      expect((e as ContentError).message).toMatch(/YAML/);
    }
  });

  it("reports a file with no front matter or an unclosed block", () => {
    expect(() => splitFrontMatter("# just markdown\n")).toThrow(/no front matter/);
    expect(() => splitFrontMatter("---\ntitle: t\n")).toThrow(/never closed/);
  });
});

describe("splitBody", () => {
  it("gives the body and its first line as splitFrontMatter does, for YAML and TOML", () => {
    for (const raw of ["---\ntitle: 標題\ntags: [a, b]\n---\n\n正文\n", "+++\ntitle = \"標題\"\n+++\n正文\r\n第二行\r\n", "---\ntitle: x\n...\n正文\n"]) {
      const full = splitFrontMatter(raw);
      expect(splitBody(raw)).toEqual({ body: full.body, bodyLine: full.bodyLine });
    }
  });

  it("does not parse the front matter (the index already did): a block YAML would refuse still yields the body", () => {
    const raw = "---\ntitle: [unclosed\n---\n正文\n";
    expect(() => splitFrontMatter(raw)).toThrow();
    expect(splitBody(raw)).toEqual({ body: "正文\n", bodyLine: 4 });
  });

  it("refuses a file without fences, naming line 1", () => {
    expect(() => splitBody("正文\n")).toThrow(/front matter|---/i);
    expect(() => splitBody("---\ntitle: x\n正文\n")).toThrow();
  });
});
