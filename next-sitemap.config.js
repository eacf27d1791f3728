// Run by scripts/sitemap.ts after `next build`, which first writes .sitemap-data.json
// (lastmod of every page, from lib/seo/sitemap-lastmod.ts).
import { readFileSync } from "node:fs";

const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const { lastmod } = JSON.parse(readFileSync(new URL("./.sitemap-data.json", import.meta.url), "utf8"));

/** Decoded path with a trailing slash: the key of .sitemap-data.json. */
function key(loc) {
  let p = loc;
  try {
    p = decodeURIComponent(loc);
  } catch {
    // keep as is
  }
  return p.endsWith("/") ? p : `${p}/`;
}

/**
 * The URL a reader is served, percent-encoded segment by segment (encodeURI would
 * leave `#` and `+` of tags like `c#`, `c++` as they are). A last segment that looks
 * like a file name (`node.js`) is served without the trailing slash (lib/http/routes.ts).
 */
function servedPath(k) {
  if (k === "/") return { loc: "/", trailingSlash: true };
  const path = k.replace(/\/$/, "").split("/").map((s) => encodeURIComponent(s)).join("/");
  return { loc: path, trailingSlash: !/\.\w+$/.test(path) };
}

/** @type {import('next-sitemap').IConfig} */
const config = {
  siteUrl,
  // e2e and benchmark builds live in their own folder.
  sourceDir: process.env.NEXT_DIST_DIR || ".next",
  outDir: process.env.PUBLIC_DIR || "public",
  // servedPath() turns it off for a file-like last segment such as node.js.
  trailingSlash: true,
  generateRobotsTxt: true,
  autoLastmod: false,
  // Feeds, images and health checks are not pages.
  exclude: ["/healthz", "/healthz/*", "/reading-list", "/reading-list/*", "/search-text/*", "/search-shards/*", "/*.xml", "/*.json", "/*/index.xml", "/*/*/index.xml", "/og/*", "/icon.svg", "/*.svg", "/404", "/500", "/_*"],
  transform: async (cfg, loc) => {
    const k = key(loc);
    // A tag spelling variant's page only redirects to the canonical tag, which has a lastmod.
    if (/^\/tags\/[^/]+\/$/.test(k) && !(k in lastmod)) return null;
    return {
      ...servedPath(k),
      lastmod: lastmod[k],
      changefreq: k.startsWith("/posts/") ? "weekly" : "daily",
      priority: k === "/" ? 1 : k.startsWith("/posts/") ? 0.8 : 0.5,
    };
  },
  robotsTxtOptions: {
    policies: [{ userAgent: "*", allow: "/" }],
    additionalSitemaps: [`${siteUrl}/news-sitemap.xml`],
    // next-sitemap adds a Yandex-only "Host" line with a scheme, which other crawlers flag.
    transformRobotsTxt: async (_cfg, text) => text.replace(/# Host\nHost: .*\n\n/, ""),
  },
};

export default config;
