import Link from "next/link";
import { formatDateZh } from "@/lib/dates";
import { categoryHref, postHref } from "@/lib/routes";
import { site } from "@/lib/site";
import type { PostSummary } from "@/lib/listing";
import { SaveButton } from "./SaveButton";
import { TagLinks } from "./TagLinks";

export function DraftBadge() {
  return <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-bold text-amber-900">草稿</span>;
}

export function PostCard({ post }: { post: PostSummary }) {
  const dateText = formatDateZh(post.date, site.timeZone);
  return (
    <article className="border-b border-neutral-200 py-6 dark:border-neutral-800">
      <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-neutral-600 dark:text-neutral-400">
        {post.category && (
          <Link href={categoryHref(post.category)} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
            {post.category}
          </Link>
        )}
        <time dateTime={post.date.toISOString()}>{dateText}</time>
        <span>{post.readingTime}</span>
        {post.draft && <DraftBadge />}
      </div>
      <h2 className="text-xl font-bold leading-snug">
        <Link href={postHref(post.slug)} className="text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
          {post.title}
        </Link>
      </h2>
      {post.description && <p className="mt-2 line-clamp-3 text-neutral-700 dark:text-neutral-300">{post.description}</p>}
      <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
        <TagLinks tags={post.tags} />
        <SaveButton post={{ slug: post.slug, title: post.title, date: dateText, href: postHref(post.slug) }} />
      </div>
    </article>
  );
}

export function PostList({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return <p className="py-8 text-neutral-600">目前沒有文章。</p>;
  return (
    <div>
      {posts.map((p) => (
        <PostCard key={p.slug} post={p} />
      ))}
    </div>
  );
}
