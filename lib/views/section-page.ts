/**
 * A section's own page (/companies/, /people/, /events/, or a generic section): its
 * _index as the intro, then its entries as its kind lists them. Organizations, people
 * and events are one page each (a page param is a 404); a generic section lists 50
 * entries a page at /<section>/page/N/ (so `page` is reserved as an entry slug).
 */
import type { Metadata } from "next";
import type { PageDoc, SectionInfo, SectionKind } from "../content/entry";
import { contentPageHref, homeHref } from "../http/routes";
import { compilePost } from "../render/compile";
import { breadcrumbJsonLd } from "../seo/jsonld-entities";
import type { JsonLd } from "../seo/jsonld";
import { pageMetadata, pageSuffix } from "../seo/metadata";
import { site } from "../site";
import { docHref, placeholderOf, sectionTitle, type LinkView, type PlaceholderView } from "./entity-context";
import { safeUrl, text } from "./entity-fields-read";
import { listPage } from "./pagination";
import { eventList, type EventListView } from "./section-events";
import { organizationDirectory, type OrganizationDirectoryView } from "./section-organizations";

export type { EventListView, EventRow, EventYear } from "./section-events";
export type { Facet, FacetValue, LetterGroup, OrganizationDirectoryView, OrganizationRow } from "./section-organizations";

/** Entries a page in a generic section. */
export const GENERIC_PAGE_SIZE = 50;

export interface PersonCard {
  href: string;
  title: string;
  nameEn?: string;
  /** current_position and current_organization, as far as given. */
  role?: string;
  image: { src: string; alt: string } | null;
  placeholder: PlaceholderView;
}

export interface PeopleDirectoryView {
  type: "person";
  people: PersonCard[];
}

export interface GenericListView {
  type: "generic";
  entries: { href: string; title: string; description?: string }[];
  page: number;
  pages: number;
  href: (page: number) => string;
}

export type SectionDirectory = OrganizationDirectoryView | PeopleDirectoryView | EventListView | GenericListView;

export interface SectionPageView {
  kind: SectionKind;
  name: string;
  /** The h1: the _index title, the configured title, or a word for the kind. */
  title: string;
  href: string;
  breadcrumbs: LinkView[];
  /** The _index's description and its compiled body (none on page 2+). */
  intro: { description?: string; body: { code: string } | null };
  /** How many entries the section has. */
  count: number;
  directory: SectionDirectory;
  jsonLd: JsonLd[];
}

function personCard(doc: PageDoc): PersonCard {
  const f = doc.fields;
  const nameEn = text(f, "name_en");
  const photo = safeUrl(text(f, "photo"));
  const role = [text(f, "current_position"), text(f, "current_organization")].filter(Boolean).join("，");
  return {
    href: docHref(doc),
    title: doc.title,
    nameEn: nameEn && nameEn !== doc.title ? nameEn : undefined,
    role: role || undefined,
    image: photo ? { src: photo, alt: text(f, "photo_alt") ?? doc.title } : null,
    placeholder: placeholderOf(doc.title, nameEn),
  };
}

function genericList(section: SectionInfo, pageParam: string | undefined): GenericListView | null {
  const list = listPage(section.entries, pageParam, GENERIC_PAGE_SIZE);
  if (!list || (pageParam !== undefined && list.page === 1)) return null;
  return {
    type: "generic",
    entries: list.items.map((doc) => ({ href: docHref(doc), title: doc.title, description: text(doc.fields, "description_short") ?? (doc.description || undefined) })),
    page: list.page,
    pages: list.pages,
    href: (n) => contentPageHref(section.href, n),
  };
}

function directoryOf(section: SectionInfo, pageParam: string | undefined, now: Date): SectionDirectory | null {
  if (section.kind === "generic") return genericList(section, pageParam);
  if (pageParam !== undefined) return null;
  if (section.kind === "organization") return organizationDirectory(section.entries);
  if (section.kind === "person") return { type: "person", people: section.entries.map(personCard) };
  return eventList(section.entries, now);
}

/**
 * The section's page, or null for a 404 (a page param where the kind has no pages, or
 * past the last). `now` decides which events are still to come.
 */
export async function sectionPageView(section: SectionInfo, pageParam?: string, now: Date = new Date()): Promise<SectionPageView | null> {
  const directory = directoryOf(section, pageParam, now);
  if (!directory) return null;
  const page = directory.type === "generic" ? directory.page : 1;
  const title = sectionTitle(section);
  const href = contentPageHref(section.href, page);
  const own = section.page;
  const body = own?.hasBody && page === 1 ? { code: (await compilePost(own)).code } : null;
  return {
    kind: section.kind,
    name: section.name,
    title: `${title}${pageSuffix(page)}`,
    href,
    breadcrumbs: [{ text: "首頁", href: homeHref() }, { text: title, href: null }],
    intro: { description: page === 1 ? own?.description || undefined : undefined, body },
    count: section.entries.length,
    directory,
    jsonLd: [breadcrumbJsonLd([{ name: site.title, path: homeHref() }, { name: title, path: docHref(section) }])],
  };
}

/** Pages 2.. of a generic section, for generateStaticParams; other kinds have one page. */
export function sectionPagesParams(section: SectionInfo): { page: string }[] {
  if (section.kind !== "generic") return [];
  const pages = Math.ceil(section.entries.length / GENERIC_PAGE_SIZE);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export function sectionPageMetadata(section: SectionInfo, pageParam?: string): Metadata {
  const page = pageParam === undefined ? 1 : Number(pageParam) || 1;
  const title = sectionTitle(section);
  return pageMetadata({
    title: `${title}${pageSuffix(page)}`,
    description: section.page?.description || `${title}：共 ${section.entries.length} 筆資料 — ${site.title}`,
    path: contentPageHref(section.href, page),
  });
}
