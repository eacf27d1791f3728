/**
 * The content index: every post file read, validated and ordered, with what is wrong
 * with the rest. Bodies are not kept in memory; lib/render/compile.ts reads a post's
 * file again when it compiles it. Files unchanged since the last load (same mtime and
 * size) are not parsed again, so `next dev` rescans a 600-post folder in milliseconds.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isDev, postsDir, projectPath } from "./environment";
import { diagnostic, type Diagnostic } from "./errors";
import { listPostFiles } from "./files";
import { problem } from "./messages";
import { parsePostFile, type ParseResult } from "./parse-post";
import { comparePosts, type BrokenPost, type Post, type RefMap } from "./post";
import { resolveRefs } from "./refs";
import { RESERVED_POST_SLUGS } from "../http/routes";
import { site } from "../site";

export interface ContentIndex {
  /** Every valid post, drafts and future posts included, newest first. */
  all: Post[];
  /** Posts a reader sees in this environment, newest first. */
  posts: Post[];
  bySlug: Map<string, Post>;
  broken: BrokenPost[];
  diagnostics: Diagnostic[];
  /** Where each Hugo ref of a .md post points, by the post's slug (see lib/content/refs.ts). */
  refs: ReadonlyMap<string, RefMap>;
}

export interface LoadOptions {
  dir?: string;
  includeDrafts?: boolean;
  now?: Date;
  buildFuture?: boolean;
  /**
   * A running server's reload (lib/content/store.ts): the post a file gave at the last good
   * load, served in place of the file while it is broken, so one bad edit never takes its page down.
   */
  lastGood?: (absPath: string) => Post | undefined;
  /** Files whose current bytes (by hash) failed a later check (the body's compile): broken, with these problems. */
  failed?: ReadonlyMap<string, { hash: string; diagnostics: Diagnostic[] }>;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  result: ParseResult;
}
const fileCache = new Map<string, CachedFile>();

function parseCached(abs: string): ParseResult {
  const st = statSync(abs);
  let cached = fileCache.get(abs);
  if (!cached || cached.mtimeMs !== st.mtimeMs || cached.size !== st.size) {
    cached = { mtimeMs: st.mtimeMs, size: st.size, result: parsePostFile(abs, readFileSync(abs)) };
    fileCache.set(abs, cached);
  }
  return cached.result;
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
    const parsed = parseCached(abs);
    const failure = parsed.post ? options.failed?.get(abs) : undefined;
    const post = failure && failure.hash === parsed.post?.source.hash ? undefined : parsed.post;
    const own = post || !failure ? parsed.diagnostics : [...parsed.diagnostics, ...failure.diagnostics];
    diagnostics.push(...own);
    if (post) {
      all.push(post);
      continue;
    }
    const kept = options.lastGood?.(abs);
    if (kept) all.push(kept);
    broken.push({ slug: path.basename(abs, path.extname(abs)), file: projectPath(abs), diagnostics: own });
  }

  const bySlug = new Map<string, Post>();
  for (const post of all) {
    const other = bySlug.get(post.slug);
    const clash = other
      ? problem("slug-duplicate", post.slug, other.source.file)
      : RESERVED_POST_SLUGS.has(post.slug)
        ? problem("slug-reserved", post.slug)
        : null;
    if (clash) {
      const d = diagnostic("error", post.source.file, clash);
      diagnostics.push(d);
      broken.push({ slug: post.slug, file: post.source.file, diagnostics: [d] });
      continue;
    }
    bySlug.set(post.slug, post);
  }
  const unique = [...bySlug.values()].sort(comparePosts);

  for (const post of unique) {
    for (const link of post.internalLinks) {
      if (!bySlug.has(link.slug)) diagnostics.push(diagnostic("warning", post.source.file, problem("link-unknown-post", link.href), { line: link.line }));
    }
  }

  const refs = resolveRefs(unique, diagnostics);
  const posts = unique.filter((p) => (includeDrafts || !p.draft) && (buildFuture || p.date.getTime() <= now.getTime()));
  return { all: unique, posts, bySlug, broken, diagnostics, refs };
}
