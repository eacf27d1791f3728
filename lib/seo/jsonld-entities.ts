/**
 * schema.org JSON-LD of entity pages: Organization, Person and Event, each with its
 * page's BreadcrumbList. The views read the fields (lib/views/entity-*.ts) and pass
 * plain values; what is missing is left out, never written empty. Serialise with
 * serializeJsonLd (lib/seo/jsonld.ts) like every other JSON-LD.
 */
import type { JsonLd } from "./jsonld";
import { absolute } from "./metadata";

const CONTEXT = "https://schema.org";

/** Only the keys with a value: no `""`, no `[]`, no undefined. */
function compact(data: Record<string, unknown>): JsonLd {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)));
}

/** A name or a list of names, as schema.org takes either. */
const oneOrMany = (values: string[]) => (values.length === 0 ? undefined : values.length === 1 ? values[0] : values);

export interface Crumb {
  name: string;
  /** Site path (or absolute URL). */
  path: string;
}

export function breadcrumbJsonLd(crumbs: Crumb[]): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: absolute(c.path) })),
  };
}

export interface AddressLd {
  street?: string;
  locality?: string;
  region?: string;
  country?: string;
}

function address(a: AddressLd | undefined): JsonLd | undefined {
  if (!a || !(a.street || a.locality || a.region || a.country)) return undefined;
  return compact({ "@type": "PostalAddress", streetAddress: a.street, addressLocality: a.locality, addressRegion: a.region, addressCountry: a.country });
}

interface Common {
  name: string;
  /** The entity page's path. */
  path: string;
  alternateNames: string[];
  description?: string;
  /** Profiles elsewhere (Wikipedia, LinkedIn, ...): absolute URLs. */
  sameAs: string[];
}

function common(type: string, c: Common, url: string | undefined): JsonLd {
  const page = absolute(c.path);
  return compact({
    "@context": CONTEXT,
    "@type": type,
    "@id": `${page}#${type.toLowerCase()}`,
    name: c.name,
    alternateName: oneOrMany(c.alternateNames.filter((n) => n !== c.name)),
    description: c.description,
    url: url ?? page,
    mainEntityOfPage: { "@type": "WebPage", "@id": page },
    sameAs: c.sameAs,
  });
}

export interface OrganizationLd extends Common {
  /** The organization's own website. */
  website?: string;
  /** Site path or absolute URL of the logo. */
  logo?: string;
  /** `2015`, `2015-12` or `2015-12-11`. */
  foundingDate?: string;
  address?: AddressLd;
}

export function organizationJsonLd(o: OrganizationLd): JsonLd {
  return compact({
    ...common("Organization", o, o.website),
    logo: o.logo ? absolute(o.logo) : undefined,
    foundingDate: o.foundingDate,
    address: address(o.address),
  });
}

export interface PersonLd extends Common {
  jobTitle?: string;
  /** The organization, with its page on this site when it has one. */
  worksFor?: { name: string; path?: string | null };
  image?: string;
  /** The year of birth (schema.org takes an ISO date; a year is one). */
  birthDate?: string;
}

export function personJsonLd(p: PersonLd): JsonLd {
  return compact({
    ...common("Person", p, undefined),
    jobTitle: p.jobTitle,
    worksFor: p.worksFor ? compact({ "@type": "Organization", name: p.worksFor.name, url: p.worksFor.path ? absolute(p.worksFor.path) : undefined }) : undefined,
    image: p.image ? absolute(p.image) : undefined,
    birthDate: p.birthDate,
  });
}

export interface EventLd extends Omit<Common, "sameAs" | "alternateNames"> {
  /** ISO date or date-time with offset. */
  startDate: string;
  endDate?: string;
  officialUrl?: string;
  location?: { name?: string; address?: AddressLd; geo?: { lat: number; lng: number } };
  organizer?: { name: string; url?: string };
}

/** Event status and attendance mode are left out: the files do not say them. */
export function eventJsonLd(e: EventLd): JsonLd {
  const loc = e.location;
  const place =
    loc && (loc.name || address(loc.address) || loc.geo)
      ? compact({
          "@type": "Place",
          name: loc.name ?? loc.address?.locality,
          address: address(loc.address),
          geo: loc.geo ? { "@type": "GeoCoordinates", latitude: loc.geo.lat, longitude: loc.geo.lng } : undefined,
        })
      : undefined;
  return compact({
    ...common("Event", { ...e, alternateNames: [], sameAs: [] }, e.officialUrl),
    startDate: e.startDate,
    endDate: e.endDate,
    location: place,
    organizer: e.organizer ? compact({ "@type": "Organization", name: e.organizer.name, url: e.organizer.url }) : undefined,
  });
}
