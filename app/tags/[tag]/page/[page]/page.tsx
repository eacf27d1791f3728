import type { Metadata } from "next";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { tagPage, tagPageMetadata, tagPagesParams } from "@/lib/views/lists";
import { redirectOrNotFound, redirectParams } from "@/lib/views/redirects";

export const dynamicParams = false;
// Hugo's pages of a spelling variant are prerendered as redirects (lib/views/redirects.ts).
export const generateStaticParams = () => [...tagPagesParams(), ...redirectParams("tags-page").map(([, tag, , page]) => ({ tag, page }))];

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  return tagPageMetadata(tag, page);
}

export default async function TagPageN({ params }: Props) {
  const { tag, page } = await params;
  const result = tagPage(tag, page);
  if (result?.kind !== "page") redirectOrNotFound(["tags", tag, "page", page]);
  return <FilterablePostList {...result.view} />;
}
