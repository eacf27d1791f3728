import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { categoryPage, categoryPageMetadata, categoryParams } from "@/lib/views/lists";

export const dynamicParams = true;
export const generateStaticParams = categoryParams;

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryPageMetadata((await params).category);
}

export default async function CategoryPage({ params }: Props) {
  const view = categoryPage((await params).category);
  if (!view) notFound();
  return <FilterablePostList {...view} />;
}
