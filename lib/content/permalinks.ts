/**
 * Hugo's permalink patterns (`[permalinks] post = "/:year/:month/:slug/"`), expanded for a
 * post the way Hugo 0.111+ expands them, so the old URL of every imported post can answer
 * with a redirect to its page here (lib/views/redirects.ts); the tokens it knows are lib/config/permalink-tokens.ts. Dates are read in the site's
 * time zone (Hugo reads them in the front matter's offset, which for this site's posts is
 * the same zone). Path pieces go through Hugo's urlize (permalinkUrlize), as Hugo does.
 */
import path from "node:path";
import { PERMALINK_TOKEN, type PermalinkToken } from "../config/permalink-tokens";
import { zonedParts } from "./dates";
import type { Post, PostSource } from "./post";
import { hugoUrlize } from "../taxonomy/slugs";

/** What a pattern can be filled from. */
export interface PermalinkInput {
  /** The front matter's slug, if it has one. */
  slugField: string | null;
  /** The file name without extension (a page bundle's folder name). */
  fileBase: string;
  title: string;
  date: Date;
  /** The Hugo section the post was in (`post`, `posts`, `news`...). */
  section: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const pad = (n: number) => String(n).padStart(2, "0");

type Filler = (p: PermalinkInput, tz: string) => string;

/**
 * Hugo's urlize of a permalink piece, as measured against hugo 0.111 (lib/content/permalinks.test.ts):
 * hugoUrlize, then a run of `+` becomes one `-` unless a `-` is next to it (`c++` -> `c-`,
 * `a + b` -> `a--b`), and a `#` with nothing after it is dropped (`C#` -> `c`). Tag URLs keep
 * their `+` (`/tags/c++-與-rust/`): that is hugoUrlize alone.
 */
export function permalinkUrlize(s: string): string {
  const out = hugoUrlize(s).replace(/[-+]*\+[-+]*/g, (run) => "-".repeat(Math.max(1, run.replace(/\+/g, "").length)));
  return out.indexOf("#") === out.length - 1 ? out.slice(0, -1) : out;
}

/** Hugo's :slug is the front matter's slug, else the title. */
const hugoSlug = (p: PermalinkInput) => permalinkUrlize(p.slugField ?? p.title);
const filename = (p: PermalinkInput) => permalinkUrlize(p.fileBase);
const slugOrFilename = (p: PermalinkInput) => (p.slugField ? permalinkUrlize(p.slugField) : filename(p));

const TOKENS: Record<PermalinkToken, Filler> = {
  year: (p, tz) => String(zonedParts(p.date, tz).year),
  month: (p, tz) => pad(zonedParts(p.date, tz).month),
  monthname: (p, tz) => MONTHS[zonedParts(p.date, tz).month - 1],
  day: (p, tz) => pad(zonedParts(p.date, tz).day),
  weekday: (p, tz) => String(weekday(p.date, tz)),
  weekdayname: (p, tz) => WEEKDAYS[weekday(p.date, tz)],
  yearday: (p, tz) => String(yearday(p.date, tz)),
  section: (p) => p.section,
  sections: (p) => p.section,
  title: (p) => permalinkUrlize(p.title),
  slug: hugoSlug,
  slugorfilename: slugOrFilename,
  filename,
  contentbasename: filename,
  slugorcontentbasename: slugOrFilename,
};

function civil(date: Date, tz: string) {
  const { year, month, day } = zonedParts(date, tz);
  return Date.UTC(year, month - 1, day);
}
const weekday = (date: Date, tz: string) => new Date(civil(date, tz)).getUTCDay();
const yearday = (date: Date, tz: string) => Math.round((civil(date, tz) - Date.UTC(zonedParts(date, tz).year, 0, 1)) / 86_400_000) + 1;

/** Hugo's default when a section has no pattern: the section, then the slug or file name. */
export const DEFAULT_PERMALINK = "/:section/:slugorfilename/";

/** The decoded path Hugo gave the post under `pattern`; null when a piece comes out empty (Hugo would not have built it either). */
export function expandPermalink(pattern: string, post: PermalinkInput, timeZone: string): string | null {
  let empty = false;
  const out = pattern.replace(PERMALINK_TOKEN, (whole, name: string) => {
    const fill = (TOKENS as Record<string, Filler | undefined>)[name];
    if (!fill) return whole;
    const value = fill(post, timeZone);
    if (!value) empty = true;
    return value;
  });
  // A `#` Hugo left in the path starts the fragment of every link to it: browsers ask for what comes before.
  return empty ? null : out.split("#")[0].replace(/\/{2,}/g, "/");
}

/** A post's permalink input: `slug:` if its front matter has one (a line for it), its file's name otherwise. */
export function permalinkInput(post: Pick<Post, "slug" | "title" | "date"> & { source: Pick<PostSource, "absPath" | "fieldLines"> }, section: string): PermalinkInput {
  const base = path.basename(post.source.absPath).replace(/\.(mdx?|markdown)$/, "");
  const fileBase = base === "index" ? path.basename(path.dirname(post.source.absPath)) : base;
  return { slugField: "slug" in post.source.fieldLines ? post.slug : null, fileBase, title: post.title, date: post.date, section };
}
