"use client";
/**
 * Loads the search code on demand: the header ships only this tiny loader, and the
 * tokeniser, index reader and highlighter arrive when a reader starts searching.
 */
export type Engine = typeof import("@/lib/search/browser");

let engine: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  if (!engine) {
    engine = import("@/lib/search/browser");
    engine.catch(() => (engine = null));
  }
  return engine;
}

/** Fetches the code and the index meta, so the first query does not wait for them. */
export function warmUp(): void {
  loadEngine()
    .then((e) => e.preload())
    .catch(() => {
      // A failed preload is retried by the first search, which reports the error.
    });
}
