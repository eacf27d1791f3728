/**
 * The browser side of search: fetches the index meta once, then only the shards a
 * query needs, and each shown result's text for its snippet. Nothing here runs
 * until a reader starts searching; the header loads this module on demand.
 */
import { SEARCH_INDEX_PATH, searchShardPath } from "../http/routes";
import { Searcher, type SearchResult } from "./query";
import type { SearchMeta, SearchShard } from "./search-index";

/** `texts` is where post number {n}'s snippet text lives (searchTextUrl in lib/search/source.ts). */
type Meta = SearchMeta & { build: string; texts: string };
type Loaded = { s: Searcher; build: string; textUrl: string };

let searcher: Promise<Loaded> | null = null;
const shardLoads = new Map<number, Promise<void>>();
const texts = new Map<string, Promise<string | null>>();

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Starts loading the index meta (idempotent): call on focus so the first query is quick. */
export function preload(): Promise<Loaded> {
  if (!searcher) {
    searcher = getJson<Meta>(SEARCH_INDEX_PATH).then((meta) => ({ s: new Searcher(meta), build: meta.build, textUrl: meta.texts }));
    searcher.catch(() => (searcher = null));
  }
  return searcher;
}

export async function search(query: string, limit = 20): Promise<SearchResult> {
  const { s, build } = await preload();
  await Promise.all(
    s.missingShards(query).map((i) => {
      let p = shardLoads.get(i);
      if (!p) {
        // The build id in the URL keeps a cached shard from one build away from another build's meta.
        p = getJson<SearchShard>(`${searchShardPath(i)}?v=${encodeURIComponent(build)}`).then((shard) => s.addShard(i, shard));
        p.catch(() => shardLoads.delete(i));
        shardLoads.set(i, p);
      }
      return p;
    }),
  );
  return s.search(query, limit);
}

/** A post's description and body text, for snippets; null when it cannot be fetched. */
export function postText(slug: string): Promise<string | null> {
  let p = texts.get(slug);
  if (!p) {
    p = preload()
      .then(({ s, build, textUrl }) => {
        const n = s.meta.docs.findIndex((d) => d.slug === slug);
        // The build id keeps a cached text from one build away from another build's numbering.
        return n < 0 ? null : fetch(`${textUrl.replace("{n}", String(n))}?v=${encodeURIComponent(build)}`);
      })
      .then((res) => (res?.ok ? res.text() : null))
      .catch(() => null);
    texts.set(slug, p);
  }
  return p;
}
