import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ContentError } from "../content/errors";
import { scanShortcodes } from "../content/shortcode-syntax";
import { contentSecurityPolicy, FRAME_HOSTS } from "../http/security-headers";
import { naiveRefResolver, replacementFor } from "../hugo/shortcodes";
import { componentRules, COMPONENT_RULES } from "../render/mdx-rules";
import { renderNode } from "../render/static-jsx";
import { feedComponents } from "../seo/feed-content";
import { EMBEDS, embedComponents, frameOrigins, shortcodeTable } from ".";
import { defineEmbed, type Embed } from "./types";

const noPosts = () => undefined;
const NOT_EMBEDS = ["pre", "img", "ReadingList", "ReadingListItem"];

const fake = defineEmbed<{ id: string }>({
  name: "FakeEmbed",
  props: { id: { required: true, pattern: /^\d+$/, hint: "digits" } },
  shortcodes: ["fake", "fake-embed"],
  listed: ["fake"],
  fromShortcode: (sc) => ({ id: sc.positional[0] }),
  Component: ({ id }) => createElement("div", { "data-fake": id }),
  feed: ({ id }) => ({ href: `https://fake.example/${id}`, text: `fake ${id}` }),
  // One origin of its own and one another embed already needs: the CSP lists each once.
  frameOrigins: ["https://player.fake.example", "https://www.youtube-nocookie.com"],
});
const withFake: readonly Embed[] = [...EMBEDS, fake];

function shortcodeHint(text: string, embeds: readonly Embed[] = EMBEDS): string | undefined {
  try {
    replacementFor(scanShortcodes(text)[0], naiveRefResolver, shortcodeTable(embeds));
  } catch (e) {
    if (e instanceof ContentError) return e.diagnostics[0].hint;
    throw e;
  }
  return undefined;
}

