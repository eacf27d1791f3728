/**
 * HTTP response headers for every route, applied by next.config.ts `headers()`.
 *
 * script-src allows 'unsafe-inline' on purpose: every page is prerendered at build
 * time, and Next.js writes its flight data as inline <script> tags whose content
 * differs per page. A nonce would need a new value per request, i.e. dynamic
 * rendering of every page (no static HTML, no CDN caching); hashes would have to be
 * computed per page after the build. Posts cannot inject script (lib/render/remark-check-components
 * rejects <script>, on* attributes and javascript: URLs at build time, and front
 * matter is always rendered as text), so 'unsafe-inline' guards nothing we emit.
 */

import { frameOrigins } from "../embeds";
import { site } from "../site";
import { analyticsHosts, type AnalyticsConfig } from "./analytics";

/** Hosts whose players a reader may load by clicking an embed (each embed names its own). */
export const FRAME_HOSTS = frameOrigins();

export function contentSecurityPolicy(dev: boolean, frameHosts: readonly string[] = FRAME_HOSTS, analytics: AnalyticsConfig = site.analytics): string {
  // Only the configured analytics provider's hosts (analytics.ts), none by default.
  const tracking = analyticsHosts(analytics);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'unsafe-eval' only in dev: React Refresh and error overlays need it.
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), ...tracking.script],
    // Tailwind ships one stylesheet, but next/image and React set style attributes.
    "style-src": ["'self'", "'unsafe-inline'"],
    // https: for remote covers (front matter allows any https image).
    "img-src": ["'self'", "data:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : []), ...tracking.connect],
    // No players, no frames: an empty directive would be malformed.
    "frame-src": frameHosts.length ? [...frameHosts] : ["'none'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // The no-JavaScript fallback on /search/ is a GET form to Google's site search.
    "form-action": ["'self'", "https://www.google.com"],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(" ")}`)
    .join("; ");
}

export const HTML_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=86400, must-revalidate";


export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
  missing?: { type: "cookie" | "header"; key: string }[];
}

/** The cookie of Next's draft mode (a preview link): its responses are Next's own private, no-store. */
export const DRAFT_MODE_COOKIE = "__prerender_bypass";

/**
 * Every response gets nosniff; every response but the hashed build assets (scripts,
 * stylesheets and fonts under /_next/static/) gets the policies too. A policy header
 * on those assets protects nothing (CSP, frame, permission and opener policies govern
 * documents, and no asset here is ever a document or a worker) but costs ~700 bytes
 * on each of the six scripts a page loads (bench/: Lighthouse's script transfer).
 * nosniff stays on them: it is what makes a browser refuse a script sent as the wrong type.
 *
 * The sources use unnamed groups only: when a source has a named parameter (`/:path*`), Next
 * runs every header value of the rule through path-to-regexp on every request (compileNonPath,
 * for any value with a `:`, as the CSP has), which was 2.3% of the post page's serving CPU
 * (bench/RESULTS.md, issue 20 profile).
 */
export function securityHeaders(dev: boolean): HeaderRule[] {
  return [
    {
      source: "/(.*)",
      headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
    },
    {
      // Everything but the hashed assets: pages, feeds, JSON, public/ files, images.
      source: "/((?!_next/static/).*)",
      headers: [
        { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "X-Frame-Options", value: "DENY" },
        {
          key: "Permissions-Policy",
          // Embeds ask for autoplay and fullscreen inside their own frames; the site itself needs nothing.
          value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
        },
        { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      ],
    },
    {
      // Pages: browsers revalidate so a new post shows at once; a CDN may serve a page for a
      // minute and a stale one while it refetches. Hashed assets under /_next/static keep
      // Next's "public, max-age=31536000, immutable"; health checks and /api/ answers say
      // no-store themselves; a draft preview (its cookie) is never cached for other readers.
      // No ETag: pages change without a rebuild now (lib/publish/), so the one-per-build ETag
      // this sent would answer 304 with a stale page; Next's per-request hash of the HTML
      // (generateEtags) costs ~20% of serving CPU (bench/), so validators are left to the CDN.
      source: "/((?!_next/static|_next/image|healthz|api/).*)",
      missing: [{ type: "cookie", key: DRAFT_MODE_COOKIE }],
      headers: [{ key: "Cache-Control", value: HTML_CACHE_CONTROL }],
    },
  ];
}
