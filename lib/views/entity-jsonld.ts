/** An entity page's JSON-LD: its fields read here, the shapes built by lib/seo/jsonld-entities.ts. */
import type { PageDoc } from "../content/entry";
import { breadcrumbJsonLd, eventJsonLd, organizationJsonLd, personJsonLd, type Crumb } from "../seo/jsonld-entities";
import type { JsonLd } from "../seo/jsonld";
import type { Resolve } from "./entity-organization";
import { isoForJsonLd, partialDate } from "./entity-dates";
import { coordinates } from "./entity-event";
import { record, safeUrl, text } from "./entity-fields-read";
import { socialLinks, websiteLink } from "./entity-social";

const names = (...values: (string | undefined)[]) => values.filter((v): v is string => !!v);
/** A partial date schema.org accepts (`2015`, `2015-12`, `2015-12-11`), else nothing. */
const isoPartial = (value: string | undefined) => (value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && partialDate(value) ? value : undefined);

function profiles(doc: PageDoc): string[] {
  return socialLinks(record(doc.fields, "social"))
    .map((l) => l.href)
    .filter((h): h is string => !!h);
}

function mainEntity(doc: PageDoc, path: string, resolve: Resolve): JsonLd | null {
  const f = doc.fields;
  const description = text(f, "description_short") ?? (doc.description || undefined);
  if (doc.kind === "organization") {
    return organizationJsonLd({
      name: doc.title,
      path,
      alternateNames: names(text(f, "name_zh"), text(f, "name_en")),
      description,
      sameAs: profiles(doc),
      website: websiteLink(text(f, "website"))?.href ?? undefined,
      logo: safeUrl(text(f, "logo")),
      foundingDate: isoPartial(text(f, "founded")),
      address: { locality: text(f, "city") ?? text(f, "headquarters"), country: text(f, "country") },
    });
  }
  if (doc.kind === "person") {
    const org = text(f, "current_organization");
    const birth = partialDate(text(f, "birth_year"));
    return personJsonLd({
      name: doc.title,
      path,
      alternateNames: names(text(f, "name_zh"), text(f, "name_en"), text(f, "name_full_en"), text(f, "nickname")),
      description,
      sameAs: profiles(doc),
      jobTitle: text(f, "current_position"),
      worksFor: org ? { name: org, path: resolve(text(f, "current_org_slug"), "organization") } : undefined,
      image: safeUrl(text(f, "photo")),
      birthDate: birth ? String(birth.year) : undefined,
    });
  }
  if (doc.kind === "event") {
    const startDate = isoForJsonLd(text(f, "date_start"));
    if (!startDate) return null;
    const organizer = text(f, "organizer");
    const geo = coordinates(f);
    return eventJsonLd({
      name: doc.title,
      path,
      description,
      startDate,
      endDate: isoForJsonLd(text(f, "date_end")),
      officialUrl: websiteLink(text(f, "official_url"))?.href ?? undefined,
      location: {
        name: text(f, "venue_name"),
        address: { street: text(f, "venue_address"), locality: text(f, "city"), region: text(f, "region"), country: text(f, "country") },
        geo: geo ?? undefined,
      },
      organizer: organizer ? { name: organizer, url: websiteLink(text(f, "organizer_url"))?.href ?? undefined } : undefined,
    });
  }
  return null;
}

/** The entity (when its kind has a schema.org type and enough to say) and the page's breadcrumbs. */
export function entityJsonLd(doc: PageDoc, path: string, crumbs: Crumb[], resolve: Resolve): JsonLd[] {
  const entity = mainEntity(doc, path, resolve);
  return entity ? [entity, breadcrumbJsonLd(crumbs)] : [breadcrumbJsonLd(crumbs)];
}
