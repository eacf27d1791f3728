/**
 * Every URL path the site has, built in one place (trailing slashes on). Imported by
 * pages, feeds and sitemaps on the server, by client components in the browser and by
 * next.config.ts, so it imports nothing at all: no configuration (which is read from a
 * file), no Node modules, no content. A category's URL from its display name, which
 * needs the configured slugs, is categoryHref() in lib/taxonomy/slugs.ts.
 */

/**
 * Next's trailingSlash mode serves a last segment that looks like a file name
 * (`/tags/node.js`) without the slash and redirects the slashed form; link to the
 * served form directly rather than through a redirect.
 */
const dir = (path: string) => (/\.\w+$/.test(path) ? path : `${path}/`);
const seg = encodeURIComponent;

export const homeHref = () => "/";
export const postHref = (slug: string) => `/posts/${seg(slug)}/`;

/** The slug of a post's URL (`/posts/<slug>/`, with optional fragment), or null for any other URL. */
export function postSlugFromHref(href: string): string | null {
  const m = /^\/posts\/([^/#?]+)\/?(?:[#?].*)?$/.exec(href);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** Page `segment` of the list of all posts; a path pattern such as ":page" for redirects. */
export const postsPagePath = (segment: string) => `/posts/page/${segment}/`;
/** The list of all posts: `/posts/`, `/posts/page/2/`, ... */
export const postsPageHref = (page: number) => (page <= 1 ? "/posts/" : postsPagePath(String(page)));
/** Where the list of all posts paged before it moved to /posts/ (`/page/2/`); these redirect. */
export const legacyPostsPagePath = (segment: string) => `/page/${segment}/`;
/**
 * Page 1 of the list at `base` (a path with trailing slash, or a pattern such as "/:path+/"),
 * as Hugo writes it (`/tags/x/page/1/`): an alias of the list itself, which redirects there.
 */
export const listFirstPagePath = (base: string) => `${base}page/1/`;
/** Post slugs that would collide with list URLs under /posts/ (`/posts/page/2/`). */
export const RESERVED_POST_SLUGS: ReadonlySet<string> = new Set(["page"]);

export const tagsHref = () => "/tags/";
export const tagHref = (slug: string) => dir(`/tags/${seg(slug)}`);
export const tagPageHref = (slug: string, page: number) => (page <= 1 ? tagHref(slug) : `/tags/${seg(slug)}/page/${page}/`);
export const tagFeedHref = (slug: string) => `/tags/${seg(slug)}/index.xml`;

export const categoriesHref = () => "/categories/";
export const categorySlugHref = (slug: string) => dir(`/categories/${seg(slug)}`);
export const categoryPageHref = (slug: string, page: number) => (page <= 1 ? categorySlugHref(slug) : `/categories/${seg(slug)}/page/${page}/`);
export const categoryFeedHref = (slug: string) => `/categories/${seg(slug)}/index.xml`;

export const archivesHref = () => "/archives/";
export const readingListHref = () => "/reading-list/";
export const searchHref = (query = "") => (query ? `/search/?q=${seg(query)}` : "/search/");

/** The site-wide feeds, linked from every page's head. */
export const SITE_FEEDS = {
  rss: { path: "/index.xml", type: "application/rss+xml" },
  atom: { path: "/atom.xml", type: "application/atom+xml" },
  json: { path: "/feed.json", type: "application/feed+json" },
} as const;

/** Generated Open Graph cards (app/og/[...path]/route.ts, drawn on first request). */
export const siteOgImage = () => "/og/site.png";
export const postOgImagePath = (slug: string) => `/og/posts/${seg(slug)}.png`;
export const tagOgImage = (slug: string) => `/og/tags/${seg(slug)}.png`;
export const categoryOgImage = (slug: string) => `/og/categories/${seg(slug)}.png`;
/** A page's or entity's card: /companies/openai/ -> /og/pages/companies/openai.png */
export const contentOgImage = (href: string) => `/og/pages${href.replace(/\/$/, "").split("/").map(seg).join("/")}.png`;

/** Data the browser fetches on first use: the tag filter's, and the search index's. */
export const TAG_FILTER_DATA_PATH = "/tag-filter.json";
export const SEARCH_INDEX_PATH = "/search-index.json";
/**
 * Shards and snippet texts are numbered by the index they belong to, and a publish renumbers
 * them (posts are newest first): `version` names that index (source.ts searchIndexVersion), so
 * a page that loaded the index before a publish never mixes in the next index's numbers.
 */
export const searchShardPath = (version: string, shard: number | string) => `/search-shards/${version}/${shard}/`;
/** A post's snippet text by its number in the index `version` (lib/search/source.ts). */
export const searchTextPath = (version: string, n: number | string) => `/search-text/${version}/${n}/`;
export const HEALTH_PATH = "/healthz/";
/** Revalidation webhook and draft preview links; each answers with and without the trailing slash. */
export const REVALIDATE_PATH = "/api/revalidate/";
export const PREVIEW_PATH = "/api/preview/";
export const PREVIEW_EXIT_PATH = "/api/preview/exit/";
export const previewHref = (slug: string, secret: string) => `${PREVIEW_PATH}?secret=${seg(secret)}&slug=${seg(slug)}`;

/** The sitemaps and robots.txt, routes built from the content index (URLs as next-sitemap wrote them). */
export const SITEMAP_INDEX_PATH = "/sitemap.xml";
export const SITEMAP_PAGES_PATH = "/sitemap-0.xml";
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";
export const ROBOTS_PATH = "/robots.txt";
export const SITEMAP_PATHS = [SITEMAP_INDEX_PATH, SITEMAP_PAGES_PATH, NEWS_SITEMAP_PATH, ROBOTS_PATH] as const;
/** Which analytics hosts the server can reach (lib/http/analytics-reach.ts); the loader asks it before adding a tag. */
export const ANALYTICS_REACH_PATH = "/api/analytics-reach/";

/**
 * The URL a reader is served for a decoded site path: segment by segment
 * percent-encoded (encodeURI would leave the `#` and `+` of tags like `c#`, `c++` as
 * they are), a file-like last segment without the trailing slash (see dir()).
 */
export function servedPath(decoded: string): string {
  if (decoded === "/") return "/";
  return dir(decoded.replace(/\/$/, "").split("/").map(seg).join("/"));
}

/** Page N of a section's list or of an entry's posts (`/companies/openai/page/2/`), from the page's decoded path; page 1 is the page itself. */
export const contentPageHref = (decodedBase: string, page: number) =>
  page <= 1 ? servedPath(decodedBase) : servedPath(`${decodedBase.replace(/\/+$/, "")}/page/${page}/`);
export const sitemapPageHref = () => "/sitemap/";

/**
 * Routes the site has whatever content/ holds. A content file at one of these URLs
 * (content/archives/_index.md, content/search.md) gives the route its title,
 * description and intro instead of making a page; a section folder of one of these
 * names cannot hold entries.
 */
export const SITE_ROUTES: ReadonlySet<string> = new Set(["/", "/posts/", "/tags/", "/categories/", "/archives/", "/search/", "/reading-list/", "/sitemap/", "/healthz/", "/og/", "/images/", "/api/"]);
