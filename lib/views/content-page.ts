/**
 * The routes of content beyond posts: /<page>/, /<section>/, /<section>/<entry>/ (nested
 * folders nest the URL) and their list pages (/<section>/page/N/, /<section>/<entry>/page/N/).
 * What each URL resolves to, the params to prerender, and the compiled body of a page.
 */
import type { EntriesIndex } from "../content/entries-index";
import type { PageDoc, SectionInfo } from "../content/entry";
import { getEntriesIndex } from "../content/store";
import { decodeSegment, parsePageParam } from "../http/params";
import { compilePost } from "../render/compile";
import { shouldShowToc, type TocHeading } from "../render/headings";

export type ContentRoute =
  | { kind: "page"; doc: PageDoc }
  | { kind: "section"; section: SectionInfo; page?: string }
  | { kind: "entry"; doc: PageDoc; page?: string };

/** Page N of a list: `.../page/N/` at the end of the segments, N >= 2. */
function splitPage(segments: string[]): { segments: string[]; page?: string } {
  const n = segments.length;
  if (n >= 3 && segments[n - 2] === "page" && parsePageParam(segments[n - 1]) !== null && segments[n - 1] !== "1") {
    return { segments: segments.slice(0, -2), page: segments[n - 1] };
  }
  return { segments };
}

export function resolveContent(params: string[], index: EntriesIndex = getEntriesIndex()): ContentRoute | null {
  const decoded = params.map(decodeSegment);
  if (decoded.some((s) => s === null)) return null;
  const { segments, page } = splitPage(decoded as string[]);
  const href = `/${segments.join("/")}/`;
  const section = segments.length === 1 ? index.sections.get(segments[0]) : undefined;
  if (section) return { kind: "section", section, page };
  const doc = index.byHref.get(href);
  if (!doc) return null;
  if (doc.role === "entry") return { kind: "entry", doc, page };
  return page ? null : { kind: "page", doc };
}

/**
 * Every URL to prerender, as route segments. `listPages(route)` says how many list
 * pages a section or an entry has (the views decide their page sizes).
 */
export function contentParams(listPages: (route: ContentRoute) => number, index: EntriesIndex = getEntriesIndex()): string[][] {
  const out: string[][] = [];
  for (const doc of index.byHref.values()) {
    const segments = doc.href.split("/").filter(Boolean);
    if (doc.role === "section" && doc.section && index.sections.has(doc.section)) continue;
    out.push(segments);
    if (doc.role === "entry") for (let p = 2; p <= listPages({ kind: "entry", doc }); p++) out.push([...segments, "page", String(p)]);
  }
  for (const section of index.sections.values()) {
    out.push([section.name]);
    for (let p = 2; p <= listPages({ kind: "section", section }); p++) out.push([section.name, "page", String(p)]);
  }
  return out;
}

/** A page's body, compiled (cached by content hash like a post's), with its table of contents. */
export async function contentBody(doc: PageDoc): Promise<{ code: string; toc?: TocHeading[] } | null> {
  if (!doc.hasBody) return null;
  const compiled = await compilePost(doc);
  return { code: compiled.code, toc: shouldShowToc(compiled.headings) ? compiled.headings : undefined };
}

/** The content file that gives one of the site's own routes (/archives/, /search/...) its title, description and intro. */
export function routeIntro(href: string, index: EntriesIndex = getEntriesIndex()): PageDoc | undefined {
  return index.claims.get(href);
}

/** A site route's title, description and intro, from its claiming content file when there is one. */
export async function routeIntroView(href: string, fallback: { title: string; description?: string }): Promise<{ title: string; description?: string; body: { code: string } | null }> {
  const doc = routeIntro(href);
  return { title: doc?.title || fallback.title, description: doc?.description || fallback.description, body: doc ? await contentBody(doc) : null };
}
