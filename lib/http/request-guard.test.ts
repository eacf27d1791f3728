import { describe, expect, it } from "vitest";
import { canonicalRouteHandlerPath, checkRequestPath, MAX_PATH_LENGTH } from "./request-guard";

describe("checkRequestPath", () => {
  it("lets ordinary and CJK paths through", () => {
    for (const p of ["/", "/posts/20260127-ai-enterprise-war/", `/tags/${encodeURIComponent("企業-ai")}/`, "/page/2/", "/healthz/"]) {
      expect(checkRequestPath(p)).toBeNull();
    }
  });

  it("answers 400 for malformed, truncated and overlong percent-encodings", () => {
    for (const p of ["/posts/%E4%/", "/posts/%/", "/posts/%ZZ/", "/tags/%C0%AE%C0%AE/", "/tags/%E4%B8/", "/posts/%ED%A0%80/"]) {
      expect(checkRequestPath(p)?.status, p).toBe(400);
    }
  });

  it("answers 400 for encoded control characters", () => {
    expect(checkRequestPath("/posts/a%00b/")?.status).toBe(400);
    expect(checkRequestPath("/posts/a%0Ab/")?.status).toBe(400);
  });

  it("answers 404 for encoded traversal and hidden slashes", () => {
    for (const p of ["/posts/..%2F..%2Fetc%2Fpasswd/", "/posts/%2e%2e/", "/posts/%2E/", "/posts/a%5Cb/", "/posts/../x/"]) {
      expect(checkRequestPath(p)?.status, p).toBe(404);
    }
  });

  it("answers 414 for overlong paths", () => {
    expect(checkRequestPath("/posts/" + "a".repeat(MAX_PATH_LENGTH) + "/")?.status).toBe(414);
  });
});

describe("canonicalRouteHandlerPath: one spelling per route handler URL", () => {
  it("re-spells a file-like path the way routes.ts does: upper-case hex, unreserved characters plain", () => {
    expect(canonicalRouteHandlerPath("/og/posts/%e5%8d%b3.png")).toBe("/og/posts/%E5%8D%B3.png");
    expect(canonicalRouteHandlerPath("/og/tags/a%2Db.png")).toBe("/og/tags/a-b.png");
    expect(canonicalRouteHandlerPath("/tags/c%2b%2b/index.xml")).toBe("/tags/c%2B%2B/index.xml");
  });
  it("leaves the site's own spelling, pages (a trailing slash), plain paths and undecodable ones alone", () => {
    expect(canonicalRouteHandlerPath("/og/posts/%E5%8D%B3.png")).toBeNull();
    expect(canonicalRouteHandlerPath("/posts/%e5%8d%b3/")).toBeNull();
    expect(canonicalRouteHandlerPath("/og/site.png")).toBeNull();
    expect(canonicalRouteHandlerPath("/og/%E4.png")).toBeNull();
  });
});
