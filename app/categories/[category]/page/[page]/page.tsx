import type { Metadata } from "next";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { categoryPage, categoryPageMetadata, categoryPagesParams } from "@/lib/views/lists";
import { redirectOrNotFound } from "@/lib/views/redirects";

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
  if (!view) redirectOrNotFound(["categories", category, "page", page]);
  return <FilterablePostList {...view} />;
}
