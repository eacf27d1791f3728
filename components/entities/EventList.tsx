import type { EventListView, EventRow, EventYear } from "@/lib/views/section-page";

function Event({ event }: { event: EventRow }) {
  return (
    <li className="grid gap-x-4 py-3 sm:grid-cols-[11rem_minmax(0,1fr)]">
      <span className="text-sm font-medium text-neutral-700 tabular-nums dark:text-neutral-300">
        {event.dateIso ? <time dateTime={event.dateIso}>{event.dateText}</time> : (event.dateText ?? "日期未定")}
      </span>
      <div className="min-w-0">
        <a href={event.href} className="font-bold text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
          {event.title}
        </a>
        {(event.place || event.type) && <p className="text-sm text-neutral-600 dark:text-neutral-400">{[event.type, event.place].filter(Boolean).join(" · ")}</p>}
        {event.description && <p className="mt-1 line-clamp-2 text-neutral-700 dark:text-neutral-300">{event.description}</p>}
      </div>
    </li>
  );
}

function Years({ years }: { years: EventYear[] }) {
  return years.map((y) => (
    // Unnamed, so not a landmark each: the named sections are the lists around them.
    <section key={y.anchor} className="mt-5">
      <h3 id={y.anchor} className="scroll-mt-6 border-b border-neutral-200 pb-1 font-bold dark:border-neutral-800">
        {y.year} 年
      </h3>
      <ul className="divide-y divide-neutral-100 dark:divide-neutral-900">
        {y.events.map((e) => (
          <Event key={e.href} event={e} />
        ))}
      </ul>
    </section>
  ));
}

/** Events to come (soonest first), then past events by year (newest first), then those without a date. */
export function EventList({ list }: { list: EventListView }) {
  return (
    <div>
      <section aria-labelledby="events-upcoming">
        <h2 id="events-upcoming" className="text-xl font-bold">
          即將舉行
        </h2>
        {list.upcoming.length > 0 ? <Years years={list.upcoming} /> : <p className="mt-3 text-neutral-600 dark:text-neutral-400">目前沒有即將舉行的活動。</p>}
      </section>
      {list.past.length > 0 && (
        <section aria-labelledby="events-past" className="mt-12">
          <h2 id="events-past" className="text-xl font-bold">
            過去的活動
          </h2>
          <Years years={list.past} />
        </section>
      )}
      {list.undated.length > 0 && (
        <section aria-labelledby="events-undated" className="mt-12">
          <h2 id="events-undated" className="text-xl font-bold">
            日期未定
          </h2>
          <ul className="divide-y divide-neutral-100 dark:divide-neutral-900">
            {list.undated.map((e) => (
              <Event key={e.href} event={e} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
