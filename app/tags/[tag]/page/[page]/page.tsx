import type { Metadata } from "next";
import { tagMetadata } from "@/lib/seo/metadata";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { listPage, lookupTag, tagListView, tagPagesStaticParams } from "@/lib/views/lists";

export const dynamicParams = false;
export const generateStaticParams = tagPagesStaticParams;

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  const found = lookupTag(tag);
  if (found.kind !== "found") return {};
  return tagMetadata(found.info, Number(page));
}

export default async function TagPageN({ params }: Props) {
  const { tag: param, page: pageParam } = await params;
  const found = lookupTag(param);
  if (found.kind !== "found") notFound();
  const tag = found.info;
  const list = listPage(tag.posts, pageParam);
  if (!list || list.page === 1) notFound();
  return (
    <FilterablePostList {...tagListView(tag, list)} />
  );
}
