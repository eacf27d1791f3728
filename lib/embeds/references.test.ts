/** Embed references as authors paste them: every form each service's parser reads, and what it refuses. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { applePodcast, applePodcastPath } from "./apple-podcasts";
import { spotify, spotifyReference } from "./spotify";
import type { Embed, EmbedProps } from "./types";
import { youtube, youtubeReference, youtubeSeconds } from "./youtube";

/** The player's address: the iframe the click-to-load button becomes (not in the server HTML). */
/** An embed's element tree, called as a function (they are all function components). */
const tree = (embed: Embed, props: EmbedProps) => (embed.Component as (p: EmbedProps) => unknown)(props);

function frameSrc(node: unknown): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  if (Array.isArray(node)) return node.map(frameSrc).find(Boolean);
  const props = (node as { props?: { frame?: { src?: string }; children?: unknown } }).props;
  return props?.frame?.src ?? frameSrc(props?.children);
}

const GU_ZAI = "%E8%82%A1%E7%99%8C"; // 股癌, percent-encoded
const EPISODE = `tw/podcast/${GU_ZAI}/id1500839292?i=1000682416541`;
const SHOW = `tw/podcast/${GU_ZAI}/id1500839292`;
const SPOTIFY_ID = "4rOoJ6Egrf8K2IrywzwOMk";

describe("Apple Podcasts paths", () => {
  it.each([
    [`tw/podcast/${GU_ZAI}/id1500839292?i=1000682416541`, EPISODE],
    ["tw/podcast/股癌/id1500839292?i=1000682416541", EPISODE],
    ["tw/podcast/股癌/id1500839292", SHOW],
    [`tw/podcast/${GU_ZAI}/id1500839292?i=1000682416541&l=zh-Hant-TW`, EPISODE],
    [`tw/podcast/${GU_ZAI}/id1500839292?l=en&i=1000682416541`, EPISODE],
    [`tw/podcast/${GU_ZAI}/id1500839292?l=en`, SHOW],
    [`https://podcasts.apple.com/tw/podcast/股癌/id1500839292?i=1000682416541&l=zh-Hant-TW`, EPISODE],
    [`https://embed.podcasts.apple.com/tw/podcast/${GU_ZAI}/id1500839292?i=1000682416541`, EPISODE],
    [`podcasts.apple.com/tw/podcast/${GU_ZAI}/id1500839292`, SHOW],
    [`//podcasts.apple.com/tw/podcast/${GU_ZAI}/id1500839292/`, SHOW],
    [`/tw/podcast/${GU_ZAI}/id1500839292#top`, SHOW],
    ["us/podcast/the-daily/id1200361736?i=1000600000000", "us/podcast/the-daily/id1200361736?i=1000600000000"],
    ["jp/podcast/ニュース/id1", "jp/podcast/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/id1"],
    ["TW/podcast/a/id1", "tw/podcast/a/id1"],
    ["us/podcast/id1200361736", "us/podcast/id1200361736"],
  ])("%s -> %s", (input, canonical) => {
    expect(applePodcastPath(input)).toBe(canonical);
  });

  it.each([
    "tw/podcast/name", // no id
    "tw/podcast/name/1500839292", // id without "id"
    "taiwan/podcast/name/id1",
    "tw/podcast/name/id1?i=abc",
    "tw/podcast/%E8%ZZ/id1", // broken escape
    "tw/podcast/a b/id1",
    "https://open.spotify.com/episode/" + SPOTIFY_ID,
    "javascript:alert(1)//tw/podcast/a/id1",
    "",
  ])("refuses %j", (input) => {
    expect(applePodcastPath(input)).toBeNull();
  });

  it("plays the canonical path, and links to it, whatever form the MDX prop was written in", () => {
    const html = renderToStaticMarkup(createElement(applePodcast.Component, { path: "tw/podcast/股癌/id1500839292?l=en&i=1000682416541" }));
    expect(frameSrc(tree(applePodcast, { path: "tw/podcast/股癌/id1500839292?l=en&i=1000682416541" }))).toBe(`https://embed.podcasts.apple.com/${EPISODE}`);
    expect(html).toContain(`href="https://podcasts.apple.com/${EPISODE}"`);
    expect(html).toContain("Podcast 單集");
    expect(html).toContain("height:175px");
    expect(applePodcast.feed?.({ path: "tw/podcast/股癌/id1500839292?i=1000682416541&l=zh-Hant-TW" })).toEqual({
      href: `https://podcasts.apple.com/${EPISODE}`,
      text: "▶ Apple Podcasts：Podcast 單集",
    });
    expect(applePodcast.props.path.accepts?.("tw/podcast/股癌/id1500839292?i=1&l=zh-Hant-TW")).toBe(true);
    expect(applePodcast.props.path.accepts?.("tw/podcast/股癌")).toBe(false);
  });
});

