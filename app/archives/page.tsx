import type { Metadata } from "next";
import { ArchiveList } from "@/components/lists/ArchiveList";
import { archivesHref } from "@/lib/http/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { archivePage } from "@/lib/views/archive";
import { routeIntroView } from "@/lib/views/content-page";
import { RouteIntro } from "@/components/content/RouteIntro";
import { publishedPost } from "@/lib/views/post-page";

const intro = () => routeIntroView(archivesHref(), { title: "文章列表" });

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await intro();
  return pageMetadata({ title, description, path: archivesHref() });
}

export default async function ArchivesPage() {
  const { count, years } = archivePage();
  const { title, body } = await intro();
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <RouteIntro body={body} findPost={publishedPost} />
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">共 {count} 篇文章，依年月排列。</p>
      <ArchiveList years={years} />
    </>
  );
}
