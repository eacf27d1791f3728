import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

// Next's own matcher for next.config `headers()` sources (not in its typings).
const { getPathMatch } = createRequire(import.meta.url)("next/dist/shared/lib/router/utils/path-match") as {
  getPathMatch: (source: string, options?: object) => (pathname: string) => false | object;
};

/** The header keys Next sets on a path, from every rule whose source matches it. */
const headersOn = (pathname: string) =>
  securityHeaders(false).flatMap((rule) => (getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname) ? rule.headers.map((h) => h.key) : []));

describe("security headers by path", () => {
  it("pages get the page Cache-Control and no ETag (pages change without a rebuild)", () => {
    expect(headersOn("/posts/a/")).toEqual(expect.arrayContaining(["Content-Security-Policy", "Cache-Control"]));
    expect(headersOn("/posts/a/")).not.toContain("ETag");
  });

  it("/api/ answers (the analytics reach) keep their own Cache-Control", () => {
    const keys = headersOn("/api/analytics-reach/");
    expect(keys).toContain("Content-Security-Policy");
    expect(keys).not.toContain("Cache-Control");
    expect(keys).not.toContain("ETag");
  });

  it("no rule has a named parameter, so Next sends the values as they are instead of compiling them per request", () => {
    for (const rule of securityHeaders(false)) {
      const match = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })("/posts/a/");
      if (match) expect(Object.keys(match), rule.source).toEqual([]);
    }
    expect(headersOn("/")).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Content-Security-Policy", "Cache-Control"]));
    expect(headersOn("/_next/static/chunks/a.js")).toEqual(["X-Content-Type-Options"]);
  });
});
