/**
 * Next's incremental cache handler (next.config.ts `cacheHandler`), shared by every
 * instance of the site when REDIS_URL is set at run time, Next's own file-system cache
 * otherwise. Plain JavaScript: Next loads this file as it is from the standalone output
 * at run time (it is not compiled), so its types are in cache-handler.d.mts.
 *
 * With Redis:
 * - entries (rendered pages, route bodies) live in Redis under REDIS_KEY_PREFIX (default
 *   `blog:<build id>:`, so a new deploy never serves the HTML of an old one); a miss falls
 *   back to the build's own prerendered files (Next's file-system cache, read only);
 * - revalidateTag/revalidatePath on one instance write the tag's time into Redis, and every
 *   instance checks an entry's tags against those times before serving it;
 * - each instance has a content stamp (the newest modification time under CONTENT_DIR,
 *   folders included, so a deletion counts). An entry carries the stamp of the instance that
 *   rendered it, and a revalidation raises the shared stamp to the revalidating instance's.
 *   An instance whose content is older than either never writes: it serves the shared
 *   entry and does not overwrite it with its own view (an instance whose checkout lacks
 *   a new post yet). Stamps are wall-clock times, so hosts need synchronised clocks (NTP).
 * - Redis unreachable at start or later: logged once, the file-system cache serves
 *   (never an error page), and Redis is used again once it is back (logged too).
 *
 * With or without Redis, a render that began before a revalidation on this instance is not
 * stored (see `renderBegan`): it was made from the content as it was before the change.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createClient } from "@redis/client";

const require = createRequire(import.meta.url);
// Next's own handler and tag times (module singletons shared with the server): CommonJS.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

/** The header in which Next stores a rendered page's or route's tags. */
const TAGS_HEADER = "x-next-cache-tags";
/** A Redis command that takes longer than this counts as Redis being down for that request. */
const COMMAND_TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS) || 1000;
/**
 * The in-memory copy Next's file-system cache keeps of what it read (Next's own default size).
 * next.config.ts sets cacheMaxMemorySize 0 so that Next puts no memory cache in front of this
 * handler (instances must see each other's writes); the build's files, which never change
 * under a running server, are still worth keeping in memory rather than read on every request.
 */
const FILE_MEMORY_BYTES = 50 * 1024 * 1024;
/** How long a computed content stamp is reused (a revalidation recomputes it at once). */
const STAMP_TTL_MS = 1000;

/**
 * Writes an entry only if this instance's content is not older than the entry's or than the
 * shared stamp; returns 1 when written. KEYS: entry, shared stamp; ARGV: stamp, data.
 */
const SET_IF_CURRENT = `
local shared = tonumber(redis.call('GET', KEYS[2]) or '0')
local prev = tonumber(redis.call('HGET', KEYS[1], 'stamp') or '0')
local mine = tonumber(ARGV[1])
if mine < shared or mine < prev then return 0 end
redis.call('HSET', KEYS[1], 'stamp', ARGV[1], 'data', ARGV[2])
return 1`;

/** Raises a number key to ARGV[1] if it is lower. */
const RAISE = `
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1]) end
return 1`;

// --- renders that straddle a revalidation -------------------------------------------

/**
 * A render that reads the content before a publish and is stored after its revalidation
 * would be kept as current (Next dates an entry by when it is stored, so it is newer than
 * the tag's time) and serve the old page until the next change: a reader who asks for a
 * new post's URL while it is being published would pin its 404 (seen in e2e/publish.spec.ts,
 * 1 run in 2 on CI, a 404 for the whole 10 s). Next asks the handler for an entry before it
 * renders one, so the first ask that will be followed by a render (a miss, or an entry older
 * than the last revalidation) dates it; `set` drops a render dated before the last
 * revalidation, and the next request renders the page again from the new content. Asks
 * answered by a current entry date nothing, so a page warmed or re-rendered after a
 * revalidation is stored.
 * @type {Map<string, number>}
 */
const renderBegan = new Map();
/**
 * An ask older than this is not a render in flight: an ask whose render stored nothing (an
 * error) must not hold back a later render for long. First renders of pages not prerendered
 * take under 300 ms at 1,000 posts (bench/RESULTS.md).
 */
const RENDER_WINDOW_MS = 10_000;
/** When this process last revalidated a tag (0: never). */
let lastRevalidation = 0;

/** Notes that an entry of `key` was asked for now: a render of it may start. */
export function noteAsk(key, now = Date.now()) {
  const began = renderBegan.get(key);
  // Concurrent requests wait for one render: the earliest ask dates it.
  if (began === undefined || now - began > RENDER_WINDOW_MS) renderBegan.set(key, now);
}

/** Whether the render of `key` that is being stored may predate the last revalidation; forgets its ask. */
export function renderPredatesRevalidation(key) {
  const began = renderBegan.get(key);
  renderBegan.delete(key);
  return began !== undefined && began <= lastRevalidation;
}

/** Forgets every ask and revalidation (tests: one process plays many servers). */
export function forgetRenders() {
  renderBegan.clear();
  lastRevalidation = 0;
}

