/**
 * The content index: reads every post file, validates its front matter and derives
 * what pages need (slug, dates, excerpt, cover). Bodies are not kept in memory;
 * lib/render/compile.ts reads a post's file again when it compiles it.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { ContentError, formatDiagnostic, type Diagnostic } from "./errors";
import { DateParseError, parseDate } from "./dates";
import { FrontMatterError, splitFrontMatter } from "./frontmatter";
import { findInternalLinks, type InternalLink } from "./links";
import { findRefs, refKey, ShortcodeError } from "../hugo/shortcodes";
import { postHref } from "../http/routes";
import { excerptOf, markdownToPlainText, truncateText } from "./plaintext";
import { countReadingUnits } from "./reading-time";
import { RESERVED_POST_SLUGS } from "../http/routes";
import { FIELD_HINTS, frontMatterSchema, KNOWN_FIELDS } from "./schema";
import { site } from "../site";

export interface Cover {
  src: string;
  width?: number;
  height?: number;
}

export interface Post {
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  absPath: string;
  format: "md" | "mdx";
  title: string;
  /** The author's description, or an excerpt of the body. */
  description: string;
  excerpt: string;
  date: Date;
  updated: Date | null;
  tags: string[];
  categories: string[];
  cover: Cover | null;
  sourceUrl: string | null;
  sourceName: string | null;
  draft: boolean;
  series: string | null;
  seriesOrder: number | null;
  relatedCompanies: string[];
  relatedPeople: string[];
  aliases: string[];
  /** Han characters and Latin words in the body, for reading time. */
  hanChars: number;
  latinWords: number;
  internalLinks: InternalLink[];
  /** Hugo `ref`/`relref` targets in a .md body, with their lines. */
  refTargets?: Array<{ target: string; line: number }>;
  /** Where each ref target points, filled in by the index once every post is known. */
  refs?: Record<string, string>;
  /** sha256 of the file's bytes: the MDX cache key. */
  hash: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  extra: Record<string, unknown>;
}

export interface BrokenPost {
  slug: string;
  file: string;
  diagnostics: Diagnostic[];
}

export interface ContentIndex {
  /** Every valid post, drafts and future posts included, newest first. */
  all: Post[];
  /** Posts a reader sees in this environment, newest first. */
  posts: Post[];
  bySlug: Map<string, Post>;
  broken: BrokenPost[];
  diagnostics: Diagnostic[];
}

export const POST_EXTENSIONS = [".mdx", ".md"] as const;

export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

export function postsDir(): string {
  return path.join(contentDir(), "posts");
}

export function publicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PUBLIC_DIR ?? path.join(process.cwd(), "public"));
}

function relativeFile(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel.split(path.sep).join("/");
}

