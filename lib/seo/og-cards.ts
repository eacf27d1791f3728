/**
 * Which Open Graph image each page uses, and the cards to generate for them. A post
 * with a cover shares its cover; every other post, tag and category page gets a
 * generated card under /og/ (drawn on its first request by app/og/[...path]/route.ts).
 */
import { buildCategoryIndex } from "../taxonomy/categories";
import { formatDateZh } from "../content/dates";
import type { PageDoc } from "../content/entry";
import type { Post } from "../content/post";
import { categoryOgImage, contentOgImage, postOgImagePath, siteOgImage, tagOgImage } from "../http/routes";

const KIND_LABELS: Record<string, string> = { organization: "公司", person: "人物", event: "活動" };
import { site } from "../site";
import { buildTagIndex } from "../taxonomy/tags";


/** Size of every generated card (the size Open Graph and X cards display best). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What one card says; lib/seo/og-render.ts draws it. */
export interface OgCard {
  /** Small line above the title: the kind of page (文章, 標籤, 分類). */
  kicker: string;
  title: string;
  /** Bottom line, e.g. the date or a post count. */
  footer: string;
  siteTitle: string;
}

/** A post's preview image: its cover, else its generated card. */
export const postOgImage = (post: Pick<Post, "slug" | "cover">) => post.cover?.src ?? postOgImagePath(post.slug);

/** The file under public/ that serves a card's URL. */
const fileOf = (href: string) => decodeURIComponent(href).slice(1);

export interface OgJob {
  /** Path under public/, decoded (the file name on disk). */
  file: string;
  card: OgCard;
}

/**
 * Every generated card: posts without a cover (drafts included, for previews), and
 * the tags and categories of the published posts (`listed`, so counts match the site).
 */
export function ogJobs(posts: Post[], listed: Post[] = posts, pages: Iterable<PageDoc> = []): OgJob[] {
  const base = { siteTitle: site.title };
  const jobs: OgJob[] = [{ file: fileOf(siteOgImage()), card: { ...base, kicker: "首頁", title: site.title, footer: site.description.slice(0, 24) } }];
  for (const post of posts) {
    if (post.cover) continue;
    jobs.push({
      file: fileOf(postOgImagePath(post.slug)),
      card: { ...base, kicker: post.categories[0] ?? "文章", title: post.title, footer: formatDateZh(post.date, site.timeZone) },
    });
  }
  for (const tag of buildTagIndex(listed).tags) {
    jobs.push({ file: fileOf(tagOgImage(tag.slug)), card: { ...base, kicker: "標籤", title: `#${tag.name}`, footer: `${tag.count} 篇文章` } });
  }
  for (const cat of buildCategoryIndex(listed).categories) {
    jobs.push({ file: fileOf(categoryOgImage(cat.slug)), card: { ...base, kicker: "分類", title: cat.name, footer: `${cat.posts.length} 篇文章` } });
  }
  // Pages, sections and entities: the section's name above the title, the English name (or the description) below.
  for (const doc of pages) {
    const footer = typeof doc.fields.name_en === "string" && doc.fields.name_en !== doc.title ? doc.fields.name_en : doc.description.slice(0, 24);
    jobs.push({ file: fileOf(contentOgImage(doc.href)), card: { ...base, kicker: KIND_LABELS[doc.kind] ?? "頁面", title: doc.title, footer } });
  }
  return jobs;
}
