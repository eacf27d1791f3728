/**
 * Rejects request paths no page can answer before Next.js routes them: malformed
 * or overlong percent-encodings (which Next's router turns into a 500), control
 * characters, and segments that decode to `.`/`..` or hide a slash. Used by proxy.ts.
 */

export type GuardVerdict = { status: 400 | 404 | 414; reason: string } | null;

/** Longer paths are refused outright: no post slug comes near this. */
export const MAX_PATH_LENGTH = 2048;

export function checkRequestPath(pathname: string): GuardVerdict {
  if (pathname.length > MAX_PATH_LENGTH) return { status: 414, reason: "path too long" };
  if (!pathname.includes("%") && !pathname.includes("..")) return null;
  for (const raw of pathname.split("/")) {
    if (raw === "") continue;
    let segment: string;
    try {
      // Throws on truncated (%E4%), invalid (%ZZ) and overlong (%C0%AE) UTF-8.
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400, reason: "malformed percent-encoding" };
    }
    if (/[\u0000-\u001f\u007f]/.test(segment)) return { status: 400, reason: "control character in path" };
    if (segment === "." || segment === ".." || /[/\\]/.test(segment)) return { status: 404, reason: "path traversal" };
  }
  return null;
}
