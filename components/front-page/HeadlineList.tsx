import type { PostSummary } from "@/lib/views/summary";
import { postHref } from "@/lib/http/routes";
import { categoryStyle } from "../lists/category-style";

/** 今日焦點: a numbered list of headlines with the time the site was last updated. */
export function HeadlineList({ posts, updated }: { posts: PostSummary[]; updated: { text: string; iso: string } | null }) {
  return (
    <section aria-labelledby="headlines-heading" className="self-start rounded-md border border-neutral-200 p-4 dark:border-neutral-800">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 border-b-2 border-neutral-900 pb-2 dark:border-neutral-100">
        <h2 id="headlines-heading" className="text-xl font-bold">
          今日焦點
        </h2>
        {updated && (
          <p className="text-xs text-neutral-600 dark:text-neutral-400">
            更新於 <time dateTime={updated.iso}>{updated.text}</time>
          </p>
        )}
      </div>
      <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {posts.map((post, i) => (
          <li key={post.slug} className="flex gap-3 py-3">
            <span aria-hidden="true" className="w-6 shrink-0 text-2xl leading-none font-bold text-neutral-400 tabular-nums dark:text-neutral-500">
              {i + 1}
            </span>
            <div className="min-w-0">
              {post.category && <p className={`text-xs font-medium ${categoryStyle(post.category).label}`}>{post.category}</p>}
              <a href={postHref(post.slug)} className="font-bold leading-snug text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
                {post.title}
              </a>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
