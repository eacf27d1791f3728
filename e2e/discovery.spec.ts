import { expect, test, type Page } from "@playwright/test";

const SEED = "/posts/20260127-ai-enterprise-war/";
const enc = encodeURIComponent;
// The e2e site also holds the seed's Hugo original, copied unchanged (same title) under another slug.
const HUGO_COPY = "/posts/hugo-copy-20260127-ai-enterprise-war/";

async function titlesOf(page: Page): Promise<string[]> {
  return page.locator("main article h2").allTextContents();
}

test.describe("tag pages", () => {
  test("a Chinese tag page opens from a post and lists the post", async ({ page }) => {
    await page.goto(SEED);
    await page.locator("article footer").getByRole("link", { name: "#企業 AI" }).click();
    await expect(page).toHaveURL(`/tags/${enc("企業-ai")}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("#企業 AI");
    await expect(page.locator("main article", { has: page.locator(`a[href="${SEED}"]`) })).toHaveCount(1);
    // `企業AI` (no space) is merged in: the fixture written that way is listed too.
    await expect(page.locator("main article", { hasText: "跨年夜的 AI 新聞整理" })).toHaveCount(1);
  });

  test("tags with + . # / and Chinese tags are served by the production build", async ({ request }) => {
    const cases: [string, string][] = [
      [`/tags/${enc("企業-ai")}/`, "#企業 AI"],
      ["/tags/企業-ai/", "#企業 AI"],
      ["/tags/c++/", "#C++"],
      [`/tags/${enc("c++")}/`, "#C++"],
      [`/tags/${enc("c#")}/`, "#C#"],
      ["/tags/ai-ml/", "#AI/ML"],
      ["/tags/node.js", "#Node.js"],
    ];
    for (const [url, heading] of cases) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(await res.text(), url).toContain(`>${heading}</h1>`);
    }
    expect((await request.get("/tags/no-such-tag/")).status()).toBe(404);
  });

  test("a variant's own slug redirects to the merged tag page", async ({ request, page }) => {
    const res = await request.get(`/tags/${enc("企業ai")}/`, { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers().location).toBe(`/tags/${enc("企業-ai")}/`);
    await page.goto(`/tags/${enc("企業ai")}/`);
    await expect(page).toHaveURL(`/tags/${enc("企業-ai")}/`);
  });

  test("the tags index lists every tag with its count, most used first", async ({ page }) => {
    await page.goto("/tags/");
    const items = page.getByRole("list", { name: "所有標籤" }).getByRole("link");
    expect(await items.count()).toBeGreaterThan(100);
    const counts = (await items.allTextContents()).map((t) => Number(/\((\d+)\)$/.exec(t)![1]));
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]);
    await page.getByRole("link", { name: /^#企業 AI/ }).click();
    await expect(page).toHaveURL(`/tags/${enc("企業-ai")}/`);
  });

  test("a tag with more than 20 posts is paginated", async ({ page }) => {
    await page.goto("/tags/ai-agent/");
    await expect(page.locator("main article")).toHaveCount(20);
    await page.getByRole("link", { name: /較舊的文章/ }).click();
    await expect(page).toHaveURL("/tags/ai-agent/page/2/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("#AI agent（第 2 頁）");
    await expect(page.locator("main article")).not.toHaveCount(0);
  });
});

test("categories: index with counts, a category's pages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主選單" }).getByRole("link", { name: "分類" }).click();
  await expect(page).toHaveURL("/categories/");
  const list = page.getByRole("list", { name: "所有分類" }).getByRole("link");
  await expect(list).toHaveCount(8);
  await expect(list.first()).toContainText("AI 產業動態");
  await list.first().click();
  await expect(page).toHaveURL("/categories/ai-industry/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AI 產業動態");
  await expect(page.locator("main article")).toHaveCount(20);
  await page.getByRole("link", { name: /較舊的文章/ }).click();
  await expect(page).toHaveURL("/categories/ai-industry/page/2/");
  await expect(page.locator("main article")).not.toHaveCount(0);
});

test.describe("tag filter on the list of all posts", () => {
  test("two tags narrow the list (AND), live counts, URL, reload and back", async ({ page }) => {
    await page.goto("/posts/");
    const filter = page.getByRole("region", { name: /依標籤篩選/ });
    const agent = filter.getByRole("button", { name: /^#AI agent/ });
    const enterprise = filter.getByRole("button", { name: /^#企業 AI/ });
    await expect(agent).toHaveAttribute("aria-pressed", "false");

    await agent.click();
    await expect(agent).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL("/posts/?tag=ai-agent");
    await expect(filter.getByRole("status")).toContainText("#AI agent");
    // The chip now shows how many of the matching posts also have that tag.
    const expected = Number(/\((\d+)\)/.exec((await enterprise.textContent()) ?? "")![1]);
    expect(expected).toBeGreaterThan(0);

    await enterprise.click();
    await expect(page).toHaveURL(`/posts/?tag=ai-agent&tag=${enc("企業-ai")}`);
    await expect(filter.getByRole("status")).toHaveText(`同時有 #AI agent、#企業 AI 的文章共 ${expected} 篇`);
    const results = page.locator("[data-filter-results] article");
    await expect(results).toHaveCount(Math.min(expected, 20));
    for (const card of await results.all()) {
      await expect(card.getByRole("link", { name: "#AI agent", exact: true })).toHaveCount(1);
      await expect(card.getByRole("link", { name: "#企業 AI", exact: true })).toHaveCount(1);
    }
    expect(await titlesOf(page)).toContain("AI 代理人入門（1）");
    const before = await titlesOf(page);

    await page.reload();
    await expect(enterprise).toHaveAttribute("aria-pressed", "true");
    await expect(agent).toHaveAttribute("aria-pressed", "true");
    await expect(results).toHaveCount(before.length);
    expect(await titlesOf(page)).toEqual(before);

    await page.goBack();
    await expect(page).toHaveURL("/posts/?tag=ai-agent");
    await expect(enterprise).toHaveAttribute("aria-pressed", "false");

    await filter.getByRole("button", { name: "清除篩選" }).click();
    await expect(page).toHaveURL("/posts/");
    await expect(page.locator("main article")).toHaveCount(20);
  });

  test("a shared link filters on load, even by a tag outside the chips", async ({ page }) => {
    await page.goto(`/posts/?tag=codex&tag=${enc("企業-ai")}`);
    const filter = page.getByRole("region", { name: /依標籤篩選/ });
    await expect(filter.getByRole("button", { name: /^#Codex/ })).toHaveAttribute("aria-pressed", "true");
    // The seed post and its Hugo original are the only posts with both tags.
    await expect(filter.getByRole("status")).toHaveText("同時有 #Codex、#企業 AI 的文章共 2 篇");
    await expect(page.locator("[data-filter-results] article")).toHaveCount(2);
    await expect(page.locator(`[data-filter-results] article h2 a[href="${SEED}"]`)).toHaveCount(1);
    await expect(page.locator(`[data-filter-results] article h2 a[href="${HUGO_COPY}"]`)).toHaveCount(1);
  });

  test("a chip stays a link: a modified click opens the tag's page in a new tab and leaves the filter alone", async ({ page, context }) => {
    await page.goto("/posts/");
    const agent = page.getByRole("region", { name: /依標籤篩選/ }).getByRole("button", { name: /^#AI agent/ });
    // aria-pressed appears once the filter runs: the same element as the server's link.
    await expect(agent).toHaveAttribute("aria-pressed", "false");
    await expect(agent).toHaveAttribute("href", "/tags/ai-agent/");
    const [tab] = await Promise.all([context.waitForEvent("page"), agent.click({ modifiers: ["ControlOrMeta"] })]);
    await expect(tab).toHaveURL(/\/tags\/ai-agent\/$/);
    await expect(agent).toHaveAttribute("aria-pressed", "false");
    await expect(page).toHaveURL("/posts/");
  });

  test("works from the keyboard", async ({ page }) => {
    await page.goto("/posts/");
    const agent = page.getByRole("button", { name: /^#AI agent/ });
    await agent.focus();
    await page.keyboard.press("Space");
    await expect(agent).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("Enter");
    await expect(agent).toHaveAttribute("aria-pressed", "false");
    await expect(page).toHaveURL("/posts/");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every chip is a plain link to its tag page", async ({ page }) => {
    await page.goto("/posts/");
    const chips = page.locator("[data-tag-filter] li > a");
    expect(await chips.count()).toBeGreaterThan(5);
    await expect(page.locator("[data-tag-filter] button")).toHaveCount(0);
    await expect(chips.filter({ hasText: "企業 AI" })).toHaveAttribute("href", `/tags/${enc("企業-ai")}/`);
    // Spelling variants are one tag, shown as the most used spelling (`AI agent` over `AI Agent`).
    await chips.filter({ hasText: "AI agent" }).click();
    await expect(page).toHaveURL("/tags/ai-agent/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("#AI agent");
  });
});

test("archives group posts by year and month in Taipei time", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主選單" }).getByRole("link", { name: "文章列表" }).click();
  await expect(page).toHaveURL("/archives/");
  const years = page.getByRole("heading", { level: 2 });
  await expect(years.first()).toContainText("2026 年");
  await expect(years.nth(1)).toContainText("2025 年");
  // 2025-12-31T17:30Z is 1 January 2026 in Taipei.
  const jan = page.getByRole("region", { name: "2026 年 1 月" });
  await expect(jan.getByRole("link", { name: "跨年夜的 AI 新聞整理" })).toBeVisible();
  await expect(jan.getByRole("listitem").filter({ hasText: "跨年夜" }).locator("time")).toHaveText("1/1");
  await expect(jan.locator(`a[href="${SEED}"]`)).toBeVisible();
  await expect(page.getByRole("region", { name: "2025 年 12 月" }).getByRole("link", { name: "AI 代理人入門（1）" })).toBeVisible();
});

test.describe("after a post", () => {
  test("series navigation lists the parts in order", async ({ page }) => {
    await page.goto("/posts/20251201-agent-series-1/");
    const nav = page.getByRole("navigation", { name: /系列：AI 代理人入門/ });
    await expect(nav).toContainText("第 2 / 3 篇");
    await expect(nav.getByRole("listitem")).toHaveText(["AI 代理人入門（2）", "AI 代理人入門（1）", "AI 代理人入門（3）"]);
    await expect(nav.locator('[aria-current="page"]')).toHaveText("AI 代理人入門（1）");
    await nav.getByRole("link", { name: "AI 代理人入門（3）" }).click();
    await expect(page).toHaveURL("/posts/20251203-agent-series-3/");
  });

  test("related posts and previous/next links", async ({ page }) => {
    await page.goto(SEED);
    const related = page.getByRole("region", { name: "相關文章" }).getByRole("link");
    await expect(related).toHaveCount(4);
    expect(await related.allTextContents()).not.toContain("AI 企業大戰：OpenAI 急起直追、Anthropic 佔據先機、Amazon 虎視眈眈");
    // Its Hugo original is another write-up of the same article: not a related post.
    await expect(page.getByRole("region", { name: "相關文章" }).locator(`a[href="${HUGO_COPY}"]`)).toHaveCount(0);
    const nav = page.getByRole("navigation", { name: "上一篇與下一篇" });
    await expect(nav.getByRole("link")).toHaveCount(2);
    // Same timestamp: the Hugo copy sorts after the seed by slug, so it is the older neighbour.
    await nav.getByRole("link", { name: /上一篇/ }).click();
    await expect(page).toHaveURL(HUGO_COPY);
    await expect(page.getByRole("navigation", { name: "上一篇與下一篇" }).getByRole("link", { name: /下一篇/ })).toHaveAttribute("href", SEED);
  });
});

test("header and footer navigation are on every page", async ({ page }) => {
  for (const url of ["/tags/", `/tags/${enc("企業-ai")}/`, "/archives/", "/categories/ai-tech/", SEED]) {
    await page.goto(url);
    for (const name of ["首頁", "分類", "標籤", "文章列表"]) {
      await expect(page.getByRole("navigation", { name: "主選單" }).getByRole("link", { name })).toBeVisible();
    }
    await expect(page.getByRole("navigation", { name: "頁尾選單" }).getByRole("link", { name: "標籤" })).toBeVisible();
  }
});

test("the filter says which tags in a link it does not know", async ({ page }) => {
  await page.goto("/posts/?tag=codex&tag=no-such-tag");
  const status = page.getByRole("region", { name: /依標籤篩選/ }).getByRole("status");
  await expect(status).toHaveText("同時有 #Codex 的文章共 2 篇（找不到標籤：no-such-tag）");
});

test("on a tag page the filter narrows that tag's posts; short tag pages have no filter", async ({ page }) => {
  await page.goto(`/tags/${enc("企業-ai")}/`);
  const filter = page.getByRole("region", { name: /依標籤篩選/ });
  // The tag itself is the page's scope, not a chip.
  await expect(filter.getByRole("button", { name: /^#企業 AI/ })).toHaveCount(0);
  const agent = filter.getByRole("button", { name: /^#AI agent/ });
  const expected = Number(/\((\d+)\)/.exec((await agent.textContent()) ?? "")![1]);
  await agent.click();
  await expect(page).toHaveURL(`/tags/${enc("企業-ai")}/?tag=ai-agent`);
  await expect(filter.getByRole("status")).toHaveText(`同時有 #企業 AI、#AI agent 的文章共 ${expected} 篇`);
  const results = page.locator("[data-filter-results] article");
  await expect(results).toHaveCount(Math.min(expected, 20));
  for (const card of await results.all()) {
    await expect(card.getByRole("link", { name: "#企業 AI", exact: true })).toHaveCount(1);
    await expect(card.getByRole("link", { name: "#AI agent", exact: true })).toHaveCount(1);
  }
  await page.goto(`/tags/${enc("c#")}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("#C#");
  await expect(page.getByRole("region", { name: /依標籤篩選/ })).toHaveCount(0);
});
