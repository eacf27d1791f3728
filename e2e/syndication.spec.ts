import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { loadContentIndex } from "../lib/content/content-index";
import { tagHref } from "../lib/http/routes";
import { buildTagIndex } from "../lib/taxonomy/tags";

/**
 * What shares, feed readers and crawlers see of the production build, over plain
 * HTTP. Absolute URLs carry the build's SITE_URL; we request their paths here.
 */
const SEED = "/posts/20260127-ai-enterprise-war/";
const SEED_TITLE = "AI 企業大戰：OpenAI 急起直追、Anthropic 佔據先機、Amazon 虎視眈眈";
const HOSTILE = `/posts/${encodeURIComponent("20250601-分享測試")}/`;
const HOSTILE_TITLE = '分享測試：標題含 </script> 與 <!-- 註解 --> & "引號"';

// The posts the build should publish: the e2e content without drafts and future posts.
const visible = loadContentIndex({ dir: ".e2e-content/posts", includeDrafts: false }).posts;

const pathOf = (url: string) => new URL(url).pathname;
const xml = new XMLParser({ ignoreAttributes: false });
const decodeEntities = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

async function html(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

function head(page: string): string {
  return /<head>([\s\S]*?)<\/head>/.exec(page)?.[1] ?? "";
}

/** Values of <meta property|name="key" content="..."> in the head. */
function metas(page: string, key: string): string[] {
  const re = new RegExp(`<meta (?:property|name)="${key.replace(/:/g, "\\:")}" content="([^"]*)"`, "g");
  return [...head(page).matchAll(re)].map((m) => decodeEntities(m[1]));
}

function links(page: string, rel: string): string[] {
  return [...head(page).matchAll(new RegExp(`<link rel="${rel}"[^>]*?href="([^"]*)"`, "g"))].map((m) => decodeEntities(m[1]));
}

async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const indexText = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(indexText)).toBe(true);
  const entries = [xml.parse(indexText).sitemapindex.sitemap].flat() as { loc: string }[];
  const urls: string[] = [];
  for (const { loc } of entries) {
    if (loc.endsWith("/news-sitemap.xml")) continue;
    const text = await (await request.get(pathOf(loc))).text();
    expect(XMLValidator.validate(text), loc).toBe(true);
    urls.push(...([xml.parse(text).urlset.url].flat() as { loc: string }[]).map((u) => u.loc));
  }
  return urls;
}

test("every page in the sitemap has one canonical pointing at itself and one og:image that loads", async ({ request }) => {
  test.setTimeout(120_000);
  const urls = await sitemapUrls(request);
  expect(urls.length).toBeGreaterThan(visible.length);
  const images = new Set<string>();
  for (const url of urls) {
    const page = await html(request, pathOf(url));
    expect(links(page, "canonical"), url).toEqual([url]);
    const og = metas(page, "og:image");
    expect(og, url).toHaveLength(1);
    expect(metas(page, "twitter:card"), url).toEqual(["summary_large_image"]);
    expect(metas(page, "og:locale"), url).toEqual(["zh_TW"]);
    images.add(og[0]);
  }
  for (const image of images) {
    const res = await request.get(pathOf(image));
    expect(res.status(), image).toBe(200);
    // Generated cards are PNG; a post with its own cover uses that file.
    expect(res.headers()["content-type"]).toMatch(/^image\/(png|jpeg|webp|avif)$/);
  }
});

test("page 2 of the post list is its own page, not a duplicate of page 1", async ({ request }) => {
  const [one, two] = [await html(request, "/posts/"), await html(request, "/posts/page/2/")];
  expect(links(one, "canonical").map(pathOf)).toEqual(["/posts/"]);
  expect(links(two, "canonical").map(pathOf)).toEqual(["/posts/page/2/"]);
  expect(/<title>([^<]*)<\/title>/.exec(two)?.[1]).toContain("第 2 頁");
});

test("a post's head describes it as an article, with Taipei times, tags and feed links", async ({ request }) => {
  const page = await html(request, HOSTILE);
  expect(/<title>([^<]*)<\/title>/.exec(page)?.[1]).toBe(
    "分享測試：標題含 &lt;/script&gt; 與 &lt;!-- 註解 --&gt; &amp; &quot;引號&quot; | AI 科技新聞筆記",
  );
  expect(links(page, "canonical").map(pathOf)).toEqual(["/posts/20250601-%E5%88%86%E4%BA%AB%E6%B8%AC%E8%A9%A6/"]);
  expect(metas(page, "og:type")).toEqual(["article"]);
  expect(metas(page, "article:published_time")).toEqual(["2025-06-01T09:30:00+08:00"]);
  expect(metas(page, "article:modified_time")).toEqual(["2025-06-02T10:00:00+08:00"]);
  expect(metas(page, "article:tag")).toEqual(["分享測試", "企業 AI"]);
  expect(metas(page, "og:image").map(pathOf)).toEqual([`/og/posts/${encodeURIComponent("20250601-分享測試")}.png`]);
  const alternates = links(page, "alternate").map(pathOf);
  expect(alternates).toEqual(expect.arrayContaining(["/index.xml", "/atom.xml", "/feed.json", "/categories/tech-observations/index.xml"]));
});

