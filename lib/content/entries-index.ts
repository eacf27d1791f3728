/**
 * Every content file outside content/posts/: root pages, section pages and section
 * entries, validated, with their URLs. A file whose URL is a route the site already has
 * (/archives/, /search/, /tags/, ...) does not make a page: it "claims" that route and
 * gives it its title, description and intro.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { contentDir, isDev, projectPath } from "./environment";
import { diagnostic, type Diagnostic } from "./errors";
import type { PageDoc, SectionInfo, SectionKind } from "./entry";
import { followSymlink } from "./files";
import { problem } from "./messages";
import { parseEntryFile, type EntryPlace, type ParsedEntry } from "./parse-entry";
import { SITE_ROUTES } from "../http/routes";
import { site } from "../site";

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

interface Found {
  abs: string;
  place: EntryPlace;
}

const CONTENT_EXTENSIONS = [".md", ".mdx"];
const isContentFile = (name: string) => CONTENT_EXTENSIONS.includes(path.extname(name));
const isIndex = (name: string) => /^_index\.mdx?$/.test(name);
/** Hugo's leaf bundle: a folder holding index.md is one entry (its images beside it). */
const bundleIndex = (dir: string) => ["index.md", "index.mdx"].map((n) => path.join(/*turbopackIgnore: true*/ dir, n)).find((p) => existsSync(p));

/**
 * Whether a symbolic link is read as the file it points at: yes inside the content
 * folder; a link outside it or to nowhere is an error, a linked folder a warning (not
 * walked, so no link can make a cycle).
 */
function linkedFile(abs: string, root: string, diagnostics: Diagnostic[]): boolean {
  const followed = followSymlink(abs, root);
  if ("diagnostic" in followed) diagnostics.push(followed.diagnostic);
  else if (!followed.isFile) diagnostics.push(diagnostic("warning", projectPath(abs), problem("symlink-folder")));
  return !("diagnostic" in followed) && followed.isFile;
}

/** The files of a section folder: its _index, its entries and nested folders' (whose URL nests). */
function walkSection(dir: string, section: string, under: string[], out: Found[], diagnostics: Diagnostic[], root: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, entry.name);
    if (entry.isSymbolicLink() && !linkedFile(abs, root, diagnostics)) continue;
    if (entry.isDirectory()) {
      const bundle = bundleIndex(abs);
      if (bundle) out.push({ abs: bundle, place: { role: "entry", section, segments: [...under, entry.name] } });
      else walkSection(abs, section, [...under, entry.name], out, diagnostics, root);
      continue;
    }
    if (!(entry.isFile() || entry.isSymbolicLink()) || !isContentFile(entry.name)) continue;
    const name = entry.name.replace(/\.mdx?$/, "");
    if (isIndex(entry.name)) {
      out.push({ abs, place: { role: under.length ? "entry" : "section", section, segments: under } });
    } else if (entry.name.startsWith(".") || entry.name.startsWith("_")) {
      diagnostics.push(diagnostic("warning", projectPath(abs), problem("content-file-ignored")));
    } else out.push({ abs, place: { role: "entry", section, segments: [...under, name] } });
  }
}

/** Every content file outside posts/ (whose _index alone belongs here: it is the /posts/ route's intro). */
function listContent(root: string, diagnostics: Diagnostic[]): Found[] {
  const out: Found[] = [];
  if (!existsSync(root)) return out;
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(root, entry.name);
    if (entry.isSymbolicLink() && !linkedFile(abs, root, diagnostics)) continue;
    if ((entry.isFile() || entry.isSymbolicLink()) && isContentFile(entry.name)) {
      const name = entry.name.replace(/\.mdx?$/, "");
      if (isIndex(entry.name)) out.push({ abs, place: { role: "page", section: null, segments: [] } });
      else if (entry.name.startsWith(".") || entry.name.startsWith("_")) diagnostics.push(diagnostic("warning", projectPath(abs), problem("content-file-ignored")));
      else out.push({ abs, place: { role: "page", section: null, segments: [name] } });
    } else if (entry.isDirectory() && !entry.name.startsWith(".")) {
      if (entry.name === "posts") {
        const index = readdirSync(abs).find(isIndex);
        if (index) out.push({ abs: path.join(abs, index), place: { role: "section", section: "posts", segments: [] } });
        continue;
      }
      walkSection(abs, entry.name, [], out, diagnostics, root);
    }
  }
  return out;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  kind: SectionKind;
  result: ParsedEntry;
}
const fileCache = new Map<string, CachedFile>();

