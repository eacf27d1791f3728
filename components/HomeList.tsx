import type { PostSummary } from "@/lib/listing";
import { postsPageHref } from "@/lib/routes";
import { Pagination } from "./Pagination";
import { PostList } from "./PostCard";

/** The paginated list of all posts (/posts/, /posts/page/N/). */
export function HomeList({ posts, page, pages, heading }: { posts: PostSummary[]; page: number; pages: number; heading: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <PostList posts={posts} />
      <Pagination page={page} pages={pages} href={postsPageHref} />
    </>
  );
}
