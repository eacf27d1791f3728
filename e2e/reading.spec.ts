import { expect, test, type Page } from "@playwright/test";

const FIXTURE = "/posts/20260120-reading-fixture/";
const FIXTURE_TITLE = "閱讀體驗測試：程式碼、圖片與目錄";
const SEED = "/posts/20260127-ai-enterprise-war/";

const htmlIsDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains("dark"));

/** Serve pages without their external scripts: only the inline <head> script can run, React never does. */
async function withoutBundles(page: Page) {
  await page.route(
    (url) => !url.pathname.startsWith("/_next/"),
    async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const res = await route.fetch();
      const html = (await res.text()).replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, "");
      await route.fulfill({ response: res, body: html });
    },
  );
}

test.describe("dark mode", () => {
  test("follows the system when the reader has not chosen", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    expect(await htmlIsDark(page)).toBe(true);
    await expect(page.locator('[data-theme-toggle][data-theme="dark"]')).toBeVisible(); // hydrated
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(() => htmlIsDark(page)).toBe(false);
  });

  test("the toggle overrides the system, is remembered, and is applied before any bundle runs", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(SEED);
    expect(await htmlIsDark(page)).toBe(false);
    const toggle = page.getByRole("button", { name: "切換為深色模式" });
    await toggle.click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(page.getByRole("button", { name: "切換為淺色模式" })).toHaveAttribute("aria-pressed", "true");
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

    // Reload with every external script stripped: the class must come from the inline
    // <head> script alone, i.e. before hydration and before the first paint.
    await withoutBundles(page);
    await page.reload();
    expect(await page.evaluate(() => document.querySelectorAll("script[src]").length)).toBe(0);
    expect(await htmlIsDark(page)).toBe(true);
    // Dark colours are really in use, not just the class.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
    await page.unrouteAll({ behavior: "wait" });

    // Choosing light beats a dark system too.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    expect(await htmlIsDark(page)).toBe(true);
    await page.getByRole("button", { name: "切換為淺色模式" }).click();
    await page.reload();
    expect(await htmlIsDark(page)).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");
  });

  test("code blocks switch colours with the theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(FIXTURE);
    const pre = page.locator("article pre.shiki").first();
    await expect(pre).toBeVisible();
    const bg = () => pre.evaluate((el) => getComputedStyle(el).backgroundColor);
    const light = await bg();
    await page.getByRole("button", { name: "切換為深色模式" }).click();
    await expect.poll(bg).not.toBe(light);
  });
});

test.describe("table of contents", () => {
  test("on a wide screen it sits beside the text, links keep Chinese anchors and scroll to the heading", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(FIXTURE);
    const toc = page.locator('[data-toc="sidebar"]');
    await expect(toc).toBeVisible();
    await expect(page.locator('[data-toc="details"]')).toBeHidden();
    await expect(toc.getByRole("link")).toHaveText(["背景說明", "成本的變化", "程式碼範例", "我的觀察", "結論"]);
    const link = toc.getByRole("link", { name: "我的觀察" });
    await expect(link).toHaveAttribute("href", "#我的觀察");
    await link.click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe("#我的觀察");
    const heading = page.locator("h2#我的觀察");
    await expect(heading).toBeInViewport();
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(100);
    // The section being read is marked, and the sidebar stays in view while reading.
    await expect(link).toHaveAttribute("aria-current", "location");
    await expect(toc).toBeInViewport();
  });

  test("on a phone it is a collapsed list above the text", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(FIXTURE);
    await expect(page.locator('[data-toc="sidebar"]')).toBeHidden();
    const details = page.locator('[data-toc="details"] details');
    await expect(details).toBeVisible();
    await expect(details.getByRole("link", { name: "結論" })).toBeHidden();
    await details.locator("summary").click();
    await details.getByRole("link", { name: "結論" }).click();
    await expect(page.locator("h2#結論")).toBeInViewport();
  });

  test("a post with fewer than three headings has none", async ({ page }) => {
    await page.goto("/");
    const href = await page.locator("main article h2 a").filter({ hasNotText: /AI 企業大戰|閱讀體驗測試/ }).first().getAttribute("href");
    await page.goto(href!);
    await expect(page.locator("[data-toc]")).toHaveCount(0);
  });
});

