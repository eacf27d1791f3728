import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "./diagnostics";
import { loadContentIndex } from "./posts";
import { postsPageHref } from "./routes";
import { post, postsFolder } from "./test-helpers";

describe("the list of all posts", () => {
  it("lives under /posts/", () => {
    expect(postsPageHref(1)).toBe("/posts/");
    expect(postsPageHref(2)).toBe("/posts/page/2/");
  });

  it("reserves the slug page, which /posts/page/N/ uses", () => {
    const dir = postsFolder({
      "page.md": post({ title: "P", date: "2026-01-01" }),
      "renamed.md": post({ title: "R", date: "2026-01-01", slug: "page" }),
      "ok.md": post({ title: "O", date: "2026-01-01" }),
    });
    const idx = loadContentIndex({ dir, now: new Date("2026-06-01T00:00:00Z"), includeDrafts: false, buildFuture: false });
    expect(idx.posts.map((p) => p.slug)).toEqual(["ok"]);
    const errors = idx.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    expect(errors).toHaveLength(2);
    expect(errors).toContainEqual(expect.stringMatching(/page\.md slug: has the slug "page", which is reserved/));
    expect(errors).toContainEqual(expect.stringMatching(/renamed\.md slug: has the slug "page", which is reserved/));
  });
});
