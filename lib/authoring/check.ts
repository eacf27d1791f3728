/**
 * `npm run check`: the validation a build runs (content index, then an MDX compile
 * of every post), over a content folder, without building. Reports every problem in
 * every post at once, errors and warnings apart.
 */
import { ContentError, formatDiagnostic, type Diagnostic } from "../content/errors";
import { compilePost } from "../render/compile";
import path from "node:path";
import { loadContentIndex } from "../content/content-index";
import { loadEntriesIndex } from "../content/entries-index";
import { contentDir } from "../content/environment";
import { buildEntityGraph } from "../taxonomy/entity-graph";
import type { Post, RefMap } from "../content/post";
import { buildRedirects } from "../views/redirects";

export interface CheckOptions {
  /** The posts folder; defaults to the site's. */
  dir?: string;
  /** Compile every post's MDX (slower, catches body errors). Default true. */
  compile?: boolean;
  /** Compilations running at once. */
  concurrency?: number;
}

export interface CheckResult {
  posts: number;
  /** Pages, section pages and entries checked. */
  entries: number;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

async function compileProblems(post: Pick<Post, "source">, refs: RefMap | undefined): Promise<Diagnostic[]> {
  try {
    return (await compilePost(post, refs)).warnings ?? [];
  } catch (e) {
    if (e instanceof ContentError) return e.diagnostics;
    return [{ severity: "error", file: post.source.file, field: "body", message: e instanceof Error ? e.message : String(e) }];
  }
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

export async function checkContent(options: CheckOptions = {}): Promise<CheckResult> {
  // Drafts and future posts are checked too: they will be published one day.
  const index = loadContentIndex({ dir: options.dir, includeDrafts: true, buildFuture: true });
  // Pages and entries live beside posts/: checked when the folder is a content folder's posts/.
  const root = options.dir === undefined ? contentDir() : path.basename(options.dir) === "posts" ? path.dirname(options.dir) : null;
  const entries = root ? loadEntriesIndex({ dir: root, includeDrafts: true }) : null;
  const all: Diagnostic[] = [...index.diagnostics, ...(entries ? [...entries.diagnostics, ...buildEntityGraph(index.all, entries).diagnostics] : [])];
  // Old URLs (aliases, url:, Hugo permalinks) that cannot redirect: a page has them, or another file asked first.
  if (entries) buildRedirects({ posts: index.all, entries }, all);
  if (options.compile ?? true) {
    type Item = [Pick<Post, "source">, RefMap | undefined];
    const queue: Item[] = [
      ...index.all.map((p): Item => [p, index.refs.get(p.slug)]),
      // A page's body compiles like a post's (entries without a body have nothing to compile).
      ...[...(entries?.byHref.values() ?? []), ...(entries?.claims.values() ?? [])].filter((d) => d.hasBody).map((d): Item => [d, undefined]),
    ];
    const workers = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) all.push(...(await compileProblems(...next)));
    });
    await Promise.all(workers);
  }
  const seen = new Set<string>();
  const unique = all.filter((d) => {
    const key = `${d.severity}\0${formatDiagnostic(d)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort(byPlace);
  return {
    posts: index.all.length + index.broken.length,
    entries: entries ? entries.byHref.size + entries.claims.size : 0,
    errors: unique.filter((d) => d.severity === "error"),
    warnings: unique.filter((d) => d.severity === "warning"),
  };
}

/** The report `npm run check` prints: errors first, then warnings, then a summary line. */
export function formatReport(result: CheckResult): string {
  const lines: string[] = [];
  if (result.errors.length) {
    lines.push(`錯誤 errors (${result.errors.length}):`);
    for (const d of result.errors) lines.push(`  ${formatDiagnostic(d)}`);
  }
  if (result.warnings.length) {
    if (lines.length) lines.push("");
    lines.push(`警告 warnings (${result.warnings.length}):`);
    for (const d of result.warnings) lines.push(`  ${formatDiagnostic(d)}`);
  }
  if (lines.length) lines.push("");
  lines.push(
    `${result.posts} post files${result.entries ? ` and ${result.entries} pages and entries` : ""} checked: ${result.errors.length} error${result.errors.length === 1 ? "" : "s"}, ${result.warnings.length} warning${result.warnings.length === 1 ? "" : "s"}`,
  );
  return lines.join("\n");
}
