import type { EntityPostsView } from "@/lib/views/entity-view";
import { Pagination } from "../lists/Pagination";
import { PostList } from "../lists/PostList";

/** 相關報導: the posts that name the entity, newest first, 20 a page. */
export function PostsAbout({ posts }: { posts: EntityPostsView | null }) {
  if (!posts) return null;
  return (
    <section aria-labelledby="part-posts" className="mt-12">
      <h2 id="part-posts" className="border-b border-neutral-200 pb-2 text-xl font-bold dark:border-neutral-800">
        {posts.heading}
        <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">共 {posts.total} 篇</span>
      </h2>
      <PostList posts={posts.posts} headingLevel={3} />
      <Pagination page={posts.page} pages={posts.pages} href={posts.href} />
    </section>
  );
}
