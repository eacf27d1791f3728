/**
 * The shared cache handler against a real redis-server (started here on a free port):
 * two handlers as two instances with their own content folders, tags revalidated on one
 * seen by the other, the no-overwrite rule for an instance whose content is older, and
 * Redis down at start and mid-run (served from the file-system cache, logged once).
 */
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import type { CacheHandlerContext } from "next/dist/server/lib/incremental-cache";
import SharedCacheHandler, { buildIdOf, closeAll, contentStamp, decodeValue, encodeValue, forgetRenders, noteAsk, noteRevalidation, renderPredatesRevalidation } from "./cache-handler.mjs";
import { startRedis, type RedisServer } from "../../scripts/redis-server";
import { freePort } from "../../scripts/net";

let redis: RedisServer;
let run = 0;

beforeAll(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  forgetRenders();
  await closeAll();
  vi.restoreAllMocks();
});
afterAll(async () => {
  await redis?.stop();
});

/** A content folder whose newest file is `ageS` seconds old. */
function content(ageS: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cache-content-"));
  const file = path.join(dir, "post.md");
  writeFileSync(file, "x");
  const t = Date.now() / 1000 - ageS;
  utimesSync(file, t, t);
  utimesSync(dir, t, t);
  return dir;
}

function touch(dir: string): void {
  writeFileSync(path.join(dir, `new-${Date.now()}.md`), "y");
  contentStamp(dir, true);
}

interface Instance {
  handler: SharedCacheHandler;
  dir: string;
}

/** One server instance: its own content folder and build folder, `url` for Redis (or none). */
function instance(url: string | undefined, dir: string, prefix: string): Instance {
  if (url === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = url;
  process.env.CONTENT_DIR = dir;
  process.env.REDIS_KEY_PREFIX = prefix;
  const serverDistDir = path.join(mkdtempSync(path.join(tmpdir(), "cache-dist-")), "server");
  const ctx = { fs: nodeFs, serverDistDir, flushToDisk: true, revalidatedTags: [], _requestHeaders: {} } as unknown as CacheHandlerContext;
  return { handler: new SharedCacheHandler(ctx), dir };
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Two instances on the same Redis (each with its own connection: the URL is spelled differently). */
async function pair(ageA = 100, ageB = 100): Promise<[Instance, Instance]> {
  const prefix = `test${++run}:`;
  const a = instance(redis.url, content(ageA), prefix);
  const b = instance(`redis://localhost:${redis.port}`, content(ageB), prefix);
  await until(() => a.handler.shared && b.handler.shared, "both instances to connect");
  return [a, b];
}

const page = (html: string, tags = "_N_T_/layout,_N_T_/posts/x,posts") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
  postponed: undefined,
});
const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false } as const;
const setCtx = { cacheControl: { revalidate: false, expire: undefined } } as never;
const get = (i: Instance, key: string) => i.handler.get(key, pageCtx as never);
const set = (i: Instance, key: string, value: unknown) => i.handler.set(key, value as never, setCtx);

describe("the build id in the key prefix", () => {
  it("is read once per server folder, not by each of the handlers Next makes per request", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "build-id-"));
    writeFileSync(path.join(dist, "BUILD_ID"), "first\n");
    expect(buildIdOf(path.join(dist, "server"))).toBe("first");
    writeFileSync(path.join(dist, "BUILD_ID"), "second\n");
    expect(buildIdOf(path.join(dist, "server"))).toBe("first");
    expect(buildIdOf(path.join(dist, "missing", "server"))).toBe("dev");
  });
});

describe("values through JSON", () => {
  it("keeps Buffers and Maps", () => {
    const v = page("<p>hi</p>");
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(v)))) as ReturnType<typeof page>;
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect(back.rscData.toString()).toBe("rsc:<p>hi</p>");
    expect(back.segmentData).toBeInstanceOf(Map);
    expect(back.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(back.headers).toEqual(v.headers);
  });
});

