/**
 * Entity and section pages rendered to HTML: no heading for an empty part, outbound
 * links with rel="noopener", headings in order, Markdown sanitized and front matter escaped.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { entityPageView } from "@/lib/views/entity-page";
import { sectionPageView } from "@/lib/views/section-page";
import { context, entry, fakeGraph, fakePost, sectionOf } from "@/lib/views/entity-test-helpers";
import { EntityArticle } from "./EntityArticle";
import { SectionArticle } from "./SectionArticle";

vi.mock("@/lib/content/store", () => ({ getContentIndex: () => ({ posts: [] }) }));

const org = entry("organization", "acme", {
  name_en: "Acme AI",
  country: "台灣",
  website: "https://acme.example/",
  social: { linkedin: "https://www.linkedin.com/company/acme", github: "acme" },
  description_long: "Acme 的**介紹**。\n\n<img src=x onerror=alert(1)>\n\n[壞連結](javascript:alert(2))",
  products: [],
  key_people: [{ name: "王小明", role: "執行長", people_slug: "wang" }],
}, { title: "Acme <script>alert(3)</script>" });

async function renderOrg(graph = fakeGraph()) {
  const view = (await entityPageView(org, context([sectionOf("organization", [org]), sectionOf("person", [entry("person", "wang")])], graph)))!;
  return renderToStaticMarkup(createElement(EntityArticle, { view }));
}

/** The levels of the headings in document order. */
const levels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

describe("EntityArticle", () => {
  it("has no 產品與服務 heading when the organization has no products", async () => {
    const html = await renderOrg();
    expect(html).not.toContain("產品與服務");
    expect(html).toContain("主要成員");
    expect(html).toContain('<a href="/people/wang/"');
  });

  it("gives every outbound link rel=noopener", async () => {
    const html = await renderOrg();
    const outbound = [...html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(outbound.length).toBeGreaterThanOrEqual(3);
    for (const a of outbound) expect(a).toContain('rel="noopener"');
    expect(html).toContain('href="https://github.com/acme"');
  });

  it("keeps headings in order and escapes or drops anything hostile", async () => {
    const posts = [fakePost("p1", "2026-01-02T10:00:00+08:00"), fakePost("p2", "2026-01-01T10:00:00+08:00")];
    const html = await renderOrg(fakeGraph({ posts: { "/companies/acme/": posts } }));
    const hs = levels(html);
    expect(hs[0]).toBe(1);
    for (let i = 1; i < hs.length; i++) expect(hs[i] - hs[i - 1]).toBeLessThanOrEqual(1);
    expect(html).toContain("相關報導");
    expect(html).toContain('<h3 class="text-lg');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain("Acme &lt;script&gt;alert(3)&lt;/script&gt;");
    expect(html).toContain("<strong>介紹</strong>");
  });
});

describe("SectionArticle", () => {
  it("renders an organization directory with fragment anchors and counts", async () => {
    const view = (await sectionPageView(sectionOf("organization", [org, entry("organization", "tsmc", { name_en: "TSMC", country: "台灣" }, { title: "台積電" })])))!;
    const html = renderToStaticMarkup(createElement(SectionArticle, { view }));
    expect(html).toContain('id="letter-a"');
    expect(html).toContain('href="#country-台灣"');
    expect(html).toContain('id="country-台灣"');
    expect(html).toContain("共 2 家");
  });

  it("renders events with their spans and year headings", async () => {
    const ev = entry("event", "computex", { date_start: "2026-06-02", date_end: "2026-06-05" }, { title: "COMPUTEX" });
    const view = (await sectionPageView(sectionOf("event", [ev]), undefined, new Date("2026-01-01T00:00:00Z")))!;
    const html = renderToStaticMarkup(createElement(SectionArticle, { view }));
    expect(html).toContain('<time dateTime="2026-06-02">6 月 2 日 – 5 日</time>');
    expect(html).toMatch(/<h3[^>]*>2026 年<\/h3>/);
  });
});
