#!/usr/bin/env node
/**
 * After `next build` (npm run build's postbuild): the standalone server carries the content it
 * was built from, so a static deploy (only `.next/standalone/` shipped, no checkout on the
 * host) still renders its long tail on first request: later list pages, rare tags, tag
 * feeds, OG cards (what the build did not prerender). Copies CONTENT_DIR (default ./content)
 * to <distDir>/standalone/content, where the server looks when CONTENT_DIR is unset, and the
 * build's compiled posts and search data (<distDir>/cache/{mdx,search-index,search-text},
 * not the bundler's cache) beside it, so those first requests compile nothing.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(root, distDir, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.log(`carry content: no standalone server in ${distDir}; nothing to do`);
  process.exit(0);
}
const content = path.resolve(process.env.CONTENT_DIR || path.join(root, "content"));
const target = path.join(standalone, "content");
rmSync(target, { recursive: true, force: true });
if (existsSync(content)) cpSync(content, target, { recursive: true });
for (const area of ["mdx", "search-index", "search-text"]) {
  const from = path.join(root, distDir, "cache", area);
  const to = path.join(standalone, distDir, "cache", area);
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
console.log(`carry content: ${path.relative(root, content) || "."} -> ${path.relative(root, target)} (with the build's compiled posts)`);
