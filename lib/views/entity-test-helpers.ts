/** Test-only: PageDoc, SectionInfo and Post objects built directly, and a fake EntityGraph. */
import type { PageDoc, SectionInfo, SectionKind } from "../content/entry";
import type { Post } from "../content/post";
import type { EntityContext, EntityGraph, EntityLink } from "./entity-context";

const SECTION_OF: Record<SectionKind, string> = { organization: "companies", person: "people", event: "events", generic: "notes" };

/** An entry `slug` of a section of `kind` (companies, people, events, notes), with these fields. */
export function entry(kind: SectionKind, slug: string, fields: Record<string, unknown> = {}, more: Partial<PageDoc> = {}): PageDoc {
  const section = more.section ?? SECTION_OF[kind];
  return {
    role: "entry",
    href: `/${section}/${slug}/`,
    section,
    segments: [slug],
    title: slug,
    description: "",
    kind,
    fields,
    extra: {},
    aliases: [],
    draft: false,
    weight: null,
    updated: null,
    hasBody: false,
    source: { file: `content/${section}/${slug}.md`, absPath: `/nonexistent/${section}/${slug}.md`, format: "md", hash: slug, bodyLine: 1, fieldLines: {} },
    ...more,
  };
}

export function sectionOf(kind: SectionKind, entries: PageDoc[], more: Partial<SectionInfo> = {}): SectionInfo {
  const name = more.name ?? SECTION_OF[kind];
  return { name, kind, href: `/${name}/`, page: null, entries, ...more };
}

export function fakePost(slug: string, date: string, more: Partial<Post> = {}): Post {
  return {
    slug,
    title: `文章 ${slug}`,
    description: "摘要",
    excerpt: "摘要",
    date: new Date(date),
    updated: null,
    tags: [],
    categories: [],
    cover: null,
    sourceUrl: null,
    sourceName: null,
    draft: false,
    series: null,
    seriesOrder: null,
    relatedCompanies: [],
    relatedPeople: [],
    aliases: [],
    extra: {},
    hanChars: 600,
    latinWords: 0,
    internalLinks: [],
    refTargets: [],
    source: { file: `content/posts/${slug}.md`, absPath: `/nonexistent/${slug}.md`, format: "md", hash: slug, bodyLine: 1, fieldLines: {} },
    ...more,
  };
}

/** A graph that answers from tables keyed by the doc's href. */
export function fakeGraph(tables: { posts?: Record<string, Post[]>; links?: Record<string, EntityLink[]> } = {}): EntityGraph {
  return {
    postsAbout: (doc) => tables.posts?.[doc.href] ?? [],
    linksOf: (doc) => tables.links?.[doc.href] ?? [],
    entitiesOfPost: () => ({ companies: [], people: [] }),
    diagnostics: [],
  };
}

/** A context over these sections and that graph. */
export function context(sections: SectionInfo[], graph: EntityGraph = fakeGraph()): EntityContext {
  return { graph, index: { sections: new Map(sections.map((s) => [s.name, s])) } };
}
