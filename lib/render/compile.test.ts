import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ContentError, formatDiagnostic } from "../content/errors";
import { compilePost } from "./compile";
import { loadContentIndex } from "../content/content-index";
import type { Post } from "../content/post";
import { post, postsFolder } from "../test-helpers";

beforeAll(() => {
  process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
});

function onePost(name: string, body: string, fields: Record<string, string> = {}): Post {
  const idx = loadContentIndex({ dir: postsFolder({ [name]: post({ title: "t", date: "2026-01-01", ...fields }, body) }), includeDrafts: true });
  expect(idx.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return idx.all[0];
}

async function compileError(p: Post): Promise<string[]> {
  try {
    await compilePost(p);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).diagnostics.map(formatDiagnostic);
  }
  throw new Error("expected a compile error");
}

describe("compilePost", () => {
  it("compiles GFM, keeps Chinese heading ids and bolds around CJK punctuation", async () => {
    const { code } = await compilePost(
      onePost("a.mdx", "## 我的觀察\n\n**「做產品」**和**（註）**。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~刪除~~\n"),
    );
    expect(code).toMatch(/id: ?"我的觀察"/);
    expect(code).toMatch(/strong, ?\{\s*children: ?"「做產品」"\s*\}/);
    expect(code).toMatch(/strong, ?\{\s*children: ?"（註）"\s*\}/);
    expect(code).toContain("table");
    expect(code).toContain("del");
  });

  it("compiles the seed post", async () => {
    const source = readFileSync(path.join(process.cwd(), "content/posts/20260127-ai-enterprise-war.mdx"), "utf8");
    const p = onePost("seed.mdx", source.replace(/^---[\s\S]*?\n---\n/, ""));
    const { code } = await compilePost(p);
    expect(code).toContain("ME8_6c6eY4o");
    expect(code).toContain("ReadingListItem");
    expect(code).toContain("/posts/20260127-sam-altman-builder-town-hall-2026/");
  });

  it("rejects an invalid YouTube id naming the file and line", async () => {
    const errors = await compileError(onePost("bad-yt.mdx", 'Intro\n\n<YouTube id="too-short" />\n'));
    expect(errors[0]).toMatch(/bad-yt\.mdx:8 body: <YouTube> has an invalid id "too-short"/);
  });

  it("accepts an Apple Podcasts path as pasted in MDX, and still refuses one that is not a path", async () => {
    const { code } = await compilePost(onePost("ap.mdx", '<ApplePodcast path="tw/podcast/股癌/id1500839292?i=1000682416541&l=zh-Hant-TW" />\n'));
    expect(code).toContain("ApplePodcast");
    expect((await compileError(onePost("ap-bad.mdx", '正文\n\n<ApplePodcast path="tw/podcast/股癌" />\n'))).map((l) => l.replace(/^\S*\/(?=ap-bad)/, ""))).toEqual([
      'ap-bad.mdx:8 body: <ApplePodcast> has an invalid path "tw/podcast/股癌": the part of the podcasts.apple.com URL after the host, e.g. tw/podcast/name/id123456?i=789',
    ]);
  });

  it("compiles a shortcode given another service's reference as that player, with a warning at its line", async () => {
    const compiled = await compilePost(onePost("wrong.md", "正文\n\n{{< spotify https://youtu.be/ME8_6c6eY4o?t=90 >}}\n"));
    expect(compiled.code).toContain("YouTube");
    expect(compiled.warnings?.map((d) => formatDiagnostic(d).replace(/^\S*\/(?=wrong\.md)/, ""))).toEqual([
      "wrong.md:8 body: {{< spotify https://youtu.be/ME8_6c6eY4o?t=90 >}} points at YouTube, not Spotify; it is shown as the YouTube player (hint: write {{< youtube https://youtu.be/ME8_6c6eY4o?t=90 >}})",
    ]);
  });

  it("rejects an unknown component and an MDX syntax error with their lines", async () => {
    expect((await compileError(onePost("unknown.mdx", "text\n\n<Chart data=\"x\" />\n")))[0]).toMatch(/unknown\.mdx:8 body: unknown component <Chart>/);
    const syntax = await compileError(onePost("unclosed.mdx", "text\n\n<YouTube id=\"ME8_6c6eY4o\">\n\nmore\n"));
    expect(syntax[0]).toMatch(/unclosed\.mdx:\d+ body: .*(closing|end of file)/i);
    expect(syntax[0]).toMatch(/hint:/);
  });

  it("turns a plain list after a 延伸閱讀 heading into further-reading items", async () => {
    const { code } = await compilePost(onePost("r.md", "## 延伸閱讀\n\n- [標題](/posts/x/)\n"));
    expect(code).toContain("ReadingListItem");
    expect(code).toContain("/posts/x/");
  });

  it("treats { and < as text in .md files", async () => {
    const { code } = await compilePost(onePost("plain.md", "a {b} and 1 < 2\n"));
    expect(code).toContain("a {b} and 1 < 2");
  });
});
