import type { Metadata } from "next";
import { TagIndex } from "@/components/lists/TagIndex";
import { tagsHref } from "@/lib/http/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { tagIndexView } from "@/lib/views/lists";
import { routeIntroView } from "@/lib/views/content-page";
import { RouteIntro } from "@/components/content/RouteIntro";
import { publishedPost } from "@/lib/views/post-page";

const intro = () => routeIntroView(tagsHref(), { title: "標籤" });

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await intro();
  return pageMetadata({ title, description, path: tagsHref() });
}

export default async function TagsPage() {
  const tags = tagIndexView();
  const { title, body } = await intro();
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <RouteIntro body={body} findPost={publishedPost} />
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">共 {tags.length} 個標籤，依文章數排序。</p>
      <TagIndex tags={tags} />
    </>
  );
}
