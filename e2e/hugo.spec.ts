import { expect, test, type Page } from "@playwright/test";

const SEED_MDX = "/posts/20260127-ai-enterprise-war/";
const SEED_MD = "/posts/hugo-copy-20260127-ai-enterprise-war/";
const EMBEDS = "/posts/20250301-hugo-embeds/";
// A 1x1 PNG for the figure (no image file in public/ is needed for the test).
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** Records every request to a host and answers it with a stub page, so nothing leaves the machine. */
async function watch(page: Page, host: RegExp): Promise<string[]> {
  const seen: string[] = [];
  page.on("request", (req) => {
    if (host.test(new URL(req.url()).hostname)) seen.push(req.url());
  });
  await page.route((url) => host.test(url.hostname), (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<p>player</p>" }));
  return seen;
}

async function stubImages(page: Page) {
  await page.route(/\/images\/e2e\/hugo-figure\.png$/, (route) => route.fulfill({ status: 200, contentType: "image/png", body: PNG }));
}

test("a Hugo .md copy of the seed renders the same text and YouTube facade as the hand-converted MDX", async ({ page }) => {
  await stubImages(page);
  const read = async (url: string) => {
    expect((await page.goto(url))?.status()).toBe(200);
    const prose = page.locator("article .prose");
    const play = page.getByRole("button", { name: /播放影片/ });
    await expect(play).toHaveCount(1);
    return {
      title: await page.getByRole("heading", { level: 1 }).textContent(),
      text: (await prose.innerText()).replace(/\s+/g, " ").trim(),
      headings: await prose.locator("h2").evaluateAll((hs) => hs.map((h) => `${h.id}|${h.textContent}`)),
      strong: await prose.locator("strong").allTextContents(),
      facade: {
        label: await play.getAttribute("aria-label"),
        watch: await page.locator("figure", { has: play }).getByRole("link", { name: "在 YouTube 上觀看" }).getAttribute("href"),
      },
      iframes: await page.locator("iframe").count(),
      readingItems: await prose.locator("[data-missing-link], a[href^='/posts/']").count(),
    };
  };
  const mdx = await read(SEED_MDX);
  const md = await read(SEED_MD);
  expect(md.text).toContain("Sam Altman 的高級晚宴");
  expect(md.text).not.toContain("{{");
  expect(md).toEqual(mdx);
  expect(md.facade.watch).toContain("ME8_6c6eY4o");
});

test("the Hugo embeds post renders its shortcodes as components and keeps code literal", async ({ page }) => {
  await stubImages(page);
  await page.goto(EMBEDS);
  const prose = page.locator("article .prose");
  await expect(prose.locator("strong", { hasText: "「做產品」" })).toBeVisible();
  await expect(prose.locator("strong", { hasText: "（註）" })).toBeVisible();
  await expect(prose).toContainText("{大括號} 與 1 < 2 是文字");
  await expect(prose.locator("pre code")).toHaveText("{{< youtube literal-in-code >}}");
  await expect(prose.locator("figure img[alt='長條圖']")).toHaveAttribute("src", "/images/e2e/hugo-figure.png");
  await expect(prose.locator("figcaption", { hasText: "營收走勢圖" })).toBeVisible();
  const play = page.getByRole("button", { name: /播放影片/ });
  await expect(page.locator("figure", { has: play }).getByRole("link", { name: "在 YouTube 上觀看" })).toHaveAttribute("href", /ZTKW_CpuPT4/);
  await expect(page.locator("article footer").getByRole("link", { name: "#7688" })).toBeVisible();
  // Outside code blocks no shortcode is left as text.
  const outsideCode = await prose.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("pre").forEach((pre) => pre.remove());
    return copy.textContent ?? "";
  });
  expect(outsideCode).not.toContain("{{");
});

const PLAYERS = [
  { name: "Spotify", host: /(^|\.)spotify\.com$|scdn\.co$/, button: /在 Spotify 播放/, next: "Apple Podcasts", frame: "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk" },
  {
    name: "Apple Podcasts",
    host: /(^|\.)apple\.com$|mzstatic\.com$/,
    button: /在 Apple Podcasts 播放/,
    next: "X",
    frame: "https://embed.podcasts.apple.com/tw/podcast/%E7%A7%91%E6%8A%80%E5%A4%9C%E8%A9%B1/id1500000000?i=1000650000000",
  },
];

for (const player of PLAYERS) {
  test(`the ${player.name} card loads nothing from its host until clicked, without moving the page`, async ({ page }) => {
    await stubImages(page);
    const seen = await watch(page, player.host);
    await page.goto(EMBEDS);
    const button = page.getByRole("button", { name: player.button });
    await expect(button).toBeVisible();
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    expect(seen).toEqual([]);
    await expect(page.locator("iframe")).toHaveCount(0);
    const box = page.locator("figure.embed", { has: button }).locator("> div");
    const before = await box.boundingBox();
    // Position in the document (not the viewport, which the click may scroll).
    const nextHeading = page.getByRole("heading", { level: 2, name: player.next, exact: true });
    const pageY = () =>
      nextHeading.evaluate((el) => {
        let y = 0;
        for (let e: HTMLElement | null = el as HTMLElement; e; e = e.offsetParent as HTMLElement | null) y += e.offsetTop;
        return y;
      });
    const headingBefore = await pageY();
    await button.click();
    const frame = page.locator(`iframe[src^="${player.frame}"]`);
    await expect(frame).toBeVisible();
    await expect.poll(() => seen.some((u) => u.startsWith(player.frame))).toBe(true);
    const after = await page.locator("figure.embed", { has: frame }).locator("> div").boundingBox();
    expect(after?.height).toBe(before?.height);
    expect(await pageY()).toBe(headingBefore);
  });
}

test("the X post is a static card linking to the post, with no request to X", async ({ page }) => {
  await stubImages(page);
  const seen = await watch(page, /(^|\.)(x|twitter|twimg)\.com$/);
  await page.goto(EMBEDS);
  const card = page.locator('[data-embed="x-post"]');
  await expect(card).toContainText("@sama");
  const link = card.getByRole("link", { name: "在 X 上查看這則貼文" });
  await expect(link).toHaveAttribute("href", "https://x.com/sama/status/2019139174339928189");
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  expect(seen).toEqual([]);
  await expect(page.locator("iframe, script[src*='twitter'], script[src*='x.com']")).toHaveCount(0);
});
