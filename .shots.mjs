import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3104";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const shots = [
  ["home", "/", 0],
  ["seed", "/posts/20260127-ai-enterprise-war/", 0],
  ["fixture", "/posts/20260120-reading-fixture/", 0],
  ["fixture-code", "/posts/20260120-reading-fixture/#程式碼範例", 0],
  ["404", "/nope/", 0],
  ["readinglist", "/reading-list/", 0],
];
for (const [w, h, tag] of [[360, 740, "phone"], [1280, 860, "desktop"]]) {
  for (const theme of ["light", "dark"]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 1, reducedMotion: "reduce" });
    await ctx.addInitScript((t) => { localStorage.setItem("theme", t); localStorage.setItem("saved-posts", JSON.stringify([{slug:"20260120-reading-fixture",title:"閱讀體驗測試：程式碼、圖片與目錄",date:"2026 年 1 月 20 日",href:"/posts/20260120-reading-fixture/"}])); }, theme);
    await ctx.route(/i\.ytimg\.com/, (r) => r.fulfill({ status: 204 }));
    const page = await ctx.newPage();
    for (const [name, path] of shots) {
      await page.goto(base + encodeURI(path));
      await page.waitForTimeout(700);
      await page.screenshot({ path: `/tmp/reading-shots/${name}-${tag}-${theme}.png` });
    }
    await ctx.close();
  }
}
await browser.close();