describe("the embeds registry", () => {
  it("lists the embeds in the order authors are told about them, under unique names", () => {
    expect(EMBEDS.map((e) => e.name)).toEqual(["YouTube", "Spotify", "ApplePodcast", "XPost", "Figure"]);
    expect(Object.keys(COMPONENT_RULES)).toEqual(["YouTube", "Spotify", "ApplePodcast", "XPost", "Figure", "ReadingList", "ReadingListItem"]);
  });

  it("maps every shortcode of an embed to that embed, and offers authors the listed names", () => {
    const table = shortcodeTable();
    for (const embed of EMBEDS) for (const name of embed.shortcodes) expect(table.byName.get(name), name).toBe(embed);
    expect(table.byName.size).toBe(EMBEDS.reduce((n, e) => n + e.shortcodes.length, 0));
    expect(shortcodeHint("{{< vimeo 1 >}}")).toBe("the shortcodes you can use are youtube, spotify, apple-podcast, x-post, x, tweet, figure, ref, relref");
    expect(replacementFor(scanShortcodes("{{< TWITTER 123 >}}")[0], naiveRefResolver)).toEqual({ kind: "component", component: { name: "XPost", props: { id: "123" } } });
  });

  it("gives the MDX map, the feed map and the CSP exactly the embeds", () => {
    const mdx = mdxComponents(noPosts);
    expect(Object.keys(mdx).filter((k) => !NOT_EMBEDS.includes(k))).toEqual(EMBEDS.map((e) => e.name));
    for (const embed of EMBEDS) expect(mdx[embed.name]).toBe(embed.Component);
    expect(Object.keys(feedComponents(noPosts)).filter((k) => !NOT_EMBEDS.includes(k))).toEqual(EMBEDS.map((e) => e.name));
    expect(FRAME_HOSTS).toEqual(["https://www.youtube-nocookie.com", "https://open.spotify.com", "https://embed.podcasts.apple.com"]);
    expect(FRAME_HOSTS).toEqual(frameOrigins(EMBEDS));
    expect(contentSecurityPolicy(false)).toContain(`; frame-src ${FRAME_HOSTS.join(" ")}; `);
  });

  it("carries one more embed into every registry", () => {
    expect(shortcodeTable(withFake).byName.get("fake-embed")).toBe(fake);
    expect(replacementFor(scanShortcodes("{{< fake-embed 7 >}}")[0], naiveRefResolver, shortcodeTable(withFake))).toEqual({
      kind: "component",
      component: { name: "FakeEmbed", props: { id: "7" } },
    });
    expect(shortcodeHint("{{< vimeo 1 >}}", withFake)).toMatch(/ figure, fake, ref, relref$/);

    expect(Object.keys(componentRules(withFake))).toEqual([...EMBEDS.map((e) => e.name), "FakeEmbed", "ReadingList", "ReadingListItem"]);
    expect(componentRules(withFake).FakeEmbed).toBe(fake.props);

    expect(embedComponents(withFake).FakeEmbed).toBe(fake.Component);
    const Fake = mdxComponents(noPosts, withFake).FakeEmbed;
    expect(renderToStaticMarkup(createElement(Fake, { id: "7" }))).toBe('<div data-fake="7"></div>');

    expect(renderNode(feedComponents(noPosts, withFake).FakeEmbed({ id: "7" }))).toBe('<p><a href="https://fake.example/7">fake 7</a></p>');

    const csp = contentSecurityPolicy(false, frameOrigins(withFake));
    expect(csp).toContain(`; frame-src ${[...FRAME_HOSTS, "https://player.fake.example"].join(" ")}; `);
  });

  it("refuses two embeds claiming one shortcode, or listing one they do not answer to", () => {
    const clash = defineEmbed({ ...fake, name: "Clash", shortcodes: ["tweet"], listed: undefined });
    expect(() => shortcodeTable([...EMBEDS, clash])).toThrow('embeds XPost and Clash both claim the shortcode "tweet"');
    expect(() => shortcodeTable([{ ...fake, listed: ["nope"] }])).toThrow('embed FakeEmbed lists the shortcode "nope" without answering to it');
  });

  it("shows each embed in feeds as a link to its public page", () => {
    const feed = feedComponents(noPosts);
    const html = (name: string, props: Record<string, unknown>) => renderNode(feed[name](props));
    expect(html("YouTube", { id: "ME8_6c6eY4o" })).toBe('<p><a href="https://www.youtube.com/watch?v=ME8_6c6eY4o">▶ YouTube 影片</a></p>');
    expect(html("Spotify", { type: "show", id: "5CfCWKI5pZ28U0uOzXkDHe" })).toBe(
      '<p><a href="https://open.spotify.com/show/5CfCWKI5pZ28U0uOzXkDHe">▶ Spotify：Podcast 節目</a></p>',
    );
    expect(html("ApplePodcast", { path: "tw/podcast/a/id1?i=2", title: "第 1 集" })).toBe(
      '<p><a href="https://podcasts.apple.com/tw/podcast/a/id1?i=2">▶ Apple Podcasts：第 1 集</a></p>',
    );
    expect(html("XPost", { id: "2019139174339928189", user: "sama" })).toBe(
      '<p><a href="https://x.com/sama/status/2019139174339928189">在 X 上查看 @sama 的貼文</a></p>',
    );
    expect(html("XPost", { id: "1" })).toBe('<p><a href="https://x.com/i/status/1">在 X 上查看這則貼文</a></p>');
    expect(html("Figure", { src: "https://cdn.example/a.jpg" })).toBe('<p><a href="https://cdn.example/a.jpg">https://cdn.example/a.jpg</a></p>');
    expect(html("Figure", { src: "/a.jpg", children: "圖說" })).toBe("圖說");
  });

  it("loads nothing from a player's host before the reader clicks", () => {
    const html = renderToStaticMarkup(
      createElement(
        "div",
        null,
        ...EMBEDS.map((e) => createElement(e.Component, { id: "ME8_6c6eY4o", type: "episode", path: "tw/podcast/a/id1", src: "/a.jpg", key: e.name })),
      ),
    );
    expect(html).not.toMatch(/<iframe|<script/);
    expect(html.match(/<button type="button"/g)).toHaveLength(3);
  });
});