/** Newest first; posts sharing a timestamp are ordered by slug so every build agrees. */
export function comparePosts(a: Pick<Post, "date" | "slug">, b: Pick<Post, "date" | "slug">): number {
  const d = b.date.getTime() - a.date.getTime();
  if (d !== 0) return d;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

interface ParseResult {
  post: Post | null;
  diagnostics: Diagnostic[];
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;

function isProbablyBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

function readCover(image: string, file: string, line: number | undefined): { cover: Cover | null; diagnostics: Diagnostic[] } {
  if (!image) return { cover: null, diagnostics: [] };
  if (/^https:\/\//i.test(image)) return { cover: { src: image }, diagnostics: [] };
  const pub = publicDir();
  const abs = path.resolve(/*turbopackIgnore: true*/ pub, "." + decodeURI(image.split(/[?#]/)[0]));
  if (!abs.startsWith(pub + path.sep)) {
    return {
      cover: null,
      diagnostics: [{ severity: "error", file, line, field: "image", message: `"${image}" points outside public/`, hint: "use a path such as /images/posts/x.jpg" }],
    };
  }
  if (!existsSync(abs)) {
    return {
      cover: null,
      diagnostics: [
        {
          severity: "warning",
          file,
          line,
          field: "image",
          message: `"${image}" does not exist in public/; the post is shown without a cover`,
          hint: `add the file as public${image}`,
        },
      ],
    };
  }
  try {
    const size = imageSize(readFileSync(abs));
    return { cover: { src: image, width: size.width, height: size.height }, diagnostics: [] };
  } catch {
    return {
      cover: null,
      diagnostics: [{ severity: "warning", file, line, field: "image", message: `"${image}" is not an image this site can read`, hint: "use a JPEG, PNG, WebP or AVIF file" }],
    };
  }
}

export function parsePostFile(absPath: string, buf: Buffer): ParseResult {
  const file = relativeFile(absPath);
  const ext = path.extname(absPath);
  const slugFromName = path.basename(absPath, ext);
  const diagnostics: Diagnostic[] = [];
  const fail = (d: Omit<Diagnostic, "severity" | "file">): ParseResult => ({
    post: null,
    diagnostics: [...diagnostics, { severity: "error", file, ...d }],
  });

  if (buf.length === 0) return fail({ message: "the file is empty", hint: "add front matter (title, date) and a body, or delete the file" });
  if (buf.length > MAX_FILE_BYTES) {
    return fail({ message: `the file is ${(buf.length / 1048576).toFixed(1)} MB, over the 2 MB limit for one post`, hint: "split it into several posts or move data out of the body" });
  }
  if (isProbablyBinary(buf)) return fail({ message: "the file is binary, not text", hint: "posts must be UTF-8 Markdown or MDX text" });
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return fail({ message: "the file is not valid UTF-8", hint: "re-save it as UTF-8 (not Big5 or UTF-16)" });
  }

  let split;
  try {
    split = splitFrontMatter(raw);
  } catch (e) {
    if (e instanceof FrontMatterError) return fail({ line: e.line, field: "front matter", message: e.message, hint: e.hint });
    throw e;
  }
  const { data, body, bodyLine, fieldLines } = split;
  const lineOf = (field: string) => fieldLines[field];

  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? issue.path.join(".") : undefined;
      const top = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
      const missing = top !== undefined && issue.path.length === 1 && data[top] === undefined;
      diagnostics.push({
        severity: "error",
        file,
        line: top ? lineOf(top) ?? 2 : 2,
        field,
        message: missing ? "is required but missing" : issue.message,
        hint: missing && top === "title" ? 'add a line such as title: "文章標題"' : missing && top === "date" ? "add a line such as date: 2026-01-27T14:00:00+08:00" : top ? FIELD_HINTS[top] : undefined,
      });
    }
    return { post: null, diagnostics };
  }
  const fm = parsed.data;

  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) {
      diagnostics.push({ severity: "warning", file, line: lineOf(key), field: key, message: "is not a known front-matter field; it is kept but not used", hint: "check the spelling (tags, categories, date, ...) or remove it" });
    }
  }

  const dateField = (name: "date" | "lastmod" | "updated", value: string): Date | null => {
    try {
      return parseDate(value, site.timeZone);
    } catch (e) {
      if (!(e instanceof DateParseError)) throw e;
      diagnostics.push({ severity: "error", file, line: lineOf(name), field: name, message: e.message, hint: FIELD_HINTS[name] });
      return null;
    }
  };
  const date = dateField("date", fm.date);
  const updatedRaw = fm.lastmod ?? fm.updated;
  const updated = updatedRaw ? dateField(fm.lastmod ? "lastmod" : "updated", updatedRaw) : null;

  const cleanList = (name: string, list: string[] | undefined): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const item of list ?? []) {
      const v = item.trim();
      if (!v) {
        diagnostics.push({ severity: "warning", file, line: lineOf(name), field: name, message: "has an empty item, which is dropped", hint: "remove the empty entry" });
        continue;
      }
      if (!seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
    }
    return out;
  };
  const tags = cleanList("tags", fm.tags);
  const categories = cleanList("categories", fm.categories);

  const { cover, diagnostics: coverDiagnostics } = readCover(fm.image ?? "", file, lineOf("image"));
  diagnostics.push(...coverDiagnostics);

  if (/[^\p{L}\p{N}\p{M}._~+-]/u.test(slugFromName) && !fm.slug) {
    diagnostics.push({ severity: "warning", file, field: "slug", message: `the file name "${slugFromName}" has characters that need escaping in URLs`, hint: "rename the file using letters, digits and - only, or set slug:" });
  }

  if (!date || diagnostics.some((d) => d.severity === "error")) return { post: null, diagnostics };

  let refTargets: Post["refTargets"] = [];
  if (ext === ".md") {
    try {
      refTargets = findRefs(body, bodyLine);
    } catch (e) {
      if (!(e instanceof ShortcodeError)) throw e;
      return { post: null, diagnostics: [...diagnostics, { severity: "error", file, line: bodyLine + e.line - 1, field: "body", message: e.message, hint: e.hint }] };
    }
  }

  const plain = markdownToPlainText(body);
  const units = countReadingUnits(plain);
  const description = (fm.description ?? fm.summary ?? "").trim();
  const excerpt = excerptOf(body, undefined, plain);
  const extra = Object.fromEntries(Object.entries(data).filter(([k]) => !KNOWN_FIELDS.has(k)));

  return {
    post: {
      slug: fm.slug ?? slugFromName,
      file,
      absPath,
      format: ext === ".md" ? "md" : "mdx",
      title: fm.title,
      description: description || truncateText(excerpt, 160),
      excerpt,
      date,
      updated,
      tags,
      categories,
      cover,
      sourceUrl: fm.source_url || null,
      sourceName: fm.source_name?.trim() || null,
      draft: fm.draft ?? false,
      series: fm.series?.trim() || null,
      seriesOrder: fm.series_order ?? null,
      relatedCompanies: cleanList("related_companies", fm.related_companies),
      relatedPeople: cleanList("related_people", fm.related_people),
      aliases: cleanList("aliases", fm.aliases),
      hanChars: units.hanChars,
      latinWords: units.latinWords,
      internalLinks: findInternalLinks(body, bodyLine),
      refTargets,
      hash: createHash("sha256").update(buf).digest("hex"),
      bodyLine,
      extra,
    },
    diagnostics,
  };
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  result: ParseResult;
}
const fileCache = new Map<string, CachedFile>();

/** Lists post files, reporting (not silently skipping) files that are not posts. */
function listPostFiles(dir: string): { files: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(dir)) return { files: [], diagnostics };
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    const ext = path.extname(entry.name);
    if (!entry.isFile() || !(POST_EXTENSIONS as readonly string[]).includes(ext)) continue;
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) {
      diagnostics.push({ severity: "warning", file: relativeFile(abs), message: "is ignored: files whose names start with . or _ are not posts", hint: "rename the file if it is meant to be published" });
      continue;
    }
    files.push(abs);
  }
  files.sort();
  return { files, diagnostics };
}

