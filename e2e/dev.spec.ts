/**
 * The author's loop in `next dev`: a new post appears without a restart, edits show
 * on the next reload, a broken post shows a named error while other pages work, and
 * fixing, renaming or deleting the file is picked up too. Runs its own `next dev`
 * (own port, temp content folder, own dist dir) beside the production e2e server.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startDevServer, type DevServer } from "../scripts/dev-server";

test.describe.configure({ mode: "serial" });

let dev: DevServer;
let posts: string;

const postSource = (title: string, extra = "") =>
  `---\ntitle: "${title}"\ndate: 2026-03-01T09:00:00+08:00\ntags: ["即時預覽"]\n${extra}---\n\n這是即時預覽測試的內文。\n`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const content = mkdtempSync(path.join(tmpdir(), "dev-content-"));
  posts = path.join(content, "posts");
  mkdirSync(posts);
  writeFileSync(path.join(posts, "20260101-base.md"), postSource("一直都在的文章").replace("2026-03-01", "2026-01-01"));
  dev = await startDevServer(content);
});

test.afterAll(async () => {
  await dev?.stop();
});

/** Reload until the page shows what is expected: dev compiles a route on first visit. */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(dev.url + url);
    await check();
  }).toPass({ timeout: 60_000, intervals: [250, 500, 1000] });
}

async function expectStatus(url: string, status: number) {
  await expect(async () => expect((await fetch(dev.url + url)).status).toBe(status)).toPass({ timeout: 30_000 });
}

test("a new, edited, broken, fixed, renamed and deleted post shows on the next reload", async ({ page }) => {
  test.setTimeout(240_000);
  const file = path.join(posts, "20260301-live.mdx");
  const home = "/";
  const postUrl = "/posts/20260301-live/";

  await eventually(page, home, () => expect(page.getByRole("link", { name: "一直都在的文章" })).toBeVisible({ timeout: 1000 }));

  // New post, as a draft: listed with its badge and readable in dev.
  writeFileSync(file, postSource("即時新增的文章", "draft: true\n"));
  await eventually(page, home, () => expect(page.locator("main article", { hasText: "即時新增的文章" }).getByText("草稿", { exact: true })).toBeVisible({ timeout: 1000 }));
  await eventually(page, postUrl, async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("即時新增的文章", { timeout: 1000 });
    await expect(page.locator("article header").getByText("草稿", { exact: true })).toBeVisible({ timeout: 1000 });
  });

  // Edit the title.
  writeFileSync(file, postSource("改過標題的文章"));
  await eventually(page, postUrl, () => expect(page.getByRole("heading", { level: 1 })).toHaveText("改過標題的文章", { timeout: 1000 }));
  await eventually(page, home, () => expect(page.getByRole("link", { name: "改過標題的文章" })).toBeVisible({ timeout: 1000 }));

  // Break the YAML: the post names file, line and field; other pages keep working.
  writeFileSync(file, postSource('壞掉的"標題'));
  await eventually(page, postUrl, async () => {
    const alert = page.locator("main section[role=alert]");
    await expect(alert).toContainText("20260301-live.mdx:2 front matter: YAML front matter does not parse", { timeout: 1000 });
    await expect(alert).toContainText("hint:", { timeout: 1000 });
  });
  await eventually(page, home, async () => {
    await expect(page.getByRole("link", { name: "一直都在的文章" })).toBeVisible({ timeout: 1000 });
    // The front page renders as usual: no error panel of its own.
    await expect(page.locator("main section[role=alert]")).toHaveCount(0, { timeout: 1000 });
  });

  // Fix it: recovers without a restart.
  writeFileSync(file, postSource("修好的文章"));
  await eventually(page, postUrl, () => expect(page.getByRole("heading", { level: 1 })).toHaveText("修好的文章", { timeout: 1000 }));

  // Rename: the new URL works, the old one is gone.
  renameSync(file, path.join(posts, "20260301-renamed.mdx"));
  await eventually(page, "/posts/20260301-renamed/", () => expect(page.getByRole("heading", { level: 1 })).toHaveText("修好的文章", { timeout: 1000 }));
  await expectStatus(postUrl, 404);

  // Delete: gone from its page and the home page.
  rmSync(path.join(posts, "20260301-renamed.mdx"));
  await expectStatus("/posts/20260301-renamed/", 404);
  await eventually(page, home, async () => {
    await expect(page.getByRole("link", { name: "一直都在的文章" })).toBeVisible({ timeout: 1000 });
    await expect(page.getByText("修好的文章")).toHaveCount(0, { timeout: 1000 });
  });
});
