import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { MdxContent } from "@/components/mdx/MdxContent";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ContentError, formatDiagnostic } from "../content/errors";
import { compilePost } from "../render/compile";
import { loadContentIndex } from "../content/content-index";
import type { Post, RefMap } from "../content/post";
import { post, postsFolder } from "../test-helpers";

beforeAll(() => {
  process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
});

/** The post and where its refs point, as the content index gives them. */
function onePost(body: string, name = "p.md", others: Record<string, string> = {}): [Post, RefMap | undefined] {
  const idx = loadContentIndex({ dir: postsFolder({ [name]: post({ title: "t", date: "2026-01-01" }, body), ...others }), includeDrafts: true });
  const slug = path.basename(name, path.extname(name));
  return [idx.bySlug.get(slug) as Post, idx.refs.get(slug)];
}

async function render(body: string, name = "p.md", others: Record<string, string> = {}): Promise<string> {
  const { code } = await compilePost(...onePost(body, name, others));
  return renderToStaticMarkup(createElement(MdxContent, { code, components: mdxComponents(() => undefined) }));
}

async function compileErrors(body: string, name = "bad.md"): Promise<string[]> {
  try {
    await compilePost(...onePost(body, name));
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).diagnostics.map(formatDiagnostic);
  }
  throw new Error("expected a compile error");
}

