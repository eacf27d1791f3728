/**
 * The one map of old URLs that redirect (308) to a page of this site, computed from the
 * content index, so it works after `npm run import:hugo` and when a Hugo site's content/
 * is dropped in unchanged:
 * - `aliases:` of posts, pages, sections and entries (Hugo resolves a relative alias
 *   against the page's folder: `old` in content/guides/x.md is /guides/old/);
 * - each post's URL on the Hugo site it came from, when site.config.yaml names the section
 *   and permalink pattern it had (`hugo: { postsSection: post, postsPermalink: /:year/:slug/ }`),
 *   and that section's list pages (`/post/`, `/post/page/2/`);
 * - Hugo's own taxonomy URLs where ours differ, with their list pages: a category's
 *   urlized name (`/categories/ai-技術前沿/`, `.../page/2/`) to its configured slug, a
 *   tag's Hugo URL (`/tags/ai/ml/`, a spelling variant's `/tags/企業ai/page/2/`) to the tag's page.
 * `page/1/` of any list is one pattern in next.config.ts (it needs no content).
 *
 * The routes whose URLs these are prerender them (generateStaticParams) and answer them
 * with permanentRedirect() where they would otherwise 404, so a redirect costs nothing
 * per request and 600 aliases are 600 tiny static answers, not 600 patterns Next tries on
 * every request.
 */
import { notFound, permanentRedirect } from "next/navigation";
import { getEntriesIndex, getPosts } from "../content/store";
import type { EntriesIndex } from "../content/entries-index";
import type { Diagnostic } from "../content/errors";
import type { Post } from "../content/post";
import { decodeSegment } from "../http/params";
import { DEFAULT_PERMALINK, expandPermalink, permalinkInput } from "../content/permalinks";
import { categoryPageHref, postHref, postsPageHref, servedPath, SITE_ROUTES, tagPageHref } from "../http/routes";
import { site, type SiteConfig } from "../site";
import { buildCategoryIndex } from "../taxonomy/categories";
import { categorySlug, hugoUrlize } from "../taxonomy/slugs";
import { buildTagIndex } from "../taxonomy/tags";

export interface Redirect {
  /** The old URL, decoded, with a trailing slash unless its last segment is a file name (`/old/a.html`). */
  from: string;
  /** Where it goes: a served (encoded) href. */
  to: string;
  /** The content file that asked for it (an alias), for reports. */
  file?: string;
}

/** A decoded path as a key: leading slash, no duplicate slashes, trailing slash unless file-like. */
export function redirectKey(decodedPath: string): string {
  const clean = `/${decodedPath}`.replace(/\/{2,}/g, "/");
  const trimmed = clean.replace(/\/+$/, "");
  if (!trimmed) return "/";
  return /\.\w+$/.test(trimmed) ? trimmed : `${trimmed}/`;
}

/**
 * Where an alias written in front matter points, decoded: an absolute path as is, a
 * relative one against `base` (the page's folder URL, `/guides/`); an http(s) URL keeps
 * its path. Null for something that cannot be a path on this site.
 */
