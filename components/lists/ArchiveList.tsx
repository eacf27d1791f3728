import type { ArchiveSection } from "@/lib/views/archive";

/** Plain links, not next/link: prefetching every post title in view would flood the server. */
export function ArchiveList({ years }: { years: ArchiveSection[] }) {
  if (years.length === 0) return <p className="py-8 text-neutral-600">目前沒有文章。</p>;
  return (
    <div className="mt-6 space-y-10">
      {years.map((y) => (
        <section key={y.year} aria-labelledby={`y${y.year}`}>
          <h2 id={`y${y.year}`} className="text-xl font-bold">
            {y.year} 年<span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">{y.count} 篇</span>
          </h2>
          {y.months.map((m) => (
            <section key={m.month} aria-labelledby={`y${y.year}m${m.month}`} className="mt-4">
              <h3 id={`y${y.year}m${m.month}`} className="font-bold text-neutral-700 dark:text-neutral-300">
                {y.year} 年 {m.month} 月
              </h3>
              <ul className="mt-2 space-y-1">
                {m.posts.map((p) => (
                  <li key={p.slug} className="flex gap-3">
                    <time dateTime={p.dateIso} className="archive-day">
                      {`${m.month}/${p.day}`}
                    </time>
                    <a href={p.href} className="archive-link">
                      {p.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