export interface LoadOptions {
  dir?: string;
  includeDrafts?: boolean;
  now?: Date;
  buildFuture?: boolean;
}

export function isDev(): boolean {
  return process.env.NODE_ENV !== "production";
}

export function loadContentIndex(options: LoadOptions = {}): ContentIndex {
  const dir = options.dir ?? postsDir();
  const includeDrafts = options.includeDrafts ?? isDev();
  const now = options.now ?? new Date();
  const buildFuture = options.buildFuture ?? site.buildFuture;

  const { files, diagnostics } = listPostFiles(dir);
  const all: Post[] = [];
  const broken: BrokenPost[] = [];
  for (const abs of files) {
    const st = statSync(abs);
    let cached = fileCache.get(abs);
    if (!cached || cached.mtimeMs !== st.mtimeMs || cached.size !== st.size) {
      cached = { mtimeMs: st.mtimeMs, size: st.size, result: parsePostFile(abs, readFileSync(abs)) };
      fileCache.set(abs, cached);
    }
    const { post, diagnostics: own } = cached.result;
    diagnostics.push(...own);
    if (post) all.push(post);
    else {
      const ext = path.extname(abs);
      broken.push({ slug: path.basename(abs, ext), file: relativeFile(abs), diagnostics: own });
    }
  }

  const bySlug = new Map<string, Post>();
  for (const post of all) {
    const other = bySlug.get(post.slug);
    if (other) {
      diagnostics.push({
        severity: "error",
        file: post.file,
        field: "slug",
        message: `has the same slug "${post.slug}" as ${other.file}`,
        hint: "rename one of the files or give one a different slug:",
      });
      broken.push({ slug: post.slug, file: post.file, diagnostics: [diagnostics[diagnostics.length - 1]] });
      continue;
    }
    if (RESERVED_POST_SLUGS.has(post.slug)) {
      diagnostics.push({
        severity: "error",
        file: post.file,
        field: "slug",
        message: `has the slug "${post.slug}", which is reserved: /posts/${post.slug}/ is where the list of all posts pages through`,
        hint: "rename the file or set another slug: in the front matter",
      });
      broken.push({ slug: post.slug, file: post.file, diagnostics: [diagnostics[diagnostics.length - 1]] });
      continue;
    }
    bySlug.set(post.slug, post);
  }
  const unique = [...bySlug.values()].sort(comparePosts);

  for (const post of unique) {
    for (const link of post.internalLinks) {
      if (!bySlug.has(link.slug)) {
        diagnostics.push({ severity: "warning", file: post.file, line: link.line, field: "body", message: `links to ${link.href}, which is not a post here; it is shown as plain text`, hint: "fix the slug or add that post" });
      }
    }
  }

  resolveRefs(unique, diagnostics);

  const posts = unique.filter((p) => (includeDrafts || !p.draft) && (buildFuture || p.date.getTime() <= now.getTime()));
  return { all: unique, posts, bySlug, broken, diagnostics };
}

