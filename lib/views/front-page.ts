/**
 * What the front page shows: the hero stories, 今日焦點 (the headline list) and one
 * section per category. Every rule about which post goes where lives here so the
 * page only renders.
 *
 * The hero and the headline list are one stream of distinct stories, newest first:
 * the hero takes the first four, the headlines the next six, so no story (and no
 * second write-up of the same source) shows twice at the top of the page.
 */
import { sourceKey } from "../taxonomy/sources";
import { formatDateZh, formatTimeZh, toZonedIso } from "../content/dates";
import { summarize, type PostSummary } from "./summary";
import { comparePosts, type Post } from "../content/post";
import { getPosts } from "../content/store";
import { categoryHref } from "../taxonomy/slugs";
import { site } from "../site";

/** The fields the selection rules read; tests can pass posts from any index. */
export type Selectable = Pick<Post, "slug" | "date" | "updated" | "categories" | "sourceUrl">;

export interface FrontPageLayout {
  heroCount: number;
  headlineCount: number;
  sectionSize: number;
}

const FRONT_PAGE_LAYOUT: FrontPageLayout = { heroCount: 4, headlineCount: 6, sectionSize: 4 };

export interface CategorySection<P> {
  name: string;
  posts: P[];
}

export interface FrontPageSelection<P> {
  /** The newest story first: shown large, the rest as small cards. */
  hero: P[];
  headlines: P[];
  sections: CategorySection<P>[];
  /** The newest `date` or `lastmod` of any post, or null when there are none. */
  latestUpdate: Date | null;
}

/** Newest first, skipping posts whose source is already taken; stops at `limit`. */
function takeDistinct<P extends Selectable>(posts: readonly P[], limit: number, taken: Set<string>): P[] {
  const out: P[] = [];
  for (const post of posts) {
    if (out.length >= limit) break;
    const key = sourceKey(post);
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(post);
  }
  return out;
}

/**
 * Category names in front-page order: the configured ones first, in configuration
 * order, then any others the posts use (newest first), so a category missing from
 * the map is still visible rather than silently dropped.
 */
function categoryOrder(sorted: readonly Selectable[], configured: readonly string[]): string[] {
  const order = [...configured];
  const known = new Set(configured);
  for (const post of sorted) {
    for (const name of post.categories) {
      if (!known.has(name)) {
        known.add(name);
        order.push(name);
      }
    }
  }
  return order;
}

export function selectFrontPage<P extends Selectable>(
  posts: readonly P[],
  configuredCategories: readonly string[],
  layout: FrontPageLayout = FRONT_PAGE_LAYOUT,
): FrontPageSelection<P> {
  // Sorted here too, so the rules hold for any input order (ties broken by slug).
  const sorted = [...posts].sort(comparePosts);
  const top = new Set<string>();
  const hero = takeDistinct(sorted, layout.heroCount, top);
  const headlines = takeDistinct(sorted, layout.headlineCount, top);

  const sections: CategorySection<P>[] = [];
  for (const name of categoryOrder(sorted, configuredCategories)) {
    const inCategory = sorted.filter((p) => p.categories.includes(name));
    const picked = takeDistinct(inCategory, layout.sectionSize, new Set());
    if (picked.length > 0) sections.push({ name, posts: picked });
  }

  let latest: number | null = null;
  for (const post of sorted) {
    const t = Math.max(post.date.getTime(), post.updated?.getTime() ?? 0);
    if (latest === null || t > latest) latest = t;
  }
  return { hero, headlines, sections, latestUpdate: latest === null ? null : new Date(latest) };
}

export interface FrontPageData {
  hero: PostSummary[];
  headlines: PostSummary[];
  sections: { name: string; href: string; posts: PostSummary[] }[];
  /** `2026 年 1 月 27 日 14:00` and its ISO form, in the site time zone. */
  updated: { text: string; iso: string } | null;
}

/** The front page of this site, ready to render. */
export function getFrontPage(): FrontPageData {
  const sel = selectFrontPage(getPosts(), Object.keys(site.categories));
  const updated = sel.latestUpdate
    ? {
        text: `${formatDateZh(sel.latestUpdate, site.timeZone)} ${formatTimeZh(sel.latestUpdate, site.timeZone)}`,
        iso: toZonedIso(sel.latestUpdate, site.timeZone),
      }
    : null;
  return {
    hero: sel.hero.map(summarize),
    headlines: sel.headlines.map(summarize),
    sections: sel.sections.map((s) => ({ name: s.name, href: categoryHref(s.name), posts: s.posts.map(summarize) })),
    updated,
  };
}
