/**
 * Publishing without a rebuild, on a production server of its own (scripts/publish-server.ts:
 * a copy of the e2e build and of its content in a temp dir, with REVALIDATE_SECRET and
 * PREVIEW_SECRET), since these tests write into content/ and public/. Every change goes through
 * the server's own watcher: no test calls the revalidate endpoint to make a change show, except
 * the tests of the endpoint itself.
 */
import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startPublishServer, type PublishServer } from "../scripts/publish-server";

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

let server: PublishServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startPublishServer();
});
test.afterEach(async ({}, testInfo) => {
  // A failure says little without what the server logged (its revalidations, its errors).
  if (testInfo.status !== testInfo.expectedStatus) console.log(`--- publish server, last lines:\n${server?.output().split("\n").slice(-30).join("\n")}`);
});
test.afterAll(async () => {
  await server?.stop();
});

const TAG = "即時發布測試";
const tagPath = `/tags/${encodeURIComponent(TAG)}/`;
const postFile = (slug: string) => path.join(server.contentDir, "posts", `${slug}.mdx`);
const postText = (title: string, more: Record<string, string> = {}, body = "這是即時發布的內容。\n") =>
  `---\ntitle: "${title}"\ndate: ${more.date ?? "2026-01-15T10:00:00+08:00"}\ndescription: "${title}的摘要"\ntags: ["${TAG}"]\n${Object.entries(more)
    .filter(([k]) => k !== "date")
    .map(([k, v]) => `${k}: ${v}\n`)
    .join("")}---\n\n${body}`;