/** Points each Hugo ref at the post whose file name (or slug) it names; an unknown target is an error. */
function resolveRefs(posts: Post[], diagnostics: Diagnostic[]): void {
  const byKey = new Map<string, Post>();
  for (const p of posts) byKey.set(path.basename(p.absPath, path.extname(p.absPath)), p);
  for (const p of posts) if (!byKey.has(p.slug)) byKey.set(p.slug, p);
  for (const post of posts) {
    if (!post.refTargets?.length) continue;
    const refs: Record<string, string> = {};
    for (const { target, line } of post.refTargets) {
      const { key, anchor } = refKey(target);
      const to = byKey.get(key);
      if (to) refs[target] = postHref(to.slug) + anchor;
      else {
        diagnostics.push({ severity: "error", file: post.file, line, field: "body", message: `{{< ref "${target}" >}} points at a post that does not exist`, hint: "use the file name of a post in content/posts, e.g. \"20260127-ai-enterprise-war.md\"" });
      }
    }
    post.refs = refs;
  }
}

let memo: { index: ContentIndex; at: number } | null = null;
let reported = false;
/** How long a dev scan is reused: short enough that an edit shows on the next reload. */
const DEV_RESCAN_MS = 200;

/**
 * The index for this process. Production builds load it once and fail on any
 * error; dev re-scans at most every DEV_RESCAN_MS (files unchanged since the last
 * scan are not parsed again) so edits show without a restart, and keeps broken posts aside
 * so one bad file never takes other pages down.
 */
export function getContentIndex(): ContentIndex {
  if (memo && !isDev()) return memo.index;
  // One dev render asks many times (every card's tags); one scan serves them all, and
  // keeping the same arrays lets the WeakMap-cached tag and category indexes hit.
  if (memo && Date.now() - memo.at < DEV_RESCAN_MS) return memo.index;
  const index = loadContentIndex();
  memo = { index, at: Date.now() };
  if (!isDev()) {
    if (index.diagnostics.some((d) => d.severity === "error")) throw new ContentError(index.diagnostics);
    if (!reported && process.env.BLOG_QUIET !== "1") {
      reported = true;
      const warnings = index.diagnostics.filter((d) => d.severity === "warning");
      for (const w of warnings) console.warn(`warning: ${formatDiagnostic(w)}`);
    }
  }
  return index;
}

export function getPosts(): Post[] {
  return getContentIndex().posts;
}

/** A post a reader may see, by slug. */
export function getPost(slug: string): Post | undefined {
  const post = getContentIndex().bySlug.get(slug);
  if (!post) return undefined;
  return getContentIndex().posts.includes(post) ? post : undefined;
}

export function getBrokenPost(slug: string): BrokenPost | undefined {
  return getContentIndex().broken.find((b) => b.slug === slug);
}

export function paginate<T>(items: T[], page: number, size = site.pageSize): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}
