import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "./errors";
import { loadContentIndex } from "./content-index";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");
const load = (files: Record<string, string | Buffer>, opts: { includeDrafts?: boolean; buildFuture?: boolean } = {}) =>
  loadContentIndex({ dir: postsFolder(files), now: NOW, includeDrafts: opts.includeDrafts ?? false, buildFuture: opts.buildFuture ?? false });

describe("content index", () => {
  it("derives slug, dates, excerpt and reads a bare string as a one-item list", () => {
    const idx = load({
      "20260127-a.mdx": post({ title: '"標題 A"', date: "2026-01-27T07:00:00+08:00", tags: "OpenAI", categories: '["AI 產業動態"]' }, "第一段文字。\n\n## 小節\n\n更多。\n"),
    });
    expect(idx.diagnostics).toEqual([]);
    const [p] = idx.posts;
    expect(p.slug).toBe("20260127-a");
    expect(p.tags).toEqual(["OpenAI"]);
    expect(p.date.toISOString()).toBe("2026-01-26T23:00:00.000Z");
    expect(p.excerpt).toBe("第一段文字。 小節 更多。");
    expect(p.description).toBe(p.excerpt);
    expect(p.source.format).toBe("mdx");
  });

  it("sorts newest first and breaks timestamp ties by slug, the same way every time", () => {
    const same = "2026-01-01T10:00:00+08:00";
    const files = {
      "c.md": post({ title: "C", date: same }),
      "a.md": post({ title: "A", date: same }),
      "b.md": post({ title: "B", date: same }),
      "z.md": post({ title: "Z", date: "2026-01-02T10:00:00+08:00" }),
    };
    expect(load(files).posts.map((p) => p.slug)).toEqual(["z", "a", "b", "c"]);
    expect(load(files).posts.map((p) => p.slug)).toEqual(["z", "a", "b", "c"]);
  });

  it("leaves out drafts in production and future posts unless buildFuture", () => {
    const files = {
      "draft.md": post({ title: "D", date: "2026-01-01", draft: "true" }),
      "future.md": post({ title: "F", date: "2027-01-01" }),
      "live.md": post({ title: "L", date: "2026-01-01" }),
    };
    expect(load(files).posts.map((p) => p.slug)).toEqual(["live"]);
    expect(load(files, { includeDrafts: true }).posts.map((p) => p.slug).sort()).toEqual(["draft", "live"]);
    expect(load(files, { buildFuture: true }).posts.map((p) => p.slug)).toEqual(["future", "live"]);
  });

  it("names file, field, line and a hint for schema errors", () => {
    const idx = load({
      "no-title.md": post({ date: "2026-01-01" }),
      "bad-date.md": post({ title: "t", date: "2026-02-30" }),
      "bad-tags.md": post({ title: "t", date: "2026-01-01", tags: "\n  a: 1" }),
      "bad-url.md": post({ title: "t", date: "2026-01-01", source_url: '"javascript:alert(1)"' }),
      "bad-yaml.md": '---\ntitle: "unclosed\ndate: 2026-01-01\n---\n',
    });
    const lines = idx.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    expect(idx.posts).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^\S*no-title\.md:2 title: is required but missing \(hint: add a line such as title:/));
    expect(lines).toContainEqual(expect.stringMatching(/^\S*bad-date\.md:3 date: "2026-02-30" is not a real calendar date/));
    expect(lines).toContainEqual(expect.stringMatching(/^\S*bad-tags\.md:4 tags: must be a list of text values/));
    expect(lines).toContainEqual(expect.stringMatching(/^\S*bad-url\.md:4 source_url: must be an http\(s\) URL/));
    expect(lines).toContainEqual(expect.stringMatching(/^\S*bad-yaml\.md:\d+ front matter: YAML front matter does not parse/));
    expect(idx.broken.map((b) => b.slug).sort()).toEqual(["bad-date", "bad-tags", "bad-url", "bad-yaml", "no-title"]);
  });

  it("warns about unknown fields and empty tags without dropping the post", () => {
    const idx = load({ "a.md": post({ title: "t", date: "2026-01-01", tgas: "[x]", tags: '["a", "", 7688]' }) });
    expect(idx.posts[0].tags).toEqual(["a", "7688"]);
    const warnings = idx.diagnostics.map(formatDiagnostic);
    expect(warnings).toContainEqual(expect.stringMatching(/a\.md:4 tgas: is not a known front-matter field/));
    expect(warnings).toContainEqual(expect.stringMatching(/a\.md:5 tags: has an empty item/));
  });

  it("reports duplicate slugs from a.md and a.mdx", () => {
    const idx = load({ "a.md": post({ title: "1", date: "2026-01-01" }), "a.mdx": post({ title: "2", date: "2026-01-01" }) });
    expect(idx.posts).toHaveLength(1);
    expect(idx.diagnostics.map(formatDiagnostic)).toContainEqual(expect.stringMatching(/a\.mdx slug: has the same slug "a" as \S*a\.md/));
  });

  it("reports a missing cover image and broken internal links as warnings with lines", () => {
    const idx = load({
      "a.md": post({ title: "t", date: "2026-01-01", image: "/images/none.jpg" }, "see [x](/posts/missing/)\n"),
    });
    expect(idx.posts[0].cover).toBeNull();
    const w = idx.diagnostics.map(formatDiagnostic);
    expect(w).toContainEqual(expect.stringMatching(/a\.md:4 image: "\/images\/none\.jpg" does not exist in public\//));
    expect(w).toContainEqual(expect.stringMatching(/a\.md:7 body: links to \/posts\/missing\//));
  });

  it("rejects empty, binary and non-UTF-8 files", () => {
    const idx = load({ "empty.md": "", "bin.md": Buffer.from([0, 1, 2, 3]), "big5.md": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xa4, 0xa4, 0x0a]) });
    const e = idx.diagnostics.map(formatDiagnostic);
    expect(e).toContainEqual(expect.stringMatching(/empty\.md the file is empty/));
    expect(e).toContainEqual(expect.stringMatching(/bin\.md the file is binary/));
    expect(e).toContainEqual(expect.stringMatching(/big5\.md:2 the file is not valid UTF-8/));
  });
});

describe("a running server's reload: last good versions", () => {
  it("serves the last good post of a file that broke, and reports the file as broken", () => {
    const dir = postsFolder({ "a.md": post({ title: "好的 A", date: "2026-01-01T10:00:00+08:00" }), "b.md": post({ title: "B", date: "2026-01-02T10:00:00+08:00" }) });
    const good = loadContentIndex({ dir, includeDrafts: false });
    writeFileSync(path.join(dir, "a.md"), "---\ntitle: [\n---\n");
    const lastGood = (abs: string) => good.all.find((p) => p.source.absPath === abs);
    const next = loadContentIndex({ dir, includeDrafts: false, lastGood });
    expect(next.posts.map((p) => p.title)).toEqual(["B", "好的 A"]);
    expect(next.broken.map((b) => b.slug)).toEqual(["a"]);
    expect(next.diagnostics.some((d) => d.severity === "error" && d.file.endsWith("a.md"))).toBe(true);
    // Without a last good version the broken file is left out.
    expect(loadContentIndex({ dir, includeDrafts: false }).posts.map((p) => p.title)).toEqual(["B"]);
  });

  it("treats a file whose current bytes failed a later check as broken, until its bytes change", () => {
    const dir = postsFolder({ "a.md": post({ title: "A", date: "2026-01-01T10:00:00+08:00" }) });
    const first = loadContentIndex({ dir, includeDrafts: false });
    const a = first.all[0];
    const failed = new Map([[a.source.absPath, { hash: a.source.hash, diagnostics: [{ severity: "error" as const, file: a.source.file, line: 5, message: "does not compile" }] }]]);
    const broken = loadContentIndex({ dir, includeDrafts: false, failed });
    expect(broken.posts).toEqual([]);
    expect(broken.diagnostics.map((d) => d.message)).toContain("does not compile");
    writeFileSync(path.join(dir, "a.md"), post({ title: "A 修好了", date: "2026-01-01T10:00:00+08:00" }));
    expect(loadContentIndex({ dir, includeDrafts: false, failed }).posts.map((p) => p.title)).toEqual(["A 修好了"]);
  });
});