describe("Hugo shortcodes in .md posts render as components", () => {
  it("renders YouTube facades from every spelling, escaped ids unescaped", async () => {
    const html = await render(
      [
        "前言",
        "{{< youtube ME8_6c6eY4o >}}",
        '{{< youtube id="aaaaaaaaaaa" >}}',
        "{{<youtube bbbbbbbbbbb>}}",
        "{{% youtube ccccccccccc %}}",
        "{{%youtube ddddddddddd%}}",
        "{{< youtube ZTKW\\_CpuPT4 >}}",
        "後記",
      ].join("\n\n"),
    );
    for (const id of ["ME8_6c6eY4o", "aaaaaaaaaaa", "bbbbbbbbbbb", "ccccccccccc", "ddddddddddd", "ZTKW_CpuPT4"]) {
      expect(html).toContain(`youtube.com/watch?v=${id}`);
    }
    expect(html).toContain("<p>前言</p>");
    expect(html).toContain("<p>後記</p>");
    expect(html).not.toContain("{{");
  });

  it("renders Spotify, Apple Podcasts and X cards without loading their hosts", async () => {
    const html = await render(
      [
        "{{< spotify episode/4rOoJ6Egrf8K2IrywzwOMk >}}",
        "{{< spotify show/5CfCWKI5pZ28U0uOzXkDHe >}}",
        "{{< spotify playlist/37i9dQZF1DXcBWIGoYBM5M >}}",
        "{{< apple-podcast tw/podcast/%E9%A0%BB%E9%81%93/id1500000000?i=1000650000000 >}}",
        "{{< x-post sama 2019139174339928189 >}}",
        '{{< tweet user="OpenAI" id="1453110110599868418" >}}',
        "{{< x 1999999999999999999 >}}",
      ].join("\n\n"),
    );
    expect(html).toContain('data-embed="spotify"');
    expect(html).toContain("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk");
    expect(html).toContain("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M");
    expect(html).toContain('data-embed="apple-podcast"');
    expect(html).toContain("https://podcasts.apple.com/tw/podcast/%E9%A0%BB%E9%81%93/id1500000000?i=1000650000000");
    expect(html).toContain("https://x.com/sama/status/2019139174339928189");
    expect(html).toContain("https://x.com/OpenAI/status/1453110110599868418");
    expect(html).toContain("https://x.com/i/status/1999999999999999999");
    expect(html).not.toMatch(/<iframe|<script|widgets\.js|embed\.podcasts|open\.spotify\.com\/embed/);
  });

  it("gives a figure from public/ its width and height", async () => {
    const pub = mkdtempSync(path.join(tmpdir(), "public-"));
    mkdirSync(path.join(pub, "images"));
    cpSync(path.join(process.cwd(), "lib/fixtures/hugo-site/static/images/hugo/chart.png"), path.join(pub, "images/chart.png"));
    process.env.PUBLIC_DIR = pub;
    try {
      const html = await render('{{< figure src="/images/chart.png" >}}\n\n{{< figure src="/images/none.png" >}}\n', "fig.md");
      expect(html).toContain('src="/images/chart.png" alt="" width="4" height="3"');
      expect(html).toMatch(/src="\/images\/none\.png" alt="" loading/);
    } finally {
      delete process.env.PUBLIC_DIR;
    }
  });

  it("renders figure with its caption, and resolves ref/relref to post URLs", async () => {
    const html = await render(
      '{{< figure src="/images/a.jpg" caption="圖說：**粗體** Markdown" alt="示意圖" >}}\n\n見[前一篇]({{< ref "other.md" >}})與[另一篇]({{< relref "/posts/other.md#part" >}})。\n',
      "p.md",
      { "other.md": post({ title: "o", date: "2026-01-01" }) },
    );
    expect(html).toContain('src="/images/a.jpg"');
    expect(html).toContain('alt="示意圖"');
    expect(html).toMatch(/<figcaption[^>]*>圖說：<strong>粗體<\/strong> Markdown<\/figcaption>/);
    expect(html).toContain('href="/posts/other/"');
    expect(html).toContain('href="/posts/other/#part"');
  });

  it("keeps shortcodes in code literal and splits a paragraph around an inline one", async () => {
    const html = await render(
      "```md\n{{< youtube ME8_6c6eY4o >}}\n```\n\n用 `{{< unknown >}}` 寫。\n\n    {{< indented >}}\n\n前 {{< youtube ME8_6c6eY4o >}} 後\n\n<!-- {{< commented >}} -->\n",
    );
    expect(html).toContain("{{&lt; youtube ME8_6c6eY4o &gt;}}");
    expect(html).toContain("<code>{{&lt; unknown &gt;}}</code>");
    expect(html).toContain("{{&lt; indented &gt;}}");
    expect(html).toMatch(/<p>前 <\/p>\s*<figure[\s\S]*<\/figure>\s*<p> 後<\/p>/);
  });

  it("writes a shortcode literally from Hugo's {{</* */>}} form", async () => {
    const html = await render("寫法：{{</* youtube ID */>}}\n");
    expect(html).toContain("寫法：{{&lt; youtube ID &gt;}}");
  });

  it("renders bold around CJK punctuation and <!--more--> as nothing", async () => {
    const html = await render("**「做產品」**和**（註）**。\n\n<!--more-->\n\n正文 {a} < b\n");
    expect(html).toContain("<strong>「做產品」</strong>和<strong>（註）</strong>");
    expect(html).not.toContain("more");
    expect(html).toContain("正文 {a} &lt; b");
  });

  it("fails on an unknown shortcode naming the file, line and shortcode", async () => {
    const [msg] = await compileErrors("first\n\n{{< gist user 123 >}}\n");
    expect(msg).toMatch(/bad\.md:8 body: unknown shortcode "gist"/);
    expect(msg).toContain("youtube, spotify");
  });

  it("fails on bad ids, unclosed shortcodes and paired shortcodes with their lines", async () => {
    expect((await compileErrors("{{< youtube short >}}\n"))[0]).toMatch(/bad\.md:6 body: .*invalid YouTube id "short"/);
    expect((await compileErrors("x\n{{< x-post user 12ab >}}\n"))[0]).toMatch(/bad\.md:7 body: .*invalid X post id "12ab"/);
    expect((await compileErrors("{{< spotify episode/abc >}}\n"))[0]).toMatch(/invalid Spotify id "abc"/);
    expect((await compileErrors("{{< apple-podcast nope >}}\n"))[0]).toMatch(/invalid Apple Podcasts path "nope"/);
    expect((await compileErrors("{{< youtube ME8_6c6eY4o \n"))[0]).toMatch(/bad\.md:6 body: .*never closed/);
    expect((await compileErrors("{{< details >}}x{{< /details >}}\n"))[0]).toMatch(/unknown shortcode "details"/);
    expect((await compileErrors("{{< figure caption=\"x\" >}}\n"))[0]).toMatch(/needs src/);
  });

  it("checks the new components' props in .mdx posts too", async () => {
    expect((await compileErrors('<Spotify type="song" id="4rOoJ6Egrf8K2IrywzwOMk" />\n', "s.mdx"))[0]).toMatch(/s\.mdx:6 body: <Spotify> has an invalid type "song"/);
    expect((await compileErrors('<XPost id="12ab" />\n', "x.mdx"))[0]).toMatch(/<XPost> has an invalid id "12ab"/);
    expect((await compileErrors('<ApplePodcast path="https://evil.example/x" />\n', "a.mdx"))[0]).toMatch(/<ApplePodcast> has an invalid path/);
    expect((await compileErrors('{{< figure src="/a.jpg" link="javascript:alert(1)" >}}\n'))[0]).toMatch(/<Figure link="javascript:alert\(1\)"> is not allowed: only http\(s\) and site paths/);
    const html = await render('<Spotify type="show" id="5CfCWKI5pZ28U0uOzXkDHe" />\n\n<XPost id="2019139174339928189" user="sama" />\n', "ok.mdx");
    expect(html).toContain("https://open.spotify.com/show/5CfCWKI5pZ28U0uOzXkDHe");
    expect(html).toContain("https://x.com/sama/status/2019139174339928189");
  });

  it("fails on a shortcode used inside a link URL other than ref", async () => {
    expect((await compileErrors("[a]({{< youtube ME8_6c6eY4o >}})\n"))[0]).toMatch(/bad\.md:6 body: a shortcode cannot be used here/);
  });
});

