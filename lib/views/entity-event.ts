/** The layout of an event's page, and the generic layout every other entry gets. */
import { formatTimeZh, parseDate } from "../content/dates";
import type { PageDoc } from "../content/entry";
import { site } from "../site";
import { placeholderOf } from "./entity-context";
import { dayOf, formatDaySpan } from "./entity-dates";
import { numberOf, record, text, textList } from "./entity-fields-read";
import { websiteLink } from "./entity-social";
import { blocks, external, extraRows, linkRow, markdownBlock, row, rows, type KindLayout } from "./entity-view";

export const EVENT_KEYS = [
  "description_short", "description_long", "date_start", "date_end", "time_info", "region", "country", "city",
  "venue_name", "venue_address", "venue_coordinates", "organizer", "organizer_url", "official_url", "activity_type",
  "tags", "featured_order", "related_companies", "related_people",
] as const;

/** `6 月 2 日 – 5 日` (or with the year), or the field as written when it is no date. */
export function eventDateText(fields: PageDoc["fields"], withYear: boolean): string | undefined {
  const [startText, endText] = [text(fields, "date_start"), text(fields, "date_end")];
  const start = dayOf(startText);
  if (!start) return startText;
  return formatDaySpan(start, dayOf(endText), withYear);
}

/** `14:00` when date_start carries a time of day (in the site's time zone). */
function startTime(value: string | undefined): string | undefined {
  if (!value || !/[T ]\d{1,2}:\d{2}/.test(value)) return undefined;
  try {
    return formatTimeZh(parseDate(value, site.timeZone), site.timeZone);
  } catch {
    return undefined;
  }
}

/** The venue's coordinates, when both are numbers in range. */
export function coordinates(fields: PageDoc["fields"]): { lat: number; lng: number } | null {
  const c = record(fields, "venue_coordinates");
  const lat = numberOf(c?.lat);
  const lng = numberOf(c?.lng ?? c?.lon);
  if (lat === undefined || lng === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}

export function eventLayout(doc: PageDoc): KindLayout {
  const f = doc.fields;
  const geo = coordinates(f);
  const organizer = text(f, "organizer");
  return {
    header: {
      kind: "event",
      title: doc.title,
      names: [],
      description: text(f, "description_short") ?? (doc.description || undefined),
      badges: textList(f, "activity_type"),
      image: null,
      placeholder: placeholderOf(doc.title),
      picture: "none",
    },
    facts: rows(
      row("日期", eventDateText(f, true)),
      row("時間", text(f, "time_info") ?? startTime(text(f, "date_start"))),
      row("場地", text(f, "venue_name")),
      row("地址", text(f, "venue_address")),
      row("城市", text(f, "city")),
      row("國家／地區", text(f, "country")),
      row("區域", text(f, "region")),
      geo ? linkRow("地圖", external("在 OpenStreetMap 上查看", `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lng}#map=16/${geo.lat}/${geo.lng}`)) : null,
      organizer ? linkRow("主辦", external(organizer, websiteLink(text(f, "organizer_url"))?.href ?? undefined)) : null,
      linkRow("官方網站", websiteLink(text(f, "official_url"))),
      row("類型", ...textList(f, "activity_type")),
      row("標籤", ...textList(f, "tags")),
    ),
    links: [],
    blocks: blocks(markdownBlock(f, "description_long", "part-intro", "簡介"), { type: "body", id: "part-body" }),
    knownKeys: EVENT_KEYS,
  };
}

/** A page of any other kind: its title, description and body, and every field as a definition list. */
export function genericLayout(doc: PageDoc): KindLayout {
  const data = extraRows(doc.fields, doc.extra, []);
  return {
    header: { kind: "generic", title: doc.title, names: [], description: doc.description || undefined, badges: [], image: null, placeholder: placeholderOf(doc.title), picture: "none" },
    facts: [],
    links: [],
    blocks: blocks({ type: "body", id: "part-body" }, data.length > 0 ? { type: "facts", id: "part-data", heading: "資料", rows: data } : null),
    // Everything is listed above already: nothing is left for "其他資料".
    knownKeys: [...Object.keys(doc.fields), ...Object.keys(doc.extra)],
  };
}
