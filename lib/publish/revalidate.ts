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
import { revalidatePath } from "next/cache";
import { contentDir, projectPath, publicDir } from "../content/environment";
import { ContentError, formatDiagnostic, type Diagnostic } from "../content/errors";
import type { Post } from "../content/post";
import { contentErrors, reloadContent } from "../content/store";
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

/** Compiles the posts of `after` whose bytes changed; the ones that fail, by file, with their problems. */
async function compileChanged(before: Post[], after: Post[], refs: ReadonlyMap<string, Record<string, string>>) {
  const old = new Map(before.map((p) => [p.source.absPath, p.source.hash]));
  const failed = new Map<string, { hash: string; diagnostics: Diagnostic[] }>();
  for (const post of after) {
    if (old.get(post.source.absPath) === post.source.hash) continue;
    try {
      await compilePost(post, refs.get(post.slug));
    } catch (e) {
      const diagnostics = e instanceof ContentError ? e.diagnostics : [{ severity: "error" as const, file: projectPath(post.source.absPath), message: String(e) }];
      failed.set(post.source.absPath, { hash: post.source.hash, diagnostics });
    }
  }
  return failed;
}

/** Marks a served path stale; a path Next may key by its decoded form too gets both. */
function revalidateServed(p: string) {
  revalidatePath(p);
  let decoded = p;
  try {
    decoded = decodeURI(p);
  } catch {
    // keep the served form only
  }
  if (decoded !== p) revalidatePath(decoded);
}

/**
 * `files` null: the caller did not say what changed (an empty body), so everything is marked
 * stale. Otherwise the content diff decides, plus the posts that use the named public/ files.
 */
export async function revalidateContent(files: string[] | null): Promise<RevalidateReport> {
  const started = Date.now();
  const { publicFiles, ignored } = classifyFiles(files ?? []);
  const first = reloadContent();
  const failed = await compileChanged(first.before.content.all, first.after.content.all, first.after.content.refs);
  const after = failed.size ? reloadContent(failed).after : first.after;
  const affected = affectedBy(first.before, after, { publicFiles, postsUsing: postsUsing(after.content.posts), pageSize: site.pageSize });
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
