import type { Metadata } from "next";
import { categoryMetadata } from "@/lib/seo/metadata";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { categoryListView, categoryPagesStaticParams, listPage, lookupCategory } from "@/lib/views/lists";

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
    <FilterablePostList {...categoryListView(c, list)} />
  );
}
