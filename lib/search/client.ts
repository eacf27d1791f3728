/**
 * The browser side of search: fetches the index meta once, then only the shards a
 * query needs, and each shown result's text for its snippet. Nothing here runs
 * until a reader starts searching; the header loads this module on demand.
 *
 * Shards and texts are numbered by the index they belong to, and their URLs name it
 * (meta.version). A publish while the page is open makes the server answer 404 for the old
 * index's URLs: the page then loads the new meta and asks again, once.
 */
import { SEARCH_INDEX_PATH } from "../http/routes";
import { Searcher, type SearchResult } from "./query";
import type { SearchMeta, SearchShard } from "./search-index";

/** `shardUrl` and `texts` are where shard {n} and entry {n}'s snippet text live (lib/search/source.ts searchIndexMeta). */
type Meta = SearchMeta & { shardUrl: string; texts: string };
type Loaded = { s: Searcher; shardUrl: string; textUrl: string };

let searcher: Promise<Loaded> | null = null;
let current: Loaded | null = null;
let shardLoads = new Map<number, Promise<void>>();
let texts = new Map<string, Promise<string | null>>();

/** The server no longer has the index this page loaded (a publish renumbered it). */
class StaleIndex extends Error {}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (res.status === 404) throw new StaleIndex(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Forgets the loaded index and everything numbered by it (unless a newer one replaced it already). */
function reset(stale: Loaded): void {
  if (current !== stale) return;
  current = null;
  searcher = null;
  shardLoads = new Map();
  texts = new Map();
}

/** Starts loading the index meta (idempotent): call on focus so the first query is quick. */
export function preload(): Promise<Loaded> {
  if (!searcher) {
    // no-store: a page that found its index stale must get the new meta, not the browser's copy.
    searcher = fetch(SEARCH_INDEX_PATH, { cache: "no-store" })
      .then((res) => {
        if (!res.ok) throw new Error(`${SEARCH_INDEX_PATH}: HTTP ${res.status}`);
        return res.json() as Promise<Meta>;
      })
      .then((meta) => (current = { s: new Searcher(meta), shardUrl: meta.shardUrl, textUrl: meta.texts }));
    searcher.catch(() => (searcher = null));
  }
  return searcher;
}

async function searchOnce(query: string, limit: number): Promise<SearchResult> {
  const loaded = await preload();
  const { s, shardUrl } = loaded;
  try {
    await Promise.all(
      s.missingShards(query).map((i) => {
        let p = shardLoads.get(i);
        if (!p) {
          p = getJson<SearchShard>(shardUrl.replace("{n}", String(i))).then((shard) => s.addShard(i, shard));
          p.catch(() => shardLoads.delete(i));
          shardLoads.set(i, p);
        }
        return p;
      }),
    );
  } catch (e) {
    if (e instanceof StaleIndex) reset(loaded);
    throw e;
  }
  return s.search(query, limit);
}

export async function search(query: string, limit = 20): Promise<SearchResult> {
  try {
    return await searchOnce(query, limit);
  } catch (e) {
    if (!(e instanceof StaleIndex)) throw e;
    return searchOnce(query, limit);
  }
}

/** A post's description and body text, for snippets; null when it cannot be fetched. */
export function postText(slug: string): Promise<string | null> {
  let p = texts.get(slug);
  if (!p) {
    p = preload()
      .then(async (loaded) => {
        const n = loaded.s.meta.docs.findIndex((d) => d.slug === slug);
        if (n < 0) return null;
        const res = await fetch(loaded.textUrl.replace("{n}", String(n)));
        if (res.status === 404) reset(loaded);
        return res.ok ? res.text() : null;
      })
      .catch(() => null);
    texts.set(slug, p);
  }
  return p;
}
