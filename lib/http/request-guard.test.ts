import { describe, expect, it } from "vitest";
import { checkRequestPath, MAX_PATH_LENGTH } from "./request-guard";

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
