import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadEntriesIndex } from "./entries-index";
import { formatDiagnostic } from "./errors";
import { contentFolder, post } from "../test-helpers";

const page = (title: string, more: Record<string, string> = {}, body = "") => post({ title, ...more }, body);

describe("pages, sections and entries", () => {
  const dir = contentFolder({
    "about.md": page("關於我們", {}, "我們整理 AI 產業新聞。\n"),
    "privacy.mdx": page("隱私權政策"),
    "_index.md": page("首頁"),
    "posts/_index.md": page("所有文章", { description: '"每一篇"' }),
    "posts/a.md": page("A", { date: "2026-01-01" }),
    "companies/_index.md": page("公司", {}, "本站報導的公司。\n"),
    "companies/openai.md": page("OpenAI"),
    "companies/anthropic/index.md": page("Anthropic"),
    "companies/asia/tsmc.md": page("台積電"),
    "companies/renamed.md": page("Renamed Co", { slug: "new-name" }),
    "people/sam.md": page("Sam Altman", { kind: "person" }),
    "about-us/_index.md": page("關於本站"),
    "archives/_index.md": page("所有文章列表", { url: "/archives/" }),
    "search.md": page("搜尋本站"),
    "notes/draft.md": page("草稿", { draft: "true" }),
    "tags/x.md": page("X"),
    "companies/page.md": page("Page"),
    "companies/dup.md": page("Dup", { url: "/companies/openai/" }),
    "companies/_hidden.md": page("hidden"),
  });
  const index = loadEntriesIndex({ dir, includeDrafts: false });
  const problems = index.diagnostics.map((d) => [d.severity, formatDiagnostic(d).split(dir + path.sep).join("")]);

  it("serves root pages, sections and entries at Hugo's URLs (slug overrides, nested folders nest, bundles are entries)", () => {
    expect([...index.byHref.keys()].sort()).toEqual(["/about-us/", "/about/", "/companies/", "/companies/anthropic/", "/companies/asia/tsmc/", "/companies/new-name/", "/companies/openai/", "/people/sam/", "/privacy/"]);
    expect(index.sections.get("companies")?.entries.map((e) => e.title).sort()).toEqual(["Anthropic", "OpenAI", "Renamed Co", "台積電"]);
    expect(index.sections.get("companies")?.page?.title).toBe("公司");
  });

  it("picks each section's kind: the configuration's defaults, or the files' kind:", () => {
    expect(index.sections.get("companies")?.kind).toBe("organization");
    expect(index.sections.get("people")?.kind).toBe("person");
  });

  it("treats a section with no entries as a page", () => {
    expect(index.pages.map((p) => p.href).sort()).toEqual(["/about-us/", "/about/", "/privacy/"]);
    expect(index.sections.has("about-us")).toBe(false);
  });

  it("lets a file at one of the site's own routes give it a title and intro instead of a second page", () => {
    expect([...index.claims.keys()].sort()).toEqual(["/", "/archives/", "/posts/", "/search/"]);
    expect(index.claims.get("/posts/")?.description).toBe("每一篇");
  });

  it("hides drafts from readers", () => {
    expect(index.byHref.has("/notes/draft/")).toBe(false);
    expect(loadEntriesIndex({ dir, includeDrafts: true }).byHref.has("/notes/draft/")).toBe(true);
  });

  it("names the file of every clash and refuses what would shadow the site's pages", () => {
    expect(problems).toEqual(
      expect.arrayContaining([
        ["error", expect.stringMatching(/^tags\/x\.md is in content\/tags\/, but \/tags\/ is a page of the site itself/)],
        ["error", expect.stringMatching(/^companies\/page\.md slug: has the slug "page", which is reserved/)],
        ["error", expect.stringMatching(/^companies\/dup\.md url: is served at \/companies\/openai\/, as .*companies\/openai\.md is/)],
        ["warning", expect.stringMatching(/^companies\/_hidden\.md is ignored/)],
      ]),
    );
  });
});

describe("symbolic links among pages and entries", () => {
  it("follows a link to a file inside the content folder, refuses one outside it or to nowhere, and does not walk a linked folder", () => {
    const outside = contentFolder({ "secret.md": page("外面") });
    const dir = contentFolder({ "about.md": page("關於"), "companies/openai.md": page("OpenAI") });
    symlinkSync(path.join(dir, "about.md"), path.join(dir, "about-us.md"));
    symlinkSync(path.join(outside, "secret.md"), path.join(dir, "companies", "secret.md"));
    symlinkSync(path.join(dir, "gone.md"), path.join(dir, "broken.md"));
    symlinkSync(outside, path.join(dir, "companies", "linked"));
    symlinkSync(path.join(dir, "companies"), path.join(dir, "mirror"));
    const idx = loadEntriesIndex({ dir });
    expect([...idx.byHref.keys()].sort()).toEqual(["/about-us/", "/about/", "/companies/openai/"]);
    const rel = (s: string) => s.split(dir + path.sep).join("").split(dir + "/").join("");
    expect(idx.diagnostics.map((d) => rel(formatDiagnostic(d))).sort()).toEqual([
      `broken.md is a symbolic link to gone.md, which does not exist (hint: remove the link or point it at a file inside the content folder)`,
      `companies/linked is a symbolic link to ${outside}, outside ${dir}/; it is not read (hint: copy the file into ${dir}/ instead of linking to it (links are followed only inside ${dir}/))`.split(dir + "/").join(""),
      `companies/secret.md is a symbolic link to ${outside}/secret.md, outside ${dir}/; it is not read (hint: copy the file into ${dir}/ instead of linking to it (links are followed only inside ${dir}/))`.split(dir + "/").join(""),
      "mirror is a symbolic link to a folder, which is not followed; its files are not published (hint: move or copy the folder into content/ instead of linking to it)",
    ]);
  });
});
