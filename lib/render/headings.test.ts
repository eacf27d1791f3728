import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ContentError, formatDiagnostic } from "../content/errors";
import { shouldShowToc } from "./headings";
import { compilePost } from "./compile";
import { loadContentIndex } from "../content/content-index";
import type { Post } from "../content/post";
import { post, postsFolder } from "../test-helpers";

/** The first 24 bytes of a PNG: enough for image-size to read its width and height. */
function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write("IHDR", 12, "ascii");
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

beforeAll(() => {
  process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
  const pub = mkdtempSync(path.join(tmpdir(), "public-"));
  mkdirSync(path.join(pub, "images"), { recursive: true });
  writeFileSync(path.join(pub, "images", "圖.png"), pngHeader(640, 360));
  process.env.PUBLIC_DIR = pub;
});

function onePost(name: string, body: string): Post {
  const idx = loadContentIndex({ dir: postsFolder({ [name]: post({ title: "t", date: "2026-01-01" }, body) }), includeDrafts: true });
  return idx.all[0];
}

describe("heading extraction", () => {
  it("records h2 and h3 with their Chinese ids and text, in order, and nothing else", async () => {
    const { headings } = await compilePost(
      onePost("h.mdx", "# 標題\n\n## 我的觀察\n\n文字\n\n### Claude **Code** 的影響\n\n#### 太深\n\n## 我的觀察\n\n## 延伸閱讀\n"),
    );
    expect(headings).toEqual([
      { id: "我的觀察", text: "我的觀察", depth: 2 },
      { id: "claude-code-的影響", text: "Claude Code 的影響", depth: 3 },
      { id: "我的觀察-1", text: "我的觀察", depth: 2 },
      { id: "延伸閱讀", text: "延伸閱讀", depth: 2 },
    ]);
    expect(shouldShowToc(headings)).toBe(true);
  });

  it("shows no table of contents under three headings", async () => {
    const { headings } = await compilePost(onePost("few.md", "## 一\n\n## 二\n"));
    expect(headings).toHaveLength(2);
    expect(shouldShowToc(headings)).toBe(false);
    expect(shouldShowToc(undefined)).toBe(false);
  });
});

describe("code blocks", () => {
  it("are highlighted at build time in both themes, unknown languages as plain text", async () => {
    const { code } = await compilePost(onePost("c.md", "```ts\nconst a: number = 1;\n```\n\n```nosuchlang\nhello\n```\n"));
    expect(code).toContain("shiki");
    expect(code).toContain("--shiki-dark");
    expect(code).toContain("language-ts");
    expect(code).toContain("hello");
  });
});

describe("images", () => {
  it("gives a local image its size, keeps the alt text and turns a titled image into a figure", async () => {
    const { code } = await compilePost(onePost("i.md", '![一張圖](/images/圖.png)\n\n![有說明](/images/圖.png "圖說文字")\n'));
    expect(code).toMatch(/alt: ?"一張圖"/);
    expect(code).toMatch(/width: ?"640"/);
    expect(code).toMatch(/height: ?"360"/);
    expect(code).toContain("figcaption");
    expect(code).toContain("圖說文字");
  });

  it("fails on a missing local image, naming the file and line", async () => {
    try {
      await compilePost(onePost("missing.md", "text\n\n![x](/images/nope.png)\n"));
      expect.unreachable("expected a compile error");
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      expect(formatDiagnostic((e as ContentError).diagnostics[0])).toMatch(/missing\.md:8 body: image \/images\/nope\.png was not found/);
    }
  });
});
