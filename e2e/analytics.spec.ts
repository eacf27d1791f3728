/**
 * Analytics are opt-in: the e2e build configures none, so a page loads no tag, carries
 * no loader and its CSP names no analytics host. (The providers' tags and CSP hosts are
 * unit-tested in lib/http/analytics.test.ts.)
 */
import { expect, test } from "@playwright/test";

const ANALYTICS = /googletagmanager|google-analytics|analytics\.google|plausible|umami/;

test("by default no analytics script is loaded or allowed", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  const res = await page.goto("/");
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  expect(requests.filter((u) => ANALYTICS.test(u))).toEqual([]);
  expect(await page.locator("script:not([src])").evaluateAll((ss) => ss.map((s) => s.textContent ?? "").filter((t) => /gtag|dataLayer|requestIdleCallback/.test(t)))).toEqual([]);
  expect(res?.headers()["content-security-policy"]).not.toMatch(ANALYTICS);
  await expect(page.locator('meta[name="google-site-verification"]')).toHaveCount(0);
});
