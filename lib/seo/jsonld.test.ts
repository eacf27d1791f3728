import { describe, expect, it } from "vitest";
import { homeJsonLd, postJsonLd, serializeJsonLd } from "./jsonld";
import { loadContentIndex } from "../content/content-index";
import { post, postsFolder } from "../test-helpers";

const NOW = new Date("2026-06-01T00:00:00Z");
const hostile = 'A </script><script>alert(1)</script> <!-- x --> & \u2028 \u2029 "q"';

function load(fields: Record<string, string>) {
  const idx = loadContentIndex({ dir: postsFolder({ "20260127-a.mdx": post(fields) }), now: NOW, includeDrafts: false });
  expect(idx.broken).toEqual([]);
  return idx.posts[0];
}

describe("serializeJsonLd", () => {
  it("cannot close the script tag or open a comment, and still parses to the same value", () => {
    const data = { "@type": "BlogPosting", headline: hostile, nested: [{ name: "</SCRIPT >" }] };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/<\/?script/i);
    expect(out).not.toContain("<!--");
    expect(out).not.toContain("-->");
    expect(out).not.toMatch(/[\u2028\u2029<>&]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

describe("post JSON-LD", () => {
  it("describes the post as a BlogPosting with a breadcrumb trail", () => {
    const p = load({
      title: JSON.stringify(hostile),
      date: "2026-01-27T14:00:00+08:00",
      lastmod: "2026-01-28T09:00:00+08:00",
      description: '"摘要"',
      tags: '["OpenAI", "企業 AI"]',
      categories: '["AI 產業動態"]',
      source_url: '"https://example.com/a"',
      source_name: '"Example"',
    });
    const [posting, crumbs] = postJsonLd(p);
    expect(posting).toMatchObject({
      "@type": "BlogPosting",
      headline: hostile,
      description: "摘要",
      datePublished: "2026-01-27T14:00:00+08:00",
      dateModified: "2026-01-28T09:00:00+08:00",
      keywords: "OpenAI, 企業 AI",
      articleSection: "AI 產業動態",
      isBasedOn: { "@type": "CreativeWork", url: "https://example.com/a", name: "Example" },
      mainEntityOfPage: { "@type": "WebPage", "@id": "http://localhost:3000/posts/20260127-a/" },
      image: ["http://localhost:3000/og/posts/20260127-a.png"],
    });
    expect(posting.publisher).toMatchObject({ "@type": "Organization", logo: { "@type": "ImageObject" } });
    expect(crumbs["@type"]).toBe("BreadcrumbList");
    expect((crumbs.itemListElement as { item: string }[]).map((c) => c.item)).toEqual([
      "http://localhost:3000/",
      "http://localhost:3000/categories/ai-industry/",
      "http://localhost:3000/posts/20260127-a/",
    ]);
    expect(serializeJsonLd(postJsonLd(p))).not.toMatch(/<\/script/i);
  });

  it("leaves out isBasedOn and keywords when the post has no source or tags", () => {
    const [posting] = postJsonLd(load({ title: "無來源", date: "2026-01-27" }));
    expect(posting).not.toHaveProperty("isBasedOn");
    expect(posting).not.toHaveProperty("keywords");
  });

  it("gives the home page a WebSite and an Organization", () => {
    expect(homeJsonLd().map((d) => d["@type"])).toEqual(["WebSite", "Organization"]);
  });
});
