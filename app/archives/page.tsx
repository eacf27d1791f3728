import type { Metadata } from "next";
import { ArchiveList } from "@/components/lists/ArchiveList";
import { archivesHref } from "@/lib/http/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { archivePage } from "@/lib/views/archive";

export const metadata: Metadata = pageMetadata({ title: "文章列表", path: archivesHref() });

export default function ArchivesPage() {
  const { count, years } = archivePage();
  return (
    <>
      <h1 className="text-2xl font-bold">文章列表</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">共 {count} 篇文章，依年月排列。</p>
      <ArchiveList years={years} />
    </>
  );
}
