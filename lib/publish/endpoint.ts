/**
 * POST /api/revalidate (and /api/revalidate without the slash: next.config.ts): the HTTP side.
 *
 * - 503 when REVALIDATE_SECRET is unset (only this process's own watcher and scheduler get in,
 *   with the per-process secret): no secret a caller sends could be right, and 503 tells a
 *   webhook's operator the server is not set up rather than that their secret is wrong (401).
 * - 401 without the secret or with a wrong one; 429 past RATE_LIMIT a minute per client
 *   (the process's own calls are not counted); 400 for a body that is not
 *   `{"files": [...]}` JSON; 413 past 1 MiB.
 * - 200 with what was revalidated, what changed and the content errors.
 */
import { after } from "next/server";
import { processSecret, presentedSecret, secretMatches } from "./secret";
import { clientKey, rateLimiter } from "./rate-limit";
import { revalidateContent } from "./revalidate";
import { shouldWarm, warmOrder, warmPaths } from "./warm";

const RATE_LIMIT = 30;
const MAX_BODY = 1 << 20;
const limiter = rateLimiter(RATE_LIMIT, 60_000);

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** One revalidation at a time: two reloads interleaving would diff against each other's halves. */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** The body's file list: null for an empty body (everything may have changed). */
async function filesOf(request: Request): Promise<{ files: string[] | null } | { error: Response }> {
  const text = await request.text();
  if (text.length > MAX_BODY) return { error: json(413, { error: "body too large (at most 1 MiB)" }) };
  if (!text.trim()) return { files: null };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { error: json(400, { error: 'body is not JSON; send {"files": ["content/posts/x.md", ...]} or nothing' }) };
  }
  const files = (body as { files?: unknown } | null)?.files;
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string")) return { error: json(400, { error: 'expected {"files": [<path>, ...]}, paths relative to the project, CONTENT_DIR or PUBLIC_DIR' }) };
  return { files };
}

export async function handleRevalidate(request: Request): Promise<Response> {
  const given = presentedSecret(request.headers, new URL(request.url));
  const internal = secretMatches(given, processSecret());
  if (!internal) {
    const verdict = limiter.take(clientKey(request.headers));
    if (!verdict.ok) return json(429, { error: "too many revalidations; retry later" }, { "Retry-After": String(verdict.retryAfterS) });
    const configured = process.env.REVALIDATE_SECRET;
    if (!configured) return json(503, { error: "revalidation is off: REVALIDATE_SECRET is not set on this server" });
    if (!secretMatches(given, configured)) return json(401, { error: "missing or wrong secret (Authorization: Bearer <secret>, or ?secret=)" }, { "WWW-Authenticate": "Bearer" });
  }
  const parsed = await filesOf(request);
  if ("error" in parsed) return parsed.error;
  const report = await serialized(() => revalidateContent(parsed.files));
  // After the response, once Next has recorded the revalidation in the cache (lib/publish/warm.ts).
  if (shouldWarm() && report.revalidated.paths.length > 0) after(() => warmPaths(warmOrder(report.revalidated.paths, report.changed.posts)));
  return json(200, report);
}
