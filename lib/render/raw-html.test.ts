/**
 * Raw HTML in .md bodies, both ways the site's markup.unsafeHtml sets it: compiled for
 * real and rendered to HTML with the static JSX runtime, each embed shown as a tag
 * naming its component and props, so an iframe can be compared with its shortcode.
 */
import { describe, expect, it } from "vitest";
import { compileSource, type CompileOutput } from "./compile";
import { ContentError, formatDiagnostic } from "../content/errors";
import { evaluateMdx } from "./evaluate";
import { h, renderNode, staticJsxRuntime, type StaticComponent, type StaticNode } from "./static-jsx";
import { prepareHugoMarkdown } from "../hugo/markdown";
import { naiveRefResolver } from "../hugo/shortcodes";

/** Each embed as <embed-name k="v">, the props it was given in order. */
const stub = (name: string): StaticComponent => (props) =>
  h(`embed-${name.toLowerCase()}`, Object.fromEntries(Object.entries(props).filter(([k]) => k !== "children")));
const COMPONENTS = Object.fromEntries(["YouTube", "Spotify", "ApplePodcast", "XPost", "Figure"].map((n) => [n, stub(n)]));

async function html(body: string, unsafeHtml = true): Promise<{ html: string; out: CompileOutput }> {
  const prepared = prepareHugoMarkdown("\n\n" + body, naiveRefResolver);
  const out = await compileSource(prepared.source, "md", prepared.components, { unsafeHtml });
  const Content = evaluateMdx<(p: { components: unknown }) => StaticNode>(out.code, staticJsxRuntime).default;
  return { html: renderNode(Content({ components: COMPONENTS })), out };
}

async function refusal(body: string): Promise<string[]> {
  try {
    await compileSource("\n\n" + body, "md", [], { unsafeHtml: true });
  } catch (e) {
    const cause = e instanceof ContentError ? e : (e as { errors?: { detail?: { cause?: unknown } }[] }).errors?.[0]?.detail?.cause;
    if (cause instanceof ContentError) return cause.diagnostics.map(formatDiagnostic);
    throw e;
  }
  throw new Error("compiled without an error");
}

