import { describe, expect, it } from "vitest";
import { bodyText } from "./body-text";

describe("bodyText", () => {
  it("keeps what a reader sees and drops markup, code and component attributes", () => {
    const mdx = [
      "import x from 'y'",
      "",
      '<YouTube id="ME8_6c6eY4o" />',
      "",
      "## Sam Altman 的**晚宴**",
      "",
      "[連結 **粗體**](https://example.com) 與 `inline` 與 ![圖說](/a.jpg)",
      "",
      "```js",
      "const secret = 1;",
      "```",
      "",
      "<ReadingList>",
      "",
      "- [另一篇](/posts/x/)",
      "",
      "</ReadingList>",
    ].join("\n");
    const text = bodyText(mdx, "mdx");
    expect(text).toContain("Sam Altman 的晚宴");
    expect(text).toContain("連結 粗體 與 inline 與 圖說");
    expect(text).toContain("另一篇");
    expect(text).not.toMatch(/ME8_6c6eY4o|secret|import|example\.com|\*\*|##/);
  });
  it("reads Hugo Markdown without MDX rules and drops shortcodes", () => {
    expect(bodyText("{{< youtube abc >}}\n\n溫度 < 30 度 {x}", "md")).toBe("溫度 < 30 度 {x}");
  });
  it("falls back to the cheap stripper when MDX does not parse", () => {
    expect(bodyText("壞掉的 <Tag 文字", "mdx")).toContain("壞掉的");
  });
});

describe("raw HTML in a Markdown body", () => {
  const md = [
    '<div class="note">重要的<strong>提醒</strong>：AT&amp;T 與 &lt;標籤&gt;</div>',
    "",
    "一般段落。",
    "",
    "<script>var hidden = '看不到的程式';</script>",
    "<style>.x { color: red }</style>",
    "<!-- 註解也看不到 -->",
    "",
    "行內 <span>HTML 文字</span> 結束。",
  ].join("\n");

  it("gives its words, as the page shows them, when the site renders raw HTML", () => {
    const text = bodyText(md, "md", true);
    expect(text).toContain("重要的 提醒 ：AT&T 與 <標籤>");
    expect(text).toContain("HTML 文字");
    expect(text).toContain("一般段落。");
    expect(text).not.toMatch(/看不到|color|hidden|class|strong|<div/);
  });

  it("leaves it out when the page omits it (markup.unsafeHtml off)", () => {
    const text = bodyText(md, "md", false);
    expect(text).toContain("一般段落。");
    // Inline tags go, the Markdown text between them stays (the page shows it too).
    expect(text).toContain("行內 HTML 文字 結束。");
    expect(text).not.toMatch(/重要的|看不到/);
  });
});
