/**
 * Runs once when the production server starts, all in the background:
 * - the renderer's warm-up (lib/publish/prewarm.ts: the content index, and a sample through the
 *   MDX pipeline, whose libraries are external and so shared with every route), since an old
 *   post the build did not prerender compiles on its first request;
 * - the start-up warm-up (lib/publish/start-warm.ts: a page of each long-tail kind rendered once
 *   in draft mode, so a reader's first request to a page the build did not prerender is not the
 *   process's first render of its kind);
 * - the content watcher and the scheduler of future posts (lib/publish/watch.ts), which call this
 *   server's /api/revalidate/.
 * Not in `next dev` (it rescans content itself), not while `next build` prerenders. CONTENT_WATCH=0
 * (a static deploy, or a host that only takes the webhook) turns off the watcher and the scheduler,
 * WARM_START=0 both warm-ups.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { shouldWarmAtStart, warmAtStart } = await import("./lib/publish/start-warm");
  if (shouldWarmAtStart()) {
    // Not awaited: Next serves no request before register() returns, and the warm-up asks this server for pages.
    void import("./lib/publish/prewarm").then(({ prewarmRenderer }) => prewarmRenderer());
    void warmAtStart();
  }
  if (process.env.CONTENT_WATCH === "0" || process.env.CONTENT_WATCH === "false") return;
  const { startPublishTriggers } = await import("./lib/publish/watch");
  startPublishTriggers();
}
