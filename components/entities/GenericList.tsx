import type { GenericListView } from "@/lib/views/section-page";
import { Pagination } from "../lists/Pagination";

/** A generic section's entries, title and description, 50 a page. */
export function GenericList({ list }: { list: GenericListView }) {
  if (list.entries.length === 0) return <p className="py-8 text-neutral-600 dark:text-neutral-400">目前沒有資料。</p>;
  return (
    <div>
      <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {list.entries.map((e) => (
          <li key={e.href} className="py-4">
            <h2 className="text-lg leading-snug font-bold">
              <a href={e.href} className="text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
                {e.title}
              </a>
            </h2>
            {e.description && <p className="mt-1 max-w-3xl text-neutral-700 dark:text-neutral-300">{e.description}</p>}
          </li>
        ))}
      </ul>
      <Pagination page={list.page} pages={list.pages} href={list.href} labels={{ prev: "← 上一頁", next: "下一頁 →" }} />
    </div>
  );
}
