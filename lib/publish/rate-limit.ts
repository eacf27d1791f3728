/**
 * A per-client request budget (a sliding window of timestamps per key): the revalidate
 * endpoint allows `limit` requests a window per IP and answers 429 past it, so the secret
 * cannot be guessed at speed and a looping webhook cannot make the server re-read content/
 * without pause. In memory, per process: each instance of several counts its own.
 */
export interface RateLimiter {
  /** Counts a request by `key` at `now`; false when it is over the budget (and says when to retry). */
  take(key: string, now?: number): { ok: boolean; retryAfterS: number };
}

export function rateLimiter(limit: number, windowMs: number, maxKeys = 10_000): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    take(key, now = Date.now()) {
      const since = now - windowMs;
      const list = (hits.get(key) ?? []).filter((t) => t > since);
      if (list.length >= limit) {
        hits.set(key, list);
        return { ok: false, retryAfterS: Math.max(1, Math.ceil((list[0] + windowMs - now) / 1000)) };
      }
      list.push(now);
      // Keep the table bounded: forget the oldest clients first (Map keeps insertion order).
      hits.delete(key);
      hits.set(key, list);
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value as string);
      return { ok: true, retryAfterS: 0 };
    },
  };
}

/** The client address: the proxy's X-Real-IP, else the last X-Forwarded-For hop (the one the nearest proxy added). */
export function clientKey(headers: Headers): string {
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real;
  const hops = headers.get("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean) ?? [];
  return hops[hops.length - 1] ?? "unknown";
}