function parseCached(found: Found, kind: SectionKind): ParsedEntry {
  const st = statSync(found.abs);
  const hit = fileCache.get(found.abs);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size && hit.kind === kind) return hit.result;
  const result = parseEntryFile(found.abs, readFileSync(found.abs), found.place, kind);
  fileCache.set(found.abs, { mtimeMs: st.mtimeMs, size: st.size, kind, result });
  return result;
}

const collator = new Intl.Collator("zh-Hant-TW");

export function loadEntriesIndex(options: LoadEntriesOptions = {}): EntriesIndex {
  const root = options.dir ?? contentDir();
  // Hugo's buildDrafts (site configuration) publishes drafts; `next dev` always shows them.
  const includeDrafts = options.includeDrafts ?? (isDev() || site.buildDrafts);
  const diagnostics: Diagnostic[] = [];
  const found = listContent(root, diagnostics);

  // A section's kind: its _index's `kind:`/`type:`, else the site configuration, else generic.
  const kinds = new Map<string, SectionKind>();
  for (const f of found) {
    if (f.place.role !== "section" || !f.place.section) continue;
    const declared = parseCached(f, "generic").declaredKind;
    if (declared) kinds.set(f.place.section, declared);
  }
  const kindOf = (section: string | null): SectionKind => (section ? (kinds.get(section) ?? site.sections[section]?.kind ?? "generic") : "generic");

  const byHref = new Map<string, PageDoc>();
  const claims = new Map<string, PageDoc>();
  const sections = new Map<string, SectionInfo>();
  // Unknown fields are reported once per section and name, not once per file (800 company files share them).
  const unknown = new Map<string, { doc: PageDoc; count: number }>();

  const parsed = found.map((f) => ({ f, ...parseCached(f, kindOf(f.place.section)) }));
  parsed.sort((a, b) => Number(a.moved) - Number(b.moved));
  for (const { f, doc, diagnostics: own } of parsed) {
    diagnostics.push(...own);
    if (!doc || (doc.draft && !includeDrafts)) continue;
    const file = doc.source.file;
    if (f.place.section && f.place.role === "entry" && SITE_ROUTES.has(`/${f.place.section}/`)) {
      diagnostics.push(diagnostic("error", file, problem("section-reserved", f.place.section)));
      continue;
    }
    if (doc.role === "entry" && doc.segments[doc.segments.length - 1] === "page") {
      diagnostics.push(diagnostic("error", file, problem("entry-slug-page", f.place.section ?? "")));
      continue;
    }
    if (SITE_ROUTES.has(doc.href)) {
      claims.set(doc.href, doc);
      continue;
    }
    const other = byHref.get(doc.href);
    if (other) {
      diagnostics.push(diagnostic("error", file, problem("url-duplicate", doc.href, other.source.file)));
      continue;
    }
    byHref.set(doc.href, doc);
    if (doc.section && doc.role !== "page") {
      let info = sections.get(doc.section);
      if (!info) sections.set(doc.section, (info = { name: doc.section, kind: kindOf(doc.section), href: `/${doc.section}/`, page: null, entries: [] }));
      if (doc.role === "section") info.page = doc;
      else info.entries.push(doc);
    }
    for (const key of Object.keys(doc.extra)) {
      const k = `${doc.section ?? ""}\0${key}`;
      const seen = unknown.get(k);
      if (seen) seen.count++;
      else unknown.set(k, { doc, count: 1 });
    }
  }
  for (const [k, { doc, count }] of unknown) {
    if (doc.kind === "generic") continue;
    const field = k.split("\0")[1];
    diagnostics.push(diagnostic("warning", doc.source.file, problem("entity-field-unknown", field, count - 1), { line: doc.source.fieldLines[field], field }));
  }

  for (const info of sections.values()) info.entries.sort((a, b) => collator.compare(a.title, b.title) || (a.href < b.href ? -1 : 1));
  // A section with no entries is simply a page (content/about/_index.md -> /about/).
  const pages = [...byHref.values()].filter((d) => d.role === "page" || (d.role === "section" && !sections.get(d.section ?? "")?.entries.length));
  for (const p of pages) if (p.section) sections.delete(p.section);
  return { byHref, sections, pages, claims, diagnostics };
}
