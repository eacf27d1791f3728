/**
 * Route data for the discovery pages (tags, categories, archives): what each
 * page's generateStaticParams returns and what a page param resolves to, so the
 * pages in app/ stay thin.
 */
import { buildCategoryIndex, type CategoryInfo } from "../taxonomy/categories";
import { decodeSegment, parsePageParam } from "../http/params";
import { getPosts } from "../content/store";
import { paginate } from "./pagination";
import type { Post } from "../content/post";
import { site } from "../site";
import { buildTagIndex, type TagInfo } from "../taxonomy/tags";
import { summarize, type PostSummary } from "./summary";
import { pageSuffix } from "../seo/metadata";
import { categoryPageHref, tagPageHref } from "../http/routes";
import { tagFilterProps, type TagFilterProps } from "./tag-filter";

export const getTagIndex = () => buildTagIndex(getPosts());
export const getCategoryIndex = () => buildCategoryIndex(getPosts());

/**
 * generateStaticParams must return segments DECODED (`企業-ai`, `c++`, `c#`): Next
 * encodes them itself. Measured with next build + next start (Next 16.4): decoded
 * params serve `/tags/%E4%BC%81%E6%A5%AD-ai/`, `/tags/c%2B%2B/` and `/tags/c%23/`
 * with 200; encodeURIComponent'd params are encoded twice and every one of those
 * is a 404. e2e/discovery.spec.ts requests them against the production build.
 */
export const staticSegment = (segment: string) => segment;

const pageCount = (n: number) => Math.max(1, Math.ceil(n / site.pageSize));

/** Every canonical tag slug, plus each variant's own slug (old Hugo URLs) which redirects. */
export function tagStaticParams(): { tag: string }[] {
  return [...getTagIndex().byAnySlug.keys()].map((slug) => ({ tag: staticSegment(slug) }));
}

export function tagPagesStaticParams(): { tag: string; page: string }[] {
  const out: { tag: string; page: string }[] = [];
  for (const tag of getTagIndex().tags) {
    for (let p = 2; p <= pageCount(tag.count); p++) out.push({ tag: staticSegment(tag.slug), page: String(p) });
  }
  return out;
}

export type Lookup<T> = { kind: "found"; info: T } | { kind: "redirect"; info: T } | { kind: "missing" };

/** A tag route param -> its tag; a variant's slug -> a redirect to the canonical one. */
export function lookupTag(param: string): Lookup<TagInfo> {
  const slug = decodeSegment(param);
  if (slug === null) return { kind: "missing" };
  const index = getTagIndex();
  const exact = index.bySlug.get(slug);
  if (exact) return { kind: "found", info: exact };
  const other = index.byAnySlug.get(slug);
  return other ? { kind: "redirect", info: other } : { kind: "missing" };
}

export function categoryStaticParams(): { category: string }[] {
  return getCategoryIndex().categories.map((c) => ({ category: staticSegment(c.slug) }));
}

export function categoryPagesStaticParams(): { category: string; page: string }[] {
  const out: { category: string; page: string }[] = [];
  for (const c of getCategoryIndex().categories) {
    for (let p = 2; p <= pageCount(c.count); p++) out.push({ category: staticSegment(c.slug), page: String(p) });
  }
  return out;
}

export function lookupCategory(param: string): CategoryInfo | null {
  const slug = decodeSegment(param);
  return slug === null ? null : (getCategoryIndex().bySlug.get(slug) ?? null);
}

/** One page of a list; null when the page param is not a page that exists. */
export function listPage(posts: Post[], pageParam: string | undefined): { items: Post[]; page: number; pages: number } | null {
  const n = pageParam === undefined ? 1 : parsePageParam(pageParam);
  if (n === null) return null;
  const result = paginate(posts, n);
  if (n > result.pages) return null;
  return result;
}

type ListPage = NonNullable<ReturnType<typeof listPage>>;

/** What one page of a tag's or category's post list shows (page 1 and /page/N/ alike). */
export interface TaxonomyListView {
  heading: string;
  intro: string;
  posts: PostSummary[];
  page: number;
  pages: number;
  href: (page: number) => string;
  filter: TagFilterProps | null;
}

export function tagListView(tag: TagInfo, list: ListPage): TaxonomyListView {
  return {
    heading: `#${tag.name}${pageSuffix(list.page)}`,
    intro: `共 ${tag.count} 篇文章`,
    posts: list.items.map(summarize),
    page: list.page,
    pages: list.pages,
    href: (n) => tagPageHref(tag.slug, n),
    filter: tagFilterProps(getPosts(), { tag: tag.slug, posts: tag.posts }),
  };
}

export function categoryListView(category: CategoryInfo, list: ListPage): TaxonomyListView {
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
