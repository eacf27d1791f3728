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
