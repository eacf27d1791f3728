/** Apple Podcasts: an episode (a path with ?i=) or a show behind a click-to-load card. */
import { check, need, shortcodeArg, type Shortcode } from "../content/shortcode-args";
import { playerCard } from "./player-card";
import { defineEmbed } from "./types";

/** The part of an Apple Podcasts URL after the host: `tw/podcast/<name>/id123?i=456`. */
const APPLE_PODCAST_PATH = /^[a-z]{2}\/podcast\/[^/\s?#"<>]+\/id\d+(?:\?i=\d+)?$/;

const isEpisode = (path: string) => path.includes("?i=");

function applePodcastHeight(path: string): number {
  return isEpisode(path) ? 175 : 450;
}

function applePodcastEmbedUrl(path: string): string {
  return `https://embed.podcasts.apple.com/${path}`;
}

function applePodcastUrl(path: string): string {
  return `https://podcasts.apple.com/${path}`;
}

interface ApplePodcastProps {
  path: string;
  title?: string;
}

const label = ({ path, title }: ApplePodcastProps) => title ?? (isEpisode(path) ? "Podcast 單集" : "Podcast 節目");

function ApplePodcast(props: ApplePodcastProps) {
  return playerCard({
    kind: "apple-podcast",
    service: "Apple Podcasts",
    label: label(props),
    embedUrl: applePodcastEmbedUrl(props.path),
    linkUrl: applePodcastUrl(props.path),
    height: applePodcastHeight(props.path),
    accent: "bg-gradient-to-br from-[#b150e2] to-[#6a1fa0]",
  });
}

function fromShortcode(sc: Shortcode): Record<string, string> {
  const hint = "write {{< apple-podcast tw/podcast/<name>/id123456?i=789 >}} (the part after podcasts.apple.com/)";
  let value = need(sc, shortcodeArg(sc, "src", 0) ?? sc.named.path ?? sc.named.url, "the podcast path", hint);
  value = value.replace(/^https?:\/\/(?:embed\.)?podcasts\.apple\.com\//, "").replace(/^\//, "");
  check(sc, value, APPLE_PODCAST_PATH, "Apple Podcasts path", hint);
  return { path: value };
}

export const applePodcast = defineEmbed<ApplePodcastProps>({
  name: "ApplePodcast",
  props: {
    path: { required: true, pattern: APPLE_PODCAST_PATH, hint: "the part of the podcasts.apple.com URL after the host, e.g. tw/podcast/name/id123456?i=789" },
    title: { hint: "a short text describing the episode" },
  },
  shortcodes: ["apple-podcast", "apple-podcasts", "applepodcast", "applepodcasts"],
  listed: ["apple-podcast"],
  fromShortcode,
  Component: ApplePodcast,
  feed: (props) => ({ href: applePodcastUrl(props.path), text: `▶ Apple Podcasts：${label(props)}` }),
  frameOrigins: ["https://embed.podcasts.apple.com"],
});
