import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { postsPage, postsPageMetadata, postsPagesParams } from "@/lib/views/lists";

// Page 1 is /posts/ (next.config.ts redirects /posts/page/1/ there).
export const dynamicParams = true;
export const generateStaticParams = postsPagesParams;

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postsPageMetadata((await params).page);
}

export default async function PostsPageN({ params }: Props) {
  const view = postsPage((await params).page);
  if (!view) notFound();
  return <FilterablePostList {...view} />;
}
