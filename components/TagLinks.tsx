import type { TagRef } from "@/lib/listing";
import { tagHref } from "@/lib/routes";

export function TagLinks({ tags, label = "標籤" }: { tags: TagRef[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((t) => (
        <li key={t.slug}>
          <a
            href={tagHref(t.slug)}
            className="inline-block rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-700 hover:bg-sky-100 hover:text-sky-900 dark:bg-neutral-800 dark:text-neutral-200 dark:hover:bg-sky-900 dark:hover:text-sky-100"
          >
            #{t.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
