import type { FactRow } from "@/lib/views/entity-view";
import { LinkText } from "./LinkText";

/** Label/value rows as a definition list; a row with several values lists them. */
export function FactList({ rows, className = "" }: { rows: FactRow[]; className?: string }) {
  if (rows.length === 0) return null;
  return (
    <dl className={`divide-y divide-neutral-200 text-[0.95rem] dark:divide-neutral-800 ${className}`}>
      {rows.map((row, i) => (
        <div key={`${row.label}-${i}`} className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-3 py-2">
          <dt className="text-neutral-600 dark:text-neutral-400">{row.label}</dt>
          <dd className="min-w-0 break-words">
            {row.values.length === 1 ? (
              <LinkText link={row.values[0]} />
            ) : (
              <ul className={row.lines ? "space-y-1" : "flex flex-wrap gap-y-1"}>
                {row.values.map((v, j) => (
                  <li key={j} className={row.lines ? undefined : "after:content-['、'] last:after:content-none"}>
                    <LinkText link={v} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
