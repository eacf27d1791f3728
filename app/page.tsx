import { HomeList } from "@/components/HomeList";
import { summarize } from "@/lib/listing";
import { getPosts, paginate } from "@/lib/posts";

export default function HomePage() {
  const { items, page, pages } = paginate(getPosts(), 1);
  return <HomeList posts={items.map(summarize)} page={page} pages={pages} heading="最新文章" />;
}
