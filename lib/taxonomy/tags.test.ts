import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { buildTagIndex } from "./tags";
import { tagKey, urlize } from "./slugs";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");
function indexOf(tagLists: string[][]) {
  const files: Record<string, string> = {};
  tagLists.forEach((tags, i) => {
    files[`p${String(i).padStart(2, "0")}.md`] = post({ title: `T${i}`, date: `2026-01-${String(i + 1).padStart(2, "0")}T10:00:00+08:00`, tags: JSON.stringify(tags) });
  });
  const { posts, diagnostics } = loadContentIndex({ dir: postsFolder(files), now: NOW, includeDrafts: false });
  expect(diagnostics).toEqual([]);
  return buildTagIndex(posts);
}

describe("urlize (Hugo-compatible tag slugs)", () => {
  it.each([
    ["企業 AI", "企業-ai"],
    ["Vibe Coding", "vibe-coding"],
    ["NVIDIA", "nvidia"],
    ["C++", "c++"],
    ["Node.js", "node.js"],
    ["C#", "c#"],
    ["AI/ML", "ai-ml"],
    ["Web3.0", "web3.0"],
    ["  生成式  AI ", "生成式-ai"],
    ["ＡＩ（人工智慧）", "ai人工智慧"],
    ["Q&A: 問答!", "qa-問答"],
    ["..", "dotdot"],
  ])("%s -> %s", (name, slug) => {
    expect(urlize(name)).toBe(slug);
  });

  it("puts spelling variants under one key", () => {
    expect(tagKey("企業 AI")).toBe(tagKey("企業AI"));
    expect(tagKey("NVIDIA")).toBe(tagKey("Nvidia"));
    expect(tagKey("Vibe Coding")).toBe(tagKey("vibe coding"));
    expect(tagKey("AI Agent")).toBe(tagKey("ai-agent"));
    expect(tagKey("C++")).not.toBe(tagKey("C#"));
  });
});

describe("buildTagIndex", () => {
  it("merges case and spacing variants into one tag shown with the most used spelling", () => {
    const index = indexOf([["企業 AI", "NVIDIA"], ["企業AI", "Nvidia"], ["企業 AI", "NVIDIA"], ["Vibe Coding"], ["vibe coding"], ["vibe coding"]]);
    const ai = index.ofName("企業AI")!;
    expect(ai.slug).toBe("企業-ai");
    expect(ai.name).toBe("企業 AI");
    expect(ai.count).toBe(3);
    expect(ai.variants).toEqual(["企業 AI", "企業AI"]);
    expect(index.ofName("nvidia")!.name).toBe("NVIDIA");
    const vibe = index.bySlug.get("vibe-coding")!;
    expect(vibe.name).toBe("vibe coding");
    expect(vibe.count).toBe(3);
    // The variant's own slug (an old Hugo URL) leads to the merged tag.
    expect(index.byAnySlug.get("企業ai")).toBe(ai);
    expect(index.bySlug.has("企業ai")).toBe(false);
  });

  it("counts a post once even when it lists two variants of a tag", () => {
    const index = indexOf([["OpenAI", "openai"]]);
    expect(index.tags).toHaveLength(1);
    expect(index.tags[0].count).toBe(1);
  });

  it("sorts by count, then name", () => {
    const index = indexOf([["b", "a"], ["b"], ["c"], ["a"]]);
    expect(index.tags.map((t) => [t.name, t.count])).toEqual([["a", 2], ["b", 2], ["c", 1]]);
  });

  it("keeps punctuation tags apart and gives colliding slugs stable suffixes", () => {
    const index = indexOf([["C++", "C#", "C"], ["AI/ML", "AI ML"], ["AI ML"], ["ai-ml-2"]]);
    expect(index.ofName("C++")!.slug).toBe("c++");
    expect(index.ofName("C#")!.slug).toBe("c#");
    expect(index.ofName("C")!.slug).toBe("c");
    // `AI ML` is used more, so it keeps the plain slug; `AI/ML` may not take the real tag `ai-ml-2`.
    expect(index.ofName("AI ML")!.slug).toBe("ai-ml");
    expect(index.ofName("ai-ml-2")!.slug).toBe("ai-ml-2");
    expect(index.ofName("AI/ML")!.slug).toBe("ai-ml-3");
    const slugs = index.tags.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("assigns the same slugs whatever order the posts come in", () => {
    const lists = [["AI/ML"], ["AI ML"], ["x"]];
    const a = indexOf(lists).tags.map((t) => `${t.name}=${t.slug}`);
    const b = indexOf([...lists].reverse()).tags.map((t) => `${t.name}=${t.slug}`);
    expect(a.sort()).toEqual(b.sort());
  });
});
