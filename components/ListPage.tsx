import type { ReactNode } from "react";
import type { PostSummary } from "@/lib/listing";
import { Pagination } from "./Pagination";
import { PostList } from "./PostCard";

/** A paginated list of posts under a heading: tag and category pages. */
export function ListPage({
  heading,
  intro,
  posts,
  page,
  pages,
  href,
}: {
  heading: ReactNode;
  intro?: ReactNode;
  posts: PostSummary[];
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  return (
    <>
      <h1 className="text-2xl font-bold">{heading}</h1>
      {intro && <div className="mt-2 text-neutral-700 dark:text-neutral-300">{intro}</div>}
      <PostList posts={posts} />
      <Pagination page={page} pages={pages} href={href} />
    </>
  );
}
