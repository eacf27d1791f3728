import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterablePostList } from "@/components/lists/FilterablePostList";
import { postsPage, postsPageMetadata } from "@/lib/views/lists";

export const metadata: Metadata = postsPageMetadata();

export default function PostsPage() {
  const view = postsPage();
  if (!view) notFound();
  return <FilterablePostList {...view} />;
}
