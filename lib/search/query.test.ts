import { describe, expect, it } from "vitest";
import { Searcher } from "./query";
import { buildSearchIndex, type SearchDocInput } from "./search-index";

function doc(slug: string, fields: Partial<SearchDocInput>): SearchDocInput {
  return { slug, title: "標題", date: "2026 年 1 月 1 日", iso: "2026-01-01T00:00:00+08:00", tags: [], categories: [], description: "", body: "", ...fields };
}

// Newest first, as getPosts() orders them.
const docs = [
  doc("new-body", { title: "每週新聞", body: "Amazon 談到推論成本下降。" }),
  doc("title", { title: "推論成本的真相", body: "無關內容。" }),
  doc("tag", { title: "晶片觀察", tags: ["推論成本"], body: "一般內容。" }),
  doc("old-body", { title: "舊聞", body: "推論成本是關鍵。" }),
  doc("apart", { title: "另一篇", body: "推論很難，成本很高。" }),
  doc("mixed", { title: "Claude Code 與 Codex", description: "Anthropic 的 Claude Code", body: "改變了遊戲規則" }),
  doc("trainium", { title: "AWS 晶片", body: "ＴＲＡＩＮＩＵＭ 2 已全面供貨。" }),
];

function searcher(strategy: "bigram" | "segmenter" | "both" = "bigram") {
  const { meta, shards } = buildSearchIndex(docs, strategy);
  return new Searcher(meta, shards);
}
const search = (q: string, strategy: "bigram" | "segmenter" | "both" = "bigram") => searcher(strategy).search(q).hits.map((h) => h.doc.slug);

describe("ranking", () => {
  it("puts title and tag matches above body matches, newer first among equals", () => {
    expect(search("推論成本")).toEqual(["title", "tag", "new-body", "old-body"]);
  });
  it("needs the characters together: 推論 and 成本 apart is not a match for 推論成本", () => {
    expect(search("推論成本")).not.toContain("apart");
    expect(search("推論")).toContain("apart");
  });
  it("matches every term of a mixed Chinese-English query", () => {
    expect(search("Claude Code 遊戲")).toEqual(["mixed"]);
  });
  it("is case- and width-insensitive for English names", () => {
    expect(search("trainium")).toEqual(["trainium"]);
    expect(search("TRAINIUM")).toEqual(["trainium"]);
    expect(search("Ｔｒａｉｎｉｕｍ")).toEqual(["trainium"]);
  });
  it("matches the last English word as a prefix while typing", () => {
    expect(search("Trai")).toEqual(["trainium"]);
    expect(search("Trai ")).toEqual([]);
  });
  it("matches a single Chinese character as the start of a word", () => {
    expect(search("舊")).toEqual(["old-body"]);
    expect(search("新")).toEqual(["new-body"]);
  });
  it("falls back to partial matches only when no post matches every term", () => {
    const partial = searcher().search("推論成本 不存在的詞");
    expect(partial.hits.map((h) => h.doc.slug)).toEqual(["title", "tag", "new-body", "old-body"]);
    expect(partial.hits[0].masks[1]).toBe(0);
  });
  it("returns nothing for an empty query", () => {
    expect(search("  ")).toEqual([]);
  });
  it("works with the segmenter and combined strategies", () => {
    // The segmenter matches dictionary words, so it cannot tell 推論成本 from 推論…成本.
    expect(search("推論成本", "segmenter")).toEqual(["title", "tag", "new-body", "old-body", "apart"]);
    expect(search("推論成本", "both")).toEqual(["title", "tag", "new-body", "old-body"]);
  });
});

describe("shards", () => {
  it("asks only for the shards a query needs and searches once they are added", () => {
    // Enough distinct text to need several shards.
    const many = Array.from({ length: 300 }, (_, i) => doc(`p${i}`, { body: i === 150 ? "液冷機櫃" : `內容${String.fromCodePoint(0x4e00 + i * 7)}${String.fromCodePoint(0x5e00 + i * 13)}`.repeat(1) + Array.from({ length: 40 }, (_, k) => String.fromCodePoint(0x4e00 + ((i * 41 + k * 97) % 20000))).join("") }));
    const { meta, shards } = buildSearchIndex(many, "bigram");
    expect(meta.shards).toBeGreaterThan(1);
    const s = new Searcher(meta);
    const missing = s.missingShards("液冷機櫃");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThan(meta.shards);
    expect(s.search("液冷機櫃").hits).toEqual([]);
    for (const i of missing) s.addShard(i, shards[i]);
    expect(s.missingShards("液冷機櫃")).toEqual([]);
    expect(s.search("液冷機櫃").hits.map((h) => h.doc.slug)).toEqual(["p150"]);
  });
});
