import type { Metadata } from "next";
import { TagIndex } from "@/components/lists/TagIndex";
import { tagsHref } from "@/lib/http/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { tagIndexView } from "@/lib/views/lists";

export const metadata: Metadata = pageMetadata({ title: "標籤", path: tagsHref() });

export default function TagsPage() {
  const tags = tagIndexView();
  return (
    <>
      <h1 className="text-2xl font-bold">標籤</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">共 {tags.length} 個標籤，依文章數排序。</p>
      <TagIndex tags={tags} />
    </>
  );
}
