/**
 * The audio players' facade (Spotify, Apple Podcasts): a card the size of the player
 * it stands for, with a play button. The iframe loads only after the reader clicks,
 * and the page does not move when it does, since both have the same fixed height.
 */
import { createElement as h, Fragment } from "react";
import { ClickToLoad } from "./click-to-load";

export interface PlayerCard {
  /** data-embed on the figure, for styles and tests. */
  kind: string;
  service: string;
  label: string;
  embedUrl: string;
  linkUrl: string;
  height: number;
  /** Tailwind classes for the card's background. */
  accent: string;
}

export function playerCard({ kind, service, label, embedUrl, linkUrl, height, accent }: PlayerCard) {
  const face = h(
    Fragment,
    null,
    h(
      "span",
      {
        className:
          "flex h-14 w-14 shrink-0 items-center justify-center rounded-full bg-white/95 shadow-lg transition group-hover:scale-105 group-focus-visible:ring-4 group-focus-visible:ring-white/70",
      },
      h("svg", { viewBox: "0 0 24 24", width: "26", height: "26", "aria-hidden": "true", className: "fill-neutral-900" }, h("path", { d: "M8 5v14l11-7z" })),
    ),
    h(
      "span",
      { className: "min-w-0" },
      h("span", { className: "block text-xs font-semibold tracking-wide uppercase opacity-80" }, service),
      h("span", { className: "mt-1 block text-lg leading-snug font-semibold" }, label),
      // Three text children, as JSX would give, so the server HTML is what it was.
      h("span", { className: "mt-1 block text-sm opacity-80" }, "點擊播放（載入 ", service, " 播放器）"),
    ),
  );
  return h(
    "figure",
    { className: "embed not-prose my-8", "data-embed": kind },
    h(
      ClickToLoad,
      {
        className: "relative w-full overflow-hidden rounded-xl",
        style: { height },
        buttonClassName: `group absolute inset-0 flex h-full w-full cursor-pointer items-center gap-4 px-6 text-left text-white ${accent}`,
        label: `在 ${service} 播放：${label}`,
        frame: {
          className: "absolute inset-0 h-full w-full border-0",
          src: embedUrl,
          title: `${service}：${label}`,
          height,
          allow: "autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture",
          sandbox: "allow-forms allow-popups allow-same-origin allow-scripts allow-top-navigation-by-user-activation",
          loading: "lazy",
        },
        children: face,
      },
    ),
    h(
      "figcaption",
      { className: "mt-2 text-sm text-neutral-600 dark:text-neutral-400" },
      h("a", { href: linkUrl, className: "underline", rel: "noopener noreferrer", target: "_blank" }, "在 ", service, " 上收聽"),
    ),
  );
}