describe("two instances on one Redis", () => {
  it("serve what either one set", async () => {
    const [a, b] = await pair();
    await set(a, "/posts/x", page("<p>from a</p>"));
    const seen = await get(b, "/posts/x");
    expect((seen?.value as ReturnType<typeof page>).html).toBe("<p>from a</p>");
    expect((seen?.value as ReturnType<typeof page>).rscData.toString()).toBe("rsc:<p>from a</p>");
    expect(seen?.cacheControl).toEqual({ revalidate: false });
    expect(await get(a, "/posts/missing")).toBeNull();
  });

  it("see a tag revalidated on the other instance, and only for entries with that tag", async () => {
    const [a, b] = await pair();
    await set(a, "/posts/x", page("<p>x</p>"));
    await set(a, "/about", page("<p>about</p>", "_N_T_/layout,_N_T_/about"));
    await new Promise((r) => setTimeout(r, 5));
    await a.handler.revalidateTag(["_N_T_/posts/x"]);
    expect(await get(b, "/posts/x")).toBeNull();
    expect((await get(b, "/about"))?.value).toMatchObject({ html: "<p>about</p>" });
    // Next's own stale checks on b see the shared time too.
    expect(tagsManifest.get("_N_T_/posts/x")?.expired).toBeGreaterThan(0);
    // Rendered again after the revalidation: served again.
    await new Promise((r) => setTimeout(r, 5));
    await set(a, "/posts/x", page("<p>x v2</p>"));
    expect((await get(b, "/posts/x"))?.value).toMatchObject({ html: "<p>x v2</p>" });
  });

  it("a stale-while-revalidate tag (revalidateTag with a profile) marks entries stale without expiring them", async () => {
    const [a, b] = await pair();
    await set(a, "/posts/x", page("<p>x</p>", "feed"));
    await new Promise((r) => setTimeout(r, 5));
    await a.handler.revalidateTag("feed", { expire: 3600 });
    tagsManifest.delete("feed");
    expect((await get(b, "/posts/x"))?.value).toMatchObject({ html: "<p>x</p>" });
    expect(tagsManifest.get("feed")?.stale).toBeGreaterThan(0);
  });
});

describe("an instance whose content is older", () => {
  it("serves the shared entry and does not overwrite it with its own view", async () => {
    // a has the new post (content written 10 s ago); b's checkout is a day old.
    const [a, b] = await pair(10, 86_400);
    await set(a, "/posts/new", page("<p>the new post</p>"));
    await set(b, "/posts/new", page("<p>404 on b</p>"));
    expect((await get(b, "/posts/new"))?.value).toMatchObject({ html: "<p>the new post</p>" });
    expect((await get(a, "/posts/new"))?.value).toMatchObject({ html: "<p>the new post</p>" });
  });

  it("does not write at all after a newer instance revalidated, until its own content catches up", async () => {
    const [a, b] = await pair(10, 86_400);
    await a.handler.revalidateTag("posts");
    // The front page expired with the tag; b renders it from its older content: not stored.
    await set(b, "/", page("<p>b's old front page</p>"));
    expect(await get(a, "/")).toBeNull();
    await set(a, "/", page("<p>a's front page</p>"));
    expect((await get(b, "/"))?.value).toMatchObject({ html: "<p>a's front page</p>" });
    // b pulls the new files: its stamp is now the newest, so it writes again.
    touch(b.dir);
    await set(b, "/", page("<p>b, up to date</p>"));
    expect((await get(a, "/"))?.value).toMatchObject({ html: "<p>b, up to date</p>" });
  });
});

