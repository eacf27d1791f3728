"use client";

import { useState } from "react";

/**
 * A card the size of the player it stands for, with a play button: the player's
 * iframe (and every request to its host) loads only after the reader clicks, and
 * the page does not move when it does, since both have the same fixed height.
 */
export function PlayerFacade({
  service,
  label,
  embedUrl,
  linkUrl,
  height,
  accent,
  kind,
}: {
  service: string;
  label: string;
  embedUrl: string;
  linkUrl: string;
  height: number;
  /** Tailwind classes for the card's background. */
  accent: string;
  kind: string;
}) {
  const [playing, setPlaying] = useState(false);
  return (
    <figure className="embed not-prose my-8" data-embed={kind}>
      <div className="relative w-full overflow-hidden rounded-xl" style={{ height }}>
        {playing ? (
          <iframe
            className="absolute inset-0 h-full w-full border-0"
            src={embedUrl}
            title={`${service}：${label}`}
            height={height}
            allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture"
            sandbox="allow-forms allow-popups allow-same-origin allow-scripts allow-top-navigation-by-user-activation"
            loading="lazy"
          />
        ) : (
          <button
            type="button"
            className={`group absolute inset-0 flex h-full w-full cursor-pointer items-center gap-4 px-6 text-left text-white ${accent}`}
            aria-label={`在 ${service} 播放：${label}`}
            onClick={() => setPlaying(true)}
          >
            <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded-full bg-white/95 shadow-lg transition group-hover:scale-105 group-focus-visible:ring-4 group-focus-visible:ring-white/70">
              <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" className="fill-neutral-900">
                <path d="M8 5v14l11-7z" />
              </svg>
            </span>
            <span className="min-w-0">
              <span className="block text-xs font-semibold tracking-wide uppercase opacity-80">{service}</span>
              <span className="mt-1 block text-lg leading-snug font-semibold">{label}</span>
              <span className="mt-1 block text-sm opacity-80">點擊播放（載入 {service} 播放器）</span>
            </span>
          </button>
        )}
      </div>
      <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        <a href={linkUrl} className="underline" rel="noopener noreferrer" target="_blank">
          在 {service} 上收聽
        </a>
      </figcaption>
    </figure>
  );
}
