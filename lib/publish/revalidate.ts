/**
 * What POST /api/revalidate does once the caller is let in: read content/ again (the store keeps
 * the last good version of a file that broke), compile the bodies that changed (a body that no
 * longer compiles is broken too and keeps its last good version), work out what the change
 * touched (affected.ts) and mark it stale with Next's revalidatePath, which goes through the
 * incremental cache (and so a custom cacheHandler) as implicit tags. Pages regenerate on their
 * next request.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { revalidatePath, revalidateTag } from "next/cache";
import { contentDir, projectPath, publicDir } from "../content/environment";
import { ContentError, formatDiagnostic, type Diagnostic } from "../content/errors";
import type { Post } from "../content/post";
import { contentErrors, contentSnapshot, peekContent, reloadContent, type ContentSnapshot } from "../content/store";
import { compilePost } from "../render/compile";
import { site } from "../site";
import { affectedBy, EVERYTHING, type RoutePattern } from "./affected";

export interface RevalidateReport {
  revalidated: { paths: string[]; patterns: RoutePattern[] };
  changed: { posts: string[]; entries: string[]; files: string[] };
  /** Files the body named that are neither under content/ nor under public/ (ignored). */
  ignored: string[];
  contentErrors: ContentErrorReport[];
  ms: number;
}

export interface ContentErrorReport {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function errorReport(ds: Diagnostic[]): ContentErrorReport[] {
  return ds.map((d) => ({ file: d.file, ...(d.line ? { line: d.line } : {}), ...(d.field ? { field: d.field } : {}), message: formatDiagnostic(d) }));
}

/**
 * Sorts the body's file names into public/ files ("images/a.png", for the posts that use them)
 * and content files (content changes are found by diffing the indexes; these are only reported).
 * A name is absolute, relative to the project ("content/posts/x.md", "public/images/a.png"), or
 * relative to CONTENT_DIR (a .md/.mdx file) or PUBLIC_DIR (anything else); one that leaves them is ignored.
 */
export function classifyFiles(files: unknown[], roots = { content: contentDir(), public: publicDir(), project: process.cwd() }): { publicFiles: string[]; contentFiles: string[]; ignored: string[] } {
  const out = { publicFiles: [] as string[], contentFiles: [] as string[], ignored: [] as string[] };
  const inside = (root: string, abs: string) => {
    const rel = path.relative(root, abs);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : null;
  };
  for (const file of files) {
    if (typeof file !== "string" || !file || file.includes("\0")) {
      out.ignored.push(String(file));
      continue;
    }
    const fromProject = path.resolve(roots.project, file);
    const own = /\.mdx?$/i.test(file) ? path.resolve(roots.content, file) : path.resolve(roots.public, file);
    const candidates = path.isAbsolute(file) ? [file] : [fromProject, own];
    const hit = candidates
      .map((abs) => ({ content: inside(roots.content, abs), public: inside(roots.public, abs) }))
      .find((h) => h.content !== null || h.public !== null);
    if (hit?.content != null) out.contentFiles.push(hit.content);
    else if (hit?.public != null) out.publicFiles.push(hit.public);
    else out.ignored.push(file);
  }
  return out;
}

/** Posts whose cover is `src` or whose file mentions it (a body image, a figure shortcode). */
function postsUsing(posts: Post[]) {
  return (src: string): Post[] =>
    posts.filter((p) => {
      if (p.cover?.src === src) return true;
      try {
        return readFileSync(p.source.absPath, "utf8").includes(src);
      } catch {
        return false;
      }
    });
}

type Compilable = { slug?: string; hasBody?: boolean; source: Post["source"] };
const docsOf = (s: ContentSnapshot): Compilable[] => [...s.entries.byHref.values(), ...s.entries.claims.values()].filter((d) => d.hasBody);

/** Compiles the posts and entries of `after` whose bytes changed; the ones that fail, by file, with their problems. */
async function compileChanged(before: ContentSnapshot, after: ContentSnapshot) {
  const old = new Map([...before.content.all, ...docsOf(before)].map((p) => [p.source.absPath, p.source.hash]));
  const failed = new Map<string, { hash: string; diagnostics: Diagnostic[] }>();
  for (const doc of [...after.content.all, ...docsOf(after)] as Compilable[]) {
    if (old.get(doc.source.absPath) === doc.source.hash) continue;
    try {
      await compilePost(doc, doc.slug ? after.content.refs.get(doc.slug) : undefined);
    } catch (e) {
      const diagnostics = e instanceof ContentError ? e.diagnostics : [{ severity: "error" as const, file: projectPath(doc.source.absPath), message: String(e) }];
      failed.set(doc.source.absPath, { hash: doc.source.hash, diagnostics });
    }
  }
  return failed;
}

/**
 * Next tags a route handler's cached body with its URL plus a trailing slash (an OG card's .meta
 * says `_N_T_/og/posts/x.png/`, Next 16.4 with trailingSlash on), a tag revalidatePath never names
 * (it strips the slash): a title edit left the post's OG card stale (e2e/publish.spec.ts). Every
 * page URL here ends in a slash, so a served path without one is a route handler's: this is
 * the tag that marks it.
 */
export function routeHandlerTag(p: string): string | null {
  return p.endsWith("/") ? null : `_N_T_${p}/`;
}

/** expire 0: stale at once, as revalidatePath marks it (no profile would be Next's deprecated one-argument call). */
const NOW = { expire: 0 };

/** Marks a served path stale; a path Next may key by its decoded form too gets both. */
function revalidateServed(p: string) {
  let decoded = p;
  try {
    decoded = decodeURI(p);
  } catch {
    // keep the served form only
  }
  for (const form of new Set([p, decoded])) {
    revalidatePath(form);
    const tag = routeHandlerTag(form);
    if (tag) revalidateTag(tag, NOW);
  }
}

/**
 * `files` null: the caller did not say what changed (an empty body), so everything is marked
 * stale. Otherwise the content diff decides, plus the posts that use the named public/ files.
 */
export async function revalidateContent(files: string[] | null): Promise<RevalidateReport> {
  const started = Date.now();
  const { publicFiles, ignored } = classifyFiles(files ?? []);
  // The bodies that changed are compiled before the new indexes are served: one that fails is
  // served broken (its last good version) from the start, never half a moment as it is now.
  const candidate = peekContent();
  const failed = await compileChanged(contentSnapshot(), candidate);
  const { before, after } = reloadContent(failed);
  const affected = affectedBy(before, after, { publicFiles, postsUsing: postsUsing(after.content.posts), pageSize: site.pageSize });
  const patterns = files === null ? [EVERYTHING] : affected.patterns;
  for (const p of affected.paths) revalidateServed(p);
  for (const p of patterns) revalidatePath(p.route, p.type);
  return {
    revalidated: { paths: affected.paths, patterns },
    changed: affected.changed,
    ignored,
    contentErrors: errorReport(contentErrors()),
    ms: Date.now() - started,
  };
}
