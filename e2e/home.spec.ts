import { expect, test, type Page } from "@playwright/test";

// The configured category order (lib/site.ts); the e2e content has posts in all eight.
const CATEGORIES = ["AI 產業動態", "AI 技術前沿", "AI 應用實戰", "Podcast 筆記", "影片筆記", "創業與投資", "政策與倫理", "科技觀察"];
const LEAD = "/posts/20260210-fp-lead/";
const SAME_SOURCE = "/posts/20260210-fp-same-source/";

const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));

test.describe("front page", () => {
  test("shows the hero, 今日焦點 and one section per category in order", async ({ page }) => {
    await page.goto("/");
    const hero = page.getByRole("region", { name: "頭條" });
    await expect(hero.locator('article[data-variant="hero"]')).toHaveCount(1);
    await expect(hero.locator('article[data-variant="small"]')).toHaveCount(3);

    const headlines = page.getByRole("region", { name: "今日焦點" });
    await expect(headlines.locator("ol > li")).toHaveCount(6);
    await expect(headlines.locator("time")).toHaveText(/^\d{4} 年 \d{1,2} 月 \d{1,2} 日 \d{2}:\d{2}$/);
    await expect(headlines.locator("time")).toHaveAttribute("datetime", /\+08:00$/);
    for (const item of await headlines.locator("ol > li").all()) await expect(item.getByRole("link")).toHaveCount(1);

    // Newest first across the hero.
    const stamps = await hero.locator("time").evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime") ?? "")));
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeLessThanOrEqual(stamps[i - 1]);

    const sections = page.locator("section[aria-labelledby^='category-']");
    await expect(sections.locator("h2")).toHaveText(CATEGORIES);
    for (const [i, name] of CATEGORIES.entries()) {
      const section = sections.nth(i);
      const cards = section.locator("article");
      expect(await cards.count()).toBeGreaterThan(0);
      expect(await cards.count()).toBeLessThanOrEqual(4);
      await expect(section.getByRole("link", { name: `更多${name}` })).toHaveAttribute("href", /^\/categories\/[^/]+\/$/);
      // Each e2e post has one category, so every card here is that category's.
      for (const card of await cards.all()) await expect(card).toHaveAttribute("data-category", name);
    }
    await expect(page.getByRole("link", { name: "更多AI 產業動態" })).toHaveAttribute("href", "/categories/ai-industry/");
  });

  test("shows each story once at the top, even when two posts share a source", async ({ page }) => {
    await page.goto("/");
    const top = await hrefs(page, "[aria-label='頭條'] :is(h2, h3) a, section[aria-labelledby='headlines-heading'] ol a");
    expect(top.length).toBe(10);
    expect(new Set(top).size).toBe(top.length);
    expect(top).toContain(LEAD);
    expect(top).not.toContain(SAME_SOURCE);
    // The other write-up still shows in its own category.
    const podcast = page.locator("section[aria-labelledby^='category-']", { has: page.getByRole("heading", { name: "Podcast 筆記" }) });
    await expect(podcast.locator(`a[href="${SAME_SOURCE}"]`).first()).toBeVisible();
  });

  test("links open the right posts", async ({ page }) => {
    await page.goto("/");
    const leadTitle = page.locator('article[data-variant="hero"] h2 a');
    const title = (await leadTitle.textContent()) ?? "";
    const href = (await leadTitle.getAttribute("href")) ?? "";
    await leadTitle.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.goto("/");
    const headline = page.locator("section[aria-labelledby='headlines-heading'] ol a").nth(2);
    const headlineTitle = (await headline.textContent()) ?? "";
    await headline.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headlineTitle);

    await page.goto("/");
    const sectionCard = page.locator("section[aria-labelledby^='category-'] article h3 a").last();
    const cardTitle = (await sectionCard.textContent()) ?? "";
    await sectionCard.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cardTitle);
  });

  test("covers go through the image optimizer in fixed boxes; a post without one gets a placeholder", async ({ page }) => {
    await page.goto("/");
    const lead = page.locator('article[data-variant="hero"]');
    await expect(lead.locator(`a[href="${LEAD}"]`).first()).toBeVisible();
    const img = lead.locator("img");
    await expect(img).toHaveAttribute("srcset", /\/_next\/image\/?\?url=%2Fimages%2Ffixtures%2Fcover-circuit\.jpg/);
    await expect(img).toHaveAttribute("sizes", /min-width: 1024px/);
    await expect(img).toHaveAttribute("fetchpriority", "high");
    await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);

    const noCover = page.locator("article", { has: page.locator('h3 a[href="/posts/20260209-fp-no-cover/"]') }).first();
    await expect(noCover.locator("img")).toHaveCount(0);
    await expect(noCover.locator(".aspect-video")).toContainText("創業與投資");

    // Every image on the page, once scrolled into view, loads.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (const el of await page.locator("main img").all()) {
      await el.scrollIntoViewIfNeeded();
      await expect.poll(() => el.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
    }
  });

  test("nothing shifts as the page and its images load", async ({ page }) => {
    await page.goto("/");
    await page.waitForLoadState("load");
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
});

test("the list of all posts is at /posts/, 20 a page, newest first", async ({ page }) => {
  await page.goto("/posts/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("所有文章");
  const cards = page.locator("main article");
  await expect(cards).toHaveCount(20);
  const stamps = await page.locator("main article time").evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime") ?? "")));
  for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeLessThanOrEqual(stamps[i - 1]);
  await page.getByRole("link", { name: /較舊的文章/ }).click();
  await expect(page).toHaveURL(/\/posts\/page\/2\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("第 2 頁");
  await expect(page.locator("main article")).not.toHaveCount(0);
});

test("old /page/N/ links still reach the list's page N", async ({ page, request }) => {
  const res = await request.get("/page/2/", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers().location).toMatch(/\/posts\/page\/2\/$/);
  await page.goto("/page/2/");
  await expect(page).toHaveURL(/\/posts\/page\/2\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("第 2 頁");
  await page.goto("/posts/page/1/");
  await expect(page).toHaveURL(/\/posts\/$/);
});

test("the seed post is listed with its date, category and tags", async ({ page }) => {
  await page.goto("/posts/");
  // By link, not title: e2e/fixtures/hugo holds a byte-for-byte copy of the seed under another slug.
  const card = page.locator("main article", { has: page.locator('a[href="/posts/20260127-ai-enterprise-war/"]') });
  await expect(card).toHaveCount(1);
  await expect(card.locator("time")).toHaveText("2026 年 1 月 27 日");
  await expect(card.getByRole("link", { name: "AI 產業動態" })).toBeVisible();
  await expect(card.getByRole("link", { name: "#OpenAI" })).toBeVisible();
  // Its cover file does not exist: a placeholder, not a broken image.
  await expect(card.locator("img")).toHaveCount(0);
  await card.getByRole("heading").getByRole("link", { name: /AI 企業大戰/ }).click();
  await expect(page).toHaveURL(/\/posts\/20260127-ai-enterprise-war\/$/);
});
