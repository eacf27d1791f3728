import type { FrontPageData } from "@/lib/views/front-page";
import { postsPageHref } from "@/lib/http/routes";
import { site } from "@/lib/site";
import { CategorySection } from "./CategorySection";
import { HeadlineList } from "./HeadlineList";
import { PostCard } from "../lists/PostCard";

const SECONDARY_SIZES = "(min-width: 1024px) 210px, (min-width: 640px) 30vw, 112px";

/**
 * The front page. Desktop: the lead story and three small cards under it on the
 * left two thirds, 今日焦點 on the right, then the category sections. Phone: one
 * column in that order.
 */
export function FrontPage({ data }: { data: FrontPageData }) {
  const [lead, ...secondary] = data.hero;
  if (!lead) return <p className="py-8 text-neutral-600">目前沒有文章。</p>;
  return (
    <>
      <h1 className="sr-only">{site.title}</h1>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-label="頭條" className="flex flex-col gap-6 lg:col-span-2">
          <PostCard post={lead} variant="hero" headingLevel={2} preload />
          {secondary.length > 0 && (
            <div className="grid gap-4 sm:grid-cols-3">
              {secondary.map((post) => (
                <PostCard key={post.slug} post={post} variant="small" sizes={SECONDARY_SIZES} />
              ))}
            </div>
          )}
        </section>
        {data.headlines.length > 0 && <HeadlineList posts={data.headlines} updated={data.updated} />}
      </div>
      <div className="mt-12 flex flex-col gap-12">
        {data.sections.map((s, i) => (
          <CategorySection key={s.name} name={s.name} href={s.href} posts={s.posts} index={i} />
        ))}
      </div>
      <p className="mt-12 text-center">
        <a href={postsPageHref(1)} className="inline-block rounded border border-neutral-300 px-4 py-2 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
          所有文章 →
        </a>
      </p>
    </>
  );
}
