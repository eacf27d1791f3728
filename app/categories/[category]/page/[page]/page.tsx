import type { Metadata } from "next";
import { categoryMetadata } from "@/lib/metadata";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/FilterablePostList";
import { categoryPagesStaticParams, listPage, lookupCategory } from "@/lib/discovery";
import { summarize } from "@/lib/listing";
import { getPosts } from "@/lib/posts";
import { tagFilterProps } from "@/lib/tag-filter-data";
import { categoryPageHref } from "@/lib/routes";

export const dynamicParams = false;
export const generateStaticParams = categoryPagesStaticParams;

type Props = { params: Promise<{ category: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, page } = await params;
  const c = lookupCategory(category);
  if (!c) return {};
  return categoryMetadata(c.name, c.count, Number(page));
}

export default async function CategoryPageN({ params }: Props) {
  const { category, page } = await params;
  const c = lookupCategory(category);
  const list = c && listPage(c.posts, page);
  if (!c || !list || list.page === 1) notFound();
  return (
    <FilterablePostList
      heading={`${c.name}（第 ${list.page} 頁）`}
      intro={`分類 · 共 ${c.count} 篇文章`}
      posts={list.items.map(summarize)}
      page={list.page}
      pages={list.pages}
      href={(n) => categoryPageHref(c.slug, n)}
      filter={tagFilterProps(getPosts(), { category: c.slug, posts: c.posts })}
    />
  );
}
