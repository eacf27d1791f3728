/**
 * The tag filter's data and logic, shared by the server (which builds the data)
 * and the browser (which filters with it). Pure: no Node or Next imports, so the
 * client bundle only carries these few functions.
 *
 * The data is compact on purpose: tags once in a table, each post as a tuple with
 * tag ids. It is fetched when a reader first uses the filter, not with the page.
 */

/** [slug, display name] */
export type FilterTag = [string, string];
/** [category slug, display name] */
export type FilterCategory = [string, string];
/** [slug, title, local date "YYYY-MM-DD", category ids (main first), tag ids] */
export type FilterPost = [string, string, string, number[], number[]];

export interface FilterData {
  tags: FilterTag[];
  categories: FilterCategory[];
  /** Newest first. */
  posts: FilterPost[];
}

export interface Chip {
  slug: string;
  name: string;
  count: number;
}

/** The list a filter narrows: all posts, or one tag's or one category's (slugs). */
export interface FilterScope {
  tag?: string;
  category?: string;
}

const FILTER_PARAM = "tag";

/** `?tag=a&tag=b` -> ["a", "b"]: unique, in the reader's order. */
export function selectionFromSearch(search: string): string[] {
  return [...new Set(new URLSearchParams(search).getAll(FILTER_PARAM).filter(Boolean))];
}

/** Replaces the tag params in a query string, keeping any others. */
export function searchWithSelection(search: string, selected: string[]): string {
  const params = new URLSearchParams(search);
  params.delete(FILTER_PARAM);
  for (const slug of selected) params.append(FILTER_PARAM, slug);
  const q = params.toString();
  return q ? `?${q}` : "";
}

export interface FilterResult {
  /** Indexes into data.posts of the posts having every selected tag, newest first. */
  matches: number[];
  /** Tag id -> how many matching posts also have it (the count a chip shows). */
  counts: Map<number, number>;
  /** Selected slugs the data does not know (dropped from the selection). */
  unknown: string[];
}

/** AND filter: posts in the scope having every selected tag. */
export function applyFilter(data: FilterData, selected: string[], scope: FilterScope = {}): FilterResult {
  const idOf = new Map(data.tags.map(([slug], i) => [slug, i]));
  // An unknown scope matches nothing (-2 is no id) rather than widening to every post.
  const scopeTag = scope.tag === undefined ? -1 : (idOf.get(scope.tag) ?? -2);
  const scopeCat = scope.category === undefined ? -1 : data.categories.findIndex(([slug]) => slug === scope.category);
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const slug of selected) {
    const id = idOf.get(slug);
    if (id === undefined) unknown.push(slug);
    else ids.push(id);
  }
  const matches: number[] = [];
  const counts = new Map<number, number>();
  data.posts.forEach((post, i) => {
    const tags = post[4];
    if (scopeTag !== -1 && !tags.includes(scopeTag)) return;
    if (scope.category !== undefined && !post[3].includes(scopeCat)) return;
    if (!ids.every((id) => tags.includes(id))) return;
    matches.push(i);
    for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return { matches, counts, unknown };
}

/** `2026-01-27` -> `2026 年 1 月 27 日`, the site's date format (the date is already local). */
export function formatLocalDate(ymd: string): string {
  const [y, m, d] = ymd.split("-").map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
}