/** Notes a revalidation now. */
export function noteRevalidation(now = Date.now()) {
  lastRevalidation = Math.max(lastRevalidation, now);
}

// --- values <-> JSON (pages hold Buffers and a Map of segment data) ----------------

/** @param {unknown} v @returns {unknown} */
export function encodeValue(v) {
  if (v instanceof Uint8Array) return { $b: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") };
  if (v instanceof Map) return { $m: [...v].map(([k, x]) => [k, encodeValue(x)]) };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeValue(x)]));
  return v;
}

/** @param {unknown} v @returns {unknown} */
export function decodeValue(v) {
  if (Array.isArray(v)) return v.map(decodeValue);
  if (v && typeof v === "object") {
    const o = /** @type {Record<string, unknown>} */ (v);
    if (typeof o.$b === "string" && Object.keys(o).length === 1) return Buffer.from(o.$b, "base64");
    if (Array.isArray(o.$m) && Object.keys(o).length === 1) return new Map(o.$m.map(([k, x]) => [k, decodeValue(x)]));
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeValue(x)]));
  }
  return v;
}

// --- the content stamp -------------------------------------------------------------

/** @type {Map<string, { at: number; stamp: number }>} */
const stamps = new Map();

/** Newest mtime (ms) of `dir` and everything under it; 0 when it does not exist. */
function newestMtime(dir) {
  let newest = 0;
  const walk = (d) => {
    let st;
    try {
      st = statSync(d);
    } catch {
      return;
    }
    newest = Math.max(newest, Math.floor(st.mtimeMs));
    if (!st.isDirectory()) return;
    let names = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) if (!name.startsWith(".")) walk(path.join(d, name));
  };
  walk(dir);
  return newest;
}

/** This instance's content stamp (see the module comment); `fresh` recomputes it now. */
export function contentStamp(dir = process.env.CONTENT_DIR || path.join(process.cwd(), "content"), fresh = false) {
  const hit = stamps.get(dir);
  if (hit && !fresh && Date.now() - hit.at < STAMP_TTL_MS) return hit.stamp;
  const stamp = newestMtime(dir);
  stamps.set(dir, { at: Date.now(), stamp });
  return stamp;
}

// --- one Redis connection per URL for the process ---------------------------------

/**
 * Next makes a handler per request; they share one client. `up` is whether commands
 * are sent (false: the file-system cache serves); transitions are logged once each.
 * @typedef {{ client: import("@redis/client").RedisClientType; up: boolean; warned: boolean }} Store
 */
/** @type {Map<string, Store>} */
const stores = new Map();

function log(message) {
  if (process.env.BLOG_QUIET !== "1") console.warn(`cache: ${message}`);
}

