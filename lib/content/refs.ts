/**
 * Hugo `ref`/`relref` resolution, once every post is known: each target names a post
 * by file name (or its slug:), and points at that post's URL. An unknown target is an
 * error. The result is a map beside the posts; posts themselves are never changed.
 */
import path from "node:path";
import { diagnostic, type Diagnostic } from "./errors";
import { problem } from "./messages";
import type { Post, RefMap } from "./post";
import { refKey } from "./shortcode-syntax";
import { postHref } from "../http/routes";

export function resolveRefs(posts: readonly Post[], diagnostics: Diagnostic[]): Map<string, RefMap> {
  const byKey = new Map<string, Post>();
  for (const p of posts) byKey.set(path.basename(p.source.absPath, path.extname(p.source.absPath)), p);
  for (const p of posts) if (!byKey.has(p.slug)) byKey.set(p.slug, p);
  const out = new Map<string, RefMap>();
  for (const post of posts) {
    if (post.refTargets.length === 0) continue;
    const refs: RefMap = {};
    for (const { target, line } of post.refTargets) {
      const { key, anchor } = refKey(target);
      const to = byKey.get(key);
      if (to) refs[target] = postHref(to.slug) + anchor;
      else diagnostics.push(diagnostic("error", post.source.file, problem("ref-unknown-post", target), { line }));
    }
    out.set(post.slug, refs);
  }
  return out;
}
