
/** Post lists page from newer to older; other lists (entries of a section) say 上一頁 / 下一頁. */
const POST_LABELS = { prev: "← 較新的文章", next: "較舊的文章 →" };

export function Pagination({ page, pages, href, labels = POST_LABELS }: { page: number; pages: number; href: (page: number) => string; labels?: { prev: string; next: string } }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="分頁" className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="rounded border border-neutral-300 px-3 py-2 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
          {labels.prev}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        第 {page} / {pages} 頁
      </span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next" className="rounded border border-neutral-300 px-3 py-2 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
          {labels.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
