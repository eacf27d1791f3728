/**
 * Content beyond posts, against the production build of e2e/fixtures/content: root
 * pages, a content file that gives a site route its intro, sections by kind, entity
 * pages, the post <-> entity links, the HTML sitemap and the menus.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a root page is served at /<name>/ with its body", async ({ page }) => {
  expect((await page.goto("/about/"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("關於本站");
  await expect(page.locator("strong", { hasText: "AI 產業" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "聯絡我們" })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/about\/$/);
});

test("a content file at a route the site already has gives it its title and intro, not a second page", async ({ page }) => {
  expect((await page.goto("/archives/"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("文章總覽");
  await expect(page.getByText("每一篇文章，依發表的年月排列。")).toBeVisible();
  await expect(page).toHaveTitle(/^文章總覽 \|/);
});

test("sections list their entries; entity pages answer at /<section>/<slug>/", async ({ page, request }) => {
  expect((await page.goto("/companies/"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公司");
  for (const name of ["OpenAI", "Anthropic", "台積電"]) await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
  for (const path of ["/companies/openai/", "/companies/anthropic/", "/companies/tsmc/", "/people/sam-altman/", "/events/gtc-2099/", "/events/computex-2025/", "/people/", "/events/"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  expect((await request.get("/companies/no-such-company/")).status()).toBe(404);
  // Hugo's page/1/ alias of a list redirects to the list.
  const first = await request.get("/companies/page/1/", { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toMatch(/\/companies\/$/);
});

test("an entity page shows what is filled in and links the entities it names", async ({ page }) => {
  await page.goto("/companies/openai/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("OpenAI");
  await expect(page.getByRole("link", { name: "Sam Altman" }).first()).toHaveAttribute("href", "/people/sam-altman/");
  const outbound = page.locator('a[href="https://openai.com"]').first();
  await expect(outbound).toHaveAttribute("rel", /noopener/);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.join("")).toContain('"Organization"');
  // Anthropic has no products: no heading for what is empty.
  await page.goto("/companies/anthropic/");
  await expect(page.getByRole("heading", { name: "產品與服務" })).toHaveCount(0);
});

test("a post links the companies and people it is about, and their pages list the post", async ({ page }) => {
  await page.goto("/posts/20260210-fp-lead/");
  const mentioned = page.locator("section", { has: page.getByRole("heading", { name: "本文提及" }) });
  await expect(mentioned.getByRole("link", { name: "OpenAI" })).toHaveAttribute("href", "/companies/openai/");
  await expect(mentioned.getByRole("link", { name: "Sam Altman" })).toHaveAttribute("href", "/people/sam-altman/");
  await expect(mentioned.locator('[data-unknown-entity="not-a-company"]')).toHaveText("not-a-company");
  await page.goto("/companies/openai/");
  await expect(page.getByRole("link", { name: "前線晶片競賽：新一代 AI 加速器的三個關鍵數字" })).toHaveAttribute("href", "/posts/20260210-fp-lead/");
});

test("events list upcoming ones first, then past ones by year", async ({ page }) => {
  await page.goto("/events/");
  const text = await page.locator("main").innerText();
  expect(text.indexOf("GTC 2099")).toBeGreaterThanOrEqual(0);
  expect(text.indexOf("GTC 2099")).toBeLessThan(text.indexOf("COMPUTEX 2025"));
  await expect(page.getByText(/3 月 16 日 – 19 日/).first()).toBeVisible();
});

test("/sitemap/ lists every section and page, and the footer links to it", async ({ page }) => {
  await page.goto("/sitemap/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("網站地圖");
  for (const [name, href] of [["公司", "/companies/"], ["人物", "/people/"], ["活動", "/events/"], ["關於本站", "/about/"]]) {
    await expect(page.getByRole("link", { name, exact: true }).first()).toHaveAttribute("href", href);
  }
  await expect(page.getByRole("navigation", { name: "頁尾選單" }).getByRole("link", { name: "網站地圖" })).toHaveAttribute("href", "/sitemap/");
});

test("search finds an entity by its English and its Chinese name", async ({ page }) => {
  await page.goto("/search/?q=TSMC");
  await expect(page.getByTestId("search-results").getByRole("link", { name: /台積電/ })).toHaveAttribute("href", "/companies/tsmc/");
  await page.goto(`/search/?q=${encodeURIComponent("山姆")}`);
  await expect(page.getByTestId("search-results").getByRole("link", { name: /Sam Altman/ })).toHaveAttribute("href", "/people/sam-altman/");
});

for (const path of ["/companies/", "/companies/openai/", "/people/sam-altman/", "/events/", "/events/gtc-2099/", "/about/", "/sitemap/"]) {
  test(`axe: ${path} has no serious or critical violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
}
