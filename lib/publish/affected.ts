/**
 * What a content change touches: from the content indexes before and after a reload (and the
 * public/ files that changed) to the URLs whose cached render is now stale. Pure: the revalidate
 * route (lib/publish/revalidate.ts) hands the result to Next's revalidatePath.
 *
 * Posts and entries are found changed by diffing the two indexes (a slug added, removed,
 * edited: its file's hash; a future post whose time came: in `posts` now), not by trusting the
 * caller's file list, so a webhook that names the wrong files or none still revalidates what
 * changed. Public files (images) can only be known from the list.
 *
 * The scheme: one Next cache tag per URL (revalidatePath of a literal path is the implicit tag
 * `_N_T_<path>`) for pages a change names, and one tag per route pattern (`/posts/page/[page]`)
 * for lists that shift as a whole when a post is added. At real scale (600 posts, 1,200 tags)
 * a post touches its own page, a few tags' pages, its neighbours and the posts that list it as
 * related: tens of tags, each an O(1) mark in the incremental cache. Listing every URL a list
 * could have (every page of every tag) or revalidating the whole site per edit would mark
 * thousands of entries and re-render them all on the next crawl.
 */
import type { ContentIndex } from "../content/content-index";
import type { EntriesIndex } from "../content/entries-index";
import type { PageDoc } from "../content/entry";
import type { Post } from "../content/post";
import {
  archivesHref,
  categoriesHref,
  categoryOgImage,
  categoryPageHref,
  contentOgImage,
  contentPageHref,
  homeHref,
  postHref,
  postOgImagePath,
  postsPageHref,
  SEARCH_INDEX_PATH,
  servedPath,
  SITE_FEEDS,
  SITEMAP_PATHS,
  sitemapPageHref,
  TAG_FILTER_DATA_PATH,
  tagOgImage,
  tagPageHref,
  tagsHref,
} from "../http/routes";
import { buildCategoryIndex } from "../taxonomy/categories";
import { buildEntityGraph, type EntityGraph } from "../taxonomy/entity-graph";
import { neighbors } from "../taxonomy/neighbors";
import { relatedPosts } from "../taxonomy/related";
import { seriesOf } from "../taxonomy/series";
import { categorySlug } from "../taxonomy/slugs";
import { buildTagIndex } from "../taxonomy/tags";

export interface Snapshot {
  content: ContentIndex;
  entries: EntriesIndex;
}

/** A route file pattern whose every page is stale (revalidatePath(route, type)). */
export interface RoutePattern {
  route: string;
  type: "page" | "layout";
}

export interface Affected {
  /** Served URL paths (percent-encoded, as routes.ts builds them). */
  paths: string[];
  patterns: RoutePattern[];
  /** Post slugs and entry hrefs found added, removed or changed, for the caller's report. */
  changed: { posts: string[]; entries: string[]; files: string[] };
}

/** Everything: revalidatePath("/", "layout"). */
export const EVERYTHING: RoutePattern = { route: "/", type: "layout" };

/**
 * Route handlers (feeds, sitemaps, JSON data) are cached with their URL as a tag *with* its
 * trailing slash (`_N_T_/index.xml/`, Next 16), which revalidatePath, stripping the slash, never
 * names; their route file's layout tag (`_N_T_/index.xml/layout`) is what marks them. So each is
 * revalidated by its route file, and per-tag feeds by theirs: every tag's feed, regenerated when
 * a feed reader next asks.
 */
