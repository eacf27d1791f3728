/**
 * Server side of search: turns the content index into index input, reading each
 * post's body (the content index does not keep bodies). Snippet text is cached on
 * disk by content hash and the built index by the hashes of all posts (in memory
 * too), in lib/render/build-cache.ts, so build workers share the work and a rebuild after
 * one edit parses one body.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { bodyTextOf, BODY_TEXT_VERSION } from "../render/body-text";
import { cachedJson } from "../render/build-cache";
import { formatDateZh, toZonedIso } from "../content/dates";
import { splitBody } from "../content/frontmatter";
import { getEntriesIndex, getPosts } from "../content/store";
import type { PageDoc } from "../content/entry";
import { namesForSearch } from "../content/entity-fields";
import type { Post } from "../content/post";
import { searchShardPath, searchTextPath } from "../http/routes";
import { site } from "../site";
import { markdownToPlainText } from "../content/plaintext";
import { buildSearchIndex, INDEX_VERSION, type SearchDocInput, type SearchIndexData } from "./search-index";
import type { HanStrategy } from "./tokenize";

/** Chosen by `npm run bench:search` (see bench/search.ts): bigrams found every expected post. */
const SEARCH_STRATEGY: HanStrategy = "bigram";

/** The post's body as the author wrote it, without front matter. */
function readBody(post: Pick<Post, "source">): string {
  return splitBody(readFileSync(post.source.absPath, "utf8")).body;
}

/** The body words a snippet is cut from (the compile's own parse; see lib/render/body-text.ts). */
export function postBodyText(post: Pick<Post, "source">): string {
  return bodyTextOf(post.source);
}

/**
 * The body words the index is built from: the cheap stripper of lib/content/plaintext.ts, not
 * bodyText()'s real parse. The index needs every post's text at once, in one build
 * worker, before any page renders: the parse cost ~7 ms a post (70 s serial at 10,000
 * posts) against 0.1 ms, and the two differ only in markup corner cases (bench:search
 * recall is 1.000 either way). Snippets, which readers see, keep the real parse.
 */
function postIndexText(post: Pick<Post, "source">): string {
  return markdownToPlainText(readBody(post));
}

export function searchInput(post: Post): SearchDocInput {
  return {
    slug: post.slug,
    title: post.title,
    date: formatDateZh(post.date, site.timeZone),
    iso: toZonedIso(post.date, site.timeZone),
    tags: post.tags,
    categories: post.categories,
    description: post.description,
    body: postIndexText(post),
  };
}

/** A page or entity in the index: found by its names and description; it links to its own URL. */
export function entrySearchInput(doc: PageDoc): SearchDocInput {
  return {
    slug: doc.href,
    href: doc.href,
    title: doc.title,
    date: "",
    iso: "",
    tags: [],
    // Its other names (Chinese, English, nicknames) are searchable but not shown as tags.
    categories: namesForSearch(doc.kind, doc.title, doc.fields).filter((n) => n !== doc.title),
    description: doc.description,
    body: doc.hasBody ? postIndexText(doc) : "",
  };
}

/** `posts` newest first (as getPosts() returns them): ties in ranking keep that order. Pages and entities follow. */
export function searchIndexOf(posts: Post[], entries: PageDoc[] = [], strategy: HanStrategy = SEARCH_STRATEGY): SearchIndexData {
  return buildSearchIndex([...posts.map(searchInput), ...entries.map(entrySearchInput)], strategy);
}

const ordered = new WeakMap<object, PageDoc[]>();

/** The pages and entities in the index, after the posts, in a stable order; sorted once per entries index (dev asks per snippet). */
function searchableEntries(): PageDoc[] {
  const { byHref } = getEntriesIndex();
  let list = ordered.get(byHref);
  if (!list) ordered.set(byHref, (list = [...byHref.values()].sort((a, b) => (a.href < b.href ? -1 : 1))));
  return list;
}

interface BuiltIndex {
  data: SearchIndexData;
  /** Names this index (its inputs' digest): the shards' and snippet texts' URLs carry it. */
  version: string;
}

const built = new WeakMap<Post[], BuiltIndex>();

