import type { Metadata } from "next";
import { categoriesHref } from "@/lib/http/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { categoryIndexView } from "@/lib/views/lists";
import { routeIntroView } from "@/lib/views/content-page";
import { RouteIntro } from "@/components/content/RouteIntro";
import { publishedPost } from "@/lib/views/post-page";

const intro = () => routeIntroView(categoriesHref(), { title: "分類" });

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await intro();
  return pageMetadata({ title, description, path: categoriesHref() });
}

export default async function CategoriesPage() {
  const { title, body } = await intro();
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      <RouteIntro body={body} findPost={publishedPost} />
      <ul aria-label="所有分類" className="mt-6 grid gap-3 sm:grid-cols-2">
        {categoryIndexView().map((c) => (
          <li key={c.href}>
            <a href={c.href} className="flex items-baseline justify-between rounded-lg border border-neutral-200 p-4 hover:bg-neutral-50 dark:border-neutral-800 dark:hover:bg-neutral-900">
              <span className="font-medium text-sky-800 dark:text-sky-300">{c.name}</span>
              <span className="text-sm text-neutral-600 dark:text-neutral-400">{c.count} 篇</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