describe("a render that began before a revalidation", () => {
  /** A request asks for a page that is not cached (a render starts), the content changes and is revalidated, then the render made from the old content is stored. */
  const straddle = async (i: Instance, key: string) => {
    expect(await get(i, key)).toBeNull();
    await new Promise((r) => setTimeout(r, 2));
    await i.handler.revalidateTag(["posts"], undefined as never);
    await new Promise((r) => setTimeout(r, 2));
    await set(i, key, page("old view"));
  };

  for (const mode of ["file system", "Redis"] as const) {
    it(`is not stored (${mode}); the render that the next request begins is`, async () => {
      const i = mode === "Redis" ? (await pair(10, 10))[0] : instance(undefined, content(10), "unused:");
      const key = `/posts/straddle-${mode === "Redis" ? "redis" : "fs"}`;
      await straddle(i, key);
      expect(await get(i, key)).toBeNull();
      await set(i, key, page("new view"));
      expect(((await get(i, key))?.value as { html: string }).html).toBe("new view");
    });
  }

  it("an entry older than the revalidation dates the render that replaces it; a current one dates none", async () => {
    const i = instance(undefined, content(10), "unused:");
    await set(i, "/posts/stale", page("before"));
    await new Promise((r) => setTimeout(r, 2));
    await i.handler.revalidateTag(["posts"], undefined as never);
    await new Promise((r) => setTimeout(r, 2));
    // Asked after the revalidation (a warm-up, or the next reader): its render is stored.
    await get(i, "/posts/stale");
    await set(i, "/posts/stale", page("after"));
    expect(((await get(i, "/posts/stale"))?.value as { html: string }).html).toBe("after");
  });

  it("concurrent asks date the render by the first of them", () => {
    noteAsk("/k", 1000);
    noteAsk("/k", 3000);
    noteRevalidation(2000);
    expect(renderPredatesRevalidation("/k")).toBe(true);
    // Forgotten once stored: an entry nobody asked for since is stored.
    expect(renderPredatesRevalidation("/k")).toBe(false);
  });
});

describe("without Redis", () => {
  const route = { kind: "APP_ROUTE", body: Buffer.from("card"), headers: { "content-type": "image/png" }, status: 200 };
  const routeCtx = { kind: "APP_ROUTE", isFallback: false } as never;

  it("uses Next's file-system cache when REDIS_URL is unset", async () => {
    const i = instance(undefined, content(10), "unused:");
    expect(i.handler.shared).toBe(false);
    await i.handler.set("/og/site.png", route as never, setCtx);
    const back = await i.handler.get("/og/site.png", routeCtx);
    expect((back?.value as typeof route).body.toString()).toBe("card");
  });

  it("falls back to the file system when Redis is down at start, and logs it once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const quiet = process.env.BLOG_QUIET;
    delete process.env.BLOG_QUIET;
    try {
      const i = instance(`redis://127.0.0.1:${await freePort()}`, content(10), "down:");
      await until(() => warn.mock.calls.length > 0, "the warning");
      await i.handler.set("/og/site.png", route as never, setCtx);
      expect(((await i.handler.get("/og/site.png", routeCtx))?.value as typeof route).body.toString()).toBe("card");
      await i.handler.revalidateTag("posts");
      await new Promise((r) => setTimeout(r, 500));
      expect(warn.mock.calls.filter((c) => String(c[0]).includes("unreachable"))).toHaveLength(1);
      expect(String(warn.mock.calls[0][0])).toMatch(/^cache: Redis at redis:\/\/127\.0\.0\.1:\d+ unreachable .*file-system cache/);
    } finally {
      if (quiet !== undefined) process.env.BLOG_QUIET = quiet;
    }
  });

  it("keeps serving when Redis stops mid-run, and shares again once it is back", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const own = await startRedis();
    try {
      const i = instance(own.url, content(10), "midrun:");
      await until(() => i.handler.shared, "the connection");
      await set(i, "/posts/x", page("<p>in redis</p>"));
      expect((await get(i, "/posts/x"))?.value).toMatchObject({ html: "<p>in redis</p>" });
      await own.stop();
      await until(() => !i.handler.shared, "the disconnect");
      // Served by the file system: no error, and what is set now is kept there.
      expect(await get(i, "/posts/x")).toBeNull();
      await i.handler.set("/og/site.png", route as never, setCtx);
      expect(((await i.handler.get("/og/site.png", routeCtx))?.value as typeof route).body.toString()).toBe("card");
      const again = await startRedis(own.port);
      try {
        await until(() => i.handler.shared, "the reconnect", 8000);
        await set(i, "/posts/y", page("<p>after</p>"));
        expect((await get(i, "/posts/y"))?.value).toMatchObject({ html: "<p>after</p>" });
      } finally {
        await again.stop();
      }
    } finally {
      await own.stop();
    }
  }, 20_000);
});
