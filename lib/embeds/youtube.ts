/**
 * YouTube, behind a facade: a card with the video's title and a play button until the
 * reader asks for the video. Nothing comes from YouTube before that, not even the
 * thumbnail (i.ytimg.com): it would tell Google of every page view, cost a phone one
 * more connection on the critical path, and it usually sits in the first screen,
 * where lazy loading would not defer it.
 */
import { createElement as h, Fragment } from "react";
import { check, need, shortcodeArg, type Shortcode } from "../content/shortcode-args";
import { ClickToLoad } from "./click-to-load";
import { defineEmbed } from "./types";

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
/** Where to start, in whole seconds. */
const SECONDS = /^\d{1,6}$/;

/** `90`, `90s`, `1m30s`, `1h2m3s` -> seconds as text; null for anything else. */
export function youtubeSeconds(value: string): string | null {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value.trim());
  if (!m || !value.trim() || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return SECONDS.test(String(seconds)) ? String(seconds) : null;
}

const YOUTUBE_HOST = /^(?:(?:https?:)?\/\/)?(?:(?:www|m|music)\.)?(?:youtube\.com|youtube-nocookie\.com|youtu\.be)(?=[/?#]|$)/i;

/**
 * A YouTube video in the forms authors paste, or null: a watch?v= URL, youtu.be/,
 * shorts/, embed/ or live/ URLs, with the start time they carry (`t=90`, `t=1m30s`,
 * `start=90`, `#t=90`). A bare id counts only when `bareId` (in the youtube shortcode itself).
 */
export function youtubeReference(value: string, bareId = false): { id: string; start?: string } | null {
  const v = value.trim();
  if (bareId && YOUTUBE_ID.test(v)) return { id: v };
  const host = YOUTUBE_HOST.exec(v);
  if (!host) return null;
  let url: URL;
  try {
    url = new URL(`https://youtube.com${v.slice(host[0].length) || "/"}`);
  } catch {
    return null;
  }
  const short = /youtu\.be$/i.test(host[0]);
  const pathId = short ? /^\/([^/]+)\/?$/.exec(url.pathname)?.[1] : /^\/(?:shorts|embed|live|v)\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  const id = pathId ?? (url.pathname === "/watch" || url.pathname === "/watch/" ? url.searchParams.get("v") : null);
  if (!id || !YOUTUBE_ID.test(id)) return null;
  const hashTime = /(?:^|&)t=([^&]+)/.exec(url.hash.slice(1))?.[1];
  const time = url.searchParams.get("t") ?? url.searchParams.get("start") ?? hashTime;
  const start = time ? youtubeSeconds(time) : null;
  return start && start !== "0" ? { id, start } : { id };
}

/** The privacy-enhanced host: no cookies until the video plays. */
function youtubeEmbedUrl(id: string, start?: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0${start ? `&start=${start}` : ""}`;
}

function youtubeWatchUrl(id: string, start?: string): string {
  return `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ""}`;
}

interface YouTubeProps {
  id: string;
  start?: string;
  title?: string;
}

function YouTube({ id, start, title = "YouTube 影片" }: YouTubeProps) {
  // Only the title shows: the accessible name (the label) must contain all visible text.
  const face = h(
    Fragment,
    null,
    h("span", { className: "absolute inset-x-0 top-0 truncate p-4 text-left text-lg leading-snug font-semibold text-white" }, title),
    h(
      "span",
      {
        className:
          "absolute top-1/2 left-1/2 flex h-14 w-20 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-2xl bg-red-600 shadow-lg transition group-hover:bg-red-700 group-focus-visible:ring-4 group-focus-visible:ring-white",
      },
      h("svg", { viewBox: "0 0 24 24", width: "28", height: "28", "aria-hidden": "true", fill: "white" }, h("path", { d: "M8 5v14l11-7z" })),
    ),
  );
  return h(
    "figure",
    { className: "embed not-prose my-8" },
    h(
      ClickToLoad,
      {
        className: "relative aspect-video w-full overflow-hidden rounded-lg bg-neutral-900",
        buttonClassName: "group absolute inset-0 h-full w-full cursor-pointer",
        label: `播放影片：${title}`,
        frame: {
          className: "absolute inset-0 h-full w-full",
          src: youtubeEmbedUrl(id, start),
          title,
          allow: "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture",
          allowFullScreen: true,
        },
        children: face,
      },
    ),
    h(
      "figcaption",
      { className: "mt-2 text-sm text-neutral-600 dark:text-neutral-400" },
      h("a", { href: youtubeWatchUrl(id, start), className: "underline", rel: "noopener noreferrer", target: "_blank" }, "在 YouTube 上觀看"),
    ),
  );
}

function fromShortcode(sc: Shortcode): Record<string, string> {
  const value = need(sc, shortcodeArg(sc, "id", 0) ?? sc.named.url, "a video id", "write {{< youtube VIDEO_ID >}}");
  const found = youtubeReference(value, true);
  let id = found?.id ?? value;
  if (!found) {
    // Another way of writing the id (an unknown host, a path): the id is still readable.
    const fromUrl = /(?:v=|youtu\.be\/|embed\/|shorts\/|live\/)([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])/.exec(value);
    if (fromUrl) id = fromUrl[1];
  }
  check(sc, id, YOUTUBE_ID, "YouTube id", "a YouTube id is the 11 characters after watch?v=");
  const props: Record<string, string> = { id };
  const start = sc.named.start ?? found?.start;
  if (start) props.start = check(sc, youtubeSeconds(start) ?? start, SECONDS, "start time", "write the start in seconds, e.g. start=\"90\", or as 1m30s");
  if (sc.named.title) props.title = sc.named.title;
  return props;
}

export const youtube = defineEmbed<YouTubeProps>({
  name: "YouTube",
  props: {
    id: { required: true, pattern: YOUTUBE_ID, hint: "a YouTube id is the 11 characters after watch?v= (letters, digits, _ and -)" },
    start: { pattern: SECONDS, hint: "where the video starts, in seconds, e.g. start=\"90\"" },
    title: { hint: "a short text describing the video" },
  },
  shortcodes: ["youtube"],
  fromShortcode,
  reference: { service: "YouTube", parse: (value) => youtubeReference(value) },
  Component: YouTube,
  feed: ({ id, start, title }) => ({ href: youtubeWatchUrl(id, start), text: `▶ ${title ?? "YouTube 影片"}` }),
  frameOrigins: ["https://www.youtube-nocookie.com"],
});
