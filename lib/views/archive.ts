/** /archives/ data: serialisable, dates already formatted in the site's time zone. */
import { groupByMonth } from "../taxonomy/archives";
import { zonedParts } from "../content/dates";
import type { Post } from "../content/post";
import { getPosts } from "../content/store";
import { postHref } from "../http/routes";
import { site } from "../site";

export interface ArchiveEntry {
  slug: string;
  href: string;
  title: string;
  /** ISO instant for <time dateTime>. */
  dateIso: string;
  /** Day of month in the site's time zone. */
  day: number;
}

export interface ArchiveSection {
  year: number;
  count: number;
  months: { month: number; posts: ArchiveEntry[] }[];
}

function archiveSections(posts: Post[]): ArchiveSection[] {
  return groupByMonth(posts, site.timeZone).map((y) => ({
    year: y.year,
    count: y.count,
    months: y.months.map((m) => ({
      month: m.month,
      posts: m.posts.map((p) => ({
        slug: p.slug,
        href: postHref(p.slug),
        title: p.title,
        dateIso: p.date.toISOString(),
        day: zonedParts(p.date, site.timeZone).day,
      })),
    })),
  }));
}

/** /archives/: how many posts, and all of them by year and month. */
export function archivePage(): { count: number; years: ArchiveSection[] } {
  const posts = getPosts();
  return { count: posts.length, years: archiveSections(posts) };
}
