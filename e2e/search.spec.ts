import { expect, test, type Page } from "@playwright/test";

const SEED_TITLE = "AI 企業大戰：OpenAI 急起直追、Anthropic 佔據先機、Amazon 虎視眈眈";
const SEED_URL = /\/posts\/20260127-ai-enterprise-war\/$/;
// By link, not title: the e2e site also holds the seed's Hugo original, copied unchanged under another slug.
const SEED_LINK = 'a[href="/posts/20260127-ai-enterprise-war/"]';

/** Requests for the search index (meta and shards) and post texts. */
function trackSearchRequests(page: Page) {
  const urls: string[] = [];
  page.on("request", (req) => {
    const { pathname } = new URL(req.url());
    if (/^\/(search-(index\.json|shards\/|text\/)|_next\/static\/search-text\/)/.test(pathname)) urls.push(pathname);
  });
  return {
    index: () => urls.filter((u) => u === "/search-index.json"),
    shards: () => urls.filter((u) => u.startsWith("/search-shards/")),
    all: () => urls,
  };
}

test("pages do not load the search index until the reader starts searching", async ({ page }) => {
  const requests = trackSearchRequests(page);
  await page.goto("/");
  await page.waitForLoadState("load");
  // Leave time for anything lazy (prefetches, idle callbacks) to fire: nothing may ask for search files.
  await page.waitForTimeout(1000);
  expect(requests.all()).toEqual([]);
  await page.keyboard.press("/");
  await expect(page.locator("#site-search")).toBeFocused();
  await expect.poll(() => requests.index().length).toBe(1);
  expect(requests.shards()).toEqual([]);
});

test("type a Chinese query on /search/, see the seed post with the words highlighted, open it", async ({ page }) => {
  await page.goto("/search/");
  // The page's own box, by id: the header's box has the same name. It is in the server's
  // HTML, so this may type before hydration: the page must keep that text and search it.
  const input = page.locator("#search-page-input");
  await input.fill("推論成本");
  await expect(page).toHaveURL(/\/search\/\?q=%E6%8E%A8%E8%AB%96%E6%88%90%E6%9C%AC$/);
  const results = page.getByTestId("search-results");
  const hit = results.locator("article", { has: page.locator(SEED_LINK) });
  await expect(hit).toHaveCount(1);
  // 推論成本 is only in the seed post's body: the snippet shows it, marked.
  await expect(hit.getByTestId("search-snippet").locator("mark", { hasText: "推論成本" }).first()).toBeVisible();
  // Posts tagged 推論成本 rank above a post that only mentions it in the body.
  const titles = await results.locator("article h2").allTextContents();
  const first = results.locator("article").first();
  await expect(first.locator("p").first()).toContainText("#推論成本");
  expect(titles.indexOf(SEED_TITLE)).toBeGreaterThan(0);
  await hit.locator(SEED_LINK).first().click();
  await expect(page).toHaveURL(SEED_URL);
});

test("the header box shows results as you type and opens a post", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+k");
  const input = page.locator("#site-search");
  await expect(input).toBeFocused();
  await input.pressSequentially("andy JASSY");
  const panel = page.getByTestId("header-search-results");
  await expect(panel).toHaveAttribute("data-query", "andy JASSY");
  const link = panel.locator(SEED_LINK);
  await expect(link).toHaveCount(1);
  await expect(link.locator("mark")).toHaveCount(0); // the title does not contain the name
  // Keyboard: arrow down to the result, Enter opens it.
  await input.press("ArrowDown");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(SEED_URL);
});

test("Enter in the header box opens /search/ with the query", async ({ page }) => {
  await page.goto("/");
  const input = page.locator("#site-search");
  await input.fill("Trainium");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Trainium$/);
  await expect(page.getByTestId("search-results").locator("article", { has: page.locator(SEED_LINK) })).toHaveCount(1);
});