test.describe("save for later", () => {
  test("round trip: save from a card and a post, list, survive a reload, remove, clear", async ({ page }) => {
    await page.goto("/posts/");
    const card = page.locator("main article", { hasText: FIXTURE_TITLE });
    const save = card.getByRole("button", { name: `稍後閱讀：${FIXTURE_TITLE}` });
    await expect(save).toHaveAttribute("aria-pressed", "false");
    await save.click();
    await expect(card.getByRole("button", { name: `已加入稍後閱讀：${FIXTURE_TITLE}` })).toHaveAttribute("aria-pressed", "true");

    await page.goto(SEED);
    await page.locator("article header").getByRole("button", { name: /^稍後閱讀：/ }).click();
    await expect(page.locator("article header").getByRole("button", { name: /^已加入稍後閱讀：/ })).toBeVisible();

    await page.goto("/reading-list/");
    const list = page.locator("[data-saved-list]");
    await expect(list.getByRole("link")).toHaveText([/AI 企業大戰/, FIXTURE_TITLE]);
    await expect(list.locator("li", { hasText: FIXTURE_TITLE })).toContainText("2026 年 1 月 20 日");
    await page.reload();
    await expect(list.getByRole("link")).toHaveCount(2);

    await list.getByRole("button", { name: `移除：${FIXTURE_TITLE}` }).click();
    await expect(list.getByRole("link")).toHaveText([/AI 企業大戰/]);
    await page.goto(FIXTURE);
    await expect(page.locator("article header").getByRole("button", { name: `稍後閱讀：${FIXTURE_TITLE}` })).toHaveAttribute("aria-pressed", "false");

    await page.goto("/reading-list/");
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "全部清除" }).click();
    await expect(page.locator("[data-saved-empty]")).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("saved-posts"))).toBeNull();
  });

  test("one listener serves every save button: a card saved before a tag filter is still marked after clearing it", async ({ page }) => {
    await page.goto("/posts/");
    const card = page.locator("main article", { hasText: FIXTURE_TITLE });
    await card.getByRole("button", { name: `稍後閱讀：${FIXTURE_TITLE}` }).click();
    await expect(card.getByRole("button", { name: `已加入稍後閱讀：${FIXTURE_TITLE}` })).toHaveAttribute("aria-pressed", "true");
    // Filtering replaces the server-rendered list; clearing brings back fresh buttons that must be marked again.
    await page.locator("[data-tag-filter]").getByRole("button").first().click();
    await page.getByRole("button", { name: "清除篩選" }).click();
    const again = card.getByRole("button", { name: `已加入稍後閱讀：${FIXTURE_TITLE}` });
    await expect(again).toHaveAttribute("aria-pressed", "true");
    await again.click();
    await expect(card.getByRole("button", { name: `稍後閱讀：${FIXTURE_TITLE}` })).toHaveAttribute("aria-pressed", "false");
    expect(await page.evaluate(() => localStorage.getItem("saved-posts"))).toBeNull();
  });

  test("the saved list goes to the post it names", async ({ page }) => {
    await page.goto(FIXTURE);
    await page.locator("article header").getByRole("button", { name: /^稍後閱讀：/ }).click();
    await page.goto("/reading-list/");
    await page.getByRole("link", { name: FIXTURE_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`${FIXTURE}$`));
  });
});

test.describe("post body", () => {
  test("local images go through next/image with their size, alt text and lazy loading; titled ones get a caption", async ({ page }) => {
    await page.goto(FIXTURE);
    const first = page.locator('article img[alt="示意圖：藍色圓形與橘色方塊"]');
    await expect(first).toHaveAttribute("width", "960");
    await expect(first).toHaveAttribute("height", "540");
    await expect(first).toHaveAttribute("src", /\/_next\/image\/?\?url=%2Fimages%2Fe2e%2Fchart\.png/);
    await expect(page.locator("article figure figcaption")).toHaveText("圖一：推論成本的變化");
    const below = page.locator('article img[alt="第二張圖在頁面下方"]');
    await expect(below).toHaveAttribute("loading", "lazy");
    await below.scrollIntoViewIfNeeded();
    await expect.poll(() => below.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  test("code is highlighted in the HTML and the copy button copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(FIXTURE);
    const block = page.locator(".code-block").filter({ hasText: "計算閱讀時間" });
    await expect(block.locator("pre.shiki span[style]").first()).toBeVisible();
    await block.getByRole("button", { name: "複製程式碼" }).click();
    await expect(block.getByRole("button", { name: "已複製" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("export function minutes(han: number, words: number): number {");
  });

  test("cards and posts show reading time", async ({ page }) => {
    await page.goto("/posts/");
    await expect(page.locator("main article", { hasText: FIXTURE_TITLE })).toContainText(/約 \d+ 分鐘/);
    await page.goto(FIXTURE);
    await expect(page.locator("article header")).toContainText(/約 \d+ 分鐘/);
  });
});

test("the 404 page offers a way back: home, latest posts and tags", async ({ page }) => {
  const res = await page.goto("/no-such-page/");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("404");
  await expect(page.getByRole("link", { name: "回到首頁看最新文章" })).toHaveAttribute("href", "/");
  // The newest post (a front-page fixture dated 2026-02-10) leads the list.
  await expect(page.locator("[data-latest-posts] a").first()).toHaveAttribute("href", "/posts/20260210-fp-lead/");
  await expect(page.getByRole("list", { name: "熱門標籤" }).getByRole("link").first()).toHaveAttribute("href", /^\/tags\//);
});

test("keyboard: the skip link is first and jumps to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要內容" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("smooth scrolling only when the reader has not asked for reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto("/");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});
