/**
 * What the entity and section views are given, and the small lookups they share: the
 * section's title, an entry's URL, a slug in the fields (`people_slug`, `org_slug`)
 * to the page it names, and the drawn placeholder of an entity without a picture.
 */
import type { EntriesIndex } from "../content/entries-index";
import type { PageDoc, SectionInfo, SectionKind } from "../content/entry";
import { servedPath } from "../http/routes";
import { site } from "../site";

export type { EntityGraph, EntityLink } from "../taxonomy/entity-graph";
import type { EntityGraph } from "../taxonomy/entity-graph";

/** What an entity page is built from besides its own file. */
export interface EntityContext {
  graph: EntityGraph;
  index: Pick<EntriesIndex, "sections">;
}

/** A link as views hand it to components; `external` links leave the site (rel="noopener"). */
export interface LinkView {
  text: string;
  href: string | null;
  external?: boolean;
}

const KIND_TITLES: Record<SectionKind, string> = { organization: "組織", person: "人物", event: "活動", generic: "" };

/** The section's _index title, else the configured title, else a word for its kind. */
export function sectionTitle(section: Pick<SectionInfo, "name" | "kind" | "page">): string {
  return section.page?.title || site.sections[section.name]?.title || KIND_TITLES[section.kind] || section.name;
}

/** The served URL of a doc (percent-encoded, trailing slash). */
export const docHref = (doc: Pick<PageDoc, "href">) => servedPath(doc.href);


/** The entry's own slug: its last path segment. */
export const entrySlug = (doc: Pick<PageDoc, "segments">) => doc.segments[doc.segments.length - 1] ?? "";

const byKind = new WeakMap<object, Map<SectionKind, Map<string, PageDoc>>>();

function entriesOfKind(index: EntityContext["index"], kind: SectionKind): Map<string, PageDoc> {
  let kinds = byKind.get(index.sections);
  if (!kinds) {
    kinds = new Map();
    for (const section of index.sections.values()) {
      let map = kinds.get(section.kind);
      if (!map) kinds.set(section.kind, (map = new Map()));
      for (const entry of section.entries) if (!map.has(entrySlug(entry))) map.set(entrySlug(entry), entry);
    }
    byKind.set(index.sections, kinds);
  }
  return kinds.get(kind) ?? new Map();
}

/**
 * Resolves the slugs an entity's fields name: first what the graph says this entity
 * links to, then any entry of the expected kind with that slug. null: no such page.
 */
export function slugResolver(doc: PageDoc, ctx: EntityContext): (slug: string | undefined, kind: SectionKind) => string | null {
  const linked = new Map<string, string>();
  for (const link of ctx.graph.linksOf(doc)) if (link.href) linked.set(link.slug, link.href);
  return (slug, kind) => {
    if (!slug) return null;
    const hit = linked.get(slug);
    if (hit) return hit;
    const entry = entriesOfKind(ctx.index, kind).get(slug);
    return entry ? docHref(entry) : null;
  };
}

/** The drawn stand-in for a missing logo or photo: one or two letters on a colour from the name. */
export interface PlaceholderView {
  initials: string;
  /** 0-7, a palette index the component turns into colours. */
  tone: number;
}

const HAN = /\p{Script=Han}/u;

/** A Chinese name draws its first character; a Latin one the initials of its first two words. */
export function placeholderOf(title: string, latinName?: string): PlaceholderView {
  let h = 0;
  for (const ch of title) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  const tone = h % 8;
  const first = [...title.trim()][0] ?? "?";
  if (HAN.test(first)) return { initials: first, tone };
  const words = (latinName || title).normalize("NFKD").replace(/[^\p{L}\p{N}\s]/gu, "").split(/\s+/).filter(Boolean);
  const initials = words.length >= 2 ? `${[...words[0]][0]}${[...words[1]][0]}` : ([...(words[0] ?? "")][0] ?? first);
  return { initials: initials.toUpperCase(), tone };
}
