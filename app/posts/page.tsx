import type { Metadata } from "next";
import { HomeList } from "@/components/HomeList";
import { summarize } from "@/lib/listing";
import { getPosts, paginate } from "@/lib/posts";

export const metadata: Metadata = { title: "所有文章", alternates: { canonical: "/posts/" } };

export default function PostsPage() {
  const { items, page, pages } = paginate(getPosts(), 1);
  return <HomeList posts={items.map(summarize)} page={page} pages={pages} heading="所有文章" />;
}
