import type { Metadata } from "next";
import { tagMetadata } from "@/lib/metadata";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/FilterablePostList";
import { listPage, lookupTag, tagPagesStaticParams } from "@/lib/discovery";
import { summarize } from "@/lib/listing";
import { getPosts } from "@/lib/posts";
import { tagFilterProps } from "@/lib/tag-filter-data";
import { tagPageHref } from "@/lib/routes";

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
    <FilterablePostList
      heading={`#${tag.name}（第 ${list.page} 頁）`}
      intro={`共 ${tag.count} 篇文章`}
      posts={list.items.map(summarize)}
      page={list.page}
      pages={list.pages}
      href={(n) => tagPageHref(tag.slug, n)}
      filter={tagFilterProps(getPosts(), { tag: tag.slug, posts: tag.posts })}
    />
  );
}
