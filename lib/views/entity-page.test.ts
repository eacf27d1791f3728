import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { postsFolder } from "../test-helpers";
import { entityPageMetadata, entityPostPagesParams, entityPageView } from "./entity-page";
import type { EntityBlock, EntityPageView } from "./entity-view";
import { context, entry, fakeGraph, fakePost, sectionOf } from "./entity-test-helpers";

// summarize() looks the posts' tags up in the content index; these posts have none.
vi.mock("../content/store", () => ({ getContentIndex: () => ({ posts: [] }) }));

const headings = (v: EntityPageView) => v.blocks.map((b) => ("heading" in b ? b.heading : b.type));
const labels = (v: EntityPageView) => v.facts.map((r) => r.label);
const block = (v: EntityPageView, id: string) => v.blocks.find((b) => b.id === id) as Extract<EntityBlock, { heading: string }> | undefined;

const openai = entry("organization", "openai", {
  name_en: "OpenAI",
  founded: "2015-12",
  country: "美國",
  city: "舊金山",
  status: "private",
  website: "https://openai.com/",
  logo: "/images/logos/openai.png",
  description_short: "研發 GPT 系列模型的公司",
  description_long: "**OpenAI** 是一家 AI 公司。<script>alert(1)</script>\n\n- 研究\n- 產品",
  key_people: [{ name: "Sam Altman", role: "執行長", people_slug: "sam-altman" }, { name: "無頁面的人", people_slug: "nobody" }],
  current_ceo: "Sam Altman",
  funding_rounds: [{ round: "Series A", date: "2019-07-22", amount: "10 億美元" }],
  social: { twitter: "@OpenAI", linkedin: "https://www.linkedin.com/company/openai", github: "javascript:alert(1)" },
}, { title: "OpenAI" });

const altman = entry("person", "sam-altman", { name_en: "Sam Altman", current_position: "執行長", current_organization: "OpenAI", current_org_slug: "openai", birth_year: "1985", photo: "https://example.com/sam.jpg", photo_credit: "Wikimedia", photo_source: "https://commons.wikimedia.org/x" }, { title: "山姆·奧特曼" });
const companies = sectionOf("organization", [openai], { page: entry("generic", "_index", {}, { role: "section", title: "公司", section: "companies", href: "/companies/" }) });
const people = sectionOf("person", [altman]);

