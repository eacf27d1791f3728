import { describe, expect, it } from "vitest";
import { Fragment, h, jsx, renderNode } from "./static-jsx";

describe("static JSX runtime", () => {
  it("escapes text and attribute values", () => {
    expect(h("a", { href: '/x?a=1&b="2"' }, "<b>粗</b> & 'q'").html).toBe(
      '<a href="/x?a=1&amp;b=&quot;2&quot;">&lt;b&gt;粗&lt;/b&gt; &amp; &#39;q&#39;</a>',
    );
  });

  it("renders void elements, fragments, class names and booleans, and drops handlers and odd attribute names", () => {
    const node = jsx(Fragment, {
      children: [
        h("img", { src: "/a.png", alt: "圖", className: "c", hidden: true, onClick: () => 1, 'x" onerror="y': "1" }),
        h("hr", null),
        null,
        false,
        "文字",
      ],
    });
    expect(renderNode(node)).toBe('<img src="/a.png" alt="圖" class="c" hidden><hr>文字');
  });

  it("calls function components and refuses element types it cannot write safely", () => {
    const Item = ({ children }: { children?: unknown }) => h("li", null, children as string);
    expect(h("ul", null, jsx(Item, { children: "一" })).html).toBe("<ul><li>一</li></ul>");
    expect(() => jsx("img onerror=x", null)).toThrow(/cannot render/);
  });
});