async function get(p: string, init: RequestInit = {}) {
  const res = await fetch(server.url + p, { redirect: "manual", ...init });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
const body = async (p: string) => (await get(p)).text;
/** Polls until `check` holds: what a reader would see within seconds of the write. */
const soon = (check: () => Promise<unknown>, message: string, timeout = 10_000) => expect.poll(check, { message, timeout, intervals: [100, 200, 300] });

test("a new post shows on its page, the front page, /posts/, its tag page, the feed, the sitemap and the search index", async () => {
  writeFileSync(postFile("live-new"), postText("即時發布的新文章"));
  await soon(async () => (await get("/posts/live-new/")).status, "the post page answers").toBe(200);
  expect(await body("/posts/live-new/")).toContain("即時發布的新文章");
  for (const p of ["/", "/posts/", tagPath]) await soon(async () => (await body(p)).includes("即時發布的新文章"), `${p} lists it`).toBe(true);
  await soon(async () => (await body("/index.xml")).includes("即時發布的新文章"), "the feed has it").toBe(true);
  await soon(async () => (await body("/sitemap-0.xml")).includes("/posts/live-new/"), "the sitemap lists it").toBe(true);
  await soon(async () => (await body("/search-index.json")).includes("即時發布的新文章"), "the search index has it").toBe(true);
  const health = JSON.parse(await body("/healthz/"));
  expect(health).toMatchObject({ status: "ok", contentErrors: 0 });
});

/** A card's bytes as the server answers them (a PNG, cached under its URL after the first request). */
async function card(p: string) {
  const res = await fetch(server.url + p);
  expect(res.status, p).toBe(200);
  expect(res.headers.get("content-type")).toBe("image/png");
  return Buffer.from(await res.arrayBuffer()).toString("base64");
}

test("an edit shows on the post and the lists, and on the post's OG card", async () => {
  const og = "/og/posts/live-new.png";
  const before = await card(og);
  // Served from the cache now: the same bytes again, so a change below is the edit's.
  expect(await card(og)).toBe(before);
  writeFileSync(postFile("live-new"), postText("即時發布的文章改了標題"));
  await soon(async () => (await body("/posts/live-new/")).includes("即時發布的文章改了標題"), "the post shows the new title").toBe(true);
  await soon(async () => (await body("/")).includes("即時發布的文章改了標題"), "the front page shows it").toBe(true);
  expect(await body("/")).not.toContain("即時發布的新文章");
  await soon(async () => (await card(og)) !== before, "the OG card is drawn again with the new title").toBe(true);
});

test("a post's OG card is drawn again after a title edit, whichever spelling of its URL was asked for first", async () => {
  const slug = "即時卡片";
  const canonical = `/og/posts/${encodeURIComponent(slug)}.png`;
  // What some clients send: the same URL with lower-case hex. Next caches the card under the
  // decoded path either way, but tagged with the URL as first asked.
  const lower = canonical.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
  writeFileSync(postFile(slug), postText("卡片的舊標題"));
  await soon(async () => (await get(`/posts/${encodeURIComponent(slug)}/`)).status, "the post page answers").toBe(200);
  const asked = await get(lower);
  expect(asked.status, "the other spelling redirects to the site's own").toBe(308);
  expect(asked.headers.get("location")).toBe(canonical);
  const before = await card(lower);
  expect(await card(canonical)).toBe(before);
  writeFileSync(postFile(slug), postText("卡片的新標題"));
  await soon(async () => (await body(`/posts/${encodeURIComponent(slug)}/`)).includes("卡片的新標題"), "the post shows the new title").toBe(true);
  await soon(async () => (await card(canonical)) !== before, "the card is drawn again").toBe(true);
  expect(await card(lower)).toBe(await card(canonical));
  rmSync(postFile(slug));
});

test("a broken file keeps its last good version serving, /healthz/ reports it with file and line, and the fix clears it", async () => {
  writeFileSync(postFile("live-new"), `---\ntitle: "壞掉的標題\ndate: 2026-01-15T10:00:00+08:00\ntags: [\n---\n\n壞了。\n`);
  await soon(async () => JSON.parse(await body("/healthz/")).contentErrors, "healthz counts the error").toBeGreaterThan(0);
  const health = await get("/healthz/");
  expect(health.status).toBe(200);
  const report = JSON.parse(health.text) as { errors: { file: string; line?: number; message: string }[] };
  expect(report.errors[0].file).toMatch(/posts\/live-new\.mdx$/);
  expect(report.errors[0].message).toMatch(/live-new\.mdx:\d+/);
  const page = await get("/posts/live-new/");
  expect(page.status).toBe(200);
  expect(page.text).toContain("即時發布的文章改了標題");
  expect((await get("/")).status).toBe(200);

  // A body that no longer compiles (front matter fine) is broken too, and also keeps the last good page.
  writeFileSync(postFile("live-new"), postText("即時發布的文章改了標題", {}, "<Unclosed\n"));
  await soon(async () => JSON.stringify(JSON.parse(await body("/healthz/")).errors), "the compile error is reported").toMatch(/live-new\.mdx/);
  expect(await body("/posts/live-new/")).toContain("這是即時發布的內容");

  writeFileSync(postFile("live-new"), postText("即時發布的文章修好了"));
  await soon(async () => JSON.parse(await body("/healthz/")).contentErrors, "the fix clears the error").toBe(0);
  await soon(async () => (await body("/posts/live-new/")).includes("即時發布的文章修好了"), "the fixed post shows").toBe(true);
});

test("an entity added, then broken, keeps its last good page; its fix clears the error", async () => {
  const file = path.join(server.contentDir, "companies", "live-co.mdx");
  const entity = (body: string) => `---\ntitle: "即時公司"\ndescription: "即時新增的公司"\n---\n\n${body}\n`;
  writeFileSync(file, entity("這家公司剛剛加入。"));
  await soon(async () => (await get("/companies/live-co/")).status, "the entity page answers").toBe(200);
  expect(await body("/companies/live-co/")).toContain("這家公司剛剛加入");
  await soon(async () => (await body("/companies/")).includes("即時公司"), "its section lists it").toBe(true);
  writeFileSync(file, entity("<Unclosed"));
  await soon(async () => JSON.stringify(JSON.parse(await body("/healthz/")).errors), "the entity's compile error is reported").toMatch(/live-co\.mdx/);
  const page = await get("/companies/live-co/");
  expect(page.status).toBe(200);
  expect(page.text).toContain("這家公司剛剛加入");
  writeFileSync(file, entity("這家公司修好了。"));
  await soon(async () => JSON.parse(await body("/healthz/")).contentErrors, "the fix clears the error").toBe(0);
  await soon(async () => (await body("/companies/live-co/")).includes("這家公司修好了"), "the fixed entity shows").toBe(true);
});

test("a rename moves the post; a delete makes it 404 and leaves the lists", async () => {
  renameSync(postFile("live-new"), postFile("live-renamed"));
  await soon(async () => (await get("/posts/live-renamed/")).status, "the new URL answers").toBe(200);
  await soon(async () => (await get("/posts/live-new/")).status, "the old URL is gone").toBe(404);
  rmSync(postFile("live-renamed"));
  await soon(async () => (await get("/posts/live-renamed/")).status, "the deleted post 404s").toBe(404);
  for (const p of ["/", "/posts/"]) await soon(async () => (await body(p)).includes("即時發布的文章修好了"), `${p} no longer lists it`).toBe(false);
});

test("a scheduled post goes live on its time with no request to trigger it", async () => {
  const due = new Date(Date.now() + 10_000);
  writeFileSync(postFile("live-scheduled"), postText("排程發布的文章", { date: due.toISOString() }));
  // The watcher's reload sees it as a future post: not shown yet.
  await new Promise((r) => setTimeout(r, 1500));
  expect((await get("/posts/live-scheduled/")).status).toBe(404);
  expect(await body("/")).not.toContain("排程發布的文章");
  // Wait past its time without asking the server anything, then look once.
  await new Promise((r) => setTimeout(r, Math.max(0, due.getTime() - Date.now()) + 3000));
  await soon(async () => (await get("/posts/live-scheduled/")).status, "the post is live", 60_000).toBe(200);
  expect(await body("/")).toContain("排程發布的文章");
  expect(await body("/index.xml")).toContain("排程發布的文章");
  expect(await body("/sitemap-0.xml")).toContain("/posts/live-scheduled/");
});

test("a preview link shows a draft to its holder only: 預覽, noindex, no shared cache; a wrong secret is 401; exit ends it", async () => {
  writeFileSync(postFile("live-draft"), postText("還是草稿的文章", { draft: "true" }));
  expect((await get("/posts/live-draft/")).status).toBe(404);
  for (const p of ["/api/preview", "/api/preview/"]) expect((await get(`${p}?secret=wrong&slug=live-draft`)).status, p).toBe(401);

  const enter = await get(`/api/preview?secret=${server.previewSecret}&slug=live-draft`);
  expect(enter.status).toBe(307);
  expect(enter.headers.get("location")).toBe("/posts/live-draft/");
  const cookie = enter.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  expect(cookie).toContain("__prerender_bypass=");

  const preview = await get("/posts/live-draft/", { headers: { cookie } });
  expect(preview.status).toBe(200);
  expect(preview.text).toContain("還是草稿的文章");
  expect(preview.text).toContain("預覽");
  expect(preview.text).toMatch(/<meta name="robots" content="[^"]*noindex/);
  const cc = preview.headers.get("cache-control") ?? "";
  expect(cc).not.toMatch(/public|s-maxage/);
  expect(cc).toMatch(/private|no-store/);

  // Never for other readers, nor in lists, feeds, sitemaps, search.
  expect((await get("/posts/live-draft/")).status).toBe(404);
  for (const p of ["/", "/posts/", "/index.xml", "/sitemap-0.xml", "/search-index.json", tagPath]) expect(await body(p), p).not.toContain("還是草稿的文章");

  const exit = await get("/api/preview/exit", { headers: { cookie } });
  expect(exit.status).toBe(307);
  expect(exit.headers.getSetCookie().join("\n")).toMatch(/__prerender_bypass=;|Expires=Thu, 01 Jan 1970/);
});