test("JSON-LD survives a title with </script> and <!--", async ({ request }) => {
  const page = await html(request, HOSTILE);
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
  expect(blocks).toHaveLength(1);
  const [posting, crumbs] = blocks[0] as Record<string, unknown>[];
  expect(posting).toMatchObject({
    "@type": "BlogPosting",
    headline: HOSTILE_TITLE,
    datePublished: "2025-06-01T09:30:00+08:00",
    isBasedOn: { url: "https://example.com/original?a=1&b=2", name: "Example & Co" },
  });
  expect(crumbs["@type"]).toBe("BreadcrumbList");
  const home = await html(request, "/");
  const homeLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(home)?.[1] ?? "[]";
  expect((JSON.parse(homeLd) as { "@type": string }[]).map((d) => d["@type"])).toEqual(["WebSite", "Organization"]);
});

test("the RSS, Atom and JSON feeds parse and carry the seed post with its Chinese title", async ({ request }) => {
  const parser = new Parser();
  for (const path of ["/index.xml", "/feed.xml", "/atom.xml"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"]).toMatch(path === "/atom.xml" ? /atom\+xml/ : /rss\+xml/);
    const feed = await parser.parseString(await res.text());
    expect(feed.items, path).toHaveLength(20);
    const seed = feed.items.find((i) => i.link && pathOf(i.link) === SEED);
    expect(seed?.title, path).toBe(SEED_TITLE);
  }
  const rss = await parser.parseString(await (await request.get("/index.xml")).text());
  const seed = rss.items.find((i) => i.title === SEED_TITLE)!;
  const content = seed["content:encoded"] as string;
  expect(content).toContain("<h2");
  expect(content).toContain('href="https://www.youtube.com/watch?v=ME8_6c6eY4o"');
  expect(content).not.toMatch(/<(iframe|script|button)\b/);
  expect(content).not.toMatch(/(href|src)="\//);
  // rss-parser gives a category with a domain attribute as { _: name, $: { domain } }.
  const categories = (seed.categories as (string | { _: string; $: { domain: string } })[]).map((c) => (typeof c === "string" ? c : c._));
  expect(categories).toEqual(expect.arrayContaining(["AI 產業動態", "企業 AI"]));
  expect(seed.categories).toContainEqual({ _: "AI 產業動態", $: { domain: expect.stringMatching(/\/categories\/ai-industry\/$/) } });
  const json = (await (await request.get("/feed.json")).json()) as { items: { title: string; url: string }[] };
  expect(json.items.find((i) => pathOf(i.url) === SEED)?.title).toBe(SEED_TITLE);
});

test("tag and category feeds list their posts", async ({ request }) => {
  const parser = new Parser();
  const tag = await request.get(`/tags/${encodeURIComponent("企業-ai")}/index.xml`);
  expect(tag.status()).toBe(200);
  const tagFeed = await parser.parseString(await tag.text());
  expect(tagFeed.title).toContain("企業 AI");
  expect(tagFeed.items.map((i) => i.title)).toContain(SEED_TITLE);
  const category = await parser.parseString(await (await request.get("/categories/ai-industry/index.xml")).text());
  expect(category.items.map((i) => i.title)).toContain(SEED_TITLE);
  expect((await request.get("/tags/no-such-tag/index.xml")).status()).toBe(404);
});

test("the sitemap lists every published post once, and nothing that is not a page", async ({ request }) => {
  const urls = (await sitemapUrls(request)).map(pathOf);
  expect(new Set(urls).size).toBe(urls.length);
  // Post pages, not the list of all posts (/posts/, /posts/page/N/).
  const posts = urls.filter((u) => /^\/posts\/(?!page\/)[^/]+\/$/.test(u)).sort();
  expect(posts).toEqual(visible.map((p) => `/posts/${encodeURIComponent(p.slug)}/`).sort());
  expect(urls.filter((u) => /\.(xml|json|png)$|healthz/.test(u))).toEqual([]);
  // Tag pages are listed once the site has them (they come from the build's manifest).
  const tags = buildTagIndex(visible).tags.map((t) => tagHref(t.slug));
  if ((await request.get(tags[0])).status() === 200) expect(urls).toEqual(expect.arrayContaining(tags));
  else expect(urls.filter((u) => u.startsWith("/tags/"))).toEqual([]);
});

test("robots.txt points at both sitemaps, and the news sitemap is well-formed", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/news-sitemap\.xml$/m);
  const news = await request.get("/news-sitemap.xml");
  expect(news.status()).toBe(200);
  const text = await news.text();
  expect(XMLValidator.validate(text)).toBe(true);
  expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
});
