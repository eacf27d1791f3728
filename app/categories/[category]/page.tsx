import type { Metadata } from "next";
import { categoryMetadata } from "@/lib/metadata";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/FilterablePostList";
import { categoryStaticParams, listPage, lookupCategory } from "@/lib/discovery";
import { summarize } from "@/lib/listing";
import { getPosts } from "@/lib/posts";
import { tagFilterProps } from "@/lib/tag-filter-data";
import { categoryPageHref } from "@/lib/routes";

export const dynamicParams = false;
export const generateStaticParams = categoryStaticParams;

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = lookupCategory((await params).category);
  if (!c) return {};
  return categoryMetadata(c.name, c.count);
}

export default async function CategoryPage({ params }: Props) {
  const c = lookupCategory((await params).category);
  const list = c && listPage(c.posts, undefined);
  if (!c || !list) notFound();
  return (
    <FilterablePostList
      heading={c.name}
      intro={`分類 · 共 ${c.count} 篇文章`}
      posts={list.items.map(summarize)}
      page={list.page}
      pages={list.pages}
      href={(n) => categoryPageHref(c.slug, n)}
      filter={tagFilterProps(getPosts(), { category: c.slug, posts: c.posts })}
    />
  );
}
