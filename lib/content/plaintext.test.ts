import { describe, expect, it } from "vitest";
import { excerptOf, markdownToPlainText, truncateText } from "./plaintext";

describe("truncateText", () => {
  it("leaves short text alone", () => {
    expect(truncateText("短文。", 10)).toBe("短文。");
    expect(truncateText("𠀀".repeat(10), 10)).toBe("𠀀".repeat(10));
  });

  it("counts characters, not UTF-16 units, on a long text", () => {
    // 10 characters that are 20 units: not "too long", so untouched.
    expect(truncateText("𠀀".repeat(10), 10)).toHaveLength(20);
    const cut = truncateText("𠀀".repeat(5000), 10);
    expect(Array.from(cut.replace(/…$/, ""))).toHaveLength(10);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("cuts at a sentence end when one is near the limit", () => {
    const text = "第一句話寫在這裡。第二句比較長一些的內容" + "長".repeat(500);
    expect(truncateText(text, 12)).toBe("第一句話寫在這裡。");
  });

  it("cuts at a word boundary in Latin text and marks the cut", () => {
    expect(truncateText("OpenAI announced a new model today for everyone", 20)).toBe("OpenAI announced a…");
  });
});

describe("excerptOf", () => {
  const body = "## 標題\n\n**重點**在[這裡](https://example.com)。\n\n" + "內文".repeat(200);

  it("is the plain text, truncated, and the same whether or not the caller passes the plain text", () => {
    const plain = markdownToPlainText(body);
    expect(excerptOf(body, 30)).toBe(excerptOf(body, 30, plain));
    expect(excerptOf(body, 30).startsWith("標題 重點在這裡。")).toBe(true);
  });

  it("stops at the more marker without truncating", () => {
    expect(excerptOf("前言一段。\n\n<!--more-->\n\n後面的內容", 3, "ignored")).toBe("前言一段。");
  });
});
