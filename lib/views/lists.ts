/**
 * The post lists: all posts (/posts/, /posts/page/N/), a tag's and a category's
 * (page 1 and /page/N/ alike), and the indexes of tags and categories. For each: the
 * params generateStaticParams returns, what a route param resolves to (a page, a
 * redirect, or a 404) and its metadata, so the routes in app/ only render.
 *
 * generateStaticParams returns segments DECODED (`企業-ai`, `c++`, `c#`): Next
 * encodes them itself. Measured with next build + next start (Next 16.4): decoded
 * params serve `/tags/%E4%BC%81%E6%A5%AD-ai/`, `/tags/c%2B%2B/` and `/tags/c%23/`
 * with 200; encodeURIComponent'd params are encoded twice and every one of those
 * is a 404. e2e/discovery.spec.ts requests them against the production build.
 */
import type { Metadata } from "next";
import { getPosts } from "../content/store";
import { decodeSegment } from "../http/params";
import { categoryPageHref, categorySlugHref, postsPageHref, tagHref, tagPageHref } from "../http/routes";
import { categoryMetadata, pageMetadata, pageSuffix, tagMetadata } from "../seo/metadata";
import { site } from "../site";
import { buildCategoryIndex, type CategoryInfo } from "../taxonomy/categories";
import { buildTagIndex, type TagInfo } from "../taxonomy/tags";
import { listPage } from "./pagination";
import { PRERENDER } from "./prerender";
import { summarize, type PostSummary } from "./summary";
import { tagFilterProps, type TagFilterProps } from "./tag-filter";

const tagIndex = () => buildTagIndex(getPosts());
const categoryIndex = () => buildCategoryIndex(getPosts());
const pageCount = (n: number) => Math.max(1, Math.ceil(n / site.pageSize));

/** What one page of a post list shows. */
export interface PostListView {
  heading: string;
  intro?: string;
  posts: PostSummary[];
  page: number;
  pages: number;
  href: (page: number) => string;
  filter: TagFilterProps | null;
}

/** A list route's answer: the page, a redirect to the canonical URL, or null for a 404. */
export type ListPageResult = { kind: "page"; view: PostListView } | { kind: "redirect"; href: string } | null;

// --- all posts ---------------------------------------------------------------

const ALL_POSTS = "所有文章";

