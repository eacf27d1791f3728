import type { Metadata } from "next";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { categoryPage, categoryPageMetadata, categoryParams } from "@/lib/views/lists";
import { redirectOrNotFound, redirectParams } from "@/lib/views/redirects";

export const dynamicParams = false;
// Hugo's urlized category names (/categories/ai-技術前沿/) are prerendered as redirects to the configured slug.
export const generateStaticParams = () => [...categoryParams(), ...redirectParams("categories").map(([, category]) => ({ category }))];

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
