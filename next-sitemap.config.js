// Run by scripts/sitemap.ts after `next build`, which first writes .sitemap-data.json:
// for each prerendered page, its served URL, lastmod, changefreq and priority
// (lib/seo/sitemap-entries.ts, from lib/http/routes.ts). This file only looks them up.
import { readFileSync } from "node:fs";

const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const { entries } = JSON.parse(readFileSync(new URL("./.sitemap-data.json", import.meta.url), "utf8"));

/** The key of .sitemap-data.json: the decoded path with a trailing slash. */
function key(loc) {
  let p = loc;
  try {
    p = decodeURIComponent(loc);
  } catch {
    // keep as is
  }
  return p.endsWith("/") ? p : `${p}/`;
}

/** @type {import('next-sitemap').IConfig} */
const config = {
  siteUrl,
  // e2e and benchmark builds live in their own folder.
  sourceDir: process.env.NEXT_DIST_DIR || ".next",
  outDir: process.env.PUBLIC_DIR || "public",
  // Each entry says whether its URL has one (a file-like last segment such as node.js has not).
  trailingSlash: true,
  generateRobotsTxt: true,
  autoLastmod: false,
  // Paths that are not pages (feeds, data, cards) have no entry and are left out.
  transform: async (_cfg, loc) => entries[key(loc)] ?? null,
  robotsTxtOptions: {
    policies: [{ userAgent: "*", allow: "/" }],
    additionalSitemaps: [`${siteUrl}/news-sitemap.xml`],
    // next-sitemap adds a Yandex-only "Host" line with a scheme, which other crawlers flag.
    transformRobotsTxt: async (_cfg, text) => text.replace(/# Host\nHost: .*\n\n/, ""),
  },
};

export default config;
