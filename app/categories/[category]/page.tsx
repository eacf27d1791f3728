import type { Metadata } from "next";
import { categoryMetadata } from "@/lib/seo/metadata";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { categoryListView, categoryStaticParams, listPage, lookupCategory } from "@/lib/views/lists";

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
    <FilterablePostList {...categoryListView(c, list)} />
  );
}
