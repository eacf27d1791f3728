import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { listPage, lookupTag, tagListView, tagStaticParams } from "@/lib/views/lists";
import { tagMetadata } from "@/lib/seo/metadata";
import { tagHref } from "@/lib/http/routes";

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
    <FilterablePostList {...tagListView(tag, list)} />
  );
}