/** /posts/page/N/ for 2 <= N <= PRERENDER.postsPages (page 1 is /posts/; next.config.ts redirects /posts/page/1/ there). */
export function postsPagesParams(): { page: string }[] {
  const pages = Math.min(pageCount(getPosts().length), PRERENDER.postsPages);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** `pageParam` undefined is /posts/ itself; "1" is a 404 there (it redirects before reaching the page). */
export function postsPage(pageParam?: string): PostListView | null {
  const list = listPage(getPosts(), pageParam);
  if (!list || (pageParam !== undefined && list.page === 1)) return null;
  return {
    heading: list.page > 1 ? `${ALL_POSTS}（第 ${list.page} 頁）` : ALL_POSTS,
    posts: list.items.map(summarize),
    page: list.page,
    pages: list.pages,
    href: postsPageHref,
    filter: tagFilterProps(getPosts()),
  };
}

export function postsPageMetadata(pageParam?: string): Metadata {
  const page = pageParam === undefined ? 1 : Number(pageParam);
  return pageMetadata({ title: page > 1 ? `${ALL_POSTS}（第 ${page} 頁）` : ALL_POSTS, path: postsPageHref(page) });
}

// --- tags ----------------------------------------------------------------------

/** The most used tags (PRERENDER.tags): their slugs and their variants' own slugs (old Hugo URLs, which redirect); other tags render on request. */
export function tagParams(): { tag: string }[] {
  const index = tagIndex();
  const top = new Set(index.tags.slice(0, PRERENDER.tags));
  return [...index.byAnySlug].filter(([, tag]) => top.has(tag)).map(([tag]) => ({ tag }));
}

/** Later pages of a tag are the long tail: none is built ahead. */
export function tagPagesParams(): { tag: string; page: string }[] {
  return [];
}

type Lookup<T> = { kind: "found"; info: T } | { kind: "redirect"; info: T } | { kind: "missing" };

/** A tag route param -> its tag; a variant's slug -> a redirect to the canonical one. */
function lookupTag(param: string): Lookup<TagInfo> {
  const slug = decodeSegment(param);
  if (slug === null) return { kind: "missing" };
  const index = tagIndex();
  const exact = index.bySlug.get(slug);
  if (exact) return { kind: "found", info: exact };
  const other = index.byAnySlug.get(slug);
  return other ? { kind: "redirect", info: other } : { kind: "missing" };
}

/** A tag's list; only page 1 of a spelling variant redirects (the variant has no /page/N/). */
export function tagPage(param: string, pageParam?: string): ListPageResult {
  const found = lookupTag(param);
  if (found.kind === "missing" || (found.kind === "redirect" && pageParam !== undefined)) return null;
  const tag = found.info;
  if (found.kind === "redirect") return { kind: "redirect", href: tagHref(tag.slug) };
  const list = listPage(tag.posts, pageParam);
  if (!list || (pageParam !== undefined && list.page === 1)) return null;
  return {
    kind: "page",
    view: {
      heading: `#${tag.name}${pageSuffix(list.page)}`,
      intro: `共 ${tag.count} 篇文章`,
      posts: list.items.map(summarize),
      page: list.page,
      pages: list.pages,
      href: (n) => tagPageHref(tag.slug, n),
      filter: tagFilterProps(getPosts(), { tag: tag.slug, posts: tag.posts }),
    },
  };
}

export function tagPageMetadata(param: string, pageParam?: string): Metadata {
  const found = lookupTag(param);
  return found.kind === "found" ? tagMetadata(found.info, pageParam === undefined ? 1 : Number(pageParam)) : {};
}

/** /tags/: every tag with its post count, most used first. */
export function tagIndexView(): { slug: string; name: string; count: number }[] {
  return tagIndex().tags.map((t) => ({ slug: t.slug, name: t.name, count: t.count }));
}

// --- categories ------------------------------------------------------------------

export function categoryParams(): { category: string }[] {
  return categoryIndex().categories.map((c) => ({ category: c.slug }));
}

/** Later pages of a category are the long tail: none is built ahead (every category's first page is). */
export function categoryPagesParams(): { category: string; page: string }[] {
  return [];
}

function lookupCategory(param: string): CategoryInfo | null {
  const slug = decodeSegment(param);
  return slug === null ? null : (categoryIndex().bySlug.get(slug) ?? null);
}

export function categoryPage(param: string, pageParam?: string): PostListView | null {
  const category = lookupCategory(param);
  const list = category && listPage(category.posts, pageParam);
  if (!category || !list || (pageParam !== undefined && list.page === 1)) return null;
  return {
    heading: `${category.name}${pageSuffix(list.page)}`,
    intro: `分類 · 共 ${category.count} 篇文章`,
    posts: list.items.map(summarize),
    page: list.page,
    pages: list.pages,
    href: (n) => categoryPageHref(category.slug, n),
    filter: tagFilterProps(getPosts(), { category: category.slug, posts: category.posts }),
  };
}

export function categoryPageMetadata(param: string, pageParam?: string): Metadata {
  const category = lookupCategory(param);
  return category ? categoryMetadata(category.name, category.count, pageParam === undefined ? 1 : Number(pageParam)) : {};
}

/** /categories/: the configured categories first, in the site's order, then the rest. */
export function categoryIndexView(): { name: string; href: string; count: number }[] {
  return categoryIndex().categories.map((c) => ({ name: c.name, href: categorySlugHref(c.slug), count: c.count }));
}
