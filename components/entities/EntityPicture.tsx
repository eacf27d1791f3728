import { getImageProps } from "next/image";
import type { PlaceholderView } from "@/lib/views/entity-context";
import { toneClass } from "./tones";

/**
 * A logo (a square box the image fits into) or a photo (a round crop), or, without
 * one, the entity's initials on a colour from its name. The box has its size before
 * the image loads; a picture that fails to load leaves the box, not a broken image.
 * getImageProps gives next/image's srcset for files of the site without its client code.
 */
export function EntityPicture({
  image,
  placeholder,
  shape,
  size,
  eager = false,
}: {
  image: { src: string; alt: string } | null;
  placeholder: PlaceholderView;
  shape: "logo" | "photo";
  /** Tailwind size classes of the box, e.g. "size-16 sm:size-24". */
  size: string;
  /** The page's own picture: fetched at once; cards in a grid load lazily. */
  eager?: boolean;
}) {
  const round = shape === "photo" ? "rounded-full" : "rounded-lg";
  if (!image) {
    return (
      <div aria-hidden="true" className={`${size} ${round} ${toneClass(placeholder.tone)} flex shrink-0 items-center justify-center text-2xl font-bold text-white select-none`}>
        {placeholder.initials}
      </div>
    );
  }
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    fill: true,
    sizes: "96px",
    unoptimized: !image.src.startsWith("/"),
    loading: eager ? "eager" : "lazy",
  });
  const frame = shape === "logo" ? "border border-neutral-200 bg-white p-2 dark:border-neutral-700" : "bg-neutral-200 dark:bg-neutral-800";
  return (
    <div className={`${size} ${round} ${frame} relative shrink-0 overflow-hidden`}>
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- props come from next/image's getImageProps (alt included) */}
      <img {...props} className={shape === "logo" ? "object-contain p-2" : "object-cover"} />
    </div>
  );
}
