import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { tagPage, tagPageMetadata, tagPagesParams } from "@/lib/views/lists";

export const dynamicParams = true;
export const generateStaticParams = tagPagesParams;

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return tagPageMetadata(tag, page);
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  const result = tagPage(tag, page);
  if (result?.kind !== "page") notFound();
  return <FilterablePostList {...result.view} />;
}
