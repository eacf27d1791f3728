/**
 * Content beyond posts, in Hugo's model: a root page (`content/about.md` -> /about/), a
 * section's own page (`content/companies/_index.md` -> /companies/) and a section's
 * entries (`content/companies/openai.md` -> /companies/openai/). A section's kind
 * (site configuration, or `kind:`/`type:` in its _index) picks the schema of its
 * entries' fields and their layout.
 */
import type { SectionKind } from "../config/site-config";
import type { PostSource } from "./post";

export type { SectionKind };

/** `{slug, relation}` as entity files write links to other entities (a bare slug has no relation). */
export interface EntityRef {
  slug: string;
  relation?: string;
}

/**
 * An entity's fields after its kind's schema (lib/content/entity-*.ts): every value the
 * author filled in, normalised (empty strings, nulls and empty lists dropped, variant
 * names folded to one, slug lists as EntityRef[]); Markdown fields stay Markdown text.
 */
export type EntityFields = Record<string, unknown>;

export interface PageDoc {
  /** page: a root page; section: a section's _index; entry: a file in a section. */
  role: "page" | "section" | "entry";
  /** The URL path it is served at, decoded, with a trailing slash: /companies/openai/ */
  href: string;
  /** The section folder ("companies"), or null for a root page. */
  section: string | null;
  /** Path segments under the section (nested folders nest the URL); [] for a section page. */
  segments: string[];
  title: string;
  description: string;
  /** The layout and schema: an entry's section kind; "generic" for pages and section pages. */
  kind: SectionKind;
  fields: EntityFields;
  /** Fields the kind's schema does not know, kept as written and shown in a generic list. */
  extra: Record<string, unknown>;
  aliases: string[];
  draft: boolean;
  weight: number | null;
  /** `date`, `last_updated` or `lastmod`, when the file gives one. */
  updated: Date | null;
  /** The body has words (most company files have none). */
  hasBody: boolean;
  source: PostSource;
}

/** A section as the index knows it: its folder, kind, own page (if any) and entries. */
export interface SectionInfo {
  name: string;
  kind: SectionKind;
  href: string;
  /** The section's _index page, when the folder has one. */
  page: PageDoc | null;
  /** Entries, by title in the site's locale order. */
  entries: PageDoc[];
}
