/**
 * An organization section's directory, one page for hundreds of entries: every entry
 * by letter (A-Z by English name or slug; Chinese names in 中文), and groups by category,
 * country and status with their counts. Groups are fragments of the page (#letter-a,
 * #category-ai-晶片), never URLs of their own, so no facet can collide with an entry's slug.
 */
import type { PageDoc } from "../content/entry";
import { site } from "../site";
import { urlize } from "../taxonomy/slugs";
import { docHref, entrySlug } from "./entity-context";
import { text } from "./entity-fields-read";
import { organizationStatus } from "./entity-organization";

/** One compact row of the directory. */
export interface OrganizationRow {
  href: string;
  title: string;
  /** The English name, when it is not the title. */
  nameEn?: string;
  country?: string;
  category?: string;
  status?: string;
}

export interface LetterGroup {
  /** `A`, `0–9`, `中文`, `其他` */
  label: string;
  /** The fragment id: `letter-a`, `letter-0-9`, `letter-zh`, `letter-other`. */
  anchor: string;
  entries: OrganizationRow[];
}

export interface FacetValue {
  label: string;
  count: number;
  anchor: string;
  entries: { title: string; href: string }[];
}

export interface Facet {
  id: "category" | "country" | "status";
  heading: string;
  values: FacetValue[];
}

export interface OrganizationDirectoryView {
  type: "organization";
  letters: LetterGroup[];
  facets: Facet[];
}

const HAN = /\p{Script=Han}/u;
const latin = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const local = () => new Intl.Collator(site.locale, { numeric: true });

interface Keyed {
  row: OrganizationRow;
  /** What the entry sorts by within its letter. */
  sortKey: string;
  letter: { label: string; anchor: string; rank: number };
}

/** The letter of an entry: the first letter of its English name, else of its slug. */
function letterOf(doc: PageDoc): Keyed["letter"] & { sortKey: string } {
  const nameEn = text(doc.fields, "name_en");
  for (const candidate of [nameEn, entrySlug(doc)]) {
    const first = (candidate ?? "").normalize("NFKD").replace(/[^\p{L}\p{N}]/gu, "").charAt(0).toUpperCase();
    if (/[A-Z]/.test(first)) return { label: first, anchor: `letter-${first.toLowerCase()}`, rank: first.charCodeAt(0), sortKey: candidate! };
    if (/[0-9]/.test(first)) return { label: "0–9", anchor: "letter-0-9", rank: 100, sortKey: candidate! };
  }
  if (HAN.test(doc.title)) return { label: "中文", anchor: "letter-zh", rank: 200, sortKey: doc.title };
  return { label: "其他", anchor: "letter-other", rank: 300, sortKey: doc.title };
}

export function organizationRow(doc: PageDoc): OrganizationRow {
  const f = doc.fields;
  const nameEn = text(f, "name_en");
  return {
    href: docHref(doc),
    title: doc.title,
    nameEn: nameEn && nameEn !== doc.title ? nameEn : undefined,
    country: text(f, "country"),
    category: text(f, "category_primary"),
    status: organizationStatus(text(f, "status")),
  };
}

export function letterGroups(entries: PageDoc[]): LetterGroup[] {
  const keyed: Keyed[] = entries.map((doc) => {
    const { sortKey, ...letter } = letterOf(doc);
    return { row: organizationRow(doc), sortKey, letter };
  });
  const groups = new Map<string, { letter: Keyed["letter"]; items: Keyed[] }>();
  for (const k of keyed) {
    const g = groups.get(k.letter.anchor) ?? { letter: k.letter, items: [] };
    g.items.push(k);
    groups.set(k.letter.anchor, g);
  }
  const zh = local();
  return [...groups.values()]
    .sort((a, b) => a.letter.rank - b.letter.rank)
    .map((g) => ({
      label: g.letter.label,
      anchor: g.letter.anchor,
      entries: g.items.sort((a, b) => (g.letter.rank >= 200 ? zh.compare(a.sortKey, b.sortKey) : latin.compare(a.sortKey, b.sortKey))).map((k) => k.row),
    }));
}

/** Fragment ids from labels, each distinct (two labels with one slug get -2, -3). */
function anchorer(prefix: string): (label: string) => string {
  const used = new Set<string>();
  return (label) => {
    const base = `${prefix}-${urlize(label) || "x"}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

const NONE: Record<Facet["id"], string> = { category: "未分類", country: "未註明", status: "未註明" };

/** Values by how many entries have them (ties in the site's order); entries without one last. */
export function facet(id: Facet["id"], heading: string, rows: OrganizationRow[]): Facet {
  const byValue = new Map<string, OrganizationRow[]>();
  const without: OrganizationRow[] = [];
  for (const r of rows) {
    const value = r[id];
    if (!value) without.push(r);
    else byValue.set(value, [...(byValue.get(value) ?? []), r]);
  }
  const zh = local();
  const anchor = anchorer(id);
  const entry = (r: OrganizationRow) => ({ title: r.title, href: r.href });
  const values: FacetValue[] = [...byValue.entries()]
    .sort(([a, ra], [b, rb]) => rb.length - ra.length || zh.compare(a, b))
    .map(([label, rs]) => ({ label, count: rs.length, anchor: anchor(label), entries: rs.map(entry) }));
  if (without.length > 0 && values.length > 0) values.push({ label: NONE[id], count: without.length, anchor: anchor(NONE[id]), entries: without.map(entry) });
  return { id, heading, values };
}

export function organizationDirectory(entries: PageDoc[]): OrganizationDirectoryView {
  const rows = entries.map(organizationRow);
  const facets = [facet("category", "依類別", rows), facet("country", "依國家／地區", rows), facet("status", "依狀態", rows)].filter((f) => f.values.length > 0);
  return { type: "organization", letters: letterGroups(entries), facets };
}
