import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { HomeList } from "@/components/HomeList";
import { summarize } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { getPosts, paginate } from "@/lib/posts";
import { parsePageParam } from "@/lib/params";
import { site } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  const pages = Math.ceil(getPosts().length / site.pageSize);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: { params: Promise<{ page: string }> }): Promise<Metadata> {
  const { page } = await params;
  return pageMetadata({ title: `最新文章（第 ${page} 頁）`, path: `/page/${page}/` });
}

export default async function HomePageN({ params }: { params: Promise<{ page: string }> }) {
  const n = parsePageParam((await params).page);
  if (n === 1) redirect("/");
  const { items, page, pages } = paginate(getPosts(), n ?? 0);
  if (!n || items.length === 0) notFound();
  return <HomeList posts={items.map(summarize)} page={page} pages={pages} heading={`最新文章（第 ${page} 頁）`} />;
}
