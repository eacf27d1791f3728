import { describe, expect, it } from "vitest";
import { categoryHref, categoryPageHref, tagHref, tagPageHref } from "./routes";

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
