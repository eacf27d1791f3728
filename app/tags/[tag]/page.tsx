import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { FilterablePostList } from "@/components/FilterablePostList";
import { listPage, lookupTag, tagStaticParams } from "@/lib/discovery";
import { summarize } from "@/lib/listing";
import { getPosts } from "@/lib/posts";
import { tagFilterProps } from "@/lib/tag-filter-data";
import { tagMetadata } from "@/lib/metadata";
import { tagHref, tagPageHref } from "@/lib/routes";

export const dynamicParams = false;
export const generateStaticParams = tagStaticParams;

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = lookupTag((await params).tag);
  if (found.kind !== "found") return {};
  return tagMetadata(found.info);
}

export default async function TagPage({ params }: Props) {
  const found = lookupTag((await params).tag);
  if (found.kind === "missing") notFound();
  const tag = found.info;
  if (found.kind === "redirect") permanentRedirect(tagHref(tag.slug));
  const list = listPage(tag.posts, undefined);
  if (!list) notFound();
  return (
    <FilterablePostList
      heading={`#${tag.name}`}
      intro={`共 ${tag.count} 篇文章`}
      posts={list.items.map(summarize)}
      page={list.page}
      pages={list.pages}
      href={(n) => tagPageHref(tag.slug, n)}
      filter={tagFilterProps(getPosts(), { tag: tag.slug, posts: tag.posts })}
    />
  );
}
