import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildSearchIndex, type SearchDocInput, type SearchIndexData } from "./search-index";

const doc = (slug: string, title: string, body: string): SearchDocInput => ({ slug, title, date: "", iso: "", tags: [], categories: [], description: `${title}的摘要`, body });

/**
 * The site's three search URLs as the server answers them, for one index version at a time:
 * the meta, shards and texts of another version are 404, as lib/search/source.ts does.
 */
function site() {
  let version = "";
  let index: SearchIndexData;
  let bodies: string[] = [];
  const requests: string[] = [];
  const publish = (v: string, docs: SearchDocInput[]) => {
    version = v;
    index = buildSearchIndex(docs, "bigram");
    bodies = docs.map((d) => `${d.description}\n${d.body}`);
  };
  const fetch = async (url: string) => {
    requests.push(url);
    if (url === "/search-index.json") return Response.json({ ...index.meta, version, shardUrl: `/search-shards/${version}/{n}/`, texts: `/search-text/${version}/{n}/` });
    const m = /^\/search-(shards|text)\/([^/]+)\/(\d+)\/$/.exec(url);
    if (!m || m[2] !== version) return new Response("not found", { status: 404 });
    if (m[1] === "shards") return Response.json(index.shards[Number(m[3])]);
    return new Response(bodies[Number(m[3])]);
  };
  return { publish, fetch, requests };
}

describe("the browser's search client across a publish", () => {
  let server: ReturnType<typeof site>;
  beforeEach(() => {
    vi.resetModules();
    server = site();
    vi.stubGlobal("fetch", (url: string) => server.fetch(url));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("never shows a post's snippet from another index's numbering: a stale text is dropped and the next search loads the new index", async () => {
    const client = await import("./client");
    server.publish("v1", [doc("b", "第二篇", "蘋果發表會"), doc("a", "第一篇", "香蕉價格")]);
    expect((await client.search("蘋果")).hits.map((h) => h.id)).toEqual([0]);

    // A newer post takes number 0: the old number of "a" (1) is now "b"'s.
    server.publish("v2", [doc("c", "第三篇", "香蕉新聞"), doc("b", "第二篇", "蘋果發表會"), doc("a", "第一篇", "香蕉價格")]);
    expect(await client.postText("a")).toBeNull();
    expect(server.requests).toContain("/search-text/v1/1/");

    const hits = (await client.search("香蕉")).hits;
    expect(server.requests.filter((u) => u === "/search-index.json")).toHaveLength(2);
    expect(hits.map((h) => h.id).sort()).toEqual([0, 2]);
    expect(await client.postText("a")).toBe("第一篇的摘要\n香蕉價格");
    expect(await client.postText("c")).toBe("第三篇的摘要\n香蕉新聞");
  });

  it("a shard of an index the server no longer has makes the search reload the meta and ask again, once", async () => {
    const client = await import("./client");
    server.publish("v1", [doc("a", "第一篇", "香蕉價格")]);
    await client.preload();
    server.publish("v2", [doc("c", "第三篇", "香蕉新聞"), doc("a", "第一篇", "香蕉價格")]);
    const hits = (await client.search("香蕉")).hits;
    expect(hits).toHaveLength(2);
    expect(server.requests.filter((u) => u === "/search-index.json")).toHaveLength(2);
    expect(server.requests.filter((u) => u.startsWith("/search-shards/v1/"))).not.toHaveLength(0);
  });
});
