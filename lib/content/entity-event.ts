/**
 * The fields of an event entry (a section of kind "event": events/), as data read by
 * entity-fields.ts. date_start and date_end take a date (2026-03-05, or 2026-03 when
 * the day is not known yet) or a date and time (2026-03-05T09:30:00+08:00); an event
 * that ends before it starts is reported.
 */
import type { EntityFields } from "./entry";
import type { FieldsOf, FieldSpec, KindSchema, Report } from "./entity-fields";
import { problem } from "./messages";

export const EVENT_FIELDS = {
  description_short: "text",
  description_long: "markdown",
  date_start: "datetime",
  /** The last day (or the end time); absent for a one-day event. */
  date_end: "datetime",
  /** Times as the organizer writes them ("每日 09:00–17:00"). */
  time_info: "text",
  region: "text",
  country: "text",
  city: "text",
  venue_name: "text",
  venue_address: "text",
  venue_coordinates: "coordinates",
  organizer: "text",
  organizer_url: "url",
  official_url: "url",
  activity_type: "text",
  tags: "tags",
  /** Featured events, in this order (1 first). */
  featured_order: "number",
  related_companies: "refs",
  related_people: "refs",
} as const satisfies FieldSpec;

export type EventFields = FieldsOf<typeof EVENT_FIELDS>;

/** The ending date is not before the starting one (compared by their dates, as precise as both are). */
function checkDates(fields: EntityFields, report: Report): void {
  const { date_start: start, date_end: end } = fields as EventFields;
  if (!start || !end) return;
  const [a, b] = [start.slice(0, 10), end.slice(0, 10)];
  const n = Math.min(a.length, b.length);
  if (b.slice(0, n) < a.slice(0, n)) report("warning", "date_end", problem("entity-dates-reversed", "date_end", start, end));
}

export const EVENT: KindSchema = {
  fields: EVENT_FIELDS,
  // Variant names folded to the field (venue_coordinates also takes latitude/longitude, lon/long).
  aliases: { start_date: "date_start", end_date: "date_end", coordinates: "venue_coordinates" },
  check: checkDates,
};
