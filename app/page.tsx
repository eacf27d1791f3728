import { FilterablePostList } from "@/components/FilterablePostList";
import { summarize } from "@/lib/listing";
import { getPosts, paginate } from "@/lib/posts";
import { homePageHref } from "@/lib/routes";
import { tagFilterProps } from "@/lib/tag-filter-data";

export default function HomePage() {
  const { items, page, pages } = paginate(getPosts(), 1);
  return (
    <FilterablePostList posts={items.map(summarize)} page={page} pages={pages} heading="最新文章" href={homePageHref} filter={tagFilterProps(getPosts())} />
  );
}
