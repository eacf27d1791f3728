import { describe, expect, it } from "vitest";
import { bigrams, indexTokens, normalize, queryTerms, runs } from "./tokenize";

describe("normalize", () => {
  it("folds full-width letters, digits and case (NFKC + lower case)", () => {
    expect(normalize("ＯｐｅｎＡＩ　ＧＰＴ－５")).toBe("openai gpt-5");
  });
});

describe("runs", () => {
  it("splits Chinese from English and keeps English words whole", () => {
    expect(runs("Amazon 的 Trainium晶片")).toEqual([
      { kind: "word", text: "amazon" },
      { kind: "han", text: "的" },
      { kind: "word", text: "trainium" },
      { kind: "han", text: "晶片" },
    ]);
  });
  it("treats punctuation (full- and half-width) as a separator", () => {
    expect(runs("推論成本，而晶片是關鍵！「AI」、(ok)").map((r) => r.text)).toEqual(["推論成本", "而晶片是關鍵", "ai", "ok"]);
  });
  it("keeps C++ and C# apart from C", () => {
    expect(runs("C++ 與 C# 和 C").map((r) => r.text)).toEqual(["c++", "與", "c#", "和", "c"]);
  });
  it("reads full-width English as English", () => {
    expect(runs("ＮＶＩＤＩＡ的ＧＰＵ")).toEqual([
      { kind: "word", text: "nvidia" },
      { kind: "han", text: "的" },
      { kind: "word", text: "gpu" },
    ]);
  });
});

describe("bigrams", () => {
  it("cuts a Han run into overlapping pairs; a single character stays", () => {
    expect(bigrams("推論成本")).toEqual(["推論", "論成", "成本"]);
    expect(bigrams("的")).toEqual(["的"]);
    expect(bigrams("𠮷野家")).toEqual(["𠮷野", "野家"]);
  });
});

describe("indexTokens", () => {
  it("indexes mixed text as bigrams plus case-folded words", () => {
    expect([...indexTokens("Claude Code 改變了遊戲", "bigram")].sort()).toEqual(["claude", "code", "了遊", "改變", "變了", "遊戲"].sort());
  });
  it("with the segmenter indexes dictionary words", () => {
    const tokens = indexTokens("降低推論成本", "segmenter");
    expect(tokens.has("推論")).toBe(true);
    expect(tokens.has("成本")).toBe(true);
  });
  it("both: bigrams and dictionary words", () => {
    const tokens = indexTokens("人工智慧", "both");
    expect(tokens.has("工智")).toBe(true);
    expect(tokens.has("人工")).toBe(true);
  });
});

describe("queryTerms", () => {
  it("makes one term per run; the last is a prefix while the reader types", () => {
    const terms = queryTerms("推論成本 Trai", "bigram");
    expect(terms.map((t) => [t.text, t.kind, t.all, t.prefix])).toEqual([
      ["推論成本", "han", ["推論", "論成", "成本"], false],
      ["trai", "word", ["trai"], true],
    ]);
  });
  it("a trailing space or punctuation closes the last term", () => {
    expect(queryTerms("openai ", "bigram")[0].prefix).toBe(false);
    expect(queryTerms("openai。", "bigram")[0].prefix).toBe(false);
  });
  it("drops repeated terms and empty queries", () => {
    expect(queryTerms("AI ai Ａｉ", "bigram")).toHaveLength(1);
    expect(queryTerms(" 、。 ", "bigram")).toEqual([]);
  });
});
