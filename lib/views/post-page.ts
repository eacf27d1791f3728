/** Everything the post page shows about a post, computed in lib so the page stays thin. */
import { formatDateZh, toZonedIso } from "../content/dates";
import { tagRefs } from "./summary";
import type { Post } from "../content/post";
import { formatReadingTime } from "../content/reading-time";
import { postHref } from "../http/routes";
import { site } from "../site";

export function postHeaderData(post: Post) {
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
