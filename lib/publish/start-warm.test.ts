import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { loadContentIndex } from "../content/content-index";
import { postsFolder, post } from "../test-helpers";
import { firstSearchShard, shouldWarmAtStart, startWarmPaths, warmAtStart, warmingUp } from "./start-warm";
import { processSecret } from "./secret";

const p = (title: string, day: number, tags: string[], more: Record<string, string> = {}) =>
  post({ title, date: `2026-01-${String(day).padStart(2, "0")}T10:00:00+08:00`, tags: JSON.stringify(tags), categories: '["AI 產業動態"]', ...more });

const posts = (files: Record<string, string>) => loadContentIndex({ dir: postsFolder(files), includeDrafts: false, now: new Date("2026-06-01T00:00:00Z"), buildFuture: false }).posts;

describe("startWarmPaths: one page of each route that renders on request", () => {
  it("with more than a page of posts: a post, /posts/ page 2, the top tag's pages, feed and card, a category's page 2, a post's card", () => {
    const list = posts({ "a.md": p("A", 1, ["OpenAI", "晶片"]), "b.md": p("B", 2, ["OpenAI"]), "c.md": p("C", 3, ["OpenAI"], { image: "/images/fixtures/cover-circuit.jpg" }) });
    expect(startWarmPaths(list, 2)).toEqual([
      "/posts/c/",
      "/posts/page/2/",
      "/tags/openai/",
      "/tags/openai/index.xml",
      "/og/tags/openai.png",
      "/tags/openai/page/2/",
      expect.stringMatching(/^\/categories\/[^/]+\/page\/2\/$/),
      // c has a cover (its card is the cover): the newest post without one.
      "/og/posts/b.png",
    ]);
  });

  it("a one-post site has no page 2 anywhere; no posts, nothing to warm", () => {
    const one = posts({ "a.md": p("A", 1, ["OpenAI"]) });
    expect(startWarmPaths(one, 20)).toEqual(["/posts/a/", "/tags/openai/", "/tags/openai/index.xml", "/og/tags/openai.png", "/og/posts/a.png"]);
    expect(startWarmPaths([], 20)).toEqual([]);
  });
});

describe("warmAtStart", () => {
  it("is on unless WARM_START is 0 or false", () => {
    expect(shouldWarmAtStart({})).toBe(true);
    expect(shouldWarmAtStart({ WARM_START: "0" })).toBe(false);
    expect(shouldWarmAtStart({ WARM_START: "false" })).toBe(false);
  });

  it("gets the draft cookie with the process's own secret, asks for every path twice with it, and says it is warming meanwhile", async () => {
    const seen: { url: string; cookie?: string; auth?: string }[] = [];
    let warmingDuringRequests = true;
    const server = createServer((req, res) => {
      seen.push({ url: req.url!, cookie: req.headers.cookie, auth: req.headers.authorization });
      warmingDuringRequests &&= warmingUp();
      if (req.url === "/api/preview/") {
        res.statusCode = 204;
        res.setHeader("Set-Cookie", ["__prerender_bypass=abc; Path=/; HttpOnly", "other=1"]);
        return res.end();
      }
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    try {
      expect(await warmAtStart(`http://127.0.0.1:${port}`, () => ["/a/", "/og/b.png"])).toBe(4);
      expect(warmingUp()).toBe(false);
      expect(warmingDuringRequests).toBe(true);
      expect(seen[0]).toEqual({ url: "/api/preview/", cookie: undefined, auth: `Bearer ${processSecret()}` });
      expect(seen.slice(1).map((s) => [s.url, s.cookie])).toEqual([
        ["/a/", "__prerender_bypass=abc"],
        ["/og/b.png", "__prerender_bypass=abc"],
        ["/a/", "__prerender_bypass=abc"],
        ["/og/b.png", "__prerender_bypass=abc"],
      ]);
    } finally {
      server.close();
    }
  });

  it("finds the search index's first shard in the index meta, and nothing when the meta does not answer", async () => {
    let meta: string | null = JSON.stringify({ version: "0123456789ab", shardUrl: "/search-shards/0123456789ab/{n}/" });
    const server = createServer((req, res) => {
      if (req.url !== "/search-index.json" || meta === null) {
        res.statusCode = 404;
        return res.end();
      }
      res.setHeader("Content-Type", "application/json");
      res.end(meta);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      expect(await firstSearchShard(origin)).toBe("/search-shards/0123456789ab/0/");
      meta = "{not json";
      expect(await firstSearchShard(origin)).toBeNull();
      meta = JSON.stringify({ shardUrl: "https://elsewhere.example/{n}" });
      expect(await firstSearchShard(origin)).toBeNull();
      meta = null;
      expect(await firstSearchShard(origin)).toBeNull();
    } finally {
      server.close();
    }
  });
});
