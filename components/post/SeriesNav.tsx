import type { SeriesNavData } from "@/lib/views/post-footer";

export function SeriesNav({ series }: { series: SeriesNavData | null }) {
  if (!series) return null;
  return (
    <nav aria-labelledby="series-nav-title" className="mt-10 rounded-lg border border-neutral-200 p-5 dark:border-neutral-800">
      <h2 id="series-nav-title" className="text-lg font-bold">
        系列：{series.name}
        <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">
          （第 {series.position} / {series.total} 篇）
        </span>
      </h2>
      <ol className="mt-3 list-decimal space-y-1 pl-6">
        {series.parts.map((p) =>
          p.current ? (
            <li key={p.slug} aria-current="page" className="font-bold">
              {p.title}
            </li>
          ) : (
            <li key={p.slug}>
              <a href={p.href} className="text-sky-800 hover:underline dark:text-sky-300">
                {p.title}
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