export function aliasPath(alias: string, base: string): string | null {
  let a = alias.trim();
  if (!a) return null;
  if (/^https?:\/\//i.test(a)) {
    try {
      a = new URL(a).pathname;
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(a)) return null;
  const joined = a.startsWith("/") ? a : `${base.replace(/\/?$/, "/")}${a}`;
  const decoded = joined.split("/").map((s) => decodeSegment(s));
  if (decoded.some((s) => s === null || s === "." || s === "..")) return null;
  return redirectKey(decoded.join("/"));
}

/** A page's folder URL, which a relative alias is resolved against. */
const folderOf = (href: string) => href.replace(/[^/]+\/$/, "");

/** Everything the map is built from, so tests can pass their own. */
export interface RedirectSources {
  posts: Post[];
  entries: EntriesIndex;
  /** Where a Hugo site had its posts (site.config.yaml `hugo`); the site's own by default. */
  hugo?: SiteConfig["hugo"];
}

/** Paths that are pages or routes of the site: a redirect never shadows one. */
function takenPaths({ posts, entries }: RedirectSources): Set<string> {
  const taken = new Set<string>(SITE_ROUTES);
  for (const p of posts) taken.add(`/posts/${p.slug}/`);
  for (const href of entries.byHref.keys()) taken.add(href);
  for (const s of entries.sections.keys()) taken.add(`/${s}/`);
  for (const href of entries.claims.keys()) taken.add(href);
  for (const t of buildTagIndex(posts).byAnySlug.keys()) taken.add(`/tags/${t}/`);
  for (const c of buildCategoryIndex(posts).bySlug.keys()) taken.add(`/categories/${c}/`);
  return taken;
}

/** A served href as a redirect key (decoded), to tell an old URL that is the page itself. */
function decodedKey(href: string): string {
  const parts = href.split("/").map(decodeSegment);
  return parts.some((p) => p === null) ? href : redirectKey(parts.join("/"));
}

/** Where a redirect a file asked for came from, for the warning when it cannot be had. */
interface Asker {
  file: string;
  line?: number;
  /** What asked: `aliases`, `url`, or the Hugo permalink. */
  field: string;
}

/**
 * `problems`, when given, collects a warning for each old URL a file asked for that cannot
 * redirect (`npm run check` prints them): one that is a page of this site, or one another
 * file already claimed (the first, in the order below, keeps it).
 */
export function buildRedirects(sources: RedirectSources, problems?: Diagnostic[]): Map<string, Redirect> {
  const { posts, entries } = sources;
  const taken = takenPaths(sources);
  const map = new Map<string, Redirect>();
  const add = (from: string | null, to: string, asker?: Asker) => {
    if (!from || /\/page\/1\/$/.test(from)) return;
    const other = map.get(from);
    if (taken.has(from) || other) {
      // A URL that already goes where this one would is no conflict (an alias that repeats the permalink).
      if (asker && problems && other?.to !== to && from !== decodedKey(to)) {
        const why = taken.has(from) ? "is a page of this site" : `already redirects to ${other!.to}${other!.file ? ` (${other!.file})` : ""}`;
        problems.push({ severity: "warning", file: asker.file, line: asker.line, field: asker.field, message: `${from} ${why}; it does not redirect to ${to}`, hint: "remove it, or rename the page that has that URL" });
      }
      return;
    }
    map.set(from, { from, to, file: asker?.file });
  };
  const asked = (doc: { source: { file: string; fieldLines: Record<string, number> } }, field: string): Asker => ({ file: doc.source.file, line: doc.source.fieldLines[field], field });
  for (const post of posts) {
    // A Hugo url: comes last in aliases (lib/content/parse-post.ts), so a warning names the field that asked.
    const fromUrl = "url" in post.source.fieldLines ? post.aliases.length - 1 : -1;
    post.aliases.forEach((alias, i) => add(aliasPath(alias, "/posts/"), postHref(post.slug), asked(post, i === fromUrl ? "url" : "aliases")));
  }
  // Hugo's URL of each post (its section and permalink pattern), and the section's list pages.
  const hugo = sources.hugo ?? site.hugo;
  if (hugo.postsSection || hugo.postsPermalink) {
    const section = hugo.postsSection ?? "posts";
    const pattern = hugo.postsPermalink ?? DEFAULT_PERMALINK;
    for (const post of posts) {
      const old = expandPermalink(pattern, permalinkInput(post, section), site.timeZone);
      if (old) add(redirectKey(old), postHref(post.slug), { file: post.source.file, field: `its Hugo URL (hugo.postsPermalink ${pattern})` });
    }
    if (section !== "posts") {
      add(redirectKey(`/${section}`), postsPageHref(1));
      for (let p = 2; p <= Math.ceil(posts.length / site.pageSize); p++) add(redirectKey(`/${section}/page/${p}`), postsPageHref(p));
    }
  }
  for (const doc of entries.byHref.values()) {
    const base = doc.role === "section" ? doc.href : folderOf(doc.href);
    for (const alias of doc.aliases) add(aliasPath(alias, base), servedPath(doc.href), asked(doc, "aliases"));
  }
  // A term's Hugo URL and its list pages (Hugo pages a spelling variant by its own posts, never more than ours).
  const pages = (count: number) => Math.max(1, Math.ceil(count / site.pageSize));
  const term = (hugoBase: string, ourSlug: string, count: number, href: (slug: string, page: number) => string) => {
    add(redirectKey(hugoBase), href(ourSlug, 1));
    for (let p = 2; p <= pages(count); p++) add(redirectKey(`${hugoBase}/page/${p}`), href(ourSlug, p));
  };
  const categoryNames = new Set(posts.flatMap((p) => p.categories));
  for (const c of buildCategoryIndex(posts).categories) {
    for (const name of categoryNames) {
      const hugo = categorySlug(name) === c.slug ? hugoUrlize(name) : "";
      if (hugo && hugo !== c.slug) term(`/categories/${hugo}`, c.slug, c.count, categoryPageHref);
    }
  }
  for (const tag of buildTagIndex(posts).tags) {
    for (const variant of tag.variants) {
      const hugo = hugoUrlize(variant);
      if (hugo && hugo !== tag.slug) term(`/tags/${hugo}`, tag.slug, tag.count, tagPageHref);
    }
  }
  return map;
}

const cache = new WeakMap<Post[], WeakMap<EntriesIndex, Map<string, Redirect>>>();

/** The site's redirects, built once per content index. */
export function siteRedirects(): Map<string, Redirect> {
  const posts = getPosts();
  const entries = getEntriesIndex();
  let byEntries = cache.get(posts);
  if (!byEntries) cache.set(posts, (byEntries = new WeakMap()));
  let map = byEntries.get(entries);
  if (!map) byEntries.set(entries, (map = buildRedirects({ posts, entries })));
  return map;
}

/** Where route segments (as Next passes them, possibly encoded) redirect, or null. */
export function redirectFor(segments: string[]): string | null {
  const decoded = segments.map(decodeSegment);
  if (decoded.some((s) => s === null)) return null;
  return siteRedirects().get(redirectKey(decoded.join("/")))?.to ?? null;
}

/** A route's answer where it has no page: the 308 to where the old URL went, else the 404. */
export function redirectOrNotFound(segments: string[]): never {
  const to = redirectFor(segments);
  if (to) permanentRedirect(to);
  notFound();
}
