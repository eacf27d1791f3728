/**
 * A content-addressed cache on disk for work that outlives one process: Next builds
 * in several worker processes, and a rebuild after one edit should redo only that
 * post's work. Entries live in <distDir>/cache/<area>/<key> (next to Next's own
 * cache, so deleting the build folder clears them); keys must change whenever the
 * input or the code that produced the entry changes.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function cacheDir(area: string): string {
  const root = process.env.BUILD_CACHE_DIR ?? path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "cache");
  return path.resolve(/*turbopackIgnore: true*/ root, area);
}

/** The cached text, or null when there is none (a missing or unreadable entry is a miss). */
export function readCached(area: string, key: string): string | null {
  try {
    return readFileSync(path.join(cacheDir(area), key), "utf8");
  } catch {
    return null;
  }
}

export interface WriteOptions {
  /** Remove the area's other entries: for results of the whole site, of which only the newest is useful. */
  only?: boolean;
}

/** Writes atomically (two workers may write the same key); failure only costs speed. */
export function writeCached(area: string, key: string, text: string, options: WriteOptions = {}): void {
  try {
    const dir = cacheDir(area);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    if (options.only) {
      for (const name of readdirSync(dir)) if (name !== key && !name.endsWith(".tmp")) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk: the next process computes it again.
  }
}

/** The cached JSON value, or null on a miss (a torn or foreign file is a miss, to be overwritten). */
export function readCachedJson<T>(area: string, key: string): T | null {
  const hit = readCached(area, key);
  if (hit === null) return null;
  try {
    return JSON.parse(hit) as T;
  } catch {
    return null;
  }
}

/** `compute()` once per key across processes and builds; JSON in, JSON out. */
export function cachedJson<T>(area: string, key: string, compute: () => T, options: WriteOptions = {}): T {
  const hit = readCachedJson<T>(area, key);
  if (hit !== null) return hit;
  const value = compute();
  writeCached(area, key, JSON.stringify(value), options);
  return value;
}
