import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../content/errors";
import { componentToJsx, convertHugoPost } from "../hugo/convert";
import { importHugo } from "./import-hugo";
import { bodyForCompile, compileSource } from "../render/compile";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MdxContent } from "@/components/mdx/MdxContent";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { compilePost } from "../render/compile";
import { loadContentIndex, type ContentIndex } from "../content/content-index";
import { naiveRefResolver } from "../hugo/shortcodes";

beforeAll(() => {
  process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
});

const FM = "---\ntitle: t\ndate: 2022-03-26\n---\n\n";
const convert = (body: string, head = FM) => convertHugoPost(head + body, { resolveRef: naiveRefResolver });
const bodyOf = (body: string) => convert(body).output.slice(FM.length);

describe("convertHugoPost", () => {
  it("turns shortcodes into components on their own blocks", () => {
    expect(bodyOf("{{< youtube ZTKW\\_CpuPT4 >}}\n")).toBe('<YouTube id="ZTKW_CpuPT4" />\n');
    expect(bodyOf("前\n{{< x-post sama 2019139174339928189 >}}\n後\n")).toBe('前\n\n<XPost id="2019139174339928189" user="sama" />\n\n後\n');
    expect(bodyOf("一行字{{%youtube ME8_6c6eY4o%}}之後\n")).toBe('一行字\n\n<YouTube id="ME8_6c6eY4o" />\n\n之後\n');
    expect(bodyOf('[a]({{< ref "x.md#b" >}})\n')).toBe("[a](/posts/x/#b)\n");
  });

  it("escapes what MDX would read as JSX or expressions, and leaves code alone", () => {
    expect(bodyOf("a {b} < c \\{ok\\}\n\n```\n{x} <y>\n```\n\n`{z}`\n")).toBe("a \\{b\\} \\< c \\{ok\\}\n\n```\n{x} <y>\n```\n\n`{z}`\n");
    expect(bodyOf("<https://example.com/a>\n")).toBe("[https://example.com/a](https://example.com/a)\n");
    expect(bodyOf("    code {x}\n")).toBe("```\ncode {x}\n```\n");
    expect(bodyOf("行<br>行\n")).toBe("行<br />行\n");
  });

  it("turns <!--more--> into {/* more */}, where the excerpt still ends", () => {
    expect(bodyOf("摘要\n\n<!--more-->\n\n正文\n")).toBe("摘要\n\n{/* more */}\n\n正文\n");
  });

  it("escapes attribute values", () => {
    expect(componentToJsx({ name: "XPost", props: { id: "1", user: 'a"b&' } })).toBe('<XPost id="1" user="a&quot;b&amp;" />');
    // A figure's caption is Markdown, kept as the children.
    expect(componentToJsx({ name: "Figure", props: { src: "/a.jpg", caption: 'say "hi" <b> {x} *y*' } })).toBe(
      '<Figure src="/a.jpg" caption="say &quot;hi&quot; <b> {x} *y*">say "hi" \\<b> \\{x\\} *y*</Figure>',
    );
  });

  it("keeps TOML front matter as written, minus the BOM and CRLF", () => {
    const raw = '\uFEFF+++\r\ntitle = "t" # x\r\ndate = 2022-03-26\r\n+++\r\n\r\n{{< youtube ME8_6c6eY4o >}}\r\n';
    expect(convertHugoPost(raw, { resolveRef: naiveRefResolver }).output).toBe('+++\ntitle = "t" # x\ndate = 2022-03-26\n+++\n\n<YouTube id="ME8_6c6eY4o" />\n');
  });

  it("reports an unknown shortcode or unresolved ref with its line in the file", () => {
    expect(() => convert("\n{{< gist a 1 >}}\n")).toThrow(ContentError);
    try {
      convertHugoPost(`${FM}x\n[a]({{< ref "nope.md" >}})\n`, { resolveRef: () => null });
    } catch (e) {
      expect((e as ContentError).line).toBe(7);
      expect((e as ContentError).message).toMatch(/nope\.md/);
    }
    expect.assertions(3);
  });

  it("converts the seed post into MDX that compiles to the same YouTube facade", async () => {
    const seed = readFileSync(path.join(process.cwd(), "e2e/fixtures/hugo/20260127-ai-enterprise-war.md"), "utf8");
    const { output } = convertHugoPost(seed, { resolveRef: naiveRefResolver });
    expect(output).toContain('<YouTube id="ME8_6c6eY4o" />');
    const { code } = await compileSource(bodyForCompile(output), "mdx");
    expect(code).toContain("ME8_6c6eY4o");
    expect(code).toContain("ReadingListItem");
  });
});

