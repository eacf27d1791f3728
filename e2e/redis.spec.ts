/**
 * Two instances sharing one Redis: separate copies of the e2e build (as a host would deploy
 * it: the standalone server started by scripts/start.mjs) and of its content/, different
 * ports, the same REDIS_URL and REVALIDATE_SECRET. A post written into the first one's
 * content/ only answers on the second within 3 s (the first's watcher revalidates and
 * renders it into the shared cache); an edit likewise. The second never had the file.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, stopChild, waitForHttp } from "../scripts/net";
import { startRedis, type RedisServer } from "../scripts/redis-server";

const DIST = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const ROOT = process.cwd();
const SECRET = "e2e-redis-secret";

interface Instance {
  origin: string;
  content: string;
  child: ChildProcess;
  log: () => string;
}

/** A deploy of the build in its own folder: <dir>/<dist>/{standalone,static}, <dir>/public, <dir>/content. */
async function deploy(redisUrl: string): Promise<Instance> {
  const dir = mkdtempSync(path.join(tmpdir(), "e2e-instance-"));
  // cp -a keeps the standalone folder's links; a hard-linked copy would share files with the build.
  execFileSync("mkdir", ["-p", path.join(dir, DIST)]);
  execFileSync("cp", ["-a", path.join(ROOT, DIST, "standalone"), path.join(ROOT, DIST, "static"), path.join(dir, DIST)]);
  execFileSync("cp", ["-a", path.join(ROOT, "public"), path.join(dir, "public")]);
  execFileSync("cp", ["-a", path.join(ROOT, ".e2e-content"), path.join(dir, "content")]);
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXT_DIST_DIR: DIST,
      CONTENT_DIR: path.join(dir, "content"),
      PUBLIC_DIR: path.join(dir, "public"),
      BUILD_CACHE_DIR: path.join(dir, DIST, "cache"),
      REDIS_URL: redisUrl,
      REVALIDATE_SECRET: SECRET,
      BLOG_QUIET: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (b) => (output += b));
  child.stderr!.on("data", (b) => (output += b));
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/healthz/`, 60_000, { child, output: () => output });
  return { origin, content: path.join(dir, "content"), child, log: () => output };
}

function stopInstance(i: Instance | undefined): Promise<void> {
  return i ? stopChild(i.child) : Promise.resolve();
}

/** Polls `url` until `ok(status, body)`; returns the ms it took, or fails after `ms`. */
async function within(url: string, ms: number, ok: (status: number, body: string) => boolean, since: number): Promise<number> {
  let last = "";
  while (Date.now() - since < ms) {
    const res = await fetch(url);
    const body = await res.text();
    if (ok(res.status, body)) return Date.now() - since;
    last = `HTTP ${res.status}`;
    await new Promise((r) => setTimeout(r, 50));
  }
  const tail = (i: Instance | undefined) => (i?.log() ?? "").split("\n").slice(-15).join("\n");
  throw new Error(`${url} not as expected within ${ms} ms (last: ${last})\n--- first instance:\n${tail(a)}\n--- second instance:\n${tail(b)}`);
}

const postFile = (title: string) => `---
title: "${title}"
date: 2026-01-02T10:00:00+08:00
description: "兩台伺服器共用快取的測試文章。"
tags: ["共用快取"]
categories: ["AI 產業動態"]
---

第一段內容：只寫進第一台的 content/。
`;

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

let redis: RedisServer | undefined;
let a: Instance | undefined;
let b: Instance | undefined;

test.beforeAll(async () => {
  test.skip(!existsSync(path.join(ROOT, DIST, "standalone", "server.js")), `no standalone build in ${DIST}`);
  redis = await startRedis();
  [a, b] = await Promise.all([deploy(redis.url), deploy(redis.url)]);
});

test.afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await redis?.stop();
});

test("a post written on one instance answers on the other within 3 s, and an edit likewise", async () => {
  const slug = `20260102-shared-cache-${Date.now().toString(36)}`;
  const url = `/posts/${slug}/`;
  expect((await fetch(b!.origin + url)).status).toBe(404);

  const written = Date.now();
  writeFileSync(path.join(a!.content, "posts", `${slug}.mdx`), postFile("共用快取的新文章"));
  const published = await within(b!.origin + url, 3000, (status, body) => status === 200 && body.includes("共用快取的新文章"), written);
  // The second instance never had the file: what it served is the first one's render.
  expect(existsSync(path.join(b!.content, "posts", `${slug}.mdx`))).toBe(false);
  // ...and it keeps serving it rather than its own view (a 404) on later requests.
  for (let i = 0; i < 3; i++) expect((await fetch(b!.origin + url)).status).toBe(200);
  await within(b!.origin + "/posts/", 3000, (status, body) => status === 200 && body.includes(url), written);

  const edited = Date.now();
  writeFileSync(path.join(a!.content, "posts", `${slug}.mdx`), postFile("共用快取的文章（已修改）"));
  const updated = await within(b!.origin + url, 3000, (status, body) => status === 200 && body.includes("共用快取的文章（已修改）"), edited);
  console.log(`shared cache: new post on the second instance after ${published} ms, edit after ${updated} ms`);
  expect(a!.log()).not.toMatch(/unreachable/);
  rmSync(path.join(a!.content, "posts", `${slug}.mdx`));
});
