import type { ReactNode } from "react";
import type { PostSummary } from "@/lib/views/summary";
import type { TagFilterProps } from "@/lib/views/tag-filter";
import { Pagination } from "./Pagination";
import { PostList } from "./PostList";
import { TagFilter } from "./TagFilter";

/**
 * A paginated post list with the tag filter above it: the home page, and tag and
 * category pages (where the filter narrows that tag's or category's posts). The
 * server-rendered page of posts is what readers (and crawlers) get until they pick a tag.
 */
export function FilterablePostList({
  heading,
  intro,
  posts,
  page,
  pages,
  href,
  filter,
}: {
  heading: string;
  intro?: ReactNode;
  posts: PostSummary[];
  page: number;
  pages: number;
  href: (page: number) => string;
  filter: TagFilterProps | null;
}) {
  const list = (
    <>
      <PostList posts={posts} />
      <Pagination page={page} pages={pages} href={href} />
    </>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{heading}</h1>
      {intro && <div className="mt-2 text-neutral-700 dark:text-neutral-300">{intro}</div>}
      {filter && filter.chips.length > 0 ? (
        <TagFilter chips={filter.chips} dataUrl={filter.dataUrl} scope={filter.scope}>
          {list}
        </TagFilter>
      ) : (
        list
      )}
    </>
  );
}
