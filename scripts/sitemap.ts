/**
 * After `next build`: sitemap.xml and robots.txt by next-sitemap (from the build's
 * manifests, so only pages that were built are listed: no drafts, no future posts),
 * with each page's URL and lastmod decided by lib/seo/sitemap-entries.ts, and
 * news-sitemap.xml. Honors NEXT_DIST_DIR (the build folder), CONTENT_DIR, PUBLIC_DIR
 * and SITE_URL.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContentIndex } from "../lib/content/content-index";
import { loadEntriesIndex } from "../lib/content/entries-index";
import { publicDir } from "../lib/content/environment";
import { newsPosts, newsSitemapXml } from "../lib/seo/news-sitemap";
import { sitemapEntries } from "../lib/seo/sitemap-entries";
import { buildRedirects } from "../lib/views/redirects";

const started = Date.now();
const { posts } = loadContentIndex({ includeDrafts: false });
const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const prerendered = Object.keys((JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> }).routes);
const entries = loadEntriesIndex({ includeDrafts: false });
// Old URLs that redirect (aliases, Hugo's term URLs) are prerendered too, but are not pages.
const redirects = buildRedirects({ posts, entries }).keys();
writeFileSync(path.join(process.cwd(), ".sitemap-data.json"), JSON.stringify({ entries: sitemapEntries(prerendered, posts, entries.byHref.values(), redirects) }));
const news = newsPosts(posts, new Date());
writeFileSync(path.join(publicDir(), "news-sitemap.xml"), newsSitemapXml(news));
execFileSync(process.execPath, [path.join("node_modules", "next-sitemap", "bin", "next-sitemap.mjs"), "--config", "next-sitemap.config.js"], { stdio: "inherit" });
console.log(`sitemaps: ${posts.length} posts, ${news.length} in the news sitemap, ${Date.now() - started} ms`);
