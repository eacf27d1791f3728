import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { PostExistsError, scaffoldPost, slugify, writeNewPost } from "./scaffold";

// 23:30 UTC is 07:30 the next day in Taipei.
const LATE_UTC = new Date("2026-01-27T23:30:45Z");

describe("slugify", () => {
  it("keeps ASCII words, lower-cased, joined by -", () => {
    expect(slugify("OpenAI 發表 GPT-5！")).toBe("openai-gpt-5");
    expect(slugify("  Claude Code: the  review ")).toBe("claude-code-the-review");
    expect(slugify("企業大戰")).toBe("");
    expect(slugify("Ｃｌａｕｄｅ")).toBe("claude");
  });
});

describe("scaffoldPost", () => {
  it("dates the post and its file name in Asia/Taipei, not UTC", () => {
    const post = scaffoldPost({ title: "AI 企業大戰", slug: "ai-enterprise-war", now: LATE_UTC, timeZone: "Asia/Taipei" });
    expect(post.fileName).toBe("20260128-ai-enterprise-war.mdx");
    expect(post.source).toContain("\ndate: 2026-01-28T07:30:00+08:00\n");
    expect(post.notes).toEqual([]);
  });

  it("gives a Chinese-only title a readable fallback slug and says so", () => {
    const post = scaffoldPost({ title: "企業大戰的下一步", now: LATE_UTC, timeZone: "Asia/Taipei" });
    expect(post.fileName).toBe("20260128-post-0730.mdx");
    expect(post.notes).toHaveLength(1);
    expect(post.notes[0]).toContain("post-0730");
    expect(post.notes[0]).toContain("--slug");
  });

  it("takes the slug from English words in the title and says so", () => {
    const post = scaffoldPost({ title: "OpenAI 發表 GPT-5", now: LATE_UTC, timeZone: "Asia/Taipei" });
    expect(post.fileName).toBe("20260128-openai-gpt-5.mdx");
    expect(post.notes[0]).toContain("openai-gpt-5");
  });

  it("writes every content-model field, draft: true, tags, category and the body skeleton", () => {
    const { source } = scaffoldPost({ title: '引號 "與" 冒號: 測試', slug: "x", tags: ["OpenAI", " 企業 AI "], category: "AI 產業動態", now: LATE_UTC, timeZone: "Asia/Taipei" });
    expect(source).toContain('title: "引號 \\"與\\" 冒號: 測試"\n');
    expect(source).toContain('tags: ["OpenAI", "企業 AI"]\n');
    expect(source).toContain('categories: ["AI 產業動態"]\n');
    expect(source).toContain("draft: true\n");
    for (const field of ["description", "image", "source_url", "source_name", "series", "related_companies", "related_people"]) {
      expect(source).toMatch(new RegExp(`^${field}: `, "m"));
    }
    expect(source).toMatch(/^# series_order: 1$/m);
    expect(source).toMatch(/^\{\/\* <YouTube id="[^"]+" \/> \*\/\}$/m);
    expect(source).toContain("## 延伸閱讀");
  });

  it("notes a category that is not in the site's list", () => {
    expect(scaffoldPost({ title: "x", slug: "x", category: "新分類", now: LATE_UTC }).notes[0]).toContain("新分類");
  });

  it("rejects an empty title and a slug without usable characters", () => {
    expect(() => scaffoldPost({ title: "  " })).toThrow(/標題/);
    expect(() => scaffoldPost({ title: "x", slug: "中文" })).toThrow(/--slug/);
  });
});

describe("writeNewPost", () => {
  it("creates a post the content index accepts without any diagnostic, as a draft", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "new-post-"));
    const created = writeNewPost(dir, { title: "OpenAI 發表新模型", slug: "openai-model", tags: ["OpenAI"], category: "AI 產業動態", now: LATE_UTC });
    const idx = loadContentIndex({ dir, includeDrafts: true, now: LATE_UTC });
    expect(idx.diagnostics).toEqual([]);
    expect(idx.posts).toHaveLength(1);
    expect(idx.posts[0]).toMatchObject({ slug: "20260128-openai-model", title: "OpenAI 發表新模型", draft: true, tags: ["OpenAI"], categories: ["AI 產業動態"] });
    expect(readFileSync(created.path, "utf8")).toBe(created.source);
  });

  it("never overwrites an existing post, whatever its extension", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "new-post-"));
    writeFileSync(path.join(dir, "20260128-taken.md"), "mine");
    expect(() => writeNewPost(dir, { title: "x", slug: "taken", now: LATE_UTC })).toThrow(PostExistsError);
    expect(readFileSync(path.join(dir, "20260128-taken.md"), "utf8")).toBe("mine");
    writeNewPost(dir, { title: "x", slug: "fresh", now: LATE_UTC });
    expect(() => writeNewPost(dir, { title: "y", slug: "fresh", now: LATE_UTC })).toThrow(/不會覆寫/);
  });
});
