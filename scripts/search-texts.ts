/**
 * After `next build`: writes each post's snippet text (description and body words) as
 * <distDir>/static/search-text/<build id>/<n>.txt, numbered as in the search index the
 * build served, so the browser fetches them as immutable assets
 * (/_next/static/search-text/...) and the build renders no page per post for them.
 * Texts come from the build cache (lib/render/compile.ts keeps them from its own parse), so after a
 * full build this parses no post body, only the front matter of the content index.
 * Honors NEXT_DIST_DIR and CONTENT_DIR.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContentIndex } from "../lib/content/content-index";
import { loadEntriesIndex } from "../lib/content/entries-index";
import { searchTextFiles } from "../lib/search/source";
import type { SearchMeta } from "../lib/search/search-index";

const started = Date.now();
const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const metaFile = path.join(distDir, "server", "app", "search-index.json.body");
const buildIdFile = path.join(distDir, "BUILD_ID");
if (!existsSync(metaFile) || !existsSync(buildIdFile)) {
  console.error(`search texts: ${path.relative(process.cwd(), existsSync(buildIdFile) ? metaFile : buildIdFile)} is missing; run next build first (npm run build does both)`);
  process.exit(1);
}
const build = readFileSync(buildIdFile, "utf8").trim();
const { docs } = JSON.parse(readFileSync(metaFile, "utf8")) as SearchMeta;
const root = path.join(distDir, "static", "search-text");
// Only this build's texts: an older build's numbering means nothing now.
rmSync(root, { recursive: true, force: true });
const out = path.join(root, build);
mkdirSync(out, { recursive: true });
let count = 0;
for (const { file, text } of searchTextFiles(docs, loadContentIndex({ includeDrafts: false }).bySlug, loadEntriesIndex({ includeDrafts: false }).byHref)) {
  writeFileSync(path.join(out, file), text);
  count++;
}
console.log(`search texts: ${count} posts in ${path.relative(process.cwd(), out)}, ${Date.now() - started} ms`);
