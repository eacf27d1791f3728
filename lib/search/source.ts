/**
 * Server side of search: turns the content index into index input, reading each
 * post's body (the content index does not keep bodies). Memoised by content hash so
 * the index route and the per-post text route read and parse each file once.
 */
import { readFileSync } from "node:fs";
import { formatDateZh, toZonedIso } from "../dates";
import { normalizeNewlines, splitFrontMatter } from "../frontmatter";
import { getPost, getPosts, type Post } from "../posts";
import { site } from "../site";
import { bodyText } from "./body-text";
import { buildSearchIndex, type SearchDocInput, type SearchIndexData } from "./search-index";
import type { HanStrategy } from "./tokenize";

/** Chosen by `npm run bench:search` (see bench/search.ts): bigrams found every expected post. */
export const SEARCH_STRATEGY: HanStrategy = "bigram";

const bodies = new Map<string, string>();

export function postBodyText(post: Pick<Post, "absPath" | "format" | "hash">): string {
  let text = bodies.get(post.hash);
  if (text === undefined) {
    const { body } = splitFrontMatter(normalizeNewlines(readFileSync(post.absPath, "utf8")));
    text = bodyText(body, post.format);
    bodies.set(post.hash, text);
  }
  return text;
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
    body: postBodyText(post),
  };
}

/** `posts` newest first (as getPosts() returns them): ties in ranking keep that order. */
export function searchIndexOf(posts: Post[], strategy: HanStrategy = SEARCH_STRATEGY): SearchIndexData {
  return buildSearchIndex(posts.map(searchInput), strategy);
}

const built = new WeakMap<Post[], SearchIndexData>();

/** The index of the posts a reader sees, built once per content index. */
export function getSearchIndex(): SearchIndexData {
  const posts = getPosts();
  let data = built.get(posts);
  if (!data) built.set(posts, (data = searchIndexOf(posts)));
  return data;
}

/** What the browser fetches to show a result's snippet: description, then body text. */
export function searchText(slug: string): string | null {
  const post = getPost(slug);
  return post ? `${post.description}\n${postBodyText(post)}` : null;
}