describe("entityPageView: organization", () => {
  it("shows the facts that are filled in and no part that is empty", async () => {
    const v = (await entityPageView(openai, context([companies, people])))!;
    expect(labels(v)).toEqual(["成立", "總部", "國家／地區", "狀態", "執行長", "官方網站"]);
    expect(v.facts.every((r) => r.values.length > 0 && r.values.every((x) => x.text !== ""))).toBe(true);
    expect(headings(v)).toEqual(["簡介", "主要成員", "募資歷程"]);
    expect(headings(v)).not.toContain("產品與服務");
    expect(v.body).toBeNull();
    expect(v.header).toMatchObject({ title: "OpenAI", names: [], badges: ["未上市"], picture: "logo", image: { src: "/images/logos/openai.png" } });
  });

  it("renders Markdown fields sanitized", async () => {
    const v = (await entityPageView(openai, context([companies, people])))!;
    const intro = block(v, "part-intro") as Extract<EntityBlock, { type: "markdown" }>;
    expect(intro.html).toContain("<strong>OpenAI</strong>");
    expect(intro.html).toContain("<li>研究</li>");
    expect(intro.html).not.toContain("<script");
  });

  it("links key people whose slug has a page, and the CEO through them", async () => {
    const v = (await entityPageView(openai, context([companies, people])))!;
    const keyPeople = block(v, "part-people") as Extract<EntityBlock, { type: "items" }>;
    expect(keyPeople.items.map((i) => i.title)).toEqual([{ text: "Sam Altman", href: "/people/sam-altman/" }, { text: "無頁面的人", href: null }]);
    expect(v.facts.find((r) => r.label === "執行長")!.values[0]).toEqual({ text: "Sam Altman", href: "/people/sam-altman/" });
  });

  it("prefers the graph's links to its own lookup", async () => {
    const graph = fakeGraph({ links: { "/companies/openai/": [{ slug: "sam-altman", relation: "執行長", label: "Sam Altman", href: "/people/sam/" }] } });
    const v = (await entityPageView(openai, context([companies, people], graph)))!;
    expect((block(v, "part-people") as Extract<EntityBlock, { type: "items" }>).items[0].title.href).toBe("/people/sam/");
    expect(v.related).toEqual({ heading: "相關條目", links: [{ text: "Sam Altman", href: "/people/sam/", relation: "執行長" }] });
  });

  it("makes outbound links of the website and profiles, never of a javascript: value", async () => {
    const v = (await entityPageView(openai, context([companies, people])))!;
    expect(v.links).toEqual([
      { text: "X（Twitter） @OpenAI", href: "https://x.com/OpenAI", external: true },
      { text: "LinkedIn", href: "https://www.linkedin.com/company/openai", external: true },
    ]);
    expect(v.facts.find((r) => r.label === "官方網站")!.values[0]).toEqual({ text: "openai.com", href: "https://openai.com/", external: true });
  });

  it("has breadcrumbs through the section's title", async () => {
    const v = (await entityPageView(openai, context([companies, people])))!;
    expect(v.breadcrumbs).toEqual([{ text: "首頁", href: "/" }, { text: "公司", href: "/companies/" }, { text: "OpenAI", href: null }]);
  });

  it("lists fields no layout knows, written out readably", async () => {
    const doc = entry("organization", "x", { name_en: "X", future_field: ["a", "b"] }, { extra: { rating: { score: 4, of: 5 }, awards_list: [{ name: "獎", year: 2020 }], verified: true } });
    const v = (await entityPageView(doc, context([])))!;
    const extra = block(v, "part-extra") as Extract<EntityBlock, { type: "facts" }>;
    expect(extra.heading).toBe("其他資料");
    expect(extra.rows.map((r) => [r.label, r.values.map((x) => x.text)])).toEqual([
      ["future_field", ["a", "b"]],
      ["rating", ["score：4", "of：5"]],
      ["awards_list", ["name：獎；year：2020"]],
      ["verified", ["是"]],
    ]);
    expect(extra.rows.map((r) => r.lines ?? false)).toEqual([false, true, true, false]);
  });
});

describe("entityPageView: posts about it", () => {
  const posts = Array.from({ length: 25 }, (_, i) => fakePost(`p${String(i).padStart(2, "0")}`, `2026-01-${String(25 - i).padStart(2, "0")}T10:00:00+08:00`));
  const ctx = context([companies], fakeGraph({ posts: { "/companies/openai/": posts } }));

  it("shows 20 a page, newest first as the graph gives them, with page N at /page/N/", async () => {
    const v = (await entityPageView(openai, ctx))!;
    expect(v.posts).toMatchObject({ heading: "相關報導", total: 25, page: 1, pages: 2 });
    expect(v.posts!.posts).toHaveLength(20);
    expect(v.posts!.posts[0].slug).toBe("p00");
    expect(v.posts!.href(2)).toBe("/companies/openai/page/2/");
    expect(v.posts!.href(1)).toBe("/companies/openai/");
    expect(entityPostPagesParams(openai, ctx.graph)).toEqual([{ page: "2" }]);
  });

  it("shows only the header and the posts on page 2, and 404s past the last and on page 1", async () => {
    const v = (await entityPageView(openai, ctx, "2"))!;
    expect(v.posts!.posts.map((p) => p.slug)).toEqual(["p20", "p21", "p22", "p23", "p24"]);
    expect(v.posts!.heading).toBe("相關報導（第 2 頁）");
    expect([v.blocks, v.facts, v.links, v.related]).toEqual([[], [], [], null]);
    expect(v.href).toBe("/companies/openai/page/2/");
    expect(await entityPageView(openai, ctx, "3")).toBeNull();
    expect(await entityPageView(openai, ctx, "1")).toBeNull();
    expect(await entityPageView(openai, ctx, "x")).toBeNull();
  });

  it("has no posts part without posts, and no page 2", async () => {
    expect((await entityPageView(openai, context([companies])))!.posts).toBeNull();
    expect(await entityPageView(openai, context([companies]), "2")).toBeNull();
  });
});

