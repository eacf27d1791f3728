import { describe, expect, it } from "vitest";
import { classifyFiles } from "./revalidate";

describe("classifyFiles: the webhook body's file names", () => {
  const roots = { project: "/srv/blog", content: "/srv/blog/content", public: "/srv/blog/public" };
  it("takes paths relative to the project, to CONTENT_DIR or PUBLIC_DIR, or absolute", () => {
    expect(
      classifyFiles(["content/posts/a.md", "posts/b.mdx", "public/images/a.png", "images/b.png", "/srv/blog/public/images/c.jpg", "/srv/blog/content/companies/x.md"], roots),
    ).toEqual({
      contentFiles: ["posts/a.md", "posts/b.mdx", "companies/x.md"],
      publicFiles: ["images/a.png", "images/b.png", "images/c.jpg"],
      ignored: [],
    });
  });
  it("ignores what leaves both folders, and what is not a path", () => {
    expect(classifyFiles(["../etc/passwd", "/etc/passwd", "content/../../x.md", "", 42, "a\0b"], roots)).toEqual({
      contentFiles: [],
      publicFiles: [],
      ignored: ["../etc/passwd", "/etc/passwd", "content/../../x.md", "", "42", "a\0b"],
    });
  });
});
