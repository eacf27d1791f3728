/**
 * A production server renders a page of each long-tail kind once right after it starts, in
 * Next's draft mode (rendered on request, never read from or written to the cache), so the
 * first reader to ask for a page the build did not prerender does not pay for what the first
 * render of its kind costs a fresh process: Turbopack instantiating the route's modules, V8
 * compiling the render path, satori and resvg loading and the OG font chunks being parsed.
 * Measured on a 1,000-post build (bench/RESULTS.md, issue 19): a fresh process's first list
 * page 330-890 ms, its first OG card 1.2-1.6 s; the same requests after the warm-up well under
 * 300 ms. /healthz/ answers 503 `starting` until the warm-up is done (lib/publish/health.ts),
 * so a deploy sends readers only to a warm server.
 *
 * Started by instrumentation.ts `register()` (not awaited: Next serves no request before
 * register returns, and the warm-up asks this server for pages). WARM_START=0 turns it off.
 */
import type { Post } from "../content/post";
import { getPosts } from "../content/store";
import { categoryPageHref, postHref, postOgImagePath, postsPageHref, PREVIEW_PATH, SEARCH_INDEX_PATH, tagFeedHref, tagOgImage, tagPageHref } from "../http/routes";
import { site } from "../site";
import { buildCategoryIndex } from "../taxonomy/categories";
import { buildTagIndex } from "../taxonomy/tags";
import { processSecret } from "./secret";
import { warmPaths } from "./warm";
import { selfUrl } from "./watch";

/** Renders of each page: V8 compiles the render path over the first two or three (a list page: ~550, ~260, ~60 ms). */
const ROUNDS = 2;
/** However slow the machine, the server says it is ready after this long. */
const WARM_TIMEOUT_MS = 30_000;

export const shouldWarmAtStart = (env: Record<string, string | undefined> = process.env) => env.WARM_START !== "0" && env.WARM_START !== "false";

const KEY = Symbol.for("zh-tw-blog.start-warm");
type WithState = typeof globalThis & { [KEY]?: { warming: boolean } };

/** Whether the start-up warm-up still runs (globalThis: instrumentation.ts and /healthz/ are separate bundles). */
export function warmingUp(): boolean {
  return (globalThis as WithState)[KEY]?.warming ?? false;
}

function setWarming(warming: boolean): void {
  (globalThis as WithState)[KEY] = { warming };
}

/**
 * One page of each route that renders on request: a post (a post published live), a page of
 * /posts/, a tag, a tag's later page, a tag feed, a category's later page, a post's and a tag's
 * OG card. Each route is its own bundle entry, so each needs its own render; kinds the content
 * has no page for are left out (a one-post site has no page 2).
 */
export function startWarmPaths(posts: Post[], pageSize: number): string[] {
  const paths: string[] = [];
  const newest = posts[0];
  if (!newest) return paths;
  paths.push(postHref(newest.slug));
  if (posts.length > pageSize) paths.push(postsPageHref(2));
  const top = buildTagIndex(posts).tags[0];
  if (top) {
    paths.push(tagPageHref(top.slug, 1), tagFeedHref(top.slug), tagOgImage(top.slug));
    if (top.count > pageSize) paths.push(tagPageHref(top.slug, 2));
  }
  const category = [...buildCategoryIndex(posts).categories].sort((a, b) => b.posts.length - a.posts.length)[0];
  if (category && category.posts.length > pageSize) paths.push(categoryPageHref(category.slug, 2));
  const uncovered = posts.find((p) => !p.cover);
  if (uncovered) paths.push(postOgImagePath(uncovered.slug));
  return paths;
}

/** The draft-mode cookie from this server's preview route (which lets this process in with its own secret), once it answers. */
async function draftCookie(origin: string, until: number): Promise<string | null> {
  while (Date.now() < until) {
    try {
      const res = await fetch(`${origin}${PREVIEW_PATH}`, { headers: { Authorization: `Bearer ${processSecret()}` }, redirect: "manual" });
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .find((c) => c.startsWith("__prerender_bypass="));
      if (cookie) return cookie;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/**
 * The search index's first shard, from the prerendered index meta (its `shardUrl`): the build
 * lists no shard (lib/search/source.ts), so a fresh process's first search would read or build
 * the whole index. Null when the meta does not answer as expected.
 */
export async function firstSearchShard(origin: string): Promise<string | null> {
  try {
    const res = await fetch(`${origin}${SEARCH_INDEX_PATH}`);
    if (!res.ok) return null;
    const meta = (await res.json()) as { shardUrl?: unknown };
    return typeof meta.shardUrl === "string" && meta.shardUrl.startsWith("/") ? meta.shardUrl.replace("{n}", "0") : null;
  } catch {
    return null;
  }
}

/** What the warm-up renders by default: startWarmPaths of the served posts, and the first search shard. */
async function defaultWarmPaths(origin: string): Promise<string[]> {
  const shard = await firstSearchShard(origin);
  return [...startWarmPaths(getPosts(), site.pageSize), ...(shard ? [shard] : [])];
}

/** Renders startWarmPaths ROUNDS times in draft mode, one at a time; /healthz/ says `starting` meanwhile. Resolves to the renders that answered 2xx. */
export async function warmAtStart(origin = selfUrl(), paths: () => string[] | Promise<string[]> = () => defaultWarmPaths(origin)): Promise<number> {
  setWarming(true);
  try {
    const until = Date.now() + WARM_TIMEOUT_MS;
    const cookie = await draftCookie(origin, until);
    if (!cookie) return 0;
    const list = await paths();
    let ok = 0;
    for (let round = 0; round < ROUNDS && Date.now() < until; round++) ok += await warmPaths(list, origin, { headers: { cookie } }, 1);
    return ok;
  } catch {
    return 0;
  } finally {
    setWarming(false);
  }
}
