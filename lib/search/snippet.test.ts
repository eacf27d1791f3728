import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./snippet";
import { queryTerms } from "./tokenize";

const terms = (q: string) => queryTerms(q, "bigram");
const marked = (segs: { text: string; hit: boolean }[] | null) => (segs ?? []).map((s) => (s.hit ? `[${s.text}]` : s.text)).join("");

describe("highlight", () => {
  it("marks Chinese and English terms in the original spelling", () => {
    expect(marked(highlight("Amazon 的 Trainium 晶片", terms("trainium 晶片")))).toBe("Amazon 的 [Trainium] [晶片]");
  });
  it("matches full-width text against a half-width query", () => {
    expect(marked(highlight("ＯｐｅｎＡＩ 的策略", terms("openai")))).toBe("[ＯｐｅｎＡＩ] 的策略");
  });
  it("does not mark an English term inside another word", () => {
    expect(marked(highlight("said AI", terms("ai ")))).toBe("said [AI]");
  });
  it("marks a prefix while the reader types", () => {
    expect(marked(highlight("Trainium 2", terms("Trai")))).toBe("[Trai]nium 2");
  });
});

describe("snippet", () => {
  const long = `${"前文".repeat(80)}降低推論成本是關鍵${"後文".repeat(80)}`;
  it("centres a window on the match with ellipses", () => {
    const text = marked(snippet(long, terms("推論成本"), 40));
    expect(text).toContain("[推論成本]");
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThan(50);
  });
  it("is null when nothing matches", () => {
    expect(snippet(long, terms("openai"))).toBeNull();
  });
  it("prefers the place where more terms occur together", () => {
    const text = `AWS 在開頭。${"填充".repeat(100)}AWS 的 Trainium 晶片${"填充".repeat(100)}`;
    expect(marked(snippet(text, terms("aws trainium"), 40))).toContain("[AWS] 的 [Trainium]");
  });
});
