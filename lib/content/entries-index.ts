/**
 * Every content file outside content/posts/: root pages, section pages and section
 * entries, validated, with their URLs. A file whose URL is a route the site already has
 * (/archives/, /search/, /tags/, ...) does not make a page: it "claims" that route and
 * gives it its title, description and intro.
 */
import type { Diagnostic } from "./errors";
import type { PageDoc, SectionInfo } from "./entry";

export interface EntriesIndex {
  /** Root pages, section pages and entries a reader sees (drafts only in dev), by href. */
  byHref: Map<string, PageDoc>;
  /** Sections by folder name, with their entries. */
  sections: Map<string, SectionInfo>;
  /** Root pages (content/<name>.md and sections without entries), by href. */
  pages: PageDoc[];
  /** Content files that give a route of the site its title, description and intro, by the route's href. */
  claims: Map<string, PageDoc>;
  diagnostics: Diagnostic[];
}

export interface LoadEntriesOptions {
  /** The content folder; defaults to CONTENT_DIR. */
  dir?: string;
  includeDrafts?: boolean;
}

export function loadEntriesIndex(options: LoadEntriesOptions = {}): EntriesIndex {
  void options;
  return { byHref: new Map(), sections: new Map(), pages: [], claims: new Map(), diagnostics: [] };
}
