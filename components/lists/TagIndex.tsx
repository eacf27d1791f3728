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
          {/* One text node each (no React text separators): the page repeats this per tag. */}
          <a href={tagHref(t.slug)} className="tag-count">
            {`#${t.name}`}
            <span>{`(${t.count})`}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