describe("entityPageView: person, event, generic", () => {
  it("gives a person their photo with its credit, their organization linked", async () => {
    const v = (await entityPageView(altman, context([companies, people])))!;
    expect(v.header).toMatchObject({ names: ["Sam Altman"], picture: "photo", image: { src: "https://example.com/sam.jpg", alt: "山姆·奧特曼", credit: { text: "圖片：Wikimedia", href: "https://commons.wikimedia.org/x", external: true } } });
    expect(v.facts).toEqual([
      { label: "現職", values: [{ text: "執行長", href: null }] },
      { label: "任職於", values: [{ text: "OpenAI", href: "/companies/openai/" }] },
      { label: "出生", values: [{ text: "1985 年", href: null }] },
    ]);
    expect(v.blocks).toEqual([]);
  });

  it("draws a placeholder for a person without a photo", async () => {
    const v = (await entityPageView(entry("person", "huang", {}, { title: "黃仁勳" }), context([])))!;
    expect(v.header.image).toBeNull();
    expect(v.header.placeholder.initials).toBe("黃");
    expect((await entityPageView(entry("person", "yl", { name_en: "Yann LeCun" }, { title: "Yann LeCun" }), context([])))!.header.placeholder.initials).toBe("YL");
  });

  it("writes an event's span with its year", async () => {
    const ev = entry("event", "computex", { date_start: "2026-06-02", date_end: "2026-06-05", city: "台北", venue_name: "南港展覽館", organizer: "外貿協會", organizer_url: "https://www.taitra.org.tw/" }, { title: "COMPUTEX 2026" });
    const v = (await entityPageView(ev, context([])))!;
    expect(v.facts.map((r) => [r.label, r.values[0].text])).toEqual([["日期", "2026 年 6 月 2 日 – 5 日"], ["場地", "南港展覽館"], ["城市", "台北"], ["主辦", "外貿協會"]]);
    expect(v.facts.find((r) => r.label === "主辦")!.values[0].href).toBe("https://www.taitra.org.tw/");
  });

  it("lists every field of a generic entry as data", async () => {
    const doc = entry("generic", "note", { color: "藍", sizes: ["S", "M"] }, { title: "筆記", description: "說明", extra: { more: 1 } });
    const v = (await entityPageView(doc, context([])))!;
    expect(v.header).toMatchObject({ title: "筆記", description: "說明", picture: "none" });
    expect(v.blocks).toEqual([{ type: "facts", id: "part-data", heading: "資料", rows: [
      { label: "color", values: [{ text: "藍", href: null }] },
      { label: "sizes", values: [{ text: "S", href: null }, { text: "M", href: null }] },
      { label: "more", values: [{ text: "1", href: null }] },
    ] }]);
  });

  it("compiles the file's body and puts it after the intro", async () => {
    vi.stubEnv("BUILD_CACHE_DIR", mkdtempSync(path.join(tmpdir(), "entity-cache-")));
    const dir = postsFolder({ "acme.md": "---\ntitle: Acme\ndescription_long: 介紹\n---\n\n## 歷史\n\n正文段落。\n" });
    const source = { file: "content/companies/acme.md", absPath: path.join(dir, "acme.md"), format: "md" as const, hash: "acme-body", bodyLine: 5, fieldLines: {} };
    const doc = entry("organization", "acme", { description_long: "介紹" }, { title: "Acme", hasBody: true, source });
    const v = (await entityPageView(doc, context([])))!;
    expect(v.blocks.map((b) => b.type)).toEqual(["markdown", "body"]);
    expect(v.body?.code).toContain("正文段落");
    vi.unstubAllEnvs();
  });

  it("is null for a section page", async () => {
    expect(await entityPageView(companies.page!, context([companies]))).toBeNull();
  });
});

