import type { Metadata } from "next";
import { HomeList } from "@/components/HomeList";
import { JsonLd } from "@/components/JsonLd";
import { homeJsonLd } from "@/lib/jsonld";
import { summarize } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { getPosts, paginate } from "@/lib/posts";

export const metadata: Metadata = pageMetadata({ path: "/" });

export default function HomePage() {
  const { items, page, pages } = paginate(getPosts(), 1);
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <HomeList posts={items.map(summarize)} page={page} pages={pages} heading="最新文章" />
    </>
  );
}
