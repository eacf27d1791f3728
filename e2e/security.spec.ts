import { request as httpRequest } from "node:http";
import { rawHttp } from "../scripts/net";
import { expect, test } from "@playwright/test";

/** GET a path byte for byte: fetch() and browsers would resolve %2e%2e before sending. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const NOT_FOUND_TEXT = "找不到這個頁面（404）";

test("every page carries the security headers and HTML revalidates", async ({ request }) => {
  const res = await request.get("/");
  expect(res.status()).toBe(200);
  const h = res.headers();
  const csp = h["content-security-policy"];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/frame-src https:\/\/www\.youtube-nocookie\.com https:\/\/open\.spotify\.com https:\/\/embed\.podcasts\.apple\.com/);
  expect(csp).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-powered-by"]).toBeUndefined();
  expect(h["cache-control"]).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=86400, must-revalidate");

  const asset = /\/_next\/static\/[^"]+\.js/.exec(await res.text())?.[0];
  expect(asset).toBeTruthy();
  const assetRes = await request.get(asset!);
  expect(assetRes.status()).toBe(200);
  expect(assetRes.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("npm start sends the hashed scripts and stylesheet as the build's Brotli copies, byte for byte the files", async ({ request }) => {
  const html = await (await request.get("/posts/20260127-ai-enterprise-war/")).text();
  const assets = [...new Set([...html.matchAll(/\/_next\/static\/[^"?]+\.(?:js|css)/g)].map((m) => m[0]))];
  expect(assets.length).toBeGreaterThanOrEqual(4);
  for (const asset of assets) {
    const plain = await request.get(asset, { headers: { "Accept-Encoding": "identity" } });
    const br = await request.get(asset, { headers: { "Accept-Encoding": "gzip, deflate, br, zstd" } });
    expect(br.status(), asset).toBe(200);
    const file = await plain.body();
    if (file.length < 1024) continue;
    expect(br.headers()["content-encoding"], asset).toBe("br");
    expect(br.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers()["x-content-type-options"]).toBe("nosniff");
    expect(br.headers()["content-type"]).toBe(plain.headers()["content-type"]);
    expect(Number(br.headers()["content-length"])).toBeLessThan(file.length / 2);
    // Playwright decodes the body: what the browser runs is the file itself.
    expect((await br.body()).equals(file), asset).toBe(true);
  }
});

test("pages carry no build-wide ETag (they change without a rebuild), so a revalidation gets the current page", async ({ request }) => {
  const path = "/posts/20260127-ai-enterprise-war/";
  const res = await request.get(path);
  expect(res.headers()["etag"]).toBeUndefined();
  const { buildId } = await (await request.get("/healthz/")).json();
  for (const [p, inm] of [[path, `"${buildId}"`], ["/", `W/"${buildId}"`], ["/tags/%E4%BC%81%E6%A5%AD-ai/", `"older", "${buildId}"`]]) {
    const again = await request.get(p, { headers: { "If-None-Match": inm } });
    expect(again.status(), p).toBe(200);
    expect(again.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=86400, must-revalidate");
    expect(again.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect((await again.text()).length).toBeGreaterThan(1000);
  }
});

test("/healthz/ answers 200 with the build id, uncached", async ({ request }) => {
  const res = await request.get("/healthz/");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.buildId).toMatch(/^[a-z0-9]+$/);
  expect(body.buildId).not.toBe("dev");
});

for (const path of ["/posts/no-such-post/", "/tags/no-such-tag-xyz/", "/categories/no-such-category/", "/page/999/", "/page/abc/", "/page/0/", "/no/such/page/"]) {
  test(`unknown route ${path} is a 404 with the 404 page`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND_TEXT);
  });
}

const HOSTILE_PATHS: [string, number][] = [
  ["/posts/..%2F..%2Fetc%2Fpasswd/", 404],
  // Looks like a file (.json), so Next's trailing-slash rule redirects first, to a path that is then a 404.
  ["/posts/%2e%2e%2f%2e%2e%2fpackage.json/", 308],
  ["/posts/%E4%/", 400],
  ["/posts/%/", 400],
  ["/tags/%C0%AE%C0%AE/", 400],
  ["/tags/%E4%B8/", 400],
  ["/posts/a%00b/", 400],
  [`/posts/${"a".repeat(3000)}/`, 414],
];

for (const [path, status] of HOSTILE_PATHS) {
  test(`hostile path ${path.slice(0, 40)} answers ${status}, never 500`, async ({ baseURL }) => {
    const res = await rawGet(baseURL!, path);
    expect(res.status).toBe(status);
    if (status === 404) expect(res.body).toContain(NOT_FOUND_TEXT);
  });
}

// Without the guard, a TRACE that reaches the proxy (a path with %, or a revalidation) threw in
// undici ("'TRACE' HTTP method is unsupported"): an uncaught exception and a dropped connection.
for (const [method, path] of [["TRACE", "/"], ["TRACK", "/"], ["TRACE", "/posts/%E4%/"]]) {
  test(`${method} ${path} answers 405 with an Allow header, before Next`, async ({ baseURL }) => {
    const res = await rawHttp(baseURL!, method, path);
    expect(res).toMatch(/^HTTP\/1\.1 405 /);
    expect(res).toMatch(/\r\nallow: GET, HEAD\r\n/i);
  });
}

test("an encoded dot-dot segment resolves inside the site, as a browser would resolve it", async ({ baseURL }) => {
  // URL parsing (WHATWG) treats %2e%2e as "..": /posts/%2e%2e/ is the home page, never a file outside.
  const res = await rawGet(baseURL!, "/posts/%2e%2e/");
  expect(res.status).toBe(200);
  expect(res.body).toContain("最新文章");
});

test("a title and description full of HTML render as text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("/posts/20200101-hostile-front-matter/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("<img src=x onerror=alert(1)> 與 </script><script>alert(2)</script>");
  await expect(page.getByText("</script><img src=x onerror=alert(3)>")).toBeVisible();
  await expect(page.getByRole("link", { name: "<b onmouseover=alert(4)>來源</b>" })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The <title> and meta description are text too.
  expect(await page.title()).toContain("<img src=x onerror=alert(1)>");
  expect(dialogs).toEqual([]);
});

test("the CSP lets the post page and the YouTube player work", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.route(/youtube-nocookie\.com/, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<p>player</p>" }));
  await page.goto("/posts/20260127-ai-enterprise-war/");
  await page.getByRole("button", { name: /播放影片/ }).click();
  await expect(page.frameLocator("iframe").locator("p")).toHaveText("player", { timeout: 15_000 });
  expect(violations).toEqual([]);
});
