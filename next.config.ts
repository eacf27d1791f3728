import { availableParallelism } from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { homeHref, legacyPostsPagePath, listFirstPagePath, postsPagePath } from "./lib/http/routes";
import { securityHeaders } from "./lib/http/security-headers";

// Server-only libraries (Markdown/MDX, YAML/TOML, Redis, feeds) loaded from node_modules at run
// time instead of bundled per route and layer; the standalone output traces them. Compile-only
// build, 1,000 posts: 29 s of CPU against 44-49 s bundled (shiki is external by Next's default).
const SERVER_ONLY_PACKAGES = [
  "@mdx-js/mdx", "@redis/client", "@shikijs/rehype", "feed", "github-slugger", "hast-util-to-string", "image-size",
  "mdast-util-from-markdown", "mdast-util-gfm", "mdast-util-mdx", "mdast-util-mdx-jsx", "mdast-util-to-string",
  "micromark-extension-gfm", "micromark-extension-mdxjs", "rehype-raw", "rehype-sanitize", "rehype-slug", "rehype-stringify",
  "remark-cjk-friendly", "remark-gfm", "remark-parse", "remark-rehype", "smol-toml", "unified", "unist-util-visit", "vfile", "yaml", "zod",
];

const buildId = process.env.BUILD_ID || `${Date.now().toString(36)}`;

const nextConfig: NextConfig = {
  generateBuildId: async () => buildId,
  // APP_BUILT_AT: what the prerendered pages know; a server started later catches up (lib/publish/watch.ts).
  env: { APP_BUILD_ID: buildId, APP_BUILT_AT: String(Date.now()) },
  trailingSlash: true,
  // Webhook senders do not follow redirects, so /api/... answers with and without the slash:
  // Next's own slash redirects are off and redirects() below adds them back for every other URL.
  skipTrailingSlashRedirect: true,
  // e2e and benchmark builds use their own output folder so they never clobber a dev build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server (node_modules traced in) to copy to a Node host; see README "Deploy".
  output: "standalone",
  // The server reads the site configuration at start-up; the standalone folder needs a copy.
  // The OG card route reads the font's chunks by name at run time (lib/seo/og-render.ts).
  outputFileTracingIncludes: {
    "/*": ["./site.config.yaml"],
    "/og/**": ["./node_modules/@fontsource/noto-sans-tc/unicode.json", "./node_modules/@fontsource/noto-sans-tc/files/*-{400,700}-normal.woff"],
  },
  // The OG card route's renderers load a native binary (resvg) and WebAssembly (satori's
  // layout) from their own package folders.
  serverExternalPackages: ["@resvg/resvg-js", "satori", ...SERVER_ONLY_PACKAGES],
  // Next's incremental cache (ISR pages, route bodies, tag revalidations): shared through Redis
  // between instances when REDIS_URL is set where the server runs, Next's own file-system cache
  // otherwise; the handler decides when it starts (the setting is fixed at build). No
  // in-memory copy in front of it, as Next's docs say for a shared cache: an instance
  // must see what another one revalidated.
  cacheHandler: path.join(process.cwd(), "lib", "cache", "cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  poweredByHeader: false,
  // Next would hash every page's HTML on every request for its ETag (~20% of serving CPU);
  // pages change without a rebuild, so no build-wide ETag either (lib/http/security-headers.ts).
  generateEtags: false,
  // `npm test` and CI run `tsc --noEmit`; checking again here cost every build ~7 s.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next leaves one core to its main process, which idles while pages render: on a
    // 2-core host that halves static generation (measured in bench/).
    cpus: Number(process.env.NEXT_BUILD_CPUS) || availableParallelism(),
    // Off by default: a cold build (CI, a deploy, bench/) paid ~10 s of CPU to write
    // Turbopack's cache (compile-only: 40 s of CPU against 29 s without; 100 MB written) for
    // a rebuild that may never come. TURBOPACK_BUILD_CACHE=1 keeps it in <distDir>/cache,
    // so rebuilding after an edit recompiles only the changed modules.
    turbopackFileSystemCacheForBuild: process.env.TURBOPACK_BUILD_CACHE === "1",
    // Inlining measures the gzip size of every segment of every page, for next/link's
    // client-side prefetches; the site links with plain <a> (eslint forbids next/link),
    // so that was a quarter of static generation (34.5 s -> 25.8 s at 1,000 posts) for nothing.
    prefetchInlining: false,
  },
  reactStrictMode: true,
  // The list of all posts moved from / to /posts/; old /page/N/ links keep working (308).
  // Page 1 of any list (/page/1/, /tags/x/page/1/, /<section>/page/1/) is Hugo's alias of the
  // list itself. A fixed handful of patterns: per-content redirects (aliases, Hugo's term URLs)
  // are prerendered by their routes instead (lib/views/redirects.ts).
  async redirects() {
    return [
      // Next's trailingSlash redirects (lib/load-custom-routes.js), minus /api/: a file-like last
      // segment loses its slash (/index.xml/ -> /index.xml), any other path gains one. Next lets a
      // custom redirect's source end in an optional slash; `(?!/)` keeps /posts/ from matching.
      { source: "/:file((?!\\.well-known(?:/.*)?|api(?:/.*)?$)(?:[^/]+/)*[^/]+\\.\\w+)/", destination: "/:file", permanent: true },
      { source: "/:notfile((?!\\.well-known(?:/.*)?|api(?:/.*)?$)(?:[^/]+/)*[^/\\.]+(?!/))", destination: "/:notfile/", permanent: true },
      { source: legacyPostsPagePath("1"), destination: homeHref(), permanent: true },
      { source: legacyPostsPagePath(":page(\\d+)"), destination: postsPagePath(":page"), permanent: true },
      { source: listFirstPagePath("/:path+/"), destination: "/:path+/", permanent: true },
    ];
  },
  async headers() {
    return securityHeaders(process.env.NODE_ENV !== "production");
  },
};

export default nextConfig;
