/** Spotify: an episode, show, playlist, track, album or artist behind a click-to-load card. */
import { contentError } from "../content/errors";
import { problem } from "../content/messages";
import { check, need, type Shortcode } from "../content/shortcode-args";
import { playerCard } from "./player-card";
import { defineEmbed } from "./types";

const SPOTIFY_TYPES = /^(episode|show|playlist|track|album|artist)$/;
const SPOTIFY_ID = /^[A-Za-z0-9]{22}$/;

const LABELS: Record<string, string> = {
  episode: "Podcast 單集",
  show: "Podcast 節目",
  playlist: "播放清單",
  track: "歌曲",
  album: "專輯",
  artist: "藝人",
};

/** Player heights by kind, so the card and the iframe take the same space. */
function spotifyHeight(type: string): number {
  return type === "episode" || type === "show" ? 232 : type === "track" ? 152 : 352;
}

function spotifyEmbedUrl(type: string, id: string): string {
  return `https://open.spotify.com/embed/${type}/${id}?autoplay=1`;
}

function spotifyUrl(type: string, id: string): string {
  return `https://open.spotify.com/${type}/${id}`;
}

interface SpotifyProps {
  type: string;
  id: string;
  title?: string;
}

const label = ({ type, title }: SpotifyProps) => title ?? LABELS[type] ?? "Spotify";

function Spotify(props: SpotifyProps) {
  const { type, id } = props;
  return playerCard({
    kind: "spotify",
    service: "Spotify",
    label: label(props),
    embedUrl: spotifyEmbedUrl(type, id),
    linkUrl: spotifyUrl(type, id),
    height: spotifyHeight(type),
    accent: "bg-gradient-to-br from-[#1db954] to-[#0f6b31]",
  });
}

/**
 * A Spotify reference in any of the forms authors paste, or null: `episode/ID`, with or
 * without a `?si=` tail; an open.spotify.com URL, its `/embed/` form and `/intl-xx/`
 * prefix; a `spotify:episode:ID` URI.
 */
export function spotifyReference(value: string): { type: string; id: string } | null {
  const v = value.trim();
  const m =
    /^(?:(?:https?:)?\/\/)?open\.spotify\.com\/(?:intl-[a-z]{2}(?:-[a-z]{2,4})?\/)?(?:embed(?:-podcast)?\/)?([a-z]+)\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/i.exec(v) ??
    /^spotify:([a-z]+):([A-Za-z0-9]+)$/.exec(v) ??
    /^\/?([a-z]+)\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/.exec(v);
  if (!m || !SPOTIFY_TYPES.test(m[1].toLowerCase()) || !SPOTIFY_ID.test(m[2])) return null;
  return { type: m[1].toLowerCase(), id: m[2] };
}

function fromShortcode(sc: Shortcode): Record<string, string> {
  const hint = "write {{< spotify episode/ID >}} (or show/ID, playlist/ID)";
  let type = sc.named.type;
  let id = sc.named.id;
  if (!id) {
    const value = need(sc, sc.positional[0] ?? sc.named.url ?? sc.named.src, "what to play", hint);
    const found = spotifyReference(value);
    const m = found ? null : /^(?:https?:\/\/open\.spotify\.com\/(?:embed\/)?|spotify:)?([a-z]+)[/:]([A-Za-z0-9]+)(?:[?#].*)?$/.exec(value);
    if (found) ({ type, id } = found);
    else if (m) [type, id] = [m[1], m[2]];
    else if (sc.positional[1]) [type, id] = [value, sc.positional[1]];
    else throw contentError(problem("shortcode-invalid-argument", sc.raw, "Spotify reference", value, hint), sc.line);
  }
  type = need(sc, type, "a type (episode, show, playlist, ...)", hint);
  check(sc, type, SPOTIFY_TYPES, "Spotify type", "use episode, show, playlist, track, album or artist");
  check(sc, id, SPOTIFY_ID, "Spotify id", "a Spotify id is 22 letters and digits");
  return { type, id };
}

export const spotify = defineEmbed<SpotifyProps>({
  name: "Spotify",
  props: {
    type: { required: true, pattern: SPOTIFY_TYPES, hint: "episode, show, playlist, track, album or artist" },
    id: { required: true, pattern: SPOTIFY_ID, hint: "a Spotify id is the 22 letters and digits after open.spotify.com/episode/" },
    title: { hint: "a short text describing the episode" },
  },
  shortcodes: ["spotify"],
  fromShortcode,
  reference: { service: "Spotify", parse: (value) => spotifyReference(value) },
  Component: Spotify,
  feed: (props) => ({ href: spotifyUrl(props.type, props.id), text: `▶ Spotify：${label(props)}` }),
  frameOrigins: ["https://open.spotify.com"],
});
