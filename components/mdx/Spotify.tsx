import { spotifyEmbedUrl, spotifyHeight, spotifyUrl } from "@/lib/embeds";
import { PlayerFacade } from "./PlayerFacade";

const LABELS: Record<string, string> = {
  episode: "Podcast 單集",
  show: "Podcast 節目",
  playlist: "播放清單",
  track: "歌曲",
  album: "專輯",
  artist: "藝人",
};

/** A Spotify episode, show or playlist behind a click-to-load card. */
export function Spotify({ type, id, title }: { type: string; id: string; title?: string }) {
  return (
    <PlayerFacade
      kind="spotify"
      service="Spotify"
      label={title ?? LABELS[type] ?? "Spotify"}
      embedUrl={spotifyEmbedUrl(type, id)}
      linkUrl={spotifyUrl(type, id)}
      height={spotifyHeight(type)}
      accent="bg-gradient-to-br from-[#1db954] to-[#0f6b31]"
    />
  );
}
