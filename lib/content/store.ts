/**
 * The content indexes of this process (posts; pages and entries), for pages, routes and feeds. A production build
 * loads it once and fails on any error; `next dev` rescans at most every
 * DEV_RESCAN_MS (unchanged files are not parsed again) so an edit shows on the next
 * reload without a restart, and keeps broken posts aside so one bad file never takes
 * the other pages down.
 */
import { isDev } from "./environment";
import { ContentError, formatDiagnostic, type Diagnostic } from "./errors";
import { loadContentIndex, type ContentIndex } from "./content-index";
import { loadEntriesIndex, type EntriesIndex } from "./entries-index";
import type { BrokenPost, Post } from "./post";

/** How long a dev scan is reused: short enough that an edit shows on the next reload. */
const DEV_RESCAN_MS = 200;

/**
 * One index kept for the process. One dev render asks many times (every card's tags);
 * one scan serves them all, and keeping the same arrays lets the WeakMap-cached tag and
 * category indexes hit.
 */
function memoised<T extends { diagnostics: Diagnostic[] }>(load: () => T): () => T {
  let memo: { index: T; at: number } | null = null;
  let reported = false;
  return () => {
    if (memo && (!isDev() || Date.now() - memo.at < DEV_RESCAN_MS)) return memo.index;
    const index = load();
    memo = { index, at: Date.now() };
    if (!isDev()) {
      if (index.diagnostics.some((d) => d.severity === "error")) throw new ContentError(index.diagnostics);
      if (!reported && process.env.BLOG_QUIET !== "1") {
        reported = true;
        for (const w of index.diagnostics.filter((d) => d.severity === "warning")) console.warn(`warning: ${formatDiagnostic(w)}`);
      }
    }
    return index;
  };
}

export const getContentIndex: () => ContentIndex = memoised(() => loadContentIndex());
/** Pages, sections and entries (content/ outside posts/). */
export const getEntriesIndex: () => EntriesIndex = memoised(() => loadEntriesIndex());

export function getPosts(): Post[] {
  return getContentIndex().posts;
}

/** A post a reader may see, by slug. */
export function getPost(slug: string): Post | undefined {
  const post = getContentIndex().bySlug.get(slug);
  if (!post) return undefined;
  return getContentIndex().posts.includes(post) ? post : undefined;
}

export function getBrokenPost(slug: string): BrokenPost | undefined {
  return getContentIndex().broken.find((b) => b.slug === slug);
}