describe("Spotify references", () => {
  it.each([
    [`episode/${SPOTIFY_ID}`, "episode"],
    [`show/${SPOTIFY_ID}`, "show"],
    [`episode/${SPOTIFY_ID}?si=a1b2c3d4e5f6`, "episode"],
    [`https://open.spotify.com/episode/${SPOTIFY_ID}?si=a1b2c3d4e5f6`, "episode"],
    [`https://open.spotify.com/embed/episode/${SPOTIFY_ID}?utm_source=generator`, "episode"],
    [`https://open.spotify.com/embed-podcast/show/${SPOTIFY_ID}`, "show"],
    [`https://open.spotify.com/intl-ja/track/${SPOTIFY_ID}`, "track"],
    [`https://open.spotify.com/intl-zh-tw/embed/show/${SPOTIFY_ID}/`, "show"],
    [`open.spotify.com/playlist/${SPOTIFY_ID}`, "playlist"],
    [`spotify:episode:${SPOTIFY_ID}`, "episode"],
    [`spotify:album:${SPOTIFY_ID}`, "album"],
  ])("%s", (input, type) => {
    expect(spotifyReference(input)).toEqual({ type, id: SPOTIFY_ID });
  });

  it.each([`podcast/${SPOTIFY_ID}`, "episode/short", `https://example.com/episode/${SPOTIFY_ID}`, SPOTIFY_ID, "tw/podcast/a/id1"])("refuses %j", (input) => {
    expect(spotifyReference(input)).toBeNull();
  });

  it("plays and links the canonical reference", () => {
    expect(frameSrc(tree(spotify, { type: "episode", id: SPOTIFY_ID }))).toBe(`https://open.spotify.com/embed/episode/${SPOTIFY_ID}?autoplay=1`);
  });

  it("is what the Spotify embed recognises from another shortcode", () => {
    expect(spotify.reference?.parse(`spotify:show:${SPOTIFY_ID}`)).toEqual({ type: "show", id: SPOTIFY_ID });
  });
});

describe("YouTube references", () => {
  const ID = "ME8_6c6eY4o";
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`, { id: ID }],
    [`https://youtube.com/watch?feature=share&v=${ID}`, { id: ID }],
    [`https://m.youtube.com/watch?v=${ID}&t=90`, { id: ID, start: "90" }],
    [`https://www.youtube.com/watch?v=${ID}&t=1m30s`, { id: ID, start: "90" }],
    [`https://www.youtube.com/watch?v=${ID}#t=1h2m3s`, { id: ID, start: "3723" }],
    [`https://youtu.be/${ID}`, { id: ID }],
    [`https://youtu.be/${ID}?t=90`, { id: ID, start: "90" }],
    [`youtu.be/${ID}?si=abc&t=45s`, { id: ID, start: "45" }],
    [`https://www.youtube.com/shorts/${ID}`, { id: ID }],
    [`https://www.youtube.com/embed/${ID}?start=90`, { id: ID, start: "90" }],
    [`https://www.youtube-nocookie.com/embed/${ID}?rel=0`, { id: ID }],
    [`https://www.youtube.com/live/${ID}?si=x`, { id: ID }],
    [`https://www.youtube.com/watch?v=${ID}&t=0`, { id: ID }],
  ])("%s", (input, expected) => {
    expect(youtubeReference(input)).toEqual(expected);
  });

  it("reads a bare id only in its own shortcode", () => {
    expect(youtubeReference(ID, true)).toEqual({ id: ID });
    expect(youtubeReference(ID)).toBeNull();
  });

  it.each([`https://vimeo.com/watch?v=${ID}`, "https://www.youtube.com/watch?v=short", `https://www.youtube.com/channel/${ID}`, `https://youtube.com.evil.example/watch?v=${ID}`])(
    "refuses %j",
    (input) => {
      expect(youtubeReference(input)).toBeNull();
    },
  );

  it("reads start times in seconds or h/m/s", () => {
    expect(["90", "90s", "1m30s", "1h", "2m", "1h0m1s"].map(youtubeSeconds)).toEqual(["90", "90", "90", "3600", "120", "3601"]);
    expect(["", "abc", "1x", "-5"].map(youtubeSeconds)).toEqual([null, null, null, null]);
  });

  it("starts the player, and the link, at the start time", () => {
    const html = renderToStaticMarkup(createElement(youtube.Component, { id: ID, start: "90" }));
    expect(html).toContain(`href="https://www.youtube.com/watch?v=${ID}&amp;t=90s"`);
    expect(youtube.feed?.({ id: ID, start: "90" })?.href).toBe(`https://www.youtube.com/watch?v=${ID}&t=90s`);
    expect(youtube.props.start.pattern?.test("90")).toBe(true);
    expect(frameSrc(tree(youtube, { id: ID, start: "90" }))).toBe(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&rel=0&start=90`);
    expect(frameSrc(tree(youtube, { id: ID }))).toBe(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1&rel=0`);
  });
});
