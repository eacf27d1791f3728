import type { Facet, OrganizationDirectoryView, OrganizationRow } from "@/lib/views/section-page";

const ANCHOR = "scroll-mt-6";
const CHIP = "inline-flex items-baseline gap-1 rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-800 hover:bg-sky-100 hover:text-sky-900 dark:bg-neutral-800 dark:text-neutral-200 dark:hover:bg-sky-900 dark:hover:text-sky-100";

function Row({ row }: { row: OrganizationRow }) {
  const meta = [row.country, row.category, row.status].filter(Boolean).join(" · ");
  return (
    <li className="flex flex-col gap-x-4 py-2 sm:flex-row sm:items-baseline sm:justify-between">
      <span className="min-w-0">
        <a href={row.href} className="font-bold text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
          {row.title}
        </a>
        {row.nameEn && (
          <span lang="en" className="ml-2 text-sm text-neutral-600 dark:text-neutral-400">
            {row.nameEn}
          </span>
        )}
      </span>
      {meta && <span className="shrink-0 text-sm text-neutral-600 dark:text-neutral-400">{meta}</span>}
    </li>
  );
}

/** The chips at the top of the page: every value of a facet with its count, a jump to its group. */
function FacetChips({ facet }: { facet: Facet }) {
  return (
    <div className="mt-4">
      <p className="mb-2 text-sm font-bold text-neutral-700 dark:text-neutral-300">{facet.heading}</p>
      <ul className="flex flex-wrap gap-2">
        {facet.values.map((v) => (
          <li key={v.anchor}>
            <a href={`#${v.anchor}`} className={CHIP}>
              {v.label}
              <span className="text-xs text-neutral-600 dark:text-neutral-400">{v.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Hundreds of organizations on one page without client JS: jumps to each letter and
 * to each category, country and status (fragment links), every entry as a compact row
 * by letter, then the facet groups as lists of names.
 */
export function OrganizationDirectory({ directory }: { directory: OrganizationDirectoryView }) {
  const { letters, facets } = directory;
  if (letters.length === 0) return <p className="py-8 text-neutral-600 dark:text-neutral-400">目前沒有資料。</p>;
  return (
    <div>
      <nav aria-label="索引" className="rounded-lg border border-neutral-200 p-4 dark:border-neutral-800">
        <p className="mb-2 text-sm font-bold text-neutral-700 dark:text-neutral-300">依字母</p>
        <ul className="flex flex-wrap gap-1">
          {letters.map((g) => (
            <li key={g.anchor}>
              <a href={`#${g.anchor}`} className="inline-block min-w-9 rounded px-2 py-1 text-center font-medium text-sky-800 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950">
                {g.label}
              </a>
            </li>
          ))}
        </ul>
        {facets.map((f) => (
          <FacetChips key={f.id} facet={f} />
        ))}
      </nav>

      <section aria-labelledby="dir-letters" className="mt-10">
        <h2 id="dir-letters" className="text-xl font-bold">
          依字母排序
        </h2>
        {letters.map((g) => (
          // Groups are unnamed sections (not a landmark each: there may be dozens); the h3 is the jump target.
          <section key={g.anchor} className="mt-6">
            <h3 id={g.anchor} className={`border-b border-neutral-200 pb-1 text-lg font-bold dark:border-neutral-800 ${ANCHOR}`}>
              {g.label}
            </h3>
            <ul className="divide-y divide-neutral-100 dark:divide-neutral-900">
              {g.entries.map((row) => (
                <Row key={row.href} row={row} />
              ))}
            </ul>
          </section>
        ))}
      </section>

      {facets.map((f) => (
        <section key={f.id} aria-labelledby={`dir-${f.id}`} className="mt-12">
          <h2 id={`dir-${f.id}`} className="text-xl font-bold">
            {f.heading}
          </h2>
          {f.values.map((v) => (
            <section key={v.anchor} className="mt-5">
              <h3 id={v.anchor} className={`font-bold ${ANCHOR}`}>
                {v.label}
                <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">{v.count} 家</span>
              </h3>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {v.entries.map((e) => (
                  <li key={e.href}>
                    <a href={e.href} className="text-sky-800 hover:underline dark:text-sky-300">
                      {e.title}
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
