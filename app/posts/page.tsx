import type { Metadata } from "next";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { pageMetadata } from "@/lib/seo/metadata";
import { summarize } from "@/lib/views/summary";
import { getPosts } from "@/lib/content/store";
import { paginate } from "@/lib/views/pagination";
import { postsPageHref } from "@/lib/http/routes";
import { tagFilterProps } from "@/lib/views/tag-filter";

export const metadata: Metadata = pageMetadata({ title: "所有文章", path: "/posts/" });

export default function PostsPage() {
  const { items, page, pages } = paginate(getPosts(), 1);
  return <FilterablePostList posts={items.map(summarize)} page={page} pages={pages} heading="所有文章" href={postsPageHref} filter={tagFilterProps(getPosts())} />;
}
