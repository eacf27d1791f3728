import type { TocHeading } from "@/lib/render/headings";
import { TocLinks } from "./TocLinks";

/** Phones: a collapsible list above the text (works without JavaScript). */
export function TocDetails({ headings }: { headings: TocHeading[] }) {
  return (
    <nav aria-label="文章目錄" className="mb-8 lg:hidden" data-toc="details">
      <details className="rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-3 dark:border-neutral-800 dark:bg-neutral-900">
        <summary className="cursor-pointer font-bold text-neutral-900 dark:text-neutral-100">目錄</summary>
        <div className="mt-3">
          <TocLinks headings={headings} />
        </div>
      </details>
    </nav>
  );
}

/** Wide screens: sticky beside the text. */
export function TocSidebar({ headings }: { headings: TocHeading[] }) {
  return (
    <nav aria-label="文章目錄" className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto" data-toc="sidebar">
      <p className="mb-3 text-sm font-bold text-neutral-900 dark:text-neutral-100">目錄</p>
      <TocLinks headings={headings} />
    </nav>
  );
}
