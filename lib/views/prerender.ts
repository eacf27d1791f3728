/**
 * What `next build` prerenders: what readers open first. Everything else (older posts,
 * later list pages, rarely used tags, a variant spelling's redirect) renders on its first
 * request and is cached like a prerendered page (the routes allow params beyond these), so a
 * build's cost no longer grows with the size of the archive. Measured in bench/RESULTS.md.
 */
export const PRERENDER = {
  /**
   * The newest posts built ahead. A news site's readers open the newest; older posts are
   * reached from search and old links, one at a time. 100 covers what the prerendered
   * /posts/ pages and the front page link to (3 x 20 and fewer). At 1,000 posts the
   * other 900 were ~75% of static generation (1,162 pages, 40 s on 2 workers).
   */
  posts: 100,
  /** Pages of /posts/ built ahead (page 1 is /posts/ itself). */
  postsPages: 3,
  /** The most used tags whose first page is built ahead. */
  tags: 30,
} as const;

/** The first `PRERENDER.posts` of `posts` (newest first, as the content index orders them). */
export function newestPosts<P>(posts: readonly P[]): P[] {
  return posts.slice(0, PRERENDER.posts);
}
