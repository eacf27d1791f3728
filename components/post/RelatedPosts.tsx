import type { PostLink } from "@/lib/views/post-footer";

export function RelatedPosts({ posts }: { posts: PostLink[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className="mt-10">
      <h2 id="related-title" className="text-lg font-bold">
        相關文章
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {posts.map((p) => (
          <li key={p.slug} className="rounded-lg border border-neutral-200 p-4 dark:border-neutral-800">
            <a href={p.href} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
              {p.title}
            </a>
            <time dateTime={p.dateIso} className="mt-1 block text-sm text-neutral-600 dark:text-neutral-400">
              {p.dateText}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