describe("raw HTML with markup.unsafeHtml: iframes of known players become their click-to-load facades", () => {
  const SAME_AS_SHORTCODE: [string, string, string][] = [
    ["YouTube embed/", '<iframe width="560" height="315" src="https://www.youtube.com/embed/ME8_6c6eY4o" frameborder="0" allowfullscreen></iframe>', "{{< youtube ME8_6c6eY4o >}}"],
    ["YouTube with start=", '<iframe src="https://www.youtube.com/embed/ME8_6c6eY4o?start=90"></iframe>', '{{< youtube "https://youtu.be/ME8_6c6eY4o?t=90" >}}'],
    ["youtube-nocookie", '<iframe src="https://www.youtube-nocookie.com/embed/ME8_6c6eY4o?rel=0"></iframe>', "{{< youtube ME8_6c6eY4o >}}"],
    ["Spotify episode", '<iframe style="border-radius:12px" src="https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5?utm_source=generator" width="100%" height="152" frameBorder="0" allow="autoplay; clipboard-write; encrypted-media" loading="lazy"></iframe>', "{{< spotify episode/7makk4oTQel546B0PZlDM5 >}}"],
    ["Spotify show", '<iframe src="https://open.spotify.com/embed/show/2mTUnDkuKUkhiueKcVWoP0"></iframe>', "{{< spotify show/2mTUnDkuKUkhiueKcVWoP0 >}}"],
    ["Spotify track", '<iframe src="https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC"></iframe>', "{{< spotify track/4uLU6hMCjMI75M1A2tKUQC >}}"],
    ["Spotify playlist", '<iframe src="https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M"></iframe>', "{{< spotify playlist/37i9dQZF1DXcBWIGoYBM5M >}}"],
    ["Apple Podcasts episode", '<iframe allow="autoplay *; encrypted-media *;" frameborder="0" height="175" sandbox="allow-forms allow-popups allow-same-origin allow-scripts allow-storage-access-by-user-activation allow-top-navigation-by-user-activation" src="https://embed.podcasts.apple.com/tw/podcast/%E8%82%A1%E7%99%8C/id1500839292?i=1000682416541"></iframe>', "{{< apple-podcast tw/podcast/股癌/id1500839292?i=1000682416541 >}}"],
    ["Apple Podcasts show", '<iframe src="https://embed.podcasts.apple.com/us/podcast/the-daily/id1200361736"></iframe>', "{{< apple-podcast us/podcast/the-daily/id1200361736 >}}"],
  ];
  for (const [form, iframe, shortcode] of SAME_AS_SHORTCODE) {
    it(`${form}: the same player as ${shortcode}`, async () => {
      const fromIframe = await html(`前文。\n\n${iframe}\n\n後文。\n`);
      const fromShortcode = await html(`前文。\n\n${shortcode}\n\n後文。\n`);
      expect(fromIframe.html).toMatch(/<embed-(youtube|spotify|applepodcast) /);
      expect(fromIframe.html).toBe(fromShortcode.html);
      expect(fromIframe.html).not.toContain("<iframe");
    });
  }

  it("an iframe written inside a paragraph's lines is the player alone, not a player inside <p>", async () => {
    const { html: out } = await html('前文。\n\n<iframe src="https://www.youtube.com/embed/ME8_6c6eY4o"></iframe> \n');
    expect(out).toBe('<p>前文。</p>\n<embed-youtube id="ME8_6c6eY4o"></embed-youtube>');
  });

  it("an iframe inside other HTML becomes the player there", async () => {
    const { html: out } = await html('<div class="video"><iframe src="https://www.youtube.com/embed/ME8_6c6eY4o"></iframe></div>\n');
    expect(out).toBe('<div><embed-youtube id="ME8_6c6eY4o"></embed-youtube></div>');
  });
});

describe("raw HTML with markup.unsafeHtml: what is refused, at its line", () => {
  const REFUSED: [string, string, string][] = [
    ["another site's iframe", '<iframe src="https://evil.example/x"></iframe>', '<iframe src="https://evil.example/x"> is not allowed: only YouTube, Spotify and Apple Podcasts players may be framed'],
    ["an iframe without src", "<iframe></iframe>", '<iframe src=""> is not allowed'],
    ["a YouTube page that is not a video", '<iframe src="https://www.youtube.com/channel/UC123"></iframe>', '<iframe src="https://www.youtube.com/channel/UC123"> is not allowed'],
    ["<script>", "<script>alert(1)</script>", "<script> is not allowed in a post"],
    ["<style>", "<style>body { display: none }</style>", "<style> is not allowed in a post"],
    ["<object>", '<object data="x.swf"></object>', "<object> is not allowed in a post"],
    ["<form>", '<form action="https://x"><input></form>', "<form> is not allowed in a post"],
    ["an on* attribute", '<img src="https://example.com/a.png" onerror="alert(1)">', "<img onerror> is not allowed: event handler attributes run script"],
    ["an on* attribute inline", '文字 <span onmouseover="alert(1)">x</span>', "<span onmouseover> is not allowed"],
    ["a javascript: link", '<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)"> is not allowed: only http(s) and site paths'],
    ["a javascript: link with spaces and case", '<a href=" JavaScript:alert(1)">x</a>', "is not allowed: only http(s) and site paths"],
    ["a data: image", '<img src="data:image/svg+xml,<svg onload=alert(1)>">', "is not allowed: only http(s) and site paths"],
    ["a script nested in harmless HTML", "<div><p>文字</p><script>alert(1)</script></div>", "<script> is not allowed in a post"],
  ];
  for (const [form, markup, message] of REFUSED) {
    it(form, async () => {
      const errors = await refusal(`第一段。\n\n${markup}\n`);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^line 5 body: /);
      expect(errors[0]).toContain(message);
      expect(errors[0]).toMatch(/\(hint: raw HTML may not run script: remove it, or embed a player with its iframe from YouTube, Spotify or Apple Podcasts/);
    });
  }
});