test("an image added under public/ after the build is served, with its type; traversal is refused", async () => {
  copyFileSync(path.resolve("public/images/e2e/chart.png"), path.join(server.publicDir, "images", "live-new.png"));
  const img = await fetch(`${server.url}/images/live-new.png`);
  expect(img.status).toBe(200);
  expect(img.headers.get("content-type")).toBe("image/png");
  expect(img.headers.get("cache-control")).toMatch(/max-age=\d+/);
  expect(Buffer.from(await img.arrayBuffer()).equals(readFileSync(path.resolve("public/images/e2e/chart.png")))).toBe(true);
  for (const p of ["/images/missing.png", "/images/..%2F..%2Fserver.js", "/images/%2E%2E/package.json"]) expect([400, 404], p).toContain((await get(p)).status);
});

test("/api/revalidate answers with and without the slash: 401 without the secret, 200 with it", async () => {
  for (const p of ["/api/revalidate", "/api/revalidate/"]) {
    expect((await get(p, { method: "POST" })).status, p).toBe(401);
    expect((await get(`${p}?secret=wrong`, { method: "POST" })).status, p).toBe(401);
    const ok = await get(p, { method: "POST", headers: { Authorization: `Bearer ${server.revalidateSecret}`, "Content-Type": "application/json" }, body: JSON.stringify({ files: ["content/posts/x.md"] }) });
    expect(ok.status, p).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ contentErrors: [], revalidated: { paths: expect.any(Array) } });
    expect(ok.headers.get("cache-control")).toBe("no-store");
  }
  const bad = await get(`/api/revalidate/?secret=${server.revalidateSecret}`, { method: "POST", body: "not json" });
  expect(bad.status).toBe(400);
});

test("a publish renumbers the search index under a new version: the old numbers answer 404, never another post's text", async () => {
  type Meta = { version: string; shardUrl: string; texts: string; docs: { slug: string }[] };
  const meta = async () => JSON.parse(await body("/search-index.json")) as Meta;
  const before = await meta();
  const seed = before.docs.findIndex((d) => d.slug === "20260127-ai-enterprise-war");
  expect(seed).toBeGreaterThanOrEqual(0);
  const oldText = before.texts.replace("{n}", String(seed));
  const seedText = await get(oldText);
  expect(seedText.status).toBe(200);

  // Newer than the seed post: it takes a number before the seed's, which moves one up.
  const date = new Date(Date.now() - 60_000).toISOString();
  writeFileSync(postFile("search-renumber"), postText("搜尋重新編號的文章", { date }));
  await soon(async () => (await meta()).docs.some((d) => d.slug === "search-renumber"), "the index has it").toBe(true);
  const after = await meta();
  expect(after.version).not.toBe(before.version);
  expect(after.docs.findIndex((d) => d.slug === "20260127-ai-enterprise-war")).toBe(seed + 1);
  expect((await get(oldText)).status).toBe(404);
  expect((await get(before.shardUrl.replace("{n}", "0"))).status).toBe(404);
  expect((await get(after.shardUrl.replace("{n}", "0"))).status).toBe(200);
  expect((await get(after.texts.replace("{n}", String(seed + 1)))).text).toBe(seedText.text);
  const fresh = after.docs.findIndex((d) => d.slug === "search-renumber");
  expect((await get(after.texts.replace("{n}", String(fresh)))).text).toContain("搜尋重新編號的文章的摘要");
  rmSync(postFile("search-renumber"));
});
