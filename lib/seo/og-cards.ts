/**
 * Which Open Graph image each page uses, and the cards to generate for them. A post
 * with a cover shares its cover; every other post, tag and category page gets a
 * generated card under /og/ (written by scripts/og-images.ts before the build).
 */
import { buildCategoryIndex } from "../taxonomy/categories";
import { formatDateZh } from "../content/dates";
import type { OgCard } from "./og-render";
import type { Post } from "../content/post";
import { site } from "../site";
import { buildTagIndex } from "../taxonomy/tags";

/** Bump when the card design changes, to regenerate every image. */
export const OG_VERSION = "2";

const png = (dir: string, slug: string) => `/og/${dir}/${encodeURIComponent(slug)}.png`;

export const siteOgImage = () => "/og/site.png";
export const tagOgImage = (tagSlug: string) => png("tags", tagSlug);
export const categoryOgImage = (slug: string) => png("categories", slug);
export const postOgImage = (post: Pick<Post, "slug" | "cover">) => post.cover?.src ?? png("posts", post.slug);

export interface OgJob {
  /** Path under public/, decoded (the file name on disk). */
  file: string;
  card: OgCard;
}

/**
 * Every generated card: posts without a cover (drafts included, for previews), and
 * the tags and categories of the published posts (`listed`, so counts match the site).
 */
export function ogJobs(posts: Post[], listed: Post[] = posts): OgJob[] {
  const base = { siteTitle: site.title };
  const jobs: OgJob[] = [{ file: "og/site.png", card: { ...base, kicker: "首頁", title: site.title, footer: site.description.slice(0, 24) } }];
  for (const post of posts) {
    if (post.cover) continue;
    jobs.push({
      file: `og/posts/${post.slug}.png`,
      card: { ...base, kicker: post.categories[0] ?? "文章", title: post.title, footer: formatDateZh(post.date, site.timeZone) },
    });
  }
  for (const tag of buildTagIndex(listed).tags) {
    jobs.push({ file: `og/tags/${tag.slug}.png`, card: { ...base, kicker: "標籤", title: `#${tag.name}`, footer: `${tag.count} 篇文章` } });
  }
  for (const cat of buildCategoryIndex(listed).categories) {
    jobs.push({ file: `og/categories/${cat.slug}.png`, card: { ...base, kicker: "分類", title: cat.name, footer: `${cat.posts.length} 篇文章` } });
  }
  return jobs;
}
