import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../content/errors";
import { loadContentIndex } from "../content/content-index";
import { categoryPageHref, postsPageHref, tagHref, tagPageHref } from "./routes";
import { categoryHref } from "../taxonomy/slugs";
import { post, postsFolder } from "../test-helpers";

describe("the list of all posts", () => {
  it("lives under /posts/", () => {
    expect(postsPageHref(1)).toBe("/posts/");
    expect(postsPageHref(2)).toBe("/posts/page/2/");
  });

  it("reserves the slug page, which /posts/page/N/ uses", () => {
    const dir = postsFolder({
      "page.md": post({ title: "P", date: "2026-01-01" }),
      "renamed.md": post({ title: "R", date: "2026-01-01", slug: "page" }),
      "ok.md": post({ title: "O", date: "2026-01-01" }),
    });
    const idx = loadContentIndex({ dir, now: new Date("2026-06-01T00:00:00Z"), includeDrafts: false, buildFuture: false });
    expect(idx.posts.map((p) => p.slug)).toEqual(["ok"]);
    const errors = idx.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    expect(errors).toHaveLength(2);
    expect(errors).toContainEqual(expect.stringMatching(/page\.md slug: has the slug "page", which is reserved/));
    expect(errors).toContainEqual(expect.stringMatching(/renamed\.md slug: has the slug "page", which is reserved/));
  });
});

describe("taxonomy URLs", () => {
  it("percent-encodes Chinese and punctuation in tag segments, trailing slash on", () => {
    expect(tagHref("企業-ai")).toBe("/tags/%E4%BC%81%E6%A5%AD-ai/");
    expect(tagHref("c++")).toBe("/tags/c%2B%2B/");
    expect(tagHref("c#")).toBe("/tags/c%23/");
    expect(tagPageHref("企業-ai", 2)).toBe("/tags/%E4%BC%81%E6%A5%AD-ai/page/2/");
    expect(tagPageHref("企業-ai", 1)).toBe("/tags/%E4%BC%81%E6%A5%AD-ai/");
  });

  it("links a slug that looks like a file name without the slash Next would redirect away", () => {
    expect(tagHref("node.js")).toBe("/tags/node.js");
    expect(tagHref("web3.0")).toBe("/tags/web3.0");
    expect(tagPageHref("node.js", 3)).toBe("/tags/node.js/page/3/");
  });

  it("maps configured category names to their slugs and urlizes the rest", () => {
    expect(categoryHref("AI 產業動態")).toBe("/categories/ai-industry/");
    expect(categoryHref("新分類 X")).toBe(`/categories/${encodeURIComponent("新分類-x")}/`);
    expect(categoryPageHref("ai-tech", 2)).toBe("/categories/ai-tech/page/2/");
  });
});
