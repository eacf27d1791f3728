import type { PostSummary } from "@/lib/views/summary";
import { categoryStyle } from "../lists/category-style";
import { PostCard } from "../lists/PostCard";

const SIZES = "(min-width: 1024px) 230px, (min-width: 640px) 45vw, 112px";

/** One category's newest posts on the front page, with a link to the category page. */
export function CategorySection({ name, href, posts, index }: { name: string; href: string; posts: PostSummary[]; index: number }) {
  const id = `category-${index}`;
  return (
    <section aria-labelledby={id} className={`border-t-4 pt-3 ${categoryStyle(name).rule}`}>
      <div className="mb-4 flex items-baseline justify-between gap-3">
        <h2 id={id} className="text-xl font-bold">
          {name}
        </h2>
        <a href={href} className="shrink-0 text-sm text-sky-800 hover:underline dark:text-sky-300">
          更多{name} →
        </a>
      </div>
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
        {posts.map((post) => (
          <PostCard key={post.slug} post={post} variant="small" sizes={SIZES} showCategory={false} />
        ))}
      </div>
    </section>
  );
}
