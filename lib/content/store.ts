/**
 * The content indexes of this process (posts; pages and entries), for pages, routes and feeds.
 *
 * - `next build` loads them once and fails on any error.
 * - `next dev` rescans at most every DEV_RESCAN_MS (unchanged files are not parsed again) so
 *   an edit shows on the next reload without a restart, and keeps broken posts aside so one
 *   bad file never takes the other pages down.
 * - A production server loads them once and again on every reloadContent() (the revalidate
 *   endpoint, lib/publish/): a file that breaks keeps serving the post it gave at the last good
 *   load, and its problems are kept (contentErrors(), shown by /healthz/) until it is fixed.
 *
 * The state lives on globalThis: Next may bundle this module into more than one chunk of one
 * server process (pages, route handlers), and a reload in the revalidate route must be what
 * the next page render reads.
 */
import { isDev } from "./environment";
import { ContentError, formatDiagnostic, type Diagnostic } from "./errors";
import { loadContentIndex, type ContentIndex, type LoadOptions } from "./content-index";
import { loadEntriesIndex, type EntriesIndex } from "./entries-index";
import type { BrokenPost, Post } from "./post";

/** How long a dev scan is reused: short enough that an edit shows on the next reload. */
const DEV_RESCAN_MS = 200;

/** What a render reads: both indexes of one load. */
export interface ContentSnapshot {
  content: ContentIndex;
  entries: EntriesIndex;
}

interface LiveState {
  snapshot: ContentSnapshot | null;
  at: number;
  /** Errors of the last load (the served snapshot keeps the last good version of those files). */
  errors: Diagnostic[];
  /** Reported warnings, by their text: each is printed once per process. */
  warned: Set<string>;
  listeners: Set<(snapshot: ContentSnapshot) => void>;
  /** Files whose bytes (by hash) a later check refused: broken until their bytes change. */
  failed: Map<string, { hash: string; diagnostics: Diagnostic[] }>;
}

const KEY = Symbol.for("zh-tw-blog.content-store");
type WithState = typeof globalThis & { [KEY]?: LiveState };

function state(): LiveState {
  const g = globalThis as WithState;
  return (g[KEY] ??= { snapshot: null, at: 0, errors: [], warned: new Set(), listeners: new Set(), failed: new Map() });
}

/** `next build` (and its workers): an error in any file fails it, as it always did. */
const isBuild = () => process.env.NEXT_PHASE === "phase-production-build";

const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === "error");

/** Print each warning once per process, and each error when it appears (again, after a fix and a new break). */
function report(live: LiveState, snapshot: ContentSnapshot, previousErrors: Diagnostic[]): void {
  if (process.env.BLOG_QUIET === "1") return;
  const known = new Set(previousErrors.map(formatDiagnostic));
  for (const d of [...snapshot.content.diagnostics, ...snapshot.entries.diagnostics]) {
    const text = formatDiagnostic(d);
    if (d.severity === "error") {
      if (!known.has(text)) console.error(`content error: ${text}`);
      continue;
    }
    if (live.warned.has(text)) continue;
    live.warned.add(text);
    console.warn(`warning: ${text}`);
  }
}

/** Load both indexes; in a server, a broken file keeps its last good post and a broken entries load keeps the last good entries. */
function load(previous: ContentSnapshot | null, failed?: LoadOptions["failed"]): { snapshot: ContentSnapshot; errors: Diagnostic[] } {
  const byFile = new Map<string, Post>();
  for (const p of previous?.content.all ?? []) byFile.set(p.source.absPath, p);
  const content = loadContentIndex({ lastGood: (abs) => byFile.get(abs), failed });
  let entries = loadEntriesIndex();
  const entryErrors = errorsOf(entries.diagnostics);
  if (entryErrors.length && previous) entries = { ...previous.entries, diagnostics: entries.diagnostics };
  return { snapshot: { content, entries }, errors: [...errorsOf(content.diagnostics), ...entryErrors] };
}

/** The indexes this process serves now. */
export function contentSnapshot(): ContentSnapshot {
  const live = state();
  if (live.snapshot && !(isDev() && Date.now() - live.at >= DEV_RESCAN_MS)) return live.snapshot;
  if (isDev()) {
    live.snapshot = { content: loadContentIndex(), entries: loadEntriesIndex() };
    live.at = Date.now();
    return live.snapshot;
  }
  const { snapshot, errors } = load(live.snapshot, live.failed);
  if (errors.length && isBuild()) throw new ContentError([...snapshot.content.diagnostics, ...snapshot.entries.diagnostics]);
  live.snapshot = snapshot;
  live.errors = errors;
  live.at = Date.now();
  report(live, snapshot, []);
  return snapshot;
}

/**
 * A production server reads content/ again: what changed since the last load (files
 * added, edited, renamed, deleted; future posts whose time has come). `failed` marks files
 * whose current bytes a later check refused (lib/publish/ compiles changed bodies): they
 * stay broken, keeping their last good post. Returns the indexes before and after.
 */
export function reloadContent(failed?: LoadOptions["failed"]): { before: ContentSnapshot; after: ContentSnapshot; errors: Diagnostic[] } {
  const live = state();
  const before = contentSnapshot();
  for (const [abs, f] of failed ?? []) live.failed.set(abs, f);
  const { snapshot, errors } = load(before, live.failed);
  const previousErrors = live.errors;
  live.snapshot = snapshot;
  live.errors = errors;
  live.at = Date.now();
  report(live, snapshot, previousErrors);
  for (const listener of live.listeners) listener(snapshot);
  return { before, after: snapshot, errors };
}

/** The content errors of the last load: each broken file serves its last good version meanwhile. */
export function contentErrors(): Diagnostic[] {
  contentSnapshot();
  return state().errors;
}

/** Called after every reload (the scheduler of future posts listens). Returns the unsubscribe. */
export function onContentReload(listener: (snapshot: ContentSnapshot) => void): () => void {
  const { listeners } = state();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The posts of the served load: `posts` what readers see, `all` drafts and future posts too. */
export function getContentIndex(): ContentIndex {
  return contentSnapshot().content;
}
/** Pages, sections and entries (content/ outside posts/). */
export function getEntriesIndex(): EntriesIndex {
  return contentSnapshot().entries;
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

/** Any valid post by slug, a draft or a future one too: for a draft preview only. */
export function getAnyPost(slug: string): Post | undefined {
  return getContentIndex().bySlug.get(slug);
}

export function getBrokenPost(slug: string): BrokenPost | undefined {
  return getContentIndex().broken.find((b) => b.slug === slug);
}
