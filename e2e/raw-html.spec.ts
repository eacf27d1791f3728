/**
 * Raw HTML in a Hugo .md post, with the e2e site configuration's markup.unsafeHtml on
 * (scripts/prepare-e2e.ts): a YouTube iframe is the click-to-load facade, nothing is
 * framed or fetched before the click, and harmless HTML renders sanitized.
 */
import { expect, test } from "@playwright/test";

const POST = "/posts/20200102-raw-html/";

test("a raw YouTube iframe in a .md post is the click-to-load facade; harmless HTML renders, sanitized", async ({ page }) => {
  const framed: string[] = [];
  page.on("request", (req) => {
    if (/(^|\.)youtube(-nocookie)?\.com$|(^|\.)ytimg\.com$/.test(new URL(req.url()).hostname)) framed.push(req.url());
  });
  await page.route(/youtube(-nocookie)?\.com/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<p>player</p>" }));
  expect((await page.goto(POST))?.status()).toBe(200);
  const prose = page.locator("article .prose");
  const play = page.getByRole("button", { name: /播放影片/ });
  await expect(play).toHaveCount(1);
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(prose.locator("details summary")).toHaveText("展開說明");
  await expect(prose.locator("details strong")).toHaveText("Markdown");
  await expect(prose.locator("sup")).toHaveText("1");
  // The sanitizer keeps the div's text, not its class or style.
  const div = prose.locator("div", { hasText: "一段 div 文字" }).last();
  await expect(div).not.toHaveAttribute("style", /./);
  await expect(div).not.toHaveAttribute("class", /note/);
  await page.waitForLoadState("load");
  expect(framed).toEqual([]);
  await play.click();
  await expect(page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/ME8_6c6eY4o"]')).toBeVisible();
  expect(framed.some((u) => u.includes("start=30"))).toBe(true);
});
