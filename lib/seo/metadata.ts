/**
 * Page metadata for the App Router's metadata API, built in one place so every
 * route describes itself the same way: title, description, canonical (absolute,
 * trailing slash, percent-encoded), Open Graph, Twitter card and feed links.
 * Next replaces (does not merge) `openGraph` and `alternates` objects from the
 * layout, so each page gets the complete set from here.
 */
import type { Metadata } from "next";
import { toZonedIso } from "../content/dates";
import { OG_HEIGHT, OG_WIDTH, postOgImage } from "./og-cards";
import type { Post } from "../content/post";
import { categoryFeedHref, categoryOgImage, categoryPageHref, postHref, SITE_FEEDS, siteOgImage, tagFeedHref, tagOgImage, tagPageHref } from "../http/routes";
import { categorySlug } from "../taxonomy/slugs";
import { site } from "../site";

export interface FeedLink {
  title: string;
  /** Site-relative path, e.g. /tags/openai/index.xml */
  path: string;
}

export interface PageMetadataInput {
  /** Page title; the layout's template adds the site name. Omit on the home page. */
  title?: string;
  description?: string;
  /** Site-relative path of the page (encoded or not), e.g. /tags/企業-ai/ */
  path: string;
  /** Site-relative path or absolute URL of the preview image; defaults to the site card. */
  image?: string;
  imageSize?: { width?: number; height?: number };
  /** RSS feeds of this page in addition to the site's. */
  feeds?: FeedLink[];
}

/** Percent-encodes a path that is not encoded yet; leaves an encoded one alone. */
export function encodePath(path: string): string {
  return /[^\x21-\x7e]/.test(path) ? encodeURI(path) : path;
}

/** Absolute URL of a site path or an already absolute URL. */
export function absolute(pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${site.baseUrl}${encodePath(pathOrUrl)}`;
}

function feedAlternates(extra: FeedLink[] = []): NonNullable<Metadata["alternates"]>["types"] {
  return {
    [SITE_FEEDS.rss.type]: [
      { url: absolute(SITE_FEEDS.rss.path), title: site.title },
      ...extra.map((f) => ({ url: absolute(f.path), title: f.title })),
    ],
    [SITE_FEEDS.atom.type]: [{ url: absolute(SITE_FEEDS.atom.path), title: site.title }],
    [SITE_FEEDS.json.type]: [{ url: absolute(SITE_FEEDS.json.path), title: site.title }],
  };
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const url = absolute(input.path);
  const description = input.description ?? site.description;
  const image = {
    url: absolute(input.image ?? siteOgImage()),
    width: input.image ? input.imageSize?.width : OG_WIDTH,
    height: input.image ? input.imageSize?.height : OG_HEIGHT,
    alt: input.title ?? site.title,
  };
  if (!image.width || !image.height) {
    delete image.width;
    delete image.height;
  }
  const fullTitle = input.title ? `${input.title} | ${site.title}` : site.title;
  return {
    title: input.title ?? { absolute: site.title },
    description,
    alternates: { canonical: url, types: feedAlternates(input.feeds) },
    openGraph: {
      type: "website",
      siteName: site.title,
      locale: site.ogLocale,
      url,
      title: fullTitle,
      description,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: fullTitle, description, images: [image.url] },
  };
}

/**
 * The root layout's defaults: what a page that sets no metadata of its own still
 * gets (feed links, site card, Twitter card). No canonical: only a page knows its URL.
 */
export function layoutMetadata(): Metadata {
  const { openGraph, twitter, alternates } = pageMetadata({ path: "/" });
  // og:url, like the canonical, is the page's own: leave it to the page.
  const og = { ...openGraph } as NonNullable<Metadata["openGraph"]> & { url?: unknown };
  delete og.url;
  // Search Console's site verification (site.config.yaml verification.google): <meta name="google-site-verification">.
  const verification = site.verification.google ? { verification: { google: site.verification.google } } : {};
  return { openGraph: og, twitter, alternates: { types: alternates?.types }, ...verification };
}

/** A generated card (1200x630) or the post's cover with its measured size. */
function postImage(post: Post): Pick<PageMetadataInput, "image" | "imageSize"> {
  if (post.cover) return { image: post.cover.src, imageSize: { width: post.cover.width, height: post.cover.height } };
  return { image: postOgImage(post), imageSize: { width: OG_WIDTH, height: OG_HEIGHT } };
}

export function postMetadata(post: Post): Metadata {
  const base = pageMetadata({ title: post.title, description: post.description, path: postHref(post.slug), ...postImage(post) });
  const category = post.categories[0];
  return {
    ...base,
    // Shown on the post's own page, so readers and crawlers find the category feed too.
    alternates: {
      ...base.alternates,
      types: feedAlternates(category ? [{ title: `${category} | ${site.title}`, path: categoryFeedHref(categorySlug(category)) }] : []),
    },
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: toZonedIso(post.date, site.timeZone),
      modifiedTime: toZonedIso(post.updated ?? post.date, site.timeZone),
      authors: [site.author],
      section: category,
      tags: post.tags,
    },
  };
}

/** `/tags/x/` or `/tags/x/page/2/`: page N of a list has its own canonical. */
export const pageSuffix = (page: number) => (page > 1 ? `（第 ${page} 頁）` : "");

/** Metadata of a tag page (slug as in lib/taxonomy/tags.ts TagInfo). */
export function tagMetadata(tag: { slug: string; name: string; count: number }, page = 1): Metadata {
  return pageMetadata({
    title: `#${tag.name}${pageSuffix(page)}`,
    description: `標籤「${tag.name}」的 ${tag.count} 篇文章 — ${site.title}`,
    path: tagPageHref(tag.slug, page),
    image: tagOgImage(tag.slug),
    imageSize: { width: OG_WIDTH, height: OG_HEIGHT },
    feeds: [{ title: `#${tag.name} | ${site.title}`, path: tagFeedHref(tag.slug) }],
  });
}

/** Metadata of a category page (display name, as in front matter). */
export function categoryMetadata(name: string, count: number, page = 1): Metadata {
  const slug = categorySlug(name);
  return pageMetadata({
    title: `${name}${pageSuffix(page)}`,
    description: `分類「${name}」的 ${count} 篇文章 — ${site.title}`,
    path: categoryPageHref(slug, page),
    image: categoryOgImage(slug),
    imageSize: { width: OG_WIDTH, height: OG_HEIGHT },
    feeds: [{ title: `${name} | ${site.title}`, path: categoryFeedHref(slug) }],
  });
}
