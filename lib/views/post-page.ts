/**
 * Everything the post page shows, computed here so app/posts/[slug]/page.tsx only
 * renders: the header, the compiled body and its table of contents, JSON-LD, what
 * follows the article, and, in `next dev`, a broken post's problems in its place.
 */
import type { Metadata } from "next";
import { formatDateZh, toZonedIso } from "../content/dates";
import { isDev } from "../content/environment";
import { ContentError, formatDiagnostic } from "../content/errors";
import type { Cover, Post } from "../content/post";
import { formatReadingTime } from "../content/reading-time";
import { getAnyPost, getBrokenPost, getContentIndex, getPost, getPosts } from "../content/store";
import { decodeSegment } from "../http/params";
import { postHref } from "../http/routes";
import { compilePost } from "../render/compile";
import { shouldShowToc, type TocHeading } from "../render/headings";
import { postJsonLd, type JsonLd } from "../seo/jsonld";
import { postMetadata } from "../seo/metadata";
import { site } from "../site";
import { entityGraph, type EntityLink } from "../taxonomy/entity-graph";
import { postFooterData, type PostFooterData } from "./post-footer";
import { newestPosts } from "./prerender";
import { tagRefs, type TagRef } from "./summary";

export interface PostHeaderData {
  slug: string;
  href: string;
  title: string;
  description: string;
  category: string | null;
  dateIso: string;
  dateText: string;
  readingTime: string;
  sourceUrl: string | null;
  sourceName: string | null;
  cover: Cover | null;
  tags: TagRef[];
  draft: boolean;
}

export type PostPageView =
  | {
      kind: "post";
      header: PostHeaderData;
      /** The table of contents, when the post has enough headings for one. */
      toc?: TocHeading[];
      code: string;
      jsonLd: JsonLd[];
      footer: PostFooterData;
      /** The companies and people the post is about (related_companies, related_people). */
      entities: { companies: EntityLink[]; people: EntityLink[] };
    }
  /** `next dev` only: a post that cannot be built, with its problems. */
  | { kind: "broken"; file: string; problems: string[] };

function postHeaderData(post: Post): PostHeaderData {
  return {
    slug: post.slug,
    href: postHref(post.slug),
    title: post.title,
    description: post.description,
    category: post.categories[0] ?? null,
    dateIso: toZonedIso(post.date, site.timeZone),
    dateText: formatDateZh(post.date, site.timeZone),
    readingTime: formatReadingTime(post),
    sourceUrl: post.sourceUrl,
    sourceName: post.sourceName,
    cover: post.cover,
    tags: tagRefs(post),
    draft: post.draft,
  };
}

/** A post a reader may see, by slug: what a body's 延伸閱讀 links are looked up in. */
export const publishedPost = (slug: string): Post | undefined => getPost(slug);

/** The newest posts (prerenderedPostCount()); older ones render on their first request (the route has dynamicParams). */
export function postPageParams(): { slug: string }[] {
  const slugs = newestPosts(getPosts()).map((p) => p.slug);
  // In dev a broken post still gets its page, which explains the error.
  if (isDev()) slugs.push(...getContentIndex().broken.map((b) => b.slug));
  return slugs.map((slug) => ({ slug }));
}

/** `preview`: a draft-mode request (lib/publish/preview.ts), which may see drafts and future posts. */
function postOfParam(param: string, preview = false): { slug: string | null; post: Post | undefined } {
  const slug = decodeSegment(param);
  return { slug, post: slug === null ? undefined : preview ? getAnyPost(slug) : getPost(slug) };
}

export function postPageMetadata(param: string, preview = false): Metadata {
  const { post } = postOfParam(param, preview);
  if (!post) return {};
  // A preview is for whoever holds the link, never for search engines.
  return preview ? { ...postMetadata(post), robots: { index: false, follow: false } } : postMetadata(post);
}

/** The page for a route param, or null for a 404. */
export async function postPage(param: string, preview = false): Promise<PostPageView | null> {
  const { slug, post } = postOfParam(param, preview);
  if (slug === null) return null;
  if (!post) {
    const broken = isDev() ? getBrokenPost(slug) : undefined;
    return broken ? { kind: "broken", file: broken.file, problems: broken.diagnostics.map(formatDiagnostic) } : null;
  }
  let compiled;
  try {
    compiled = await compilePost(post, getContentIndex().refs.get(post.slug));
  } catch (e) {
    if (isDev() && e instanceof ContentError) return { kind: "broken", file: post.source.file, problems: e.diagnostics.map(formatDiagnostic) };
    throw e;
  }
  return {
    kind: "post",
    header: postHeaderData(post),
    toc: shouldShowToc(compiled.headings) ? compiled.headings : undefined,
    code: compiled.code,
    jsonLd: postJsonLd(post),
    footer: postFooterData(post),
    entities: entityGraph().entitiesOfPost(post),
  };
}