const routeFile = (route: string): RoutePattern => ({ route, type: "layout" });
/** The search index is split by first character; snippet texts are numbered in index order: all shift. */
const CONTENT_WIDE_ROUTES: RoutePattern[] = [...SITEMAP_PATHS, SEARCH_INDEX_PATH, "/search-shards/[version]/[shard]", "/search-text/[version]/[n]"].map(routeFile);
/** What any post change alters besides: the feeds and the tag filter's data. */
const POST_WIDE_ROUTES: RoutePattern[] = [...Object.values(SITE_FEEDS).map((f) => f.path), "/feed.xml", TAG_FILTER_DATA_PATH, "/tags/[tag]/index.xml", "/categories/[category]/index.xml"].map(routeFile);
/** Pages any post change alters: the lists. */
const POST_WIDE_PATHS = [homeHref(), postsPageHref(1), archivesHref(), tagsHref(), categoriesHref()];
/** Page N of the list of all posts: every one shifts when a post is added or removed. */
const POST_LIST_PATTERN: RoutePattern = { route: "/posts/page/[page]", type: "page" };

const pagesOf = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/** A post is changed when its file's bytes or its visibility differ. */
const sameFile = (a: { source: { hash: string } } | undefined, b: { source: { hash: string } } | undefined) => !!a && !!b && a.source.hash === b.source.hash;

/** The footer a post page shows (series, neighbours, related), as a comparable string. */
function footerKey(post: Post, posts: Post[]): string {
  const pos = seriesOf(post, posts);
  const { older, newer } = neighbors(post, posts);
  const link = (p: Post | null | undefined) => (p ? `${p.slug}\0${p.source.hash}` : "");
  return [
    pos && pos.series.posts.length > 1 ? pos.series.posts.map(link).join("\u0001") : "",
    link(older),
    link(newer),
    relatedPosts(post, posts)
      .map((s) => link(s.post))
      .join("\u0001"),
  ].join("\u0002");
}

function entityHrefs(graph: EntityGraph, post: Post): string[] {
  const { companies, people } = graph.entitiesOfPost(post);
  return [...companies, ...people].flatMap((l) => (l.href ? [l.href] : []));
}

interface Collect {
  paths: Set<string>;
  patterns: Map<string, RoutePattern>;
}

function addPattern(out: Collect, p: RoutePattern) {
  out.patterns.set(`${p.type}:${p.route}`, p);
}

/** A content page's URL and its paged list (an entry's posts, a section's entries). */
function addContentPages(out: Collect, href: string, count: number, size: number) {
  for (let n = 1; n <= pagesOf(count, size); n++) out.paths.add(contentPageHref(href, n));
}

/**
 * The URLs a reload made stale. `publicFiles` are paths under public/ ("images/a.png") that
 * changed; `postsUsing(src)` says which posts' bodies or covers use a public URL ("/images/a.png").
 */
