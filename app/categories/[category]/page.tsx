import type { Metadata } from "next";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { categoryPage, categoryPageMetadata, categoryParams } from "@/lib/views/lists";
import { redirectOrNotFound } from "@/lib/views/redirects";

export const dynamicParams = true;
export const generateStaticParams = categoryParams;

type Props = { params: Promise<{ category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryPageMetadata((await params).category);
}

export default async function CategoryPage({ params }: Props) {
  const { category } = await params;
  const view = categoryPage(category);
  if (!view) redirectOrNotFound(["categories", category]);
  return <FilterablePostList {...view} />;
}
