import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/metadata";
import { ArchiveList } from "@/components/lists/ArchiveList";
import { archiveSections } from "@/lib/views/archive";
import { getPosts } from "@/lib/content/store";

export const metadata: Metadata = pageMetadata({ title: "文章列表", path: "/archives/" });

export default function ArchivesPage() {
  const posts = getPosts();
  return (
    <>
      <h1 className="text-2xl font-bold">文章列表</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">共 {posts.length} 篇文章，依年月排列。</p>
      <ArchiveList years={archiveSections(posts)} />
    </>
  );
}
