"use client";

import { useState } from "react";
import { youtubeEmbedUrl, youtubeWatchUrl } from "@/lib/embeds";

/**
 * A facade: a card with the video's title and a play button until the reader asks
 * for the video. Nothing comes from YouTube before that, not even the thumbnail
 * (i.ytimg.com): it would tell Google of every page view, cost a phone one more
 * connection on the critical path, and it usually sits in the first screen, where
 * lazy loading would not defer it.
 */
export function YouTube({ id, title = "YouTube 影片" }: { id: string; title?: string }) {
  const [playing, setPlaying] = useState(false);
  return (
    <figure className="embed not-prose my-8">
      <div className="relative aspect-video w-full overflow-hidden rounded-lg bg-neutral-900">
        {playing ? (
          <iframe
            className="absolute inset-0 h-full w-full"
            src={youtubeEmbedUrl(id)}
            title={title}
            allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
            allowFullScreen
          />
        ) : (
          <button
            type="button"
            className="group absolute inset-0 h-full w-full cursor-pointer"
            aria-label={`播放影片：${title}`}
            onClick={() => setPlaying(true)}
          >
            {/* Only the title shows: the accessible name (aria-label) must contain all visible text. */}
            <span className="absolute inset-x-0 top-0 truncate p-4 text-left text-lg leading-snug font-semibold text-white">{title}</span>
            <span className="absolute top-1/2 left-1/2 flex h-14 w-20 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-2xl bg-red-600 shadow-lg transition group-hover:bg-red-700 group-focus-visible:ring-4 group-focus-visible:ring-white">
              <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" fill="white">
                <path d="M8 5v14l11-7z" />
              </svg>
            </span>
          </button>
        )}
      </div>
      <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        <a href={youtubeWatchUrl(id)} className="underline" rel="noopener noreferrer" target="_blank">
          在 YouTube 上觀看
        </a>
      </figcaption>
    </figure>
  );
}