describe("raw HTML with markup.unsafeHtml: harmless HTML renders, sanitized", () => {
  const RENDERED: [string, string, string][] = [
    ["div and span (no class or style; ids as written)", '<div class="note" style="color:red" id="x"><span title="t">字</span></div>', '<div id="x"><span title="t">字</span></div>'],
    ["inline sup and br", "一<sup>1</sup>二<br>三", "<p>一<sup>1</sup>二<br>三</p>"],
    ["details and summary, with Markdown inside", "<details><summary>更多</summary>\n\n內文 **粗體**\n\n</details>", "<details><summary>更多</summary>\n<p>內文 <strong>粗體</strong></p>\n</details>"],
    ["figure with an https image", '<figure><img src="https://example.com/a.png" alt="圖"><figcaption>說明</figcaption></figure>', '<figure><img src="https://example.com/a.png" alt="圖"><figcaption>說明</figcaption></figure>'],
    ["an http image loses its src (https only)", '<img src="http://example.com/a.png" alt="圖">', '<img alt="圖">'],
    ["a table", "<table><tr><td>1</td></tr></table>", "<table><tbody><tr><td>1</td></tr></tbody></table>"],
    ["an http(s) link", '<a href="https://example.com/" target="_blank">連結</a>', '<p><a href="https://example.com/">連結</a></p>'],
    ["an unknown element keeps its text", "<marquee>跑馬燈</marquee>", "<p>跑馬燈</p>"],
  ];
  for (const [form, markup, expected] of RENDERED) {
    it(form, async () => {
      const { html: out, out: compiled } = await html(`${markup}\n`);
      expect(out).toBe(expected);
      expect(compiled.warnings).toEqual([]);
    });
  }

  it("Markdown around the HTML is unchanged: headings, code, lists, links and shortcodes", async () => {
    const body = "## 標題\n\n- 一\n- [連結](https://example.com)\n\n```ts\nconst x = 1;\n```\n\n{{< youtube ME8_6c6eY4o >}}\n";
    await html(body, false); // shiki loads the ts grammar on first use
    expect((await html(body + "\n<sup>1</sup>\n")).html).toBe((await html(body, false)).html + "\n<p><sup>1</sup></p>");
  });
});

describe("raw HTML without markup.unsafeHtml (Hugo's default): omitted with a warning", () => {
  it("block and inline HTML are left out, one warning per line naming how to enable it", async () => {
    const { html: out, out: compiled } = await html('第一段。\n\n<div class="x">區塊</div>\n\n文字 <span>行內</span> 與 <sup>1</sup>。\n\n<iframe src="https://www.youtube.com/embed/ME8_6c6eY4o"></iframe>\n\n<!--more-->\n\n<script>alert(1)</script>\n', false);
    expect(out).toBe("<p>第一段。</p>\n<p>文字 行內 與 1。</p>");
    const hint = "(hint: to render raw HTML (sanitized), set markup: { unsafeHtml: true } in site.config.yaml; or write it as Markdown or a shortcode)";
    expect((compiled.warnings ?? []).map(formatDiagnostic)).toEqual([
      `line 5 body: raw HTML <div class="x">區塊</div> is omitted, as Hugo does by default ${hint}`,
      `line 7 body: raw HTML <span> is omitted, as Hugo does by default ${hint}`,
      `line 9 body: raw HTML <iframe src="https://www.youtube.com/emb… is omitted, as Hugo does by default ${hint}`,
      `line 13 body: raw HTML <script>alert(1)</script> is omitted, as Hugo does by default ${hint}`,
    ]);
  });

  it("MDX posts are not affected: their tags are JSX, checked as before", async () => {
    const out = await compileSource("<sup>1</sup>\n", "mdx", [], { unsafeHtml: false });
    expect(out.warnings).toEqual([]);
    expect(out.code).toContain("sup");
  });
});
