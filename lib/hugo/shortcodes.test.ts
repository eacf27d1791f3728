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
