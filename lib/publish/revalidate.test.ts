import { describe, expect, it } from "vitest";
import { classifyFiles, routeHandlerTag } from "./revalidate";

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

describe("routeHandlerTag: the tag Next gives a route handler's cached body", () => {
  it("is the URL with a trailing slash (as an OG card's .meta has it), for file-like URLs only", () => {
    expect(routeHandlerTag("/og/posts/x.png")).toBe("_N_T_/og/posts/x.png/");
    expect(routeHandlerTag("/tags/%E6%99%B6%E7%89%87/index.xml")).toBe("_N_T_/tags/%E6%99%B6%E7%89%87/index.xml/");
    expect(routeHandlerTag("/posts/x/")).toBeNull();
  });
});
