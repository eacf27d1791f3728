import { describe, expect, it } from "vitest";
import { ContentError } from "../content/errors";
import { naiveRefResolver, replacementFor } from "./shortcodes";
import { refKey, scanShortcodes, unescapeMarkdown } from "../content/shortcode-syntax";

const one = (text: string) => {
  const found = scanShortcodes(text);
  expect(found).toHaveLength(1);
  return found[0];
};
const component = (text: string) => {
  const r = replacementFor(one(text), naiveRefResolver);
  if (r.kind !== "component") throw new Error("expected a component");
  return r.component;
};

describe("scanShortcodes", () => {
  it("reads both delimiters, with or without spaces, positional and named arguments", () => {
    for (const text of ["{{< youtube abc >}}", "{{<youtube abc>}}", "{{% youtube abc %}}", "{{%youtube abc%}}"]) {
      expect(one(text)).toMatchObject({ name: "youtube", positional: ["abc"], named: {} });
    }
    expect(one('{{< figure src="/a b.jpg" caption=`多 "行"` alt=x >}}').named).toEqual({ src: "/a b.jpg", caption: '多 "行"', alt: "x" });
    expect(one('{{< figure caption="say \\"hi\\"" >}}').named.caption).toBe('say "hi"');
  });

  it("keeps 19-digit ids as exact strings", () => {
    expect(one("{{< x-post user 2019139174339928189 >}}").positional).toEqual(["user", "2019139174339928189"]);
    expect(component("{{< x-post user 2019139174339928189 >}}").props).toEqual({ id: "2019139174339928189", user: "user" });
    expect(component('{{< tweet user="a_b" id="1453110110599868418" >}}').props).toEqual({ id: "1453110110599868418", user: "a_b" });
    expect(component("{{< x https://x.com/sama/status/2019139174339928189 >}}").props).toEqual({ id: "2019139174339928189", user: "sama" });
  });

  it("gives 1-based lines and skips code and comments", () => {
    const text = "a\n\n```\n{{< youtube x >}}\n```\n\n`{{< youtube y >}}`\n\n<!-- {{< youtube z >}} -->\n\n{{< youtube w >}}\n";
    const found = scanShortcodes(text);
    expect(found.map((s) => [s.positional[0], s.line])).toEqual([["w", 11]]);
  });

  it("unescapes Markdown escapes in arguments", () => {
    expect(unescapeMarkdown("ZTKW\\_CpuPT4")).toBe("ZTKW_CpuPT4");
    expect(component("{{< youtube ZTKW\\_CpuPT4 >}}").props.id).toBe("ZTKW_CpuPT4");
  });

  it("reads Spotify and Apple Podcasts references", () => {
    expect(component("{{< spotify episode/4rOoJ6Egrf8K2IrywzwOMk >}}").props).toEqual({ type: "episode", id: "4rOoJ6Egrf8K2IrywzwOMk" });
    expect(component("{{< spotify https://open.spotify.com/show/5CfCWKI5pZ28U0uOzXkDHe?si=abc >}}").props).toEqual({ type: "show", id: "5CfCWKI5pZ28U0uOzXkDHe" });
    expect(component('{{< spotify type="playlist" id="37i9dQZF1DXcBWIGoYBM5M" >}}').props).toEqual({ type: "playlist", id: "37i9dQZF1DXcBWIGoYBM5M" });
    expect(component("{{< apple-podcast tw/podcast/name/id1500000000?i=1000650000000 >}}").props).toEqual({ path: "tw/podcast/name/id1500000000?i=1000650000000" });
    expect(component("{{< apple-podcast https://podcasts.apple.com/tw/podcast/name/id15 >}}").props).toEqual({ path: "tw/podcast/name/id15" });
  });

  it("reads Apple Podcasts paths as they appear in the wild, keeping only i=", () => {
    const canonical = "tw/podcast/%E8%82%A1%E7%99%8C/id1500839292?i=1000682416541";
    for (const written of [
      "tw/podcast/%E8%82%A1%E7%99%8C/id1500839292?i=1000682416541",
      "tw/podcast/股癌/id1500839292?i=1000682416541",
      "tw/podcast/股癌/id1500839292?i=1000682416541&l=zh-Hant-TW",
      "tw/podcast/股癌/id1500839292?l=en&i=1000682416541",
      "https://podcasts.apple.com/tw/podcast/股癌/id1500839292?i=1000682416541&l=zh-Hant-TW",
    ]) {
      expect(component(`{{< apple-podcast ${written} >}}`).props, written).toEqual({ path: canonical });
      expect(component(`{{< apple-podcast "${written}" >}}`).props, written).toEqual({ path: canonical });
    }
    expect(component('{{< apple-podcasts url="https://podcasts.apple.com/jp/podcast/a/id1" >}}').props).toEqual({ path: "jp/podcast/a/id1" });
    expect(component("{{< apple-podcast tw/podcast/股癌/id1500839292 >}}").props).toEqual({ path: "tw/podcast/%E8%82%A1%E7%99%8C/id1500839292" });
  });

  it("reads Spotify references in every form", () => {
    const id = "4rOoJ6Egrf8K2IrywzwOMk";
    for (const written of [
      `episode/${id}`,
      `episode/${id}?si=abc123`,
      `https://open.spotify.com/episode/${id}?si=abc123`,
      `https://open.spotify.com/embed/episode/${id}`,
      `https://open.spotify.com/intl-ja/episode/${id}`,
      `spotify:episode:${id}`,
    ]) {
      expect(component(`{{< spotify ${written} >}}`).props, written).toEqual({ type: "episode", id });
    }
    expect(component(`{{< spotify episode ${id} >}}`).props).toEqual({ type: "episode", id });
  });

  it("reads YouTube ids and URLs, with the start time", () => {
    const id = "ME8_6c6eY4o";
    expect(component(`{{< youtube ${id} >}}`).props).toEqual({ id });
    expect(component(`{{< youtube id="${id}" start="90" >}}`).props).toEqual({ id, start: "90" });
    expect(component(`{{< youtube https://youtu.be/${id}?t=90 >}}`).props).toEqual({ id, start: "90" });
    expect(component(`{{< youtube "https://www.youtube.com/watch?v=${id}&t=1m30s" >}}`).props).toEqual({ id, start: "90" });
    expect(component(`{{< youtube https://www.youtube.com/shorts/${id} >}}`).props).toEqual({ id });
    expect(component(`{{< youtube https://www.youtube.com/embed/${id}?start=90 >}}`).props).toEqual({ id, start: "90" });
    expect(component(`{{< youtube https://www.youtube.com/live/${id} >}}`).props).toEqual({ id });
    expect(() => component(`{{< youtube ${id} start="soon" >}}`)).toThrow(/has an invalid start time "soon"/);
  });

  it("renders another service's reference as that service's player, with a warning", () => {
    const apple = "https://podcasts.apple.com/tw/podcast/股癌/id1500839292?i=1000682416541";
    expect(replacementFor(one(`{{< spotify ${apple} >}}`), naiveRefResolver)).toEqual({
      kind: "component",
      component: { name: "ApplePodcast", props: { path: "tw/podcast/%E8%82%A1%E7%99%8C/id1500839292?i=1000682416541" } },
      warnings: [
        {
          code: "shortcode-other-service",
          field: "body",
          message: `{{< spotify ${apple} >}} points at Apple Podcasts, not Spotify; it is shown as the Apple Podcasts player`,
          hint: `write {{< apple-podcast ${apple} >}}`,
        },
      ],
    });
    const youtube = replacementFor(one("{{< spotify https://youtu.be/ME8_6c6eY4o?t=30 >}}"), naiveRefResolver);
    expect(youtube).toMatchObject({ component: { name: "YouTube", props: { id: "ME8_6c6eY4o", start: "30" } }, warnings: [{ code: "shortcode-other-service" }] });
    const spotify = replacementFor(one("{{< youtube https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk >}}"), naiveRefResolver);
    expect(spotify).toMatchObject({ component: { name: "Spotify", props: { type: "episode", id: "4rOoJ6Egrf8K2IrywzwOMk" } }, warnings: [{ code: "shortcode-other-service" }] });
    expect(replacementFor(one("{{< apple-podcast spotify:show:5CfCWKI5pZ28U0uOzXkDHe >}}"), naiveRefResolver)).toMatchObject({ component: { name: "Spotify" } });
    // Its own reference carries no warning.
    expect(replacementFor(one("{{< spotify show/5CfCWKI5pZ28U0uOzXkDHe >}}"), naiveRefResolver)).not.toHaveProperty("warnings");
  });

  it("still refuses a reference no player can use, with the hint", () => {
    const error = (text: string) => {
      try {
        replacementFor(one(text), naiveRefResolver);
      } catch (e) {
        if (e instanceof ContentError) return [e.diagnostics[0].message, e.diagnostics[0].hint];
      }
      throw new Error(`expected ${text} to fail`);
    };
    expect(error("{{< apple-podcast tw/podcast/股癌 >}}")).toEqual([
      '{{< apple-podcast tw/podcast/股癌 >}} has an invalid Apple Podcasts path "tw/podcast/股癌"',
      "write {{< apple-podcast tw/podcast/<name>/id123456?i=789 >}} (the part after podcasts.apple.com/)",
    ]);
    expect(error("{{< spotify https://example.com/x >}}")).toEqual([
      '{{< spotify https://example.com/x >}} has an invalid Spotify reference "https://example.com/x"',
      "write {{< spotify episode/ID >}} (or show/ID, playlist/ID)",
    ]);
    expect(error("{{< youtube https://vimeo.com/123 >}}")).toEqual([
      '{{< youtube https://vimeo.com/123 >}} has an invalid YouTube id "https://vimeo.com/123"',
      "a YouTube id is the 11 characters after watch?v=",
    ]);
  });

  it("describes a figure without alt by its caption as plain text", () => {
    expect(component('{{< figure src="/a.jpg" caption="來源：[X](https://x.com) **粗體**" >}}').props).toEqual({
      src: "/a.jpg",
      caption: "來源：[X](https://x.com) **粗體**",
      alt: "來源：X 粗體",
    });
  });

  it("turns refs into post URLs and rejects the unknown", () => {
    expect(refKey("posts/x.md#part")).toEqual({ key: "x", anchor: "#part" });
    expect(refKey("/posts/bundle/index.md")).toEqual({ key: "bundle", anchor: "" });
    expect(replacementFor(one('{{< relref "x.md" >}}'), naiveRefResolver)).toEqual({ kind: "text", text: "/posts/x/" });
    expect(() => replacementFor(one('{{< ref "x.md" >}}'), () => null)).toThrow(/points at "x\.md", which is not a post here/);
    expect(() => replacementFor(one("{{< vimeo 123 >}}"), naiveRefResolver)).toThrow(ContentError);
  });
});
