import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markdown-field";

describe("markdownToHtml", () => {
  it("renders lists, bold, links and tables", () => {
    const html = markdownToHtml("**粗體**與[連結](https://example.com/a)\n\n- 一\n- 二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(html).toContain("<strong>粗體</strong>");
    expect(html).toContain('<a href="https://example.com/a" rel="noopener">連結</a>');
    expect(html).toContain("<ul>\n<li>一</li>\n<li>二</li>\n</ul>");
    expect(html).toContain("<table>");
  });

  it("emphasises next to CJK punctuation", () => {
    expect(markdownToHtml("這是**「重點」**。")).toContain("<strong>「重點」</strong>");
  });

  it("drops script, event handlers and javascript: URLs", () => {
    const hostile = [
      "<script>alert(1)</script>",
      '<img src="x" onerror="alert(2)">',
      "[點我](javascript:alert(3))",
      "[大寫](JaVaScRiPt:alert(4))",
      '<a href="javascript:alert(5)">x</a>',
      "![圖](javascript:alert(6))",
      "<iframe src=https://evil.example></iframe>",
      '<div onclick="alert(7)">文字</div>',
    ].join("\n\n");
    const html = markdownToHtml(hostile);
    expect(html).not.toMatch(/<script|<iframe|onerror|onclick|javascript:/i);
    expect(html).toContain("點我");
  });

  it("moves headings under the page's h2 and keeps their order", () => {
    const html = markdownToHtml("# 一\n\n## 二\n\n文字");
    expect(html).toContain("<h3>一</h3>");
    expect(html).toContain("<h4>二</h4>");
    expect(markdownToHtml("### 三")).toContain("<h3>三</h3>");
  });

  it("gives '' for empty text and the same string for the same text", () => {
    expect(markdownToHtml("  \n")).toBe("");
    expect(markdownToHtml("同一段")).toBe(markdownToHtml("同一段"));
  });
});
