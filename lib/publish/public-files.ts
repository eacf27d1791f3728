/**
 * Files added under PUBLIC_DIR/images/ after the build. Next serves only the public/ files that
 * existed when it built, so app/images/[...path]/route.ts serves the rest from disk: segments
 * decoded one by one, no `..`, no hidden files, no NUL, and the real path (symlinks resolved)
 * must stay inside the folder; only image types, each with its content type; cached for an hour
 * (a file may be replaced under the same name), with an ETag of its size and time for 304s.
 */
import { createReadStream, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { publicDir } from "../content/environment";

const TYPES: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

const PUBLIC_FILE_CACHE_CONTROL = "public, max-age=3600";

/** The file for the URL segments under /images/, or null (not found, or not allowed). */
export function resolvePublicImage(segments: string[], root = path.join(publicDir(), "images")): { abs: string; type: string } | null {
  const parts: string[] = [];
  for (const raw of segments) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!seg || seg.startsWith(".") || /[\0/\\]/.test(seg)) return null;
    parts.push(seg);
  }
  if (!parts.length) return null;
  const type = TYPES[path.extname(parts[parts.length - 1]).toLowerCase()];
  if (!type) return null;
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(path.join(root, ...parts));
  } catch {
    return null;
  }
  const rel = path.relative(realRoot, real);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return { abs: real, type };
}

const notFound = () => new Response("not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export function servePublicImage(request: Request, segments: string[]): Response {
  const file = resolvePublicImage(segments);
  if (!file) return notFound();
  let st;
  try {
    st = statSync(file.abs);
  } catch {
    return notFound();
  }
  if (!st.isFile()) return notFound();
  const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Cache-Control": PUBLIC_FILE_CACHE_CONTROL,
    ETag: etag,
    "Last-Modified": st.mtime.toUTCString(),
    // An SVG opened directly runs no script and loads nothing.
    ...(file.type === "image/svg+xml" ? { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
  };
  if (request.headers.get("if-none-match")?.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  headers["Content-Length"] = String(st.size);
  if (request.method === "HEAD") return new Response(null, { headers });
  return new Response(Readable.toWeb(createReadStream(file.abs)) as ReadableStream, { headers });
}
