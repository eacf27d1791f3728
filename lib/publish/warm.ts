/**
 * With a shared cache (REDIS_URL set), the instance that revalidated renders the pages the
 * change touched right away, by asking itself for them after answering: its view goes into
 * the shared cache, where every instance finds it — including one whose checkout lacks the
 * new file yet and so could not render it (lib/cache/cache-handler.mjs keeps such an
 * instance from writing its own view over it). Without a shared cache pages regenerate on
 * their next request, as before.
 */
import { homeHref, postHref, postsPageHref } from "../http/routes";
import { selfUrl } from "./watch";

/** At most this many pages a revalidation (the post, the lists, its tags' first pages...). */
export const WARM_MAX = 40;

export const shouldWarm = (env: NodeJS.ProcessEnv = process.env) => Boolean(env.REDIS_URL);

/** Requests at a time: the server keeps answering readers meanwhile. */
const PARALLEL = 2;

/** What readers open first goes first: the changed posts' pages, the front page, the list of posts; then the rest in order. */
export function warmOrder(paths: string[], changedPosts: string[]): string[] {
  const first = [...changedPosts.map(postHref), homeHref(), postsPageHref(1)].filter((p) => paths.includes(p));
  return [...new Set([...first, ...paths])].slice(0, WARM_MAX);
}

/** GETs each path on this server, `parallel` at a time; returns how many answered 2xx. Failures only cost speed. */
export async function warmPaths(paths: string[], origin = selfUrl(), init: RequestInit = {}, parallel = PARALLEL): Promise<number> {
  let ok = 0;
  let next = 0;
  const lane = async () => {
    while (next < paths.length) {
      const p = paths[next++];
      try {
        const res = await fetch(origin + p, { redirect: "manual", ...init });
        await res.arrayBuffer();
        if (res.ok) ok++;
      } catch {
        // the next request renders it
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return ok;
}
