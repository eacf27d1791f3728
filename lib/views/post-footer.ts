/** What follows the article on a post page: its series, the previous and next post, and related posts. */
import { formatDateZh, toZonedIso } from "../content/dates";
import { neighbors } from "../taxonomy/neighbors";
import { getPosts } from "../content/store";
import type { Post } from "../content/post";
import { relatedPosts } from "../taxonomy/related";
import { postHref } from "../http/routes";
import { seriesOf } from "../taxonomy/series";
import { site } from "../site";

export interface PostLink {
  slug: string;
  href: string;
  title: string;
  dateIso: string;
  dateText: string;
}

export interface SeriesNavData {
  name: string;
  /** 1-based position of the current post. */
  position: number;
  total: number;
  parts: (PostLink & { current: boolean })[];
}

export interface PostFooterData {
  series: SeriesNavData | null;
  older: PostLink | null;
  newer: PostLink | null;
  related: PostLink[];
}

function postLink(post: Post): PostLink {
  return {
    slug: post.slug,
    href: postHref(post.slug),
    title: post.title,
    dateIso: toZonedIso(post.date, site.timeZone),
    dateText: formatDateZh(post.date, site.timeZone),
  };
}

export function postFooterData(post: Post, posts: Post[] = getPosts()): PostFooterData {
  const pos = seriesOf(post, posts);
  const { older, newer } = neighbors(post, posts);
  return {
    // A one-part series has nothing to navigate to yet.
    series:
      pos && pos.series.posts.length > 1
        ? {
            name: pos.series.name,
            position: pos.index + 1,
            total: pos.series.posts.length,
            parts: pos.series.posts.map((p) => ({ ...postLink(p), current: p === post })),
          }
        : null,
    older: older && postLink(older),
    newer: newer && postLink(newer),
    related: relatedPosts(post, posts).map((s) => postLink(s.post)),
  };
}