describe("importHugo on the fixture site", () => {
  const site = path.join(process.cwd(), "lib/fixtures/hugo-site");

  it("converts good posts, copies their images, reports the rest, and changes nothing the second time", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "hugo-import-"));
    const out = path.join(work, "posts");
    const pub = path.join(work, "public");
    const first = await importHugo({ source: site, out, publicDir: pub });
    expect(first.converted.map((f) => path.basename(f)).sort()).toEqual([
      "20220326-toml-post.mdx",
      "20220327-yaml-post.mdx",
      "20220328-date-only.mdx",
      "20220329-zulu.mdx",
      // A whole site's posts/_index.md (the /posts/ route's intro) is copied as written.
      "_index.md",
      "bundle-post.mdx",
    ]);
    const failed = first.failed.map((f) => `${path.basename(f.file)} ${f.reason}`).sort();
    expect(failed).toEqual([
      expect.stringMatching(/^broken-date\.md:3 date: "2022-02-30" is not a real calendar date/),
      expect.stringMatching(/^broken-ref\.md:6 .*"no-such-post\.md", which is not a post here/),
      expect.stringMatching(/^broken-unknown-shortcode\.md:8 unknown shortcode "gist"/),
      expect.stringMatching(/^broken-youtube-id\.md:6 .*invalid YouTube id "too-short"/),
    ]);
    expect(first.images.copied.sort()).toEqual(["/images/hugo/chart.png", "/images/hugo/cover.png", "/images/posts/bundle-post/diagram.png"]);
    expect(existsSync(path.join(pub, "images/posts/bundle-post/diagram.png"))).toBe(true);
    expect(first.warnings.some((w) => /missing\.png" not found/.test(w))).toBe(true);
    expect(first.warnings.some((w) => /_index\.md: a section page/.test(w))).toBe(false);
    expect(readFileSync(path.join(out, "bundle-post.mdx"), "utf8")).toContain("](/images/posts/bundle-post/diagram.png)");
    // A ref follows the target's slug: when it sets one.
    expect(readFileSync(path.join(out, "20220327-yaml-post.mdx"), "utf8")).toContain("時區見[這篇](/posts/utc-times/)");
    // Figures get the image's size, so the page does not move when it loads.
    expect(readFileSync(path.join(out, "20220326-toml-post.mdx"), "utf8")).toContain(
      '<Figure src="/images/hugo/chart.png" alt="長條圖" caption="營收走勢圖，來源：[The Information](https://www.theinformation.com/) **2022**" width="4" height="3">營收走勢圖，來源：[The Information](https://www.theinformation.com/) **2022**</Figure>',
    );

    const second = await importHugo({ source: site, out, publicDir: pub });
    expect(second.converted).toEqual([]);
    expect(second.unchanged).toHaveLength(6);
    expect(second.images.copied).toEqual([]);

    const edited = path.join(out, "20220329-zulu.mdx");
    writeFileSync(edited, readFileSync(edited, "utf8") + "\n作者後來加的一行。\n");
    const third = await importHugo({ source: site, out, publicDir: pub });
    expect(third.skipped.map((s) => path.basename(s.file))).toEqual(["20220329-zulu.mdx"]);
    expect(readFileSync(edited, "utf8")).toContain("作者後來加的一行");
    const forced = await importHugo({ source: site, out, publicDir: pub, force: true });
    expect(forced.converted.map((f) => path.basename(f))).toEqual(["20220329-zulu.mdx"]);
    expect(readFileSync(edited, "utf8")).not.toContain("作者後來加的一行");
  });

  it("writes posts that load, keep their excerpt, and render like the .md dropped in unchanged", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "hugo-import-"));
    const out = path.join(work, "posts");
    const pub = path.join(work, "public");
    await importHugo({ source: site, out, publicDir: pub });
    process.env.PUBLIC_DIR = pub;
    try {
      const imported = loadContentIndex({ dir: out, includeDrafts: true });
      expect(imported.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(imported.bySlug.get("20220326-toml-post")!.excerpt).toBe("開場白：「做產品」和（註）都要粗體。數學式 {a} 與 1 < 2 都是文字。");
      const dropped = loadContentIndex({ dir: path.join(site, "content/posts"), includeDrafts: true });
      const html = async (idx: ContentIndex, slug: string) =>
        renderToStaticMarkup(createElement(MdxContent, { code: (await compilePost(idx.bySlug.get(slug)!, idx.refs.get(slug))).code, components: mdxComponents(() => undefined) }));
      for (const slug of ["20220326-toml-post", "20220327-yaml-post", "utc-times"]) {
        const a = await html(dropped, slug);
        // Markdown mode drops raw HTML, as Hugo does by default; the importer keeps it as JSX.
        const b = (await html(imported, slug)).replace(/<br\/>/g, "");
        // Whitespace between blocks differs where the raw HTML was (omitted in .md).
        const blocks = (h: string) => h.trim().replace(/>\s+</g, "><");
        expect([slug, blocks(b)]).toEqual([slug, blocks(a)]);
      }
    } finally {
      delete process.env.PUBLIC_DIR;
    }
  });

  it("accepts the content folder itself", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "hugo-import-"));
    cpSync(site, path.join(work, "site"), { recursive: true });
    const report = await importHugo({ source: path.join(work, "site/content/posts"), out: path.join(work, "out"), publicDir: path.join(work, "public") });
    expect(report.converted).toHaveLength(5);
    expect(report.images.copied).toHaveLength(3);
  });
});
