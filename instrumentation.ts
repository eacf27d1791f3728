/**
 * Runs once when the production server starts: the renderer's warm-up (lib/publish/prewarm.ts),
 * in the background, and the content watcher and the scheduler of future posts
 * (lib/publish/watch.ts), which call this server's /api/revalidate/. Not in `next dev`
 * (it rescans content itself), not while `next build` prerenders; no watcher with
 * CONTENT_WATCH=0 (a static deploy, or a host that only takes the webhook).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Not awaited: the server answers prerendered pages meanwhile.
  void import("./lib/publish/prewarm").then(({ prewarmRenderer }) => prewarmRenderer());
  if (process.env.CONTENT_WATCH === "0" || process.env.CONTENT_WATCH === "false") return;
  const { startPublishTriggers } = await import("./lib/publish/watch");
  startPublishTriggers();
}
