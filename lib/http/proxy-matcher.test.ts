import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { config } from "../../proxy";
import { checkRequestPath, MAX_PATH_LENGTH } from "./request-guard";

// Next's own compile of `config.matcher` (what `next build` writes into the manifest; not in its typings) and its test of a path.
const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers: (matcher: typeof config.matcher, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const match = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));

/** As Next's router asks (resolve-routes): the raw path, then the decoded one if it decodes. */
function proxyRuns(pathname: string, headers: Record<string, string> = {}): boolean {
  const req = { headers } as never;
  if (match(pathname, req, {})) return true;
  try {
    return match(decodeURIComponent(pathname), req, {});
  } catch {
    return false;
  }
}

const REJECTED = [
  "/posts/..%2F..%2Fetc%2Fpasswd/",
  "/posts/%2e%2e%2f%2e%2e%2fpackage.json/",
  "/posts/%E4%/",
  "/posts/%/",
  "/posts/%ZZ/",
  "/tags/%C0%AE%C0%AE/",
  "/tags/%E4%B8/",
  "/posts/%ED%A0%80/",
  "/posts/a%00b/",
  "/posts/a%0Ab/",
  "/posts/%2E/",
  "/posts/a%5Cb/",
  "/posts/../x/",
  `/posts/${"a".repeat(3000)}/`,
  `/${"a".repeat(MAX_PATH_LENGTH)}`,
];

describe("proxy matcher", () => {
  it("sends every path the guard refuses through the proxy", () => {
    for (const p of REJECTED) {
      expect(checkRequestPath(p), p).not.toBeNull();
      expect(proxyRuns(p), p).toBe(true);
    }
  });

  it("covers the guard on generated paths: percent signs, dots, lengths around the limit", () => {
    const pieces = ["a", "-", ".", "..", "%", "%2", "%2e", "%2E%2e", "%2F", "%5c", "%00", "%1f", "%7F", "%E4%B8%AD", "%E4%B8", "%C0%AE", "中", "~", "%25"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const paths: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const segments = Array.from({ length: 1 + (next() % 4) }, () => Array.from({ length: 1 + (next() % 4) }, () => pieces[next() % pieces.length]).join(""));
      paths.push(`/${segments.join("/")}/`);
    }
    for (const n of [MAX_PATH_LENGTH - 2, MAX_PATH_LENGTH - 1, MAX_PATH_LENGTH, MAX_PATH_LENGTH + 1, 5000]) paths.push(`/${"p".repeat(n - 1)}`);
    for (const p of paths) if (checkRequestPath(p)) expect(proxyRuns(p), p).toBe(true);
  });

  it("skips the proxy on ordinary paths, where the guard cannot refuse anything", () => {
    for (const p of ["/", "/posts/20260127-ai-enterprise-war/", "/posts/", "/posts/page/2/", "/tags/openai/", "/index.xml", "/healthz/", "/search/", `/${"a".repeat(MAX_PATH_LENGTH - 1)}`]) {
      expect(checkRequestPath(p), p).toBeNull();
      expect(proxyRuns(p), p).toBe(false);
    }
  });

  it("does not run on revalidations (If-None-Match) either: there is no build-wide ETag to answer 304 with", () => {
    for (const p of ["/", "/posts/20260127-ai-enterprise-war/", "/index.xml", "/healthz/", "/api/analytics-reach/"]) expect(proxyRuns(p, { "if-none-match": '"abc"' }), p).toBe(false);
  });

  it("never runs on hashed assets or image optimisation", () => {
    expect(proxyRuns("/_next/static/chunks/%E4%.js")).toBe(false);
    expect(proxyRuns("/_next/static/chunks/a.js", { "if-none-match": '"abc"' })).toBe(false);
    expect(proxyRuns("/_next/image/")).toBe(false);
  });
});
