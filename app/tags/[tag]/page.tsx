import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { tagPage, tagPageMetadata, tagParams } from "@/lib/views/lists";
import { redirectOrNotFound } from "@/lib/views/redirects";

export const dynamicParams = true;
export const generateStaticParams = tagParams;

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagPageMetadata((await params).tag);
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const result = tagPage(tag);
  if (!result) redirectOrNotFound(["tags", tag]);
  if (result.kind === "redirect") permanentRedirect(result.href);
  return <FilterablePostList {...result.view} />;
}
