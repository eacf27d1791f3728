import { expect, test } from "@playwright/test";

test("home lists the newest 20 posts and paginates", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator("main article");
  await expect(cards).toHaveCount(20);
  // Newest first: dates never increase down the page.
  const stamps = await page.locator("main article time").evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime") ?? "")));
  for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeLessThanOrEqual(stamps[i - 1]);
  await page.getByRole("link", { name: /較舊的文章/ }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("第 2 頁");
  await expect(page.locator("main article")).not.toHaveCount(0);
});

test("the seed post is listed with its date, category and tags", async ({ page }) => {
  await page.goto("/");
  // By link, not title: e2e/fixtures/hugo holds a byte-for-byte copy of the seed under another slug.
  const card = page.locator("main article", { has: page.locator('a[href="/posts/20260127-ai-enterprise-war/"]') });
  await expect(card).toHaveCount(1);
  await expect(card.locator("time")).toHaveText("2026 年 1 月 27 日");
  await expect(card.getByRole("link", { name: "AI 產業動態" })).toBeVisible();
  await expect(card.getByRole("link", { name: "#OpenAI" })).toBeVisible();
  await card.getByRole("link", { name: /AI 企業大戰/ }).click();
  await expect(page).toHaveURL(/\/posts\/20260127-ai-enterprise-war\/$/);
});