describe("Hugo refs in the content index", () => {
  it("reports an unresolved ref as an error with file and line", () => {
    const idx = loadContentIndex({
      dir: postsFolder({ "a.md": post({ title: "t", date: "2026-01-01" }, "x\n\n[b]({{< ref \"missing.md\" >}})\n\n`{{< ref \"code.md\" >}}`\n") }),
      includeDrafts: true,
    });
    const errors = idx.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/a\.md:8 body: \{\{< ref "missing\.md" >\}\} points at a post that does not exist/);
  });

  it("points a ref at the target's slug when it sets one", async () => {
    const html = await render('[b]({{< ref "b.md" >}})\n', "a.md", { "b.md": post({ title: "b", date: "2026-01-01", slug: "bee" }) });
    expect(html).toContain('href="/posts/bee/"');
  });
});

describe("the Hugo fixture site dropped in unchanged", () => {
  it("loads and compiles every good post, and names the file and line of every broken one", async () => {
    const idx = loadContentIndex({ dir: path.join(process.cwd(), "lib/fixtures/hugo-site/content/posts"), includeDrafts: true });
    const errors = idx.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic).sort();
    // A page bundle (posts/bundle-post/index.md) is a post dropped in too, so a ref to it resolves.
    expect(errors).toEqual([
      expect.stringMatching(/broken-date\.md:3 date: "2022-02-30" is not a real calendar date/),
      expect.stringMatching(/broken-ref\.md:6 body: \{\{< ref "no-such-post\.md" >\}\} points at a post that does not exist/),
    ]);
    const compiled: string[] = [];
    const failures: string[] = [];
    for (const p of idx.all) {
      try {
        await compilePost(p, idx.refs.get(p.slug));
        compiled.push(p.slug);
      } catch (e) {
        failures.push(...(e as ContentError).diagnostics.map(formatDiagnostic));
      }
    }
    expect(compiled.sort()).toEqual(["20220326-toml-post", "20220327-yaml-post", "20220328-date-only", "bundle-post", "utc-times"]);
    // The ref names the file; the link goes to the slug: that file sets.
    expect((await compilePost(idx.bySlug.get("20220327-yaml-post")!, idx.refs.get("20220327-yaml-post"))).code).toContain("/posts/utc-times/");
    expect(failures.sort()).toEqual([
      expect.stringMatching(/broken-ref\.md:6 body: .*"no-such-post\.md", which is not a post here/),
      expect.stringMatching(/broken-unknown-shortcode\.md:8 body: unknown shortcode "gist"/),
      expect.stringMatching(/broken-youtube-id\.md:6 body: .*invalid YouTube id "too-short"/),
    ]);
    const toml = idx.bySlug.get("20220326-toml-post")!;
    expect(toml.tags).toEqual(["Podcast", "7688"]);
    expect(toml.excerpt).toBe("開場白：「做產品」和（註）都要粗體。數學式 {a} 與 1 < 2 都是文字。");
  });
});
