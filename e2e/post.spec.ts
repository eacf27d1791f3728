import { expect, test } from "@playwright/test";

const SEED = "/posts/20260127-ai-enterprise-war/";
const HEADINGS = [
  "Sam Altman 的高級晚宴：一場搶客戶的宣言",
  "Anthropic 的逆襲：Claude Code 改變了遊戲規則",
  "OpenAI 的反擊：從組織到產品全面調整",
  "Amazon 的第三勢力：Trainium 與平台策略",
  "Agentic Commerce：下一個戰場",
  "AI 與就業：短期陣痛，長期樂觀",
  "我的觀察",
  "延伸閱讀",
];

test("the seed post shows its header, every section and its sources", async ({ page }) => {
  const res = await page.goto(SEED);
  expect(res?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant-TW");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AI 企業大戰：OpenAI 急起直追、Anthropic 佔據先機、Amazon 虎視眈眈");
  await expect(page.locator("article time").first()).toHaveText("2026 年 1 月 27 日");
  await expect(page.locator("article header").getByRole("link", { name: "AI 產業動態" })).toBeVisible();
  const source = page.getByRole("link", { name: "The Information" });
  await expect(source).toHaveAttribute("href", "https://www.theinformation.com/articles/openai-aims-lure-businesses-anthropic");
  for (const h of HEADINGS) await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
  await expect(page.locator("h2#我的觀察")).toHaveCount(1);
  // Bold phrases and the closing paragraph survive conversion.
  await expect(page.locator("strong", { hasText: "第一，「做產品」和「賣產品」是兩回事。" })).toBeVisible();
  await expect(page.getByText("因為你的競爭對手可能已經在用了。")).toBeVisible();
  await expect(page.locator("article hr")).toHaveCount(8);
  // Tags link to Hugo-style tag pages.
  await expect(page.locator("article footer").getByRole("link", { name: "#企業 AI" })).toHaveAttribute("href", `/tags/${encodeURIComponent("企業-ai")}/`);
  // The further-reading link points at a post that does not exist: plain text, not a dead link.
  const missing = page.locator('[data-missing-link="/posts/20260127-sam-altman-builder-town-hall-2026/"]');
  await expect(missing).toHaveText("Sam Altman 開發者座談：2026 年你該知道的事");
  await expect(page.locator('a[href="/posts/20260127-sam-altman-builder-town-hall-2026/"]')).toHaveCount(0);
  // No cover file exists for the seed post: no broken image.
  await expect(page.locator('article header img')).toHaveCount(0);
});

test("the YouTube facade loads nothing from YouTube, not even the thumbnail, until clicked", async ({ page }) => {
  const youtube: string[] = [];
  page.on("request", (req) => {
    const host = new URL(req.url()).hostname;
    if (/(^|\.)youtube(-nocookie)?\.com$|(^|\.)googlevideo\.com$|(^|\.)ytimg\.com$/.test(host)) youtube.push(req.url());
  });
  await page.route(/youtube(-nocookie)?\.com/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<p>player</p>" }));
  await page.goto(SEED);
  const play = page.getByRole("button", { name: /播放影片/ });
  await expect(play).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  expect(youtube).toEqual([]);
  await play.focus();
  await page.keyboard.press("Enter");
  const frame = page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/ME8_6c6eY4o"]');
  await expect(frame).toBeVisible();
  // The frame's request event can come after the element is visible: wait for it, do not sample once.
  await expect.poll(() => youtube.some((u) => u.includes("youtube-nocookie.com/embed/ME8_6c6eY4o"))).toBe(true);
});

test("an unknown post slug is a 404 page", async ({ page }) => {
  const res = await page.goto("/posts/no-such-post/");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /404/ })).toBeVisible();
});

test("drafts are left out of the production build", async ({ page }) => {
  const res = await page.goto("/posts/fixture-draft-post/");
  expect(res?.status()).toBe(404);
  await page.goto("/");
  await expect(page.getByText("草稿：尚未發布的文章")).toHaveCount(0);
});
