import { tagHref } from "@/lib/http/routes";

export interface TagCount {
  slug: string;
  name: string;
  count: number;
}

/**
 * Every tag with its post count, most used first. Plain links: a next/link
 * prefetches every link in view, which on a page of 1,000 tags is a storm of requests.
 */
export function TagIndex({ tags }: { tags: TagCount[] }) {
  return (
    <ul aria-label="所有標籤" className="mt-6 flex flex-wrap gap-2">
      {tags.map((t) => (
        <li key={t.slug}>
          <a
            href={tagHref(t.slug)}
            className="inline-flex items-center gap-1 rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-800 hover:bg-sky-100 hover:text-sky-900 dark:bg-neutral-800 dark:text-neutral-200 dark:hover:bg-sky-900 dark:hover:text-sky-100"
          >
            #{t.name}
            <span className="text-neutral-600 dark:text-neutral-400">
              ({t.count})
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