test("URL round trip: /search/?q= is prefilled and shows results; English is case-insensitive", async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent("claude CODE")}`);
  const input = page.locator("#search-page-input");
  await expect(input).toHaveValue("claude CODE");
  const hit = page.getByTestId("search-results").locator("article", { has: page.locator(SEED_LINK) });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator("mark", { hasText: "Claude" }).first()).toBeVisible();
  // A body-only phrase from the seed post finds it and its Hugo original, nothing else.
  await input.fill("Graviton");
  await expect(page).toHaveURL(/\?q=Graviton$/);
  await expect(page.getByTestId("search-results").locator("article")).toHaveCount(2);
  await expect(page.getByTestId("search-snippet").locator("mark")).toHaveText(["Graviton", "Graviton"]);
  await page.reload();
  await expect(page.locator("#search-page-input")).toHaveValue("Graviton");
  await expect(page.getByTestId("search-results").locator("article", { has: page.locator(SEED_LINK) })).toHaveCount(1);
});

/** Holds the page's scripts back, as a slow phone would, until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const start of ["/search/", `/search/?q=${encodeURIComponent("Graviton")}`]) {
  test(`text typed into ${decodeURIComponent(start)} before the page's JavaScript runs is kept and searched`, async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto(start, { waitUntil: "domcontentloaded" });
    const input = page.locator("#search-page-input");
    await input.fill("推論成本");
    release();
    await expect(page).toHaveURL(/\/search\/\?q=%E6%8E%A8%E8%AB%96%E6%88%90%E6%9C%AC$/);
    await expect(input).toHaveValue("推論成本");
    await expect(page.getByTestId("search-results").locator("article", { has: page.locator(SEED_LINK) })).toHaveCount(1);
    await expect(page.getByTestId("search-results")).toHaveAttribute("data-query", "推論成本");
  });
}

test("IME: no search while composing, one search on commit", async ({ page }) => {
  const requests = trackSearchRequests(page);
  await page.goto("/search/");
  const input = page.locator("#search-page-input");
  await input.focus();
  await expect.poll(() => requests.index().length).toBe(1);
  // What a 注音 keyboard sends: compositionstart, then updates with input events
  // whose text is half-typed syllables, then compositionend with the chosen characters.
  await input.evaluate((el: HTMLInputElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    el.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true, data: "" }));
    for (const step of ["ㄊ", "ㄊㄨㄟ", "推", "推ㄌㄨㄣˋ", "推論", "推論ㄔㄥˊ", "推論成本"]) {
      el.dispatchEvent(new CompositionEvent("compositionupdate", { bubbles: true, data: step }));
      setValue.call(el, step);
      el.dispatchEvent(new InputEvent("input", { bubbles: true, data: step, inputType: "insertCompositionText", isComposing: true }));
    }
  });
  await expect(input).toHaveValue("推論成本");
  // Give a search every chance to start: none may.
  await page.waitForTimeout(600);
  const results = page.getByTestId("search-results");
  await expect(results).toHaveAttribute("data-query", "");
  await expect(results.locator("article")).toHaveCount(0);
  expect(requests.shards()).toEqual([]);
  await expect(page).toHaveURL(/\/search\/$/);
  await input.evaluate((el: HTMLInputElement) => {
    el.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "推論成本" }));
  });
  await expect(results).toHaveAttribute("data-query", "推論成本");
  await expect(results.locator("article", { has: page.locator(SEED_LINK) })).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=%E6%8E%A8%E8%AB%96%E6%88%90%E6%9C%AC$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/search/ offers a Google search restricted to this site", async ({ page }) => {
    let asked: URL | null = null;
    await page.route(/^https:\/\/www\.google\.com\//, (route) => {
      asked = new URL(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<p>google</p>" });
    });
    await page.goto("/search/");
    const form = page.getByTestId("web-search-form");
    await expect(form).toBeVisible();
    // The site's own box needs JavaScript: without it, it is not offered.
    await expect(page.locator("#search-page-input")).toBeHidden();
    await form.getByRole("searchbox").fill("推論成本");
    await form.getByRole("button", { name: "Google 搜尋" }).click();
    await expect.poll(() => asked?.pathname).toBe("/search");
    expect(asked!.searchParams.get("q")).toBe("推論成本");
    expect(asked!.searchParams.get("as_sitesearch")).toMatch(/^[\w.-]+(:\d+)?$/);
  });

  test("the header box is a plain form that opens /search/", async ({ page }) => {
    await page.goto("/");
    await page.locator("#site-search").fill("Trainium");
    await page.locator("#site-search").press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=Trainium$/);
    await expect(page.getByTestId("web-search-form")).toBeVisible();
  });
});
