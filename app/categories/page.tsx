import type { Metadata } from "next";
import { categoriesHref } from "@/lib/http/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { categoryIndexView } from "@/lib/views/lists";

export const metadata: Metadata = pageMetadata({ title: "分類", path: categoriesHref() });

export default function CategoriesPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">分類</h1>
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