/** @param {string} url @returns {Store} */
function storeFor(url) {
  const known = stores.get(url);
  if (known) return known;
  const client = createClient({
    url,
    // Fail a command at once while disconnected instead of queueing it behind a request.
    disableOfflineQueue: true,
    socket: { connectTimeout: COMMAND_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  /** @type {Store} */
  const store = { client: /** @type {import("@redis/client").RedisClientType} */ (client), up: false, warned: false };
  const where = url.replace(/\/\/[^@/]*@/, "//***@");
  client.on("ready", () => {
    if (store.warned) log(`Redis at ${where} is back; the shared cache serves again`);
    store.up = true;
    store.warned = false;
  });
  client.on("error", (/** @type {Error} */ e) => {
    store.up = false;
    if (!store.warned) {
      store.warned = true;
      log(`Redis at ${where} unreachable (${e.message}); serving from this instance's file-system cache until it is back`);
    }
  });
  client.on("end", () => (store.up = false));
  // A failed first connection keeps retrying (reconnectStrategy); the error is logged above.
  client.connect().catch(() => {});
  stores.set(url, store);
  return store;
}

/** `p`, or a rejection after COMMAND_TIMEOUT_MS. */
function timed(p) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`Redis did not answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Closes every Redis connection of this process (tests; a server simply exits). */
export async function closeAll() {
  const all = [...stores.values()];
  stores.clear();
  await Promise.all(all.map((s) => s.client.close?.().catch(() => {}) ?? s.client.quit().catch(() => {})));
}

// --- the handler ---------------------------------------------------------------------

/** The tags an entry is invalidated by: a page's or route's header, or a fetch's own. */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const tags = typeof header === "string" && header ? header.split(",") : [];
  if (ctx?.tags) tags.push(...ctx.tags);
  if (ctx?.softTags) tags.push(...ctx.softTags);
  return [...new Set(tags)];
}

/** @type {Map<string, string>} */
const buildIds = new Map();

/**
 * The build id of a server folder, read once: Next constructs a handler per request, and
 * reading BUILD_ID in each was 4.5% of the post page's serving CPU (bench/RESULTS.md, issue 20).
 */
export function buildIdOf(serverDistDir) {
  let id = buildIds.get(serverDistDir);
  if (id !== undefined) return id;
  try {
    id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    id = "dev";
  }
  buildIds.set(serverDistDir, id);
  return id;
}

export default class SharedCacheHandler {
  /** @param {import("next/dist/server/lib/incremental-cache").CacheHandlerContext} ctx */
  constructor(ctx) {
    /** Next's own: the build's prerendered files, and the whole cache without Redis. */
    this.files = ctx.fs && ctx.serverDistDir ? new FileSystemCache({ ...ctx, maxMemoryCacheSize: FILE_MEMORY_BYTES }) : null;
    const url = process.env.REDIS_URL;
    // `next build` always writes its files; only a running server shares.
    this.store = url && process.env.NEXT_PHASE !== "phase-production-build" ? storeFor(url) : null;
    this.prefix = process.env.REDIS_KEY_PREFIX ?? `blog:${ctx.serverDistDir ? buildIdOf(ctx.serverDistDir) : "dev"}:`;
    this.contentDir = process.env.CONTENT_DIR || path.join(process.cwd(), "content");
  }

  /** Whether commands go to Redis now. */
  get shared() {
    return Boolean(this.store?.up);
  }

  entryKey(key) {
    return `${this.prefix}e:${key}`;
  }

  get tagsKey() {
    return `${this.prefix}tags`;
  }

  get stampKey() {
    return `${this.prefix}content`;
  }

  /** A command failed: the file-system cache serves this request; the client's events track the state. */
  failed(what, e) {
    if (this.store && !this.store.warned) {
      this.store.warned = true;
      log(`Redis ${what} failed (${e instanceof Error ? e.message : String(e)}); serving from this instance's file-system cache`);
    }
  }

  /**
   * Copies the shared times of `tags` into Next's tag manifest (so Next's own stale and
   * expired checks see revalidations made on other instances) and says whether the entry
   * made at `lastModified` has expired.
   */
  async expired(tags, lastModified) {
    if (tags.length === 0) return false;
    const times = await timed(this.store.client.hmGet(this.tagsKey, tags));
    tags.forEach((tag, i) => {
      const raw = times[i];
      if (!raw) return;
      const shared = JSON.parse(String(raw));
      const local = tagsManifest.get(tag) ?? {};
      tagsManifest.set(tag, {
        ...local,
        ...(shared.stale !== undefined && (local.stale ?? 0) < shared.stale ? { stale: shared.stale } : {}),
        ...(shared.expired !== undefined && (local.expired ?? 0) < shared.expired ? { expired: shared.expired } : {}),
      });
    });
    const now = Date.now();
    return tags.some((tag) => {
      const at = tagsManifest.get(tag)?.expired;
      return typeof at === "number" && at <= now && at > lastModified;
    });
  }

  async get(key, ctx) {
    const found = await this.lookUp(key, ctx);
    // A miss, or an entry older than the last revalidation (maybe stale): Next renders next.
    if (!found || (found.lastModified ?? 0) <= lastRevalidation) noteAsk(key);
    return found;
  }

  async lookUp(key, ctx) {
    if (this.shared) {
      try {
        const data = await timed(this.store.client.hGet(this.entryKey(key), "data"));
        const entry = data ? JSON.parse(String(data)) : null;
        if (entry) {
          if (await this.expired(entry.tags ?? [], entry.lastModified)) return null;
          return { lastModified: entry.lastModified, value: decodeValue(entry.value), cacheControl: entry.cacheControl };
        }
        // Not in Redis yet: the build's prerendered page, unless a revalidation has passed it by.
        const built = (await this.files?.get(key, ctx)) ?? null;
        if (built && (await this.expired(tagsOf(built.value, ctx), built.lastModified))) return null;
        return built;
      } catch (e) {
        this.failed("read", e);
      }
    }
    return (await this.files?.get(key, ctx)) ?? null;
  }

  async set(key, data, ctx) {
    if (renderPredatesRevalidation(key)) return;
    if (this.shared) {
      try {
        const entry = { lastModified: Date.now(), value: encodeValue(data), cacheControl: ctx?.cacheControl, tags: tagsOf(data, ctx) };
        await timed(
          this.store.client.eval(SET_IF_CURRENT, {
            keys: [this.entryKey(key), this.stampKey],
            arguments: [String(contentStamp(this.contentDir)), JSON.stringify(entry)],
          }),
        );
        return;
      } catch (e) {
        this.failed("write", e);
      }
    }
    await this.files?.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    noteRevalidation();
    // Next's own manifest first: this instance's next request sees it even without Redis.
    await this.files?.revalidateTag(list, durations);
    if (!this.shared || list.length === 0) return;
    const now = Date.now();
    const times = Object.fromEntries(
      list.map((tag) => [tag, JSON.stringify(durations ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) } : { expired: now })]),
    );
    try {
      await timed(
        Promise.all([
          this.store.client.hSet(this.tagsKey, times),
          // The revalidating instance has seen the change: instances with older content stop writing.
          this.store.client.eval(RAISE, { keys: [this.stampKey], arguments: [String(contentStamp(this.contentDir, true))] }),
        ]),
      );
    } catch (e) {
      this.failed("revalidation", e);
    }
  }

  resetRequestCache() {
    this.files?.resetRequestCache?.();
  }
}
