import type { Metadata } from "next";
import { FilterablePostList } from "@/components/FilterablePostList";
import { pageMetadata } from "@/lib/metadata";
import { summarize } from "@/lib/listing";
import { getPosts, paginate } from "@/lib/posts";
import { postsPageHref } from "@/lib/routes";
import { tagFilterProps } from "@/lib/tag-filter-data";

export const metadata: Metadata = pageMetadata({ title: "所有文章", path: "/posts/" });

export default function PostsPage() {
  const { items, page, pages } = paginate(getPosts(), 1);
  return <FilterablePostList posts={items.map(summarize)} page={page} pages={pages} heading="所有文章" href={postsPageHref} filter={tagFilterProps(getPosts())} />;
}
