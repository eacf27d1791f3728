import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** Pages scanned; tag and archive pages are scanned when this build has them. */
const PAGES: { name: string; path: string; optional?: boolean }[] = [
  { name: "home", path: "/" },
  { name: "post", path: "/posts/20260127-ai-enterprise-war/" },
  { name: "post with code and images", path: "/posts/20260120-reading-fixture/" },
  { name: "reading list", path: "/reading-list/" },
  { name: "404", path: "/no-such-page/" },
  { name: "tags", path: "/tags/", optional: true },
  { name: "tag", path: `/tags/${encodeURIComponent("企業-ai")}/`, optional: true },
  { name: "archives", path: "/archives/", optional: true },
];

for (const theme of ["light", "dark"] as const) {
  for (const p of PAGES) {
    test(`axe: ${p.name} (${theme}) has no serious or critical violations`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
      const res = await page.goto(p.path);
      if (p.optional) test.skip(res?.status() === 404, `${p.path} does not exist in this build`);
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      // Save-for-later state and the toggle's label settle at hydration; scan after it.
      await expect(page.locator(`[data-theme-toggle][data-theme="${theme}"]`)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      const summary = results.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      console.log(`axe ${p.name} ${theme}: ${results.passes.length} rules passed, ${results.violations.length} violated${summary.length ? `\n  ${summary.join("\n  ")}` : ""}`);
      expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
}
