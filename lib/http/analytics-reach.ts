/**
 * Which analytics script hosts this server can reach, for the inline loader (analytics.ts),
 * which asks ANALYTICS_REACH_PATH after idle and adds only those hosts' scripts.
 *
 * Why a server-side answer: the page cannot find out itself without logging. Measured in
 * Chromium 156 (Playwright console events and the CDP Log domain) with the host unresolvable,
 * as in CI: a <script> whose onerror is handled, fetch (no-cors, also HEAD, .catch()ed),
 * XMLHttpRequest with onerror, navigator.sendBeacon, <link rel=preload> and new Image() each
 * log "Failed to load resource: net::ERR_NAME_NOT_RESOLVED" as a console error (what
 * Lighthouse's errors-in-console audit counts); <link rel=preconnect|dns-prefetch> log nothing
 * but tell the page nothing either. navigator.onLine is true in an offline CI container.
 *
 * The answer is cached per origin (TTL_MS) so the server probes at most once per few
 * minutes; a stale answer is served at once while a new probe runs; only the very first
 * request waits for a probe, at most PROBE_TIMEOUT_MS. It never throws: an origin whose
 * probe fails for any reason is "unreachable" and gets no tag, which is what the reader would
 * have got anyway.
 */
import { analyticsHosts, type AnalyticsConfig } from "./analytics";

export const TTL_MS = 5 * 60_000;
export const PROBE_TIMEOUT_MS = 1500;

/** Any HTTP answer (even 404 or a redirect) means the host resolves and accepts connections. */
export async function probeOrigin(origin: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  try {
    await fetch(`${origin}/`, { method: "HEAD", redirect: "manual", cache: "no-store", signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

interface Entry {
  reachable: boolean;
  at: number;
  pending?: Promise<boolean>;
}

export interface ReachOptions {
  probe?: (origin: string) => Promise<boolean>;
  now?: () => number;
  ttlMs?: number;
}

/** A cached reachability check: `(origins) => the reachable ones`, in the given order. */
export function createReach({ probe = probeOrigin, now = Date.now, ttlMs = TTL_MS }: ReachOptions = {}) {
  const cache = new Map<string, Entry>();
  const refresh = (origin: string, entry?: Entry): Promise<boolean> => {
    if (entry?.pending) return entry.pending;
    const pending = probe(origin)
      .catch(() => false)
      .then((reachable) => {
        cache.set(origin, { reachable, at: now() });
        return reachable;
      });
    cache.set(origin, entry ? { ...entry, pending } : { reachable: false, at: -Infinity, pending });
    return pending;
  };
  const one = async (origin: string): Promise<boolean> => {
    const entry = cache.get(origin);
    if (entry && entry.at > -Infinity) {
      if (now() - entry.at >= ttlMs) void refresh(origin, entry);
      return entry.reachable;
    }
    return refresh(origin, entry);
  };
  return async (origins: readonly string[]): Promise<string[]> => {
    const ok = await Promise.all(origins.map(one));
    return origins.filter((_, i) => ok[i]);
  };
}

const serverReach = createReach();

/** The route's answer: the configured script origins the server reaches; `[]` when none is configured or on any failure. */
export async function analyticsReachBody(config: AnalyticsConfig, reach = serverReach): Promise<{ reachable: string[] }> {
  const origins = analyticsHosts(config).script;
  if (!origins.length) return { reachable: [] };
  try {
    return { reachable: await reach(origins) };
  } catch {
    return { reachable: [] };
  }
}
