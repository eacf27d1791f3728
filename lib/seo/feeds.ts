/**
 * RSS 2.0, Atom and JSON Feed for the site, a tag or a category, built with the
 * `feed` package: the newest posts with their full content as HTML.
 */
import { Feed } from "feed";
import { buildCategoryIndex } from "../taxonomy/categories";
import { postContentHtml } from "./feed-content";
import { absolute } from "./metadata";
import { getPosts } from "../content/store";
import type { Post } from "../content/post";
import { categoryFeedHref, postHref, SITE_FEEDS, siteOgImage, tagFeedHref, tagHref } from "../http/routes";
import { categoryHref } from "../taxonomy/slugs";
import { site } from "../site";
import { buildTagIndex } from "../taxonomy/tags";

export const FEED_SIZE = 20;

export interface FeedSpec {
  title: string;
  description: string;
  /** Site path of the HTML page the feed mirrors. */
  pagePath: string;
  /** Site paths of this feed in each format (RSS always). */
  links: { rss: string; atom?: string; json?: string };
  /** Newest first. */
  posts: Post[];
}

export interface FeedItemInput {
  post: Post;
  html: string;
}

/** One feed item: absolute link as id, categories with their pages as domain. */
export function feedItem({ post, html }: FeedItemInput) {
  const link = absolute(postHref(post.slug));
  return {
    title: post.title,
    id: link,
    guid: link,
    link,
    date: post.updated ?? post.date,
    published: post.date,
    description: post.description,
    content: html,
    author: [{ name: site.author, link: absolute("/") }],
    category: [
      ...post.categories.map((name) => ({ name, domain: absolute(categoryHref(name)) })),
      ...post.tags.map((name) => ({ name })),
    ],
  };
}

/** Builds the feed; `html` renders a post's content (injectable for tests). */
export async function buildFeed(spec: FeedSpec, html: (post: Post) => Promise<string> = postContentHtml): Promise<Feed> {
  const posts = spec.posts.slice(0, FEED_SIZE);
  const feed = new Feed({
    title: spec.title,
    description: spec.description,
    id: absolute(spec.pagePath),
    link: absolute(spec.pagePath),
    language: "zh-TW",
    image: absolute(siteOgImage()),
    copyright: `© ${site.title}`,
    // The newest post's time, not the build's, so unchanged content gives an unchanged feed.
    updated: posts[0] ? (posts[0].updated ?? posts[0].date) : new Date(0),
    generator: site.title,
    feedLinks: Object.fromEntries(Object.entries(spec.links).map(([k, v]) => [k, absolute(v)])),
    author: { name: site.author, link: absolute("/") },
  });
  for (const name of new Set(posts.flatMap((p) => p.categories))) feed.addCategory(name);
  const items = await Promise.all(posts.map(async (post) => feedItem({ post, html: await html(post) })));
  for (const item of items) feed.addItem(item);
  return feed;
}

export function siteFeedSpec(posts: Post[] = getPosts()): FeedSpec {
  return {
    title: site.title,
    description: site.description,
    pagePath: "/",
    links: { rss: SITE_FEEDS.rss.path, atom: SITE_FEEDS.atom.path, json: SITE_FEEDS.json.path },
    posts,
  };
}

export function tagFeedSpec(tagSlug: string | null, posts: Post[] = getPosts()): FeedSpec | undefined {
  const tag = tagSlug === null ? undefined : buildTagIndex(posts).bySlug.get(tagSlug);
  if (!tag) return undefined;
  return {
    title: `#${tag.name} | ${site.title}`,
    description: `${site.title}：標籤「${tag.name}」的最新文章`,
    pagePath: tagHref(tag.slug),
    links: { rss: tagFeedHref(tag.slug) },
    posts: tag.posts,
  };
}

export function categoryFeedSpec(slug: string | null, posts: Post[] = getPosts()): FeedSpec | undefined {
  const cat = buildCategoryIndex(posts).categories.find((c) => c.slug === slug);
  if (!cat) return undefined;
  return {
    title: `${cat.name} | ${site.title}`,
    description: `${site.title}：分類「${cat.name}」的最新文章`,
    pagePath: categoryHref(cat.name),
    links: { rss: categoryFeedHref(cat.slug) },
    posts: cat.posts,
  };
}

const TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/** The HTTP response of a feed route. */
export async function feedResponse(spec: FeedSpec | undefined, format: keyof typeof TYPES): Promise<Response> {
  if (!spec) return new Response("Not found", { status: 404 });
  const feed = await buildFeed(spec);
  const body = format === "rss" ? feed.rss2() : format === "atom" ? feed.atom1() : feed.json1();
  return new Response(body, { headers: { "content-type": TYPES[format] } });
}

/** Params for the per-tag and per-category feed routes: a tag's feed is the long tail (rendered on first request), a category's is built ahead. */
export const tagFeedParams = (): { tag: string }[] => [];
export const categoryFeedParams = () => buildCategoryIndex(getPosts()).categories.map((c) => ({ category: c.slug }));
