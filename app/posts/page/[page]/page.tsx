import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { pageMetadata } from "@/lib/seo/metadata";
import { summarize } from "@/lib/views/summary";
import { getPosts } from "@/lib/content/store";
import { paginate } from "@/lib/views/pagination";
import { parsePageParam } from "@/lib/http/params";
import { postsPageHref } from "@/lib/http/routes";
import { site } from "@/lib/site";
import { tagFilterProps } from "@/lib/views/tag-filter";

// Page 1 is /posts/ (next.config.ts redirects /posts/page/1/ there).
export const dynamicParams = false;

export function generateStaticParams() {
  const pages = Math.ceil(getPosts().length / site.pageSize);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return pageMetadata({ title: `所有文章（第 ${page} 頁）`, path: postsPageHref(Number(page)) });
}

export default async function PostsPageN({ params }: Props) {
  const n = parsePageParam((await params).page);
  const { items, page, pages } = paginate(getPosts(), n ?? 0);
  if (!n || n === 1 || items.length === 0) notFound();
  return (
    <FilterablePostList posts={items.map(summarize)} page={page} pages={pages} heading={`所有文章（第 ${page} 頁）`} href={postsPageHref} filter={tagFilterProps(getPosts())} />
  );
}
