/** Apple Podcasts: an episode (a path with ?i=) or a show behind a click-to-load card. */
import { contentError } from "../content/errors";
import { problem } from "../content/messages";
import { need, shortcodeArg, type Shortcode } from "../content/shortcode-args";
import { playerCard } from "./player-card";
import { defineEmbed } from "./types";

/**
 * The part of an Apple Podcasts URL after the host, as the site keeps it: a storefront,
 * the show's name percent-encoded, its id and, for an episode, `?i=` and nothing else:
 * `tw/podcast/%E8%82%A1%E7%99%8C/id1500839292?i=1000682416541`.
 */
const CANONICAL_PATH = /^[a-z]{2}\/podcast\/(?:[^/\s?#"<>]+\/)?id\d+(?:\?i=\d+)?$/;

/** What authors paste: any storefront, the name raw or encoded (or left out), any query, the full URL. */
const WILD_PATH = /^([A-Za-z]{2})\/podcast\/(?:([^/?#]+)\/)?id(\d+)\/?(?:\?([^#]*))?(?:#.*)?$/;

/** A name as Apple's own links write it: percent-encoded UTF-8. Null if its escapes are broken. */
function encodedName(name: string): string | null {
  try {
    return encodeURIComponent(decodeURIComponent(name.replace(/\+/g, " ")));
  } catch {
    return null;
  }
}

/**
 * The canonical path for any way of writing an Apple Podcasts reference, or null if it is
 * not one: `https://podcasts.apple.com/tw/podcast/股癌/id1500839292?l=en&i=1000682416541`
 * becomes `tw/podcast/%E8%82%A1%E7%99%8C/id1500839292?i=1000682416541`.
 */
export function applePodcastPath(value: string): string | null {
  const rest = value.trim().replace(/^(?:(?:https?:)?\/\/)?(?:embed\.|www\.)?podcasts\.apple\.com\//i, "").replace(/^\//, "");
  if (/^[a-z][a-z0-9+.-]*:/i.test(rest) || /\s/.test(rest)) return null;
  const m = WILD_PATH.exec(rest);
  if (!m) return null;
  const [, storefront, name, id, query] = m;
  const encoded = name === undefined ? "" : encodedName(name);
  if (encoded === null) return null;
  const episode = new URLSearchParams(query ?? "").get("i");
  if (episode !== null && !/^\d+$/.test(episode)) return null;
  const path = `${storefront.toLowerCase()}/podcast/${encoded ? `${encoded}/` : ""}id${id}${episode ? `?i=${episode}` : ""}`;
  return CANONICAL_PATH.test(path) ? path : null;
}

/** Only the unmistakable forms, for a reference written in another service's shortcode. */
function reference(value: string): Record<string, string> | null {
  const path = applePodcastPath(value);
  return path ? { path } : null;
}

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

/** MDX props were checked with applePodcastPath (the rule's `accepts`), so this is never the fallback. */
const canonical = (path: string) => applePodcastPath(path) ?? path;

const label = ({ path, title }: ApplePodcastProps) => title ?? (isEpisode(canonical(path)) ? "Podcast 單集" : "Podcast 節目");

function ApplePodcast(props: ApplePodcastProps) {
  const path = canonical(props.path);
  return playerCard({
    kind: "apple-podcast",
    service: "Apple Podcasts",
    label: label(props),
    embedUrl: applePodcastEmbedUrl(path),
    linkUrl: applePodcastUrl(path),
    height: applePodcastHeight(path),
    accent: "bg-gradient-to-br from-[#b150e2] to-[#6a1fa0]",
  });
}

function fromShortcode(sc: Shortcode): Record<string, string> {
  const hint = "write {{< apple-podcast tw/podcast/<name>/id123456?i=789 >}} (the part after podcasts.apple.com/)";
  const value = need(sc, shortcodeArg(sc, "src", 0) ?? sc.named.path ?? sc.named.url, "the podcast path", hint);
  const path = applePodcastPath(value);
  if (path) return { path };
  // The error quotes the path as written, without the host.
  const written = value.replace(/^https?:\/\/(?:embed\.)?podcasts\.apple\.com\//, "").replace(/^\//, "");
  throw contentError(problem("shortcode-invalid-argument", sc.raw, "Apple Podcasts path", written, hint), sc.line);
}

export const applePodcast = defineEmbed<ApplePodcastProps>({
  name: "ApplePodcast",
  props: {
    path: {
      required: true,
      accepts: (value) => applePodcastPath(value) !== null,
      hint: "the part of the podcasts.apple.com URL after the host, e.g. tw/podcast/name/id123456?i=789",
    },
    title: { hint: "a short text describing the episode" },
  },
  shortcodes: ["apple-podcast", "apple-podcasts", "applepodcast", "applepodcasts"],
  listed: ["apple-podcast"],
  fromShortcode,
  reference: { service: "Apple Podcasts", parse: reference },
  Component: ApplePodcast,
  feed: (props) => ({ href: applePodcastUrl(canonical(props.path)), text: `▶ Apple Podcasts：${label(props)}` }),
  frameOrigins: ["https://embed.podcasts.apple.com"],
});
