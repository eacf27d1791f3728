/**
 * The secrets of the revalidate endpoint and of draft preview links: read from the request
 * (`Authorization: Bearer <secret>` or `?secret=`) and compared in constant time (both sides
 * hashed first, so timingSafeEqual sees equal lengths and the length of the secret leaks nothing).
 *
 * The watcher and the scheduler of this process (lib/publish/watch.ts) call the endpoint too.
 * When REVALIDATE_SECRET is unset they use a secret made per process, kept on globalThis so the
 * instrumentation hook and the route handler (separate bundles of one server process) share it;
 * it never leaves the process.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** `given` is `expected`, in time that does not depend on where they differ. False for a missing or empty secret. */
export function secretMatches(given: string | null | undefined, expected: string | null | undefined): boolean {
  if (!given || !expected) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/** The secret a request presents: the Authorization bearer token, else the `secret` query parameter. */
export function presentedSecret(headers: Headers, url: URL): string | null {
  const auth = headers.get("authorization");
  const bearer = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1] : undefined;
  return bearer ?? url.searchParams.get("secret");
}

const KEY = Symbol.for("zh-tw-blog.process-secret");
type WithSecret = typeof globalThis & { [KEY]?: string };

/** This process's own secret for its watcher and scheduler (made on first use). */
export function processSecret(): string {
  const g = globalThis as WithSecret;
  return (g[KEY] ??= randomBytes(32).toString("hex"));
}
