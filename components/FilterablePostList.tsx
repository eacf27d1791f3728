import type { PostSummary } from "@/lib/listing";
import type { Chip } from "@/lib/tag-filter";
import { Pagination } from "./Pagination";
import { PostList } from "./PostCard";
import { TagFilter } from "./TagFilter";

/**
 * A paginated post list with the tag filter above it. The server-rendered page of
 * posts is what readers (and crawlers) get until they pick a tag.
 */
export function FilterablePostList({
  heading,
  posts,
  page,
  pages,
  href,
  filter,
}: {
  heading: string;
  posts: PostSummary[];
  page: number;
  pages: number;
  href: (page: number) => string;
  filter: { chips: Chip[]; dataUrl: string };
}) {
  return (
    <>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <TagFilter chips={filter.chips} dataUrl={filter.dataUrl}>
        <PostList posts={posts} />
        <Pagination page={page} pages={pages} href={href} />
      </TagFilter>
    </>
  );
}
