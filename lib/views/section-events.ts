/**
 * An event section's list: events still to come (or under way: the last day is today
 * or later, in the site's time zone) soonest first, then past events by year, newest
 * first. Each year is a group heading, so the rows' dates leave the year out
 * (`6 月 2 日 – 5 日`) unless a span crosses years.
 */
import type { PageDoc } from "../content/entry";
import { docHref } from "./entity-context";
import { dayKey, dayOf, formatDaySpan, today, type Day } from "./entity-dates";
import { text, textList } from "./entity-fields-read";

export interface EventRow {
  href: string;
  title: string;
  /** `6 月 2 日 – 5 日`; the field as written when it is no date. */
  dateText?: string;
  /** `2026-06-02` for <time dateTime>, when the start is a day. */
  dateIso?: string;
  /** Venue, city, country. */
  place?: string;
  type?: string;
  description?: string;
}

export interface EventYear {
  year: number;
  /** `year-2026` (upcoming) or `past-2026`. */
  anchor: string;
  events: EventRow[];
}

export interface EventListView {
  type: "event";
  upcoming: EventYear[];
  past: EventYear[];
  /** Events whose date_start is missing or no date. */
  undated: EventRow[];
}

interface Dated {
  doc: PageDoc;
  start: Day;
  end: Day | null;
}

function eventRow(doc: PageDoc, start: Day | null, end: Day | null): EventRow {
  const f = doc.fields;
  const place = [text(f, "venue_name"), text(f, "city"), text(f, "country")].filter(Boolean).join(" · ");
  return {
    href: docHref(doc),
    title: doc.title,
    dateText: start ? formatDaySpan(start, end) : text(f, "date_start"),
    dateIso: start ? dayKey(start) : undefined,
    place: place || undefined,
    type: textList(f, "activity_type").join("、") || undefined,
    description: text(f, "description_short") ?? (doc.description || undefined),
  };
}

function byYear(events: Dated[], prefix: string): EventYear[] {
  const years = new Map<number, EventRow[]>();
  for (const e of events) years.set(e.start.year, [...(years.get(e.start.year) ?? []), eventRow(e.doc, e.start, e.end)]);
  return [...years.entries()].map(([year, rows]) => ({ year, anchor: `${prefix}-${year}`, events: rows }));
}

/** `now` is the build's (or request's) time: what counts as upcoming is decided in the site's time zone. */
export function eventList(entries: PageDoc[], now: Date): EventListView {
  const todayKey = dayKey(today(now));
  const dated: Dated[] = [];
  const undated: EventRow[] = [];
  for (const doc of entries) {
    const start = dayOf(text(doc.fields, "date_start"));
    if (!start) undated.push(eventRow(doc, null, null));
    else dated.push({ doc, start, end: dayOf(text(doc.fields, "date_end")) });
  }
  const last = (e: Dated) => dayKey(e.end && dayKey(e.end) > dayKey(e.start) ? e.end : e.start);
  const byStart = (a: Dated, b: Dated) => dayKey(a.start).localeCompare(dayKey(b.start)) || a.doc.title.localeCompare(b.doc.title);
  const upcoming = dated.filter((e) => last(e) >= todayKey).sort(byStart);
  const past = dated.filter((e) => last(e) < todayKey).sort((a, b) => byStart(b, a));
  return { type: "event", upcoming: byYear(upcoming, "year"), past: byYear(past, "past"), undated };
}
