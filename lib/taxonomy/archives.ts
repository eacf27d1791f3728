/** Posts grouped by year and month in the site's time zone, for /archives/. */
import { zonedParts } from "../content/dates";
import type { Post } from "../content/post";

export interface ArchiveMonth {
  year: number;
  month: number;
  /** Newest first, as given. */
  posts: Post[];
}

export interface ArchiveYear {
  year: number;
  count: number;
  months: ArchiveMonth[];
}

/** Expects posts newest first (as getPosts() returns them); keeps that order. */
export function groupByMonth(posts: Post[], timeZone: string): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const post of posts) {
    const { year, month } = zonedParts(post.date, timeZone);
    let y = years[years.length - 1];
    if (!y || y.year !== year) years.push((y = { year, count: 0, months: [] }));
    let m = y.months[y.months.length - 1];
    if (!m || m.month !== month) y.months.push((m = { year, month, posts: [] }));
    m.posts.push(post);
    y.count++;
  }
  return years;
}
