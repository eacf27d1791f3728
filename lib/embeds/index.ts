/**
 * The components an author may use in MDX, with the rules their props must meet.
 * Checked at compile time so a bad id fails the build naming the post and line,
 * instead of rendering a broken player.
 */

export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
export const SPOTIFY_TYPES = /^(episode|show|playlist|track|album|artist)$/;
export const SPOTIFY_ID = /^[A-Za-z0-9]{22}$/;
/** The part of an Apple Podcasts URL after the host: `tw/podcast/<name>/id123?i=456`. */
export const APPLE_PODCAST_PATH = /^[a-z]{2}\/podcast\/[^/\s?#"<>]+\/id\d+(?:\?i=\d+)?$/;
/** X post ids are up to 19 digits today; kept as strings, since they exceed Number.MAX_SAFE_INTEGER. */
export const X_ID = /^\d{1,20}$/;
export const X_USER = /^[A-Za-z0-9_]{1,15}$/;
/** Links authors may put on a figure: never javascript: or data: URLs. */
export const SAFE_LINK = /^(https?:\/\/|\/(?!\/)|#)/i;

export interface PropRule {
  required?: boolean;
  pattern?: RegExp;
  hint: string;
}

export const MDX_COMPONENTS: Record<string, Record<string, PropRule>> = {
  YouTube: {
    id: { required: true, pattern: YOUTUBE_ID, hint: "a YouTube id is the 11 characters after watch?v= (letters, digits, _ and -)" },
    title: { hint: "a short text describing the video" },
  },
  Spotify: {
    type: { required: true, pattern: SPOTIFY_TYPES, hint: "episode, show, playlist, track, album or artist" },
    id: { required: true, pattern: SPOTIFY_ID, hint: "a Spotify id is the 22 letters and digits after open.spotify.com/episode/" },
    title: { hint: "a short text describing the episode" },
  },
  ApplePodcast: {
    path: { required: true, pattern: APPLE_PODCAST_PATH, hint: "the part of the podcasts.apple.com URL after the host, e.g. tw/podcast/name/id123456?i=789" },
    title: { hint: "a short text describing the episode" },
  },
  XPost: {
    id: { required: true, pattern: X_ID, hint: "the digits after /status/ in the post's URL, as a quoted string" },
    user: { pattern: X_USER, hint: "the account name without @" },
  },
  Figure: {
    src: { required: true, pattern: /^(\/|https:\/\/)/, hint: "a path under public/ such as /images/x.jpg, or an https URL" },
    alt: { hint: "what the image shows" },
    caption: { hint: "the text under the image" },
    title: { hint: "a heading above the caption" },
    link: { pattern: SAFE_LINK, hint: "where a click on the image goes: an http(s) URL or a path starting with /" },
    width: { pattern: /^\d+$/, hint: "a width in pixels" },
    height: { pattern: /^\d+$/, hint: "a height in pixels" },
    attr: { hint: "credit text" },
    attrlink: { pattern: SAFE_LINK, hint: "credit link: an http(s) URL or a path starting with /" },
  },
  ReadingList: {},
  ReadingListItem: {
    href: { required: true, hint: "a link such as /posts/<slug>/" },
    label: { hint: "the link text" },
  },
};

export function youtubeEmbedUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
}

export function youtubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}

/** Player heights by kind, so the facade and the iframe take the same space. */
export function spotifyHeight(type: string): number {
  return type === "episode" || type === "show" ? 232 : type === "track" ? 152 : 352;
}

export function spotifyEmbedUrl(type: string, id: string): string {
  return `https://open.spotify.com/embed/${type}/${id}?autoplay=1`;
}

export function spotifyUrl(type: string, id: string): string {
  return `https://open.spotify.com/${type}/${id}`;
}

export function applePodcastHeight(path: string): number {
  return path.includes("?i=") ? 175 : 450;
}

export function applePodcastEmbedUrl(path: string): string {
  return `https://embed.podcasts.apple.com/${path}`;
}

export function applePodcastUrl(path: string): string {
  return `https://podcasts.apple.com/${path}`;
}

export function xPostUrl(id: string, user?: string): string {
  return `https://x.com/${user ?? "i"}/status/${id}`;
}
