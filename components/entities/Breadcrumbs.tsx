import type { LinkView } from "@/lib/views/entity-context";

/** 首頁 › 公司 › OpenAI: the last is the page itself. */
export function Breadcrumbs({ items }: { items: LinkView[] }) {
  return (
    <nav aria-label="頁面路徑" className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <a href={item.href} className="hover:text-sky-800 hover:underline dark:hover:text-sky-300">
                {item.text}
              </a>
            ) : (
              <span aria-current="page" className="text-neutral-800 dark:text-neutral-200">
                {item.text}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
