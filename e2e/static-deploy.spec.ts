/**
 * The static deploy (README "Deploy"): only the standalone folder shipped, with the hashed
 * assets and public/ copied in, started as `node server.js` with no checkout beside it and
 * CONTENT_WATCH=0. It serves the content it was built from (scripts/carry-content.mjs put
 * it there), renders what the build did not prerender on first request (tag feeds, the
 * least used tags, OG cards), and has no watcher: a file added later changes nothing.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, waitForHttp } from "../scripts/net";

const DIST = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const ROOT = process.cwd();

let child: ChildProcess | undefined;
let origin = "";
let dir = "";

test.beforeAll(async () => {
  test.skip(!existsSync(path.join(ROOT, DIST, "standalone", "server.js")), `no standalone build in ${DIST}`);
  dir = path.join(mkdtempSync(path.join(tmpdir(), "e2e-static-")), "blog");
  execFileSync("cp", ["-a", path.join(ROOT, DIST, "standalone"), dir]);
  execFileSync("cp", ["-a", path.join(ROOT, DIST, "static"), path.join(dir, DIST, "static")]);
  execFileSync("cp", ["-a", path.join(ROOT, "public"), path.join(dir, "public")]);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production", CONTENT_WATCH: "0" };
  for (const k of ["CONTENT_DIR", "PUBLIC_DIR", "BUILD_CACHE_DIR", "REDIS_URL", "NEXT_DIST_DIR"]) delete env[k];
  let output = "";
  child = spawn(process.execPath, ["server.js"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (b) => (output += b));
  child.stderr!.on("data", (b) => (output += b));
  origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/healthz/`, 60_000, { child, output: () => output });
});

test.afterAll(() => {
  child?.kill("SIGTERM");
});

test("serves the content it was built from, renders the long tail on first request, and watches nothing", async () => {
  const home = await fetch(`${origin}/`);
  expect(home.status).toBe(200);
  const postPath = /href="(\/posts\/[^"/]+\/)"/.exec(await home.text())?.[1];
  expect(postPath).toBeTruthy();
  const post = await fetch(origin + postPath!).then((r) => r.text());
  const tagPath = /href="(\/tags\/[^"/]+\/)"/.exec(post)![1];

  // Not prerendered: a tag's feed, the least used tag, the tag's OG card.
  const feed = await fetch(`${origin}${tagPath}index.xml`);
  expect(feed.status).toBe(200);
  expect(await feed.text()).toContain("<rss");
  const tags = await fetch(`${origin}/tags/`).then((r) => r.text());
  const rare = [...tags.matchAll(/href="(\/tags\/[^"/]+\/)"/g)].map((m) => m[1]).at(-1)!;
  expect((await fetch(origin + rare)).status).toBe(200);
  const tagPage = await fetch(origin + tagPath).then((r) => r.text());
  const og = /<meta property="og:image" content="https?:\/\/[^/"]+(\/og\/tags\/[^"]+)"/.exec(tagPage)?.[1];
  expect(og).toBeTruthy();
  const card = await fetch(origin + og!);
  expect(card.status).toBe(200);
  expect(card.headers.get("content-type")).toBe("image/png");

  // Not prerendered: an old post (the build prerenders the newest, lib/views/prerender.ts).
  // It renders with its content on the first request, and later ones come from Next's cache.
  const archives = await fetch(`${origin}/archives/`).then((r) => r.text());
  const oldest = [...archives.matchAll(/href="(\/posts\/[^"/]+\/)"/g)].map((m) => m[1]).at(-1)!;
  const first = await fetch(origin + oldest);
  expect(first.status).toBe(200);
  expect(await first.text()).toMatch(/<article[\s\S]*<h1/);
  const again = await fetch(origin + oldest);
  expect(again.status).toBe(200);
  expect(again.headers.get("x-nextjs-cache")).toBe("HIT");

  // No watcher: a post added to the carried content stays unpublished.
  writeFileSync(path.join(dir, "content", "posts", "20260103-added-later.md"), '---\ntitle: "之後才加的"\ndate: 2026-01-03T10:00:00+08:00\n---\n\n內容。\n');
  await new Promise((r) => setTimeout(r, 1500));
  expect((await fetch(`${origin}/posts/20260103-added-later/`)).status).toBe(404);
});
