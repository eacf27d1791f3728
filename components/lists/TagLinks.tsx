import type { TagRef } from "@/lib/views/summary";
import { tagHref } from "@/lib/http/routes";

export function TagLinks({ tags, label = "標籤" }: { tags: TagRef[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((t) => (
        <li key={t.slug}>
          <a href={tagHref(t.slug)} className="tag-chip">
            #{t.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
