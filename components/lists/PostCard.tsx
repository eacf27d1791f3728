import { formatDateZh } from "@/lib/content/dates";
import { postHref } from "@/lib/http/routes";
import { categoryHref } from "@/lib/taxonomy/slugs";
import { site } from "@/lib/site";
import type { PostSummary } from "@/lib/views/summary";
import { categoryStyle } from "./category-style";
import { DraftBadge } from "./DraftBadge";
import { PostCover, type CoverVariant } from "./PostCover";
import { SaveButton } from "../saved/SaveButton";
import { TagLinks } from "./TagLinks";

type CardVariant = CoverVariant;

/** Image widths per variant: 16:9 boxes in the layouts of components/front-page/FrontPage and FilterablePostList. */
const SIZES: Record<CardVariant, string> = {
  hero: "(min-width: 1024px) 660px, 100vw",
  small: "(min-width: 1024px) 220px, (min-width: 640px) 45vw, 112px",
  list: "(min-width: 640px) 192px, 112px",
};

const TITLE: Record<CardVariant, string> = {
  hero: "text-2xl leading-snug font-bold sm:text-3xl",
  small: "line-clamp-3 text-base leading-snug font-bold",
  list: "text-lg leading-snug font-bold sm:text-xl",
};

function CategoryLabel({ name }: { name: string }) {
  return (
    <a href={categoryHref(name)} className={`font-medium hover:underline ${categoryStyle(name).label}`}>
      {name}
    </a>
  );
}

/**
 * The one post card. Its links are plain anchors, not next/link: a list page has
 * dozens, and each Link would add hydration work and prefetches on a phone for a
 * navigation a static page serves just as well.
 *
 * Variants: `hero`: the lead story, cover on top, large title and summary;
 * `small`: cover, category, title and date (a row on phones, a column from sm up);
 * `list`: the full-width row of post lists, with summary, tags and a thumbnail.
 */
export function PostCard({
  post,
  variant = "list",
  headingLevel,
  sizes,
  preload = false,
  showCategory = true,
}: {
  post: PostSummary;
  variant?: CardVariant;
  /** Defaults to h2 for list rows (under the page's h1) and h3 inside front-page sections. */
  headingLevel?: 2 | 3;
  /** Overrides the variant's image sizes when the card sits in another grid. */
  sizes?: string;
  preload?: boolean;
  /** Off inside a category's own section, where the label would only repeat its heading. */
  showCategory?: boolean;
}) {
  const Heading = `h${headingLevel ?? (variant === "list" ? 2 : 3)}` as const;
  const href = postHref(post.slug);
  const cover = (
    <a href={href} tabIndex={-1} aria-hidden="true" className="block">
      <PostCover post={post} variant={variant} sizes={sizes ?? SIZES[variant]} preload={preload} />
    </a>
  );
  const meta = (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-neutral-600 dark:text-neutral-400">
      {post.category && <CategoryLabel name={post.category} />}
      <time dateTime={post.date.toISOString()}>{formatDateZh(post.date, site.timeZone)}</time>
      <span>{post.readingTime}</span>
      {post.draft && <DraftBadge />}
    </div>
  );
  const title = (
    <Heading className={TITLE[variant]}>
      <a href={href} className="text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
        {post.title}
      </a>
    </Heading>
  );

  if (variant === "hero") {
    return (
      <article data-variant="hero" data-category={post.category ?? undefined} className="flex flex-col gap-3">
        {cover}
        {meta}
        {title}
        {post.description && <p className="line-clamp-3 text-neutral-700 dark:text-neutral-300">{post.description}</p>}
      </article>
    );
  }
  if (variant === "small") {
    return (
      <article data-variant="small" data-category={post.category ?? undefined} className="flex gap-3 sm:flex-col">
        <div className="w-28 shrink-0 sm:w-full">{cover}</div>
        <div className="flex min-w-0 flex-col gap-1 text-sm">
          {showCategory && post.category && (
            <div>
              <CategoryLabel name={post.category} />
            </div>
          )}
          {title}
          <div className="flex items-center gap-2 text-neutral-600 dark:text-neutral-400">
            <time dateTime={post.date.toISOString()}>{formatDateZh(post.date, site.timeZone)}</time>
            {post.draft && <DraftBadge />}
          </div>
        </div>
      </article>
    );
  }
  return (
    <article data-variant="list" data-category={post.category ?? undefined} className="flex gap-4 border-b border-neutral-200 py-6 dark:border-neutral-800">
      <div className="min-w-0 flex-1">
        <div className="mb-1">{meta}</div>
        {title}
        {post.description && <p className="mt-2 line-clamp-3 text-neutral-700 dark:text-neutral-300">{post.description}</p>}
        <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
          <TagLinks tags={post.tags} />
          {/* List rows only: the front page's hero and section cards stay free of client JS. */}
          <SaveButton post={{ slug: post.slug, title: post.title, date: formatDateZh(post.date, site.timeZone), href }} />
        </div>
      </div>
      <div className="w-28 shrink-0 pt-1 sm:w-48">{cover}</div>
    </article>
  );
}