describe("entity JSON-LD and metadata", () => {
  it("describes an organization", async () => {
    const [org, crumbs] = (await entityPageView(openai, context([companies, people])))!.jsonLd;
    expect(org).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      "@id": "http://localhost:3000/companies/openai/#organization",
      name: "OpenAI",
      description: "研發 GPT 系列模型的公司",
      url: "https://openai.com/",
      mainEntityOfPage: { "@type": "WebPage", "@id": "http://localhost:3000/companies/openai/" },
      sameAs: ["https://x.com/OpenAI", "https://www.linkedin.com/company/openai"],
      logo: "http://localhost:3000/images/logos/openai.png",
      foundingDate: "2015-12",
      address: { "@type": "PostalAddress", addressLocality: "舊金山", addressCountry: "美國" },
    });
    expect(crumbs).toMatchObject({ "@type": "BreadcrumbList", itemListElement: [{ position: 1, item: "http://localhost:3000/" }, { position: 2, name: "公司" }, { position: 3, name: "OpenAI" }] });
  });

  it("describes a person", async () => {
    const [person] = (await entityPageView(altman, context([companies, people])))!.jsonLd;
    expect(person).toMatchObject({
      "@type": "Person",
      name: "山姆·奧特曼",
      alternateName: "Sam Altman",
      jobTitle: "執行長",
      worksFor: { "@type": "Organization", name: "OpenAI", url: "http://localhost:3000/companies/openai/" },
      image: "https://example.com/sam.jpg",
      birthDate: "1985",
    });
    expect(person).not.toHaveProperty("sameAs");
  });

  it("describes an event, and only one with a start date", async () => {
    const ev = entry("event", "e", { date_start: "2026-06-02T09:00", date_end: "2026-06-05", venue_name: "南港展覽館", city: "台北", country: "台灣", venue_coordinates: { lat: "25.0565", lng: "121.6175" }, organizer: "外貿協會" }, { title: "展" });
    const [event] = (await entityPageView(ev, context([])))!.jsonLd;
    expect(event).toMatchObject({
      "@type": "Event",
      startDate: "2026-06-02T09:00:00+08:00",
      endDate: "2026-06-05",
      location: { "@type": "Place", name: "南港展覽館", address: { "@type": "PostalAddress", addressLocality: "台北", addressCountry: "台灣" }, geo: { "@type": "GeoCoordinates", latitude: 25.0565, longitude: 121.6175 } },
      organizer: { "@type": "Organization", name: "外貿協會" },
    });
    expect(event).not.toHaveProperty("eventStatus");
    expect(event).not.toHaveProperty("eventAttendanceMode");
    const undated = (await entityPageView(entry("event", "u", {}), context([])))!.jsonLd;
    expect(undated.map((j) => j["@type"])).toEqual(["BreadcrumbList"]);
  });

  it("gives the canonical URL and a local logo as the preview image, else the site card", () => {
    const m = entityPageMetadata(openai);
    expect(m.alternates?.canonical).toBe("http://localhost:3000/companies/openai/");
    expect(m.description).toBe("研發 GPT 系列模型的公司");
    expect((m.openGraph?.images as { url: string }[])[0].url).toBe("http://localhost:3000/images/logos/openai.png");
    expect((entityPageMetadata(altman).openGraph?.images as { url: string }[])[0].url).toBe("http://localhost:3000/og/site.png");
    expect(entityPageMetadata(openai, "2").alternates?.canonical).toBe("http://localhost:3000/companies/openai/page/2/");
  });
});
