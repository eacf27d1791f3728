/**
 * What `next build` prerenders: what readers open first. Everything else (older posts,
 * later list pages, rarely used tags, a variant spelling's redirect) renders on its first
 * request and is cached like a prerendered page (the routes allow params beyond these), so a
 * build's cost no longer grows with the size of the archive. Measured in bench/RESULTS.md.
 */
import { site } from "../site";

export const PRERENDER = {
  /** Pages of /posts/ built ahead (page 1 is /posts/ itself). */
  postsPages: 3,
  /** The most used tags whose first page is built ahead. */
  tags: 30,
} as const;

/**
 * How many of the newest posts are built ahead: those the prerendered /posts/ pages (and the
 * front page) link to, `postsPages` x `pageSize` (60 at the default 20 a page). A news site's
 * readers open the newest; older posts are reached from search and old links, one at a time,
 * and render on their first request. At 1,000 posts all 1,000 were ~75% of static
 * generation (1,162 pages, 40 s on 2 workers). Going from the newest 100 to 60 (with the
 * search shards left out of the build in the same change) took a 1,000-post build from
 * 27.6-30.9 s to 22.1-25.1 s in alternating runs (bench/RESULTS.md, issue 19).
 */
export function prerenderedPostCount(): number {
  return PRERENDER.postsPages * site.pageSize;
}

/** The first prerenderedPostCount() of `posts` (newest first, as the content index orders them). */
export function newestPosts<P>(posts: readonly P[]): P[] {
  return posts.slice(0, prerenderedPostCount());
}
