/**
 * Where content lives and who is reading it: the content and public folders
 * (CONTENT_DIR, PUBLIC_DIR, default ./content and ./public) and whether this is
 * `next dev`, where drafts show and a broken post shows its errors instead of
 * failing the build.
 */
import path from "node:path";

export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

export function postsDir(): string {
  return path.join(contentDir(), "posts");
}

export function publicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PUBLIC_DIR ?? path.join(process.cwd(), "public"));
}

export function isDev(): boolean {
  return process.env.NODE_ENV !== "production";
}

/** A path as messages show it: relative to the project root, with / separators. */
export function projectPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith("..") ? abs : rel.split(path.sep).join("/");
}
