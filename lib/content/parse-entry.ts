/**
 * One content file outside posts/ -> a PageDoc, or the reasons it is not one. The
 * fields every content file may have (title, description, slug, url, draft, weight,
 * aliases, dates, kind) are read here; the rest go to the kind's schema
 * (lib/content/entity-fields.ts), which keeps what it does not know as `extra`.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { parseDate } from "./dates";
import { projectPath } from "./environment";
import { ContentError, diagnostic, type Diagnostic } from "./errors";
import { decodePostFile } from "./files";
import { splitFrontMatter } from "./frontmatter";
import { parseEntityFields } from "./entity-fields";
import { problem } from "./messages";
import { markdownToPlainText, truncateText } from "./plaintext";
import type { PageDoc, SectionKind } from "./entry";
import { site } from "../site";
import { SECTION_KINDS } from "../config/site-config";

/** Front-matter fields of every content file; everything else belongs to the kind's schema. */
const COMMON_FIELDS = new Set(["title", "description", "summary", "slug", "url", "draft", "weight", "aliases", "date", "lastmod", "publishDate", "type", "kind", "layout"]);

export interface EntryPlace {
  role: PageDoc["role"];
  section: string | null;
  /** URL segments under the section (or the page's own segment for a root page). */
  segments: string[];
}

export interface ParsedEntry {
  doc: PageDoc | null;
  diagnostics: Diagnostic[];
  /** `kind:` or Hugo's `type:` when it names a kind (a section's _index sets its section's). */
  declaredKind: SectionKind | null;
  /** The URL comes from `url:`, not from where the file is: on a clash the file at its own place wins. */
  moved: boolean;
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

export function parseEntryFile(absPath: string, buf: Buffer, place: EntryPlace, kind: SectionKind): ParsedEntry {
  const file = projectPath(absPath);
  const ext = path.extname(absPath);
  const fail = (diagnostics: Diagnostic[]): ParsedEntry => ({ doc: null, diagnostics, declaredKind: null, moved: false });
  const decoded = decodePostFile(buf);
  if ("problem" in decoded) return fail([diagnostic("error", file, decoded.problem, { line: decoded.line })]);
  let split;
  try {
    split = splitFrontMatter(decoded.text);
  } catch (e) {
    if (e instanceof ContentError) return fail(e.locate(file).diagnostics);
    throw e;
  }
  const { data, body, bodyLine, fieldLines } = split;
  const diagnostics: Diagnostic[] = [];
  const at = (field: string) => ({ line: fieldLines[field] ?? 2, field });

  const declared = [data.kind, data.type].map(text).find((k): k is SectionKind => (SECTION_KINDS as readonly string[]).includes(k)) ?? null;
  const ownKind = place.role === "entry" ? kind : "generic";

  const title = text(data.title);
  if (!title) diagnostics.push(diagnostic("error", file, data.title === undefined ? problem("field-required", "title") : problem("field-invalid", "title", "is empty", "title"), at("title")));

  let slug = place.segments[place.segments.length - 1] ?? "";
  if (data.slug !== undefined) {
    const s = text(data.slug);
    if (!/^(?!\.{1,2}$)[^/\\?#%\s.][^/\\?#%\s]*$/u.test(s)) {
      diagnostics.push(diagnostic("error", file, problem("field-invalid", "slug", "must be one path segment without /, \\, ?, #, % or spaces, not starting with a dot", "slug"), at("slug")));
    } else slug = s;
  }
  const segments = place.role === "section" ? [] : [...place.segments.slice(0, -1), slug];
  let href = `/${[place.section, ...segments].filter((s): s is string => !!s).join("/")}/`.replace(/^\/+$/, "/");
  if (data.url !== undefined) {
    const url = text(data.url);
    if (!/^\/[^?#\s]*$/.test(url)) diagnostics.push(diagnostic("error", file, problem("field-invalid", "url", "must be a site path starting with /, such as /about/", "url"), at("url")));
    else href = url.endsWith("/") ? url : `${url}/`;
  }

  const dateOf = (name: string): Date | null => {
    const value = data[name];
    if (value === undefined || value === null || value === "") return null;
    try {
      return parseDate(text(value), site.timeZone);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      for (const d of e.diagnostics) diagnostics.push({ ...d, file, ...at(name) });
      return null;
    }
  };
  const updated = dateOf("lastmod") ?? dateOf("date");

  if (data.draft !== undefined && typeof data.draft !== "boolean") {
    diagnostics.push(diagnostic("error", file, problem("field-invalid", "draft", "must be true or false (without quotes)", "draft"), at("draft")));
  }
  const weight = typeof data.weight === "number" ? data.weight : null;
  const aliases = (Array.isArray(data.aliases) ? data.aliases : data.aliases ? [data.aliases] : []).map(text).filter(Boolean);

  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !COMMON_FIELDS.has(k)));
  const parsed = parseEntityFields(ownKind, rest);
  for (const p of parsed.problems) diagnostics.push(diagnostic(p.severity, file, p.problem, at(p.field.split(".")[0])));

  if (diagnostics.some((d) => d.severity === "error")) return { doc: null, diagnostics, declaredKind: declared, moved: false };
  const plain = markdownToPlainText(body);
  const description = text(data.description) || text(data.summary) || text(parsed.fields.description_short) || truncateText(plain, 160);
  return {
    doc: {
      role: place.role,
      href,
      section: place.section,
      segments,
      title,
      description,
      kind: ownKind,
      fields: parsed.fields,
      extra: parsed.extra,
      aliases,
      draft: data.draft === true,
      weight,
      updated,
      hasBody: plain.length > 0,
      source: { file, absPath, format: ext === ".md" ? "md" : "mdx", hash: createHash("sha256").update(buf).digest("hex"), bodyLine, fieldLines },
    },
    diagnostics,
    declaredKind: declared,
    moved: data.url !== undefined,
  };
}
