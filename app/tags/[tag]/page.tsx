import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { tagPage, tagPageMetadata, tagParams } from "@/lib/views/lists";

export const dynamicParams = true;
export const generateStaticParams = tagParams;

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagPageMetadata((await params).tag);
}

export default async function TagPage({ params }: Props) {
  const result = tagPage((await params).tag);
  if (!result) notFound();
  if (result.kind === "redirect") permanentRedirect(result.href);
  return <FilterablePostList {...result.view} />;
}
