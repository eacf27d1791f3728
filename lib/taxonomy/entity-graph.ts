/**
 * The graph between posts and entities: a post's related_companies / related_people
 * name entity pages (shown under the post); an entity page lists every post that names
 * it and the entities it names itself (founders, key people, current organisation,
 * career history, related_*). A slug that names no page is a warning with the file and
 * line, and is shown as text.
 */
import type { EntriesIndex } from "../content/entries-index";
import type { EntityRef, PageDoc } from "../content/entry";
import { diagnostic, type Diagnostic } from "../content/errors";
import { problem } from "../content/messages";
import type { Post } from "../content/post";
import { getEntriesIndex, getPosts } from "../content/store";

export interface EntityLink {
  slug: string;
  relation?: string;
  label: string;
  /** null: the slug names no page here, so it is shown as text. */
  href: string | null;
}

export interface EntityGraph {
  /** Posts whose related_companies / related_people name this entity, newest first. */
  postsAbout(doc: PageDoc): Post[];
  /** Entities this one names, with the relation. */
  linksOf(doc: PageDoc): EntityLink[];
  entitiesOfPost(post: Post): { companies: EntityLink[]; people: EntityLink[] };
  diagnostics: Diagnostic[];
}

type Target = "organization" | "person";

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : undefined);
const objects = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === "object") : []);
/** EntityRef[] as the schema normalises them; a bare slug list is read too. */
function refs(v: unknown): EntityRef[] {
  if (!Array.isArray(v)) return typeof v === "string" && v.trim() ? [{ slug: v.trim() }] : [];
  return v.flatMap((x): EntityRef[] => {
    if (typeof x === "string") return x.trim() ? [{ slug: x.trim() }] : [];
    const slug = x && typeof x === "object" ? str((x as EntityRef).slug) : undefined;
    return slug ? [{ slug, relation: str((x as EntityRef).relation) }] : [];
  });
}

/** What an entity's fields name: [field, target kind, slug, label, relation]. */
function namedBy(doc: PageDoc): Array<[string, Target, string, string | undefined, string | undefined]> {
  const f = doc.fields;
  const out: Array<[string, Target, string, string | undefined, string | undefined]> = [];
  const people = (field: string, slugKey: string, labelKey = "name", relationKey = "role") => {
    for (const o of objects(f[field])) {
      const slug = str(o[slugKey]);
      if (slug) out.push([field, "person", slug, str(o[labelKey]), str(o[relationKey])]);
    }
  };
  people("founders", "people_slug");
  people("key_people", "people_slug");
  people("mentors", "people_slug", "name", "relation");
  people("notable_students", "people_slug", "name", "current_role");
  for (const o of objects(f.career_history)) {
    const slug = str(o.org_slug);
    if (slug) out.push(["career_history", "organization", slug, str(o.organization), str(o.position)]);
  }
  for (const o of objects(f.founded_companies)) {
    const slug = str(o.company_slug);
    if (slug) out.push(["founded_companies", "organization", slug, str(o.name), str(o.role)]);
  }
  const org = str(f.current_org_slug);
  if (org) out.push(["current_org_slug", "organization", org, str(f.current_organization), str(f.current_position)]);
  for (const r of refs(f.related_people)) out.push(["related_people", "person", r.slug, undefined, r.relation]);
  for (const r of refs(f.related_companies)) out.push(["related_companies", "organization", r.slug, undefined, r.relation]);
  return out;
}

export function buildEntityGraph(posts: readonly Post[], entries: EntriesIndex): EntityGraph {
  const bySlug: Record<Target, Map<string, PageDoc>> = { organization: new Map(), person: new Map() };
  for (const section of entries.sections.values()) {
    if (section.kind !== "organization" && section.kind !== "person") continue;
    for (const doc of section.entries) {
      const slug = doc.segments[doc.segments.length - 1];
      if (slug && !bySlug[section.kind].has(slug)) bySlug[section.kind].set(slug, doc);
    }
  }
  const diagnostics: Diagnostic[] = [];
  const what: Record<Target, string> = { organization: "company", person: "person" };
  const link = (target: Target, slug: string, label: string | undefined, relation: string | undefined, where: { file: string; line?: number; field: string }): EntityLink => {
    const doc = bySlug[target].get(slug);
    if (!doc) diagnostics.push(diagnostic("warning", where.file, problem("entity-unknown", what[target], slug), { line: where.line, field: where.field }));
    return { slug, relation, label: doc?.title ?? label ?? slug, href: doc?.href ?? null };
  };

  const about = new Map<PageDoc, Post[]>();
  const ofPost = new Map<Post, { companies: EntityLink[]; people: EntityLink[] }>();
  for (const post of posts) {
    const lines = post.source.fieldLines;
    const companies = post.relatedCompanies.map((s) => link("organization", s, undefined, undefined, { file: post.source.file, line: lines.related_companies, field: "related_companies" }));
    const people = post.relatedPeople.map((s) => link("person", s, undefined, undefined, { file: post.source.file, line: lines.related_people, field: "related_people" }));
    ofPost.set(post, { companies, people });
    for (const [target, list] of [["organization", post.relatedCompanies], ["person", post.relatedPeople]] as const) {
      for (const slug of new Set(list)) {
        const doc = bySlug[target].get(slug);
        if (!doc) continue;
        const had = about.get(doc);
        if (had) had.push(post);
        else about.set(doc, [post]);
      }
    }
  }

  const links = new Map<PageDoc, EntityLink[]>();
  for (const doc of entries.byHref.values()) {
    if (doc.kind === "generic") continue;
    const seen = new Set<string>();
    const out: EntityLink[] = [];
    for (const [field, target, slug, label, relation] of namedBy(doc)) {
      const key = `${target}\0${slug}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(link(target, slug, label, relation, { file: doc.source.file, line: doc.source.fieldLines[field], field }));
    }
    links.set(doc, out);
  }

  return {
    // Posts come newest first, so each list already is.
    postsAbout: (doc) => about.get(doc) ?? [],
    linksOf: (doc) => links.get(doc) ?? [],
    entitiesOfPost: (post) => ofPost.get(post) ?? { companies: [], people: [] },
    diagnostics,
  };
}

const built = new WeakMap<readonly Post[], WeakMap<EntriesIndex, EntityGraph>>();

/** The graph of the posts a reader sees and this process's entries. */
export function entityGraph(): EntityGraph {
  const posts = getPosts();
  const entries = getEntriesIndex();
  let byEntries = built.get(posts);
  if (!byEntries) built.set(posts, (byEntries = new WeakMap()));
  let graph = byEntries.get(entries);
  if (!graph) byEntries.set(entries, (graph = buildEntityGraph(posts, entries)));
  return graph;
}
