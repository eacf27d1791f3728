import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { categoryPage, categoryPageMetadata, categoryPagesParams } from "@/lib/views/lists";

export const dynamicParams = true;
export const generateStaticParams = categoryPagesParams;

type Props = { params: Promise<{ category: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, page } = await params;
  return categoryPageMetadata(category, page);
}

export default async function CategoryPageN({ params }: Props) {
  const { category, page } = await params;
  const view = categoryPage(category, page);
  if (!view) notFound();
  return <FilterablePostList {...view} />;
}
