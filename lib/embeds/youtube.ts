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

/** The privacy-enhanced host: no cookies until the video plays. */
function youtubeEmbedUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
}

function youtubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}

interface YouTubeProps {
  id: string;
  title?: string;
}

function YouTube({ id, title = "YouTube 影片" }: YouTubeProps) {
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
          src: youtubeEmbedUrl(id),
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
      h("a", { href: youtubeWatchUrl(id), className: "underline", rel: "noopener noreferrer", target: "_blank" }, "在 YouTube 上觀看"),
    ),
  );
}

function fromShortcode(sc: Shortcode): Record<string, string> {
  let id = need(sc, shortcodeArg(sc, "id", 0), "a video id", "write {{< youtube VIDEO_ID >}}");
  const fromUrl = /(?:v=|youtu\.be\/|embed\/|shorts\/)([A-Za-z0-9_-]{11})/.exec(id);
  if (fromUrl) id = fromUrl[1];
  check(sc, id, YOUTUBE_ID, "YouTube id", "a YouTube id is the 11 characters after watch?v=");
  const props: Record<string, string> = { id };
  if (sc.named.title) props.title = sc.named.title;
  return props;
}

export const youtube = defineEmbed<YouTubeProps>({
  name: "YouTube",
  props: {
    id: { required: true, pattern: YOUTUBE_ID, hint: "a YouTube id is the 11 characters after watch?v= (letters, digits, _ and -)" },
    title: { hint: "a short text describing the video" },
  },
  shortcodes: ["youtube"],
  fromShortcode,
  Component: YouTube,
  feed: ({ id, title }) => ({ href: youtubeWatchUrl(id), text: `▶ ${title ?? "YouTube 影片"}` }),
  frameOrigins: ["https://www.youtube-nocookie.com"],
});
