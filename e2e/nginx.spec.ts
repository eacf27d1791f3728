/**
 * The README's reverse proxy, deploy/nginx/blog.conf, run by a real nginx (only its "set:" lines
 * changed: scripts/nginx-server.ts) in front of the production server: pages come from its
 * one-second cache with the server's own headers, each kind of answer (HTML, RSC, gzip or not)
 * kept apart, nothing private or no-store ever stored, a draft-preview cookie never served from
 * the cache, and a copy older than a second never served.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startBlogNginx, type NginxServer } from "../scripts/nginx-server";
import { DRAFT_MODE_COOKIE } from "../lib/http/security-headers";

let nginx: NginxServer;
let direct = "";

test.beforeAll(async ({ baseURL }) => {
  direct = baseURL!;
  nginx = await startBlogNginx(mkdtempSync(path.join(tmpdir(), "e2e-nginx-")), [new URL(direct).host]);
});

test.afterAll(async () => {
  await nginx?.stop();
});

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers, redirect: "manual" });
  return { status: res.status, headers: res.headers, text: await res.text(), cache: res.headers.get("x-cache-status") };
}

/** A post's path, from the home page. */
async function postPath(): Promise<string> {
  const home = await get(`${direct}/`);
  const p = /href="(\/posts\/[^"/]+\/)"/.exec(home.text)?.[1];
  expect(p, "a post linked from the home page").toBeTruthy();
  return p!;
}

test("a page comes from the one-second cache with the server's own headers and body", async () => {
  const p = await postPath();
  const first = await get(nginx.url + p);
  expect(first.status).toBe(200);
  expect(["MISS", "EXPIRED"]).toContain(first.cache);
  const second = await get(nginx.url + p);
  expect(second.cache).toBe("HIT");
  const own = await get(direct + p);
  expect(second.text).toBe(own.text);
  for (const h of ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy", "cache-control", "content-type"]) {
    expect(second.headers.get(h), h).toBe(own.headers.get(h));
  }
  // Past its second (nginx counts in whole seconds: 1-2 s) the copy is not served; the next
  // reader waits for a fresh one.
  await new Promise((r) => setTimeout(r, 2100));
  expect((await get(nginx.url + p)).cache).toBe("EXPIRED");
});

test("HTML and RSC data, gzip and plain, are cached apart, and one gzip copy serves every browser", async () => {
  const p = await postPath();
  // Next's router asks for a page's RSC data at the URL its first answer redirects to (?_rsc=...).
  const rsc = { rsc: "1", "accept-encoding": "identity" };
  const moved = await get(nginx.url + p, rsc);
  expect(moved.status).toBe(307);
  const rscPath = moved.headers.get("location")!;
  expect(rscPath).toContain("_rsc");
  const kinds: [string, string, Record<string, string>, RegExp][] = [
    ["plain HTML", p, { "accept-encoding": "identity" }, /^text\/html/],
    ["gzip HTML", p, { "accept-encoding": "gzip, deflate, br, zstd" }, /^text\/html/],
    // Another browser's words for the same, asked for the first time: served the copy above.
    ["gzip HTML, put another way", p, { "accept-encoding": "gzip;q=1.0, identity;q=0.5" }, /^text\/html/],
    ["RSC", rscPath, rsc, /^text\/x-component/],
  ];
  // Each kind's copy filled, then each asked again (a copy lives 1-2 s: nginx counts whole seconds).
  for (const [name, where, headers] of kinds) if (!name.includes("another way")) await get(nginx.url + where, headers);
  for (const [name, where, headers, type] of kinds) {
    const r = await get(nginx.url + where, headers);
    expect(r.cache, name).toBe("HIT");
    expect(r.headers.get("content-type"), name).toMatch(type);
    expect(r.headers.get("content-encoding") ?? "", name).toBe(headers["accept-encoding"].startsWith("gzip") ? "gzip" : "");
    if (name !== "RSC") expect(r.text, name).toContain("<!DOCTYPE html>");
    else expect(r.text, name).not.toContain("<!DOCTYPE html>");
  }
});

test("nothing private or no-store is stored, and a draft-preview cookie always goes to the server", async () => {
  for (let i = 0; i < 2; i++) {
    const health = await get(`${nginx.url}/healthz/`);
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toMatch(/no-store/);
    expect(health.cache, "/healthz/ is no-store").toBe("MISS");
  }
  const p = await postPath();
  await get(nginx.url + p);
  for (let i = 0; i < 2; i++) {
    const preview = await get(nginx.url + p, { cookie: `${DRAFT_MODE_COOKIE}=e2e` });
    expect(preview.status).toBe(200);
    expect(preview.cache, "with the draft cookie").toBe("BYPASS");
  }
  // A page first asked for with the cookie: the answer is not kept for the next reader (Next clears
  // an unknown cookie with Set-Cookie, a real preview is no-store, and the file refuses the cookie too).
  expect((await get(`${nginx.url}/posts/`, { cookie: `${DRAFT_MODE_COOKIE}=e2e` })).cache).toBe("BYPASS");
  expect((await get(`${nginx.url}/posts/`)).cache, "nothing stored from the cookie's answer").toBe("MISS");
  const missing = await get(`${nginx.url}/posts/no-such-post-behind-nginx/`);
  expect(missing.status).toBe(404);
  expect(missing.text).toContain("<!DOCTYPE html>");
});

test("hashed assets pass through with the build's Brotli copies", async () => {
  const p = await postPath();
  const html = (await get(nginx.url + p)).text;
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const res = await fetch(nginx.url + script!, { headers: { "accept-encoding": "br" } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-encoding")).toBe("br");
  expect(res.headers.get("cache-control")).toMatch(/immutable/);
  expect((await res.text()).length).toBeGreaterThan(0);
});
