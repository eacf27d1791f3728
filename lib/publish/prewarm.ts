/**
 * The build prerenders only the newest posts (lib/views/prerender.ts); an older one renders
 * on its first request. The first such request in a server process also paid for loading the
 * content index and the MDX pipeline (@mdx-js/mdx and its plugins from node_modules, shiki's
 * highlighter): 774-892 ms, against 70-200 ms for the next old posts (1,000 posts, load ~6).
 * The server does that once at start instead (instrumentation.ts), in the background: the
 * pipeline here; the content index is loaded by the start-up warm-up (start-warm.ts), which
 * lists its pages from it.
 */
import { compileSource } from "../render/compile";

/** A heading, inline code and a code block: every plugin of the pipeline runs once. */
const SAMPLE = "## 暖身\n\n一段**文字**與 `code`。\n\n```ts\nconst answer = 42;\n```\n";

export async function prewarmRenderer(): Promise<void> {
  try {
    await compileSource(SAMPLE, "mdx");
  } catch {
    // Only speed is lost: the first request loads what it needs, and reports what is wrong.
  }
}