function builtIndex(): BuiltIndex {
  const posts = getPosts();
  let index = built.get(posts);
  if (!index) {
    const entries = searchableEntries();
    // Everything an entry is made from: each file (hash) in order, and how dates are shown.
    const digest = createHash("sha256").update(`${INDEX_VERSION}\0${BODY_TEXT_VERSION}\0${SEARCH_STRATEGY}\0${site.timeZone}`);
    for (const p of posts) digest.update(`\0${p.slug}\0${p.source.format}\0${p.source.hash}`);
    for (const d of entries) digest.update(`\0${d.href}\0${d.source.hash}`);
    const hex = digest.digest("hex");
    index = { data: cachedJson("search-index", `${hex}.json`, () => searchIndexOf(posts, entries), { only: true }), version: hex.slice(0, 12) };
    built.set(posts, index);
  }
  return index;
}

/** The index of the posts a reader sees (and of the pages and entities), built once per content index. */
export function getSearchIndex(): SearchIndexData {
  return builtIndex().data;
}

/** The current index's name; it changes whenever a post, page or entity in it does. */
export function searchIndexVersion(): string {
  return builtIndex().version;
}

/** /search-index.json: the index's meta, with its version and where its shards and snippet texts are. */
export function searchIndexMeta() {
  const build = process.env.APP_BUILD_ID ?? "dev";
  const { data, version } = builtIndex();
  return { ...data.meta, build, version, shardUrl: searchShardPath(version, "{n}"), texts: searchTextUrl() };
}

/**
 * /search-shards/<version>/<n>/ prerendered: none. Each renders on first request and is cached
 * (and revalidated with the index), like the snippet texts. Listing them made one build worker
 * build the whole index while Next collected page data and the other worker waited: 1.2-1.3 s
 * of a 1,000-post build's critical path (bench/RESULTS.md, issue 19). /search-index.json still
 * builds it in the build (into the carried build cache), and the server's start-up warm-up
 * asks for shard 0 (lib/publish/start-warm.ts), so a reader's first search reads it from there.
 */
export function searchShardParams(): { version: string; shard: string }[] {
  return [];
}

/** Where the current index's first shard is: what the start-up warm-up asks for. */
export function firstSearchShardPath(): string {
  return searchShardPath(searchIndexVersion(), "0");
}

/** Shard `n` of index `version`; null for another index's (the page reloads the meta) or past the end. */
export function searchShardOf(version: string, n: string): SearchIndexData["shards"][number] | null {
  const { data, version: current } = builtIndex();
  return version === current ? (data.shards[Number(n)] ?? null) : null;
}

/** /search-text/<version>/<n>/ routes prerendered: none; each renders on first request and is cached (and revalidated with the index). */
export function searchTextParams(): { version: string; n: string }[] {
  return [];
}

/** The snippet text of index `version`'s entry number `n` (posts first, then pages and entities), or null (another index's, or past the end). */
export function searchTextOf(version: string, n: string): string | null {
  if (version !== searchIndexVersion()) return null;
  const posts = getPosts();
  const i = Number(n);
  if (!Number.isInteger(i) || i < 0) return null;
  if (i < posts.length) return posts[i] ? searchText(posts[i]) : null;
  const doc = searchableEntries()[i - posts.length];
  return doc ? entryText(doc) : null;
}

/** A page's or entity's snippet text: its description, then its body's words. */
function entryText(doc: PageDoc): string {
  return `${doc.description}\n${doc.hasBody ? postBodyText(doc) : ""}`.trim();
}

/** What the browser fetches to show a result's snippet: description, then body text. */
function searchText(post: Post): string {
  return `${post.description}\n${postBodyText(post)}`;
}

/**
 * Where the browser fetches the text of the search index's post number `{n}`: a route, rendered
 * on first request and cached like a page (a prerendered route per post cost a 10,000-post
 * build ~45 s), revalidated whenever the content changes, so a post published without a build
 * has its snippet too. The same URL in dev.
 */
export function searchTextUrl(): string {
  return searchTextPath(searchIndexVersion(), "{n}");
}

