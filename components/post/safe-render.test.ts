/**
 * Front-matter values are text, never HTML: a hostile title, description or source
 * name renders escaped in the post header and in list cards.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PostHeaderData } from "@/lib/views/post-page";
import { PostArticle } from "./PostArticle";
import type { PostSummary } from "@/lib/views/summary";
import { PostCard } from "../lists/PostCard";

const TITLE = "<img src=x onerror=alert(1)> 與 </script><script>alert(2)</script>";
const DESCRIPTION = "</script><img src=x onerror=alert(3)>";

describe("safe rendering of front matter", () => {
  it("escapes title, description and source name in the post header", () => {
    const header: PostHeaderData = {
      slug: "x",
      href: "/posts/x/",
      title: TITLE,
      description: DESCRIPTION,
      category: null,
      dateIso: "2026-01-01T10:00:00+08:00",
      dateText: "2026 年 1 月 1 日",
      readingTime: "1 分鐘",
      sourceUrl: "https://example.com/a",
      sourceName: "<b onmouseover=alert(4)>來源</b>",
      cover: null,
      tags: [],
      draft: false,
    };
    // PostArticle's props type requires children; without JSX here they go in the props object.
    // eslint-disable-next-line react/no-children-prop
    const html = renderToStaticMarkup(createElement(PostArticle, { post: header, children: null }));
    expect(html).not.toMatch(/<img|<script|<b /);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; 與 &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("&lt;/script&gt;&lt;img src=x onerror=alert(3)&gt;");
    expect(html).toContain("&lt;b onmouseover=alert(4)&gt;來源&lt;/b&gt;");
  });

  it("escapes them in a list card", () => {
    const html = renderToStaticMarkup(
      createElement(PostCard, {
        post: { slug: "x", title: TITLE, description: DESCRIPTION, date: new Date("2026-01-01T02:00:00Z"), category: null, tags: [], draft: true, cover: null, readingTime: "約 1 分鐘" } satisfies PostSummary,
      }),
    );
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("草稿");
  });
});
