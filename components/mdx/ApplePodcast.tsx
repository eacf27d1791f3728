import { applePodcastEmbedUrl, applePodcastHeight, applePodcastUrl } from "@/lib/embeds";
import { PlayerFacade } from "./PlayerFacade";

/** An Apple Podcasts episode (path with ?i=) or show behind a click-to-load card. */
export function ApplePodcast({ path, title }: { path: string; title?: string }) {
  return (
    <PlayerFacade
      kind="apple-podcast"
      service="Apple Podcasts"
      label={title ?? (path.includes("?i=") ? "Podcast 單集" : "Podcast 節目")}
      embedUrl={applePodcastEmbedUrl(path)}
      linkUrl={applePodcastUrl(path)}
      height={applePodcastHeight(path)}
      accent="bg-gradient-to-br from-[#b150e2] to-[#6a1fa0]"
    />
  );
}
