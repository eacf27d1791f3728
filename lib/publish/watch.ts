/**
 * The production server's own triggers (started once by instrumentation.ts `register()`):
 *
 * - a watcher on CONTENT_DIR and PUBLIC_DIR: changes are gathered for DEBOUNCE_MS (an editor's
 *   save is several events; a `git pull` many files) and sent as one POST to this server's
 *   /api/revalidate/, because Next's revalidation functions run only in route handlers;
 * - a scheduler: a timer set for the next future post's date (reset after every reload, which
 *   the store announces), so a scheduled post goes live on time with no request and no build.
 *
 * Both authenticate with REVALIDATE_SECRET, or without one with this process's own secret
 * (lib/publish/secret.ts). CONTENT_WATCH=0 turns both off (a static deploy, or a host where
 * only the webhook should say when).
 */
import { existsSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { contentDir, publicDir } from "../content/environment";
import { contentSnapshot, onContentReload, type ContentSnapshot } from "../content/store";
import { REVALIDATE_PATH } from "../http/routes";
import { processSecret } from "./secret";

const DEBOUNCE_MS = 150;
/** setTimeout's longest delay; a post further ahead is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Past the post's time, so its date compares as passed on any clock rounding. */
const SCHEDULE_SLACK_MS = 1000;

export interface PublishTriggers {
  close(): void;
}

/** Where this server listens, as a URL its own process can call. */
export function selfUrl(env: NodeJS.ProcessEnv = process.env): string {
  const host = !env.HOSTNAME || env.HOSTNAME === "0.0.0.0" || env.HOSTNAME === "::" ? "127.0.0.1" : env.HOSTNAME;
  return `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT ?? "3000"}`;
}

async function callRevalidate(files: string[], why: string): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET || processSecret();
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await fetch(`${selfUrl()}${REVALIDATE_PATH}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
        body: JSON.stringify({ files }),
      });
      if (res.ok) {
        const report = (await res.json()) as { changed?: { posts?: string[] }; contentErrors?: unknown[]; ms?: number };
        if (process.env.BLOG_QUIET !== "1") console.log(`revalidated (${why}): ${report.changed?.posts?.length ?? 0} posts changed, ${report.contentErrors?.length ?? 0} content errors, ${report.ms ?? "?"} ms`);
        return;
      }
      console.error(`revalidate (${why}) answered ${res.status}: ${await res.text()}`);
      return;
    } catch (e) {
      // The server may not listen yet (a change at start-up): try again shortly.
      if (attempt === 3) console.error(`revalidate (${why}) failed: ${e instanceof Error ? e.message : String(e)}`);
      else await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

/** The next time a post becomes visible: the earliest non-draft post dated after `now`. */
export function nextScheduled(snapshot: ContentSnapshot, now = Date.now()): Date | null {
  let next: Date | null = null;
  for (const p of snapshot.content.all) {
    if (p.draft || p.date.getTime() <= now) continue;
    if (!next || p.date < next) next = p.date;
  }
  return next;
}

function watchTree(dir: string, onChange: (abs: string) => void): FSWatcher | null {
  if (!existsSync(dir)) return null;
  const watcher = watch(dir, { recursive: true }, (_event, name) => onChange(name ? path.join(dir, name.toString()) : dir));
  watcher.on("error", (e) => console.error(`watching ${dir}: ${e.message}`));
  return watcher;
}

export function startPublishTriggers(): PublishTriggers {
  const pending = new Set<string>();
  let debounce: NodeJS.Timeout | undefined;
  const flush = () => {
    debounce = undefined;
    const files = [...pending];
    pending.clear();
    void callRevalidate(files, `${files.length} files`);
  };
  const changed = (abs: string) => {
    // Editors' swap and backup files are not content.
    if (/(\.swp|~|\.tmp|\.crswap)$|\/\.#/.test(abs)) return;
    pending.add(abs);
    clearTimeout(debounce);
    debounce = setTimeout(flush, DEBOUNCE_MS);
  };
  const watchers = [watchTree(contentDir(), changed), watchTree(publicDir(), changed)].filter((w): w is FSWatcher => !!w);

  let timer: NodeJS.Timeout | undefined;
  const arm = (snapshot: ContentSnapshot) => {
    clearTimeout(timer);
    const next = nextScheduled(snapshot);
    if (!next) return;
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, next.getTime() - Date.now()) + SCHEDULE_SLACK_MS);
    timer = setTimeout(() => void callRevalidate([], `scheduled post due ${next.toISOString()}`), delay);
    timer.unref();
  };
  const unsubscribe = onContentReload(arm);
  // The first load after start-up, off the start-up path.
  const first = setTimeout(() => arm(contentSnapshot()), 0);
  first.unref();

  return {
    close() {
      for (const w of watchers) w.close();
      clearTimeout(debounce);
      clearTimeout(timer);
      clearTimeout(first);
      unsubscribe();
    },
  };
}