export function affectedBy(before: Snapshot, after: Snapshot, options: { publicFiles?: string[]; postsUsing?: (src: string) => Post[]; pageSize: number }): Affected {
  const { pageSize } = options;
  const out: Collect = { paths: new Set(), patterns: new Map() };
  const beforePosts = new Map(before.content.posts.map((p) => [p.slug, p]));
  const afterPosts = new Map(after.content.posts.map((p) => [p.slug, p]));
  const changedPosts = new Set<string>();
  for (const [slug, p] of afterPosts) if (!sameFile(p, beforePosts.get(slug))) changedPosts.add(slug);
  for (const slug of beforePosts.keys()) if (!afterPosts.has(slug)) changedPosts.add(slug);

  const changedEntries = new Set<string>();
  const docsOf = (e: EntriesIndex) => new Map<string, PageDoc>([...e.byHref, ...e.claims]);
  const beforeDocs = docsOf(before.entries);
  const afterDocs = docsOf(after.entries);
  for (const [href, d] of afterDocs) if (!sameFile(d, beforeDocs.get(href))) changedEntries.add(href);
  for (const href of beforeDocs.keys()) if (!afterDocs.has(href)) changedEntries.add(href);

  const touched = new Set<Post>();
  for (const file of options.publicFiles ?? []) {
    const src = `/${file.replace(/^\/+/, "")}`;
    for (const post of options.postsUsing?.(src) ?? []) touched.add(post);
  }
  for (const post of touched) if (afterPosts.get(post.slug) === post) out.paths.add(postHref(post.slug));

  if (changedPosts.size || changedEntries.size) {
    out.paths.add(sitemapPageHref());
    for (const p of CONTENT_WIDE_ROUTES) addPattern(out, p);
  }

  if (changedPosts.size) {
    const sides = [
      { snap: before, byslug: beforePosts },
      { snap: after, byslug: afterPosts },
    ];
    for (const p of POST_WIDE_PATHS) out.paths.add(p);
    for (const p of POST_WIDE_ROUTES) addPattern(out, p);
    addPattern(out, POST_LIST_PATTERN);
    const candidates = new Set<string>();
    for (const { snap, byslug } of sides) {
      const posts = snap.content.posts;
      const tags = buildTagIndex(posts);
      const categories = buildCategoryIndex(posts);
      const graph = buildEntityGraph(posts, snap.entries);
      for (const slug of changedPosts) {
        const post = byslug.get(slug);
        out.paths.add(postHref(slug));
        out.paths.add(postOgImagePath(slug));
        if (!post) continue;
        for (const name of post.tags) {
          const tag = tags.ofName(name);
          if (!tag) continue;
          for (let n = 1; n <= pagesOf(tag.count, pageSize); n++) out.paths.add(tagPageHref(tag.slug, n));
          out.paths.add(tagOgImage(tag.slug));
          for (const other of tag.posts) candidates.add(other.slug);
        }
        for (const name of post.categories) {
          const category = categories.bySlug.get(categorySlug(name));
          if (!category) continue;
          for (let n = 1; n <= pagesOf(category.count, pageSize); n++) out.paths.add(categoryPageHref(category.slug, n));
          out.paths.add(categoryOgImage(category.slug));
        }
        const i = posts.indexOf(post);
        for (const near of [posts[i - 1], posts[i + 1]]) if (near) candidates.add(near.slug);
        for (const href of entityHrefs(graph, post)) {
          const doc = snap.entries.byHref.get(href);
          addContentPages(out, href, doc ? graph.postsAbout(doc).length : 1, pageSize);
        }
      }
      // A body's 延伸閱讀 shows the linked post's title and date.
      for (const other of posts) if (other.internalLinks.some((l) => changedPosts.has(l.slug))) out.paths.add(postHref(other.slug));
    }
    // Of the posts that might show a changed post in their footer, those whose footer differs.
    for (const slug of candidates) {
      if (changedPosts.has(slug)) continue;
      const b = beforePosts.get(slug);
      const a = afterPosts.get(slug);
      if (!a || !b || footerKey(b, before.content.posts) !== footerKey(a, after.content.posts)) out.paths.add(postHref(slug));
    }
  }

  if (changedEntries.size) {
    for (const { snap, docs } of [
      { snap: before, docs: beforeDocs },
      { snap: after, docs: afterDocs },
    ]) {
      const graph = buildEntityGraph(snap.content.posts, snap.entries);
      for (const href of changedEntries) {
        const doc = docs.get(href);
        out.paths.add(contentOgImage(href));
        if (!doc) {
          out.paths.add(servedPath(href));
          continue;
        }
        const about = graph.postsAbout(doc);
        addContentPages(out, href, about.length, pageSize);
        for (const post of about) out.paths.add(postHref(post.slug));
        for (const link of graph.linksOf(doc)) if (link.href) out.paths.add(servedPath(link.href));
        if (doc.section) {
          const section = snap.entries.sections.get(doc.section);
          addContentPages(out, `/${doc.section}/`, section?.entries.length ?? 1, pageSize);
        }
      }
      // Entities that name a changed one show its name.
      for (const doc of snap.entries.byHref.values()) {
        if (graph.linksOf(doc).some((l) => l.href && changedEntries.has(l.href))) out.paths.add(servedPath(doc.href));
      }
    }
  }

  return {
    paths: [...out.paths].sort(),
    patterns: [...out.patterns.values()],
    changed: { posts: [...changedPosts].sort(), entries: [...changedEntries].sort(), files: options.publicFiles ?? [] },
  };
}
