import { getImageProps } from "next/image";
import type { ComponentProps } from "react";

/**
 * Images in a post body. Local ones carry their real size from lib/render/rehype-images.ts
 * and get next/image's srcset through getImageProps (lazy, no layout shift) without
 * shipping next/image's client code; remote ones stay plain but lazy.
 */
export function PostImage({ src, alt, width, height, title }: ComponentProps<"img">) {
  const w = Number(width);
  const h = Number(height);
  if (typeof src === "string" && src.startsWith("/") && !src.startsWith("//") && w > 0 && h > 0) {
    const { props } = getImageProps({ src, alt: alt ?? "", title, width: w, height: h, sizes: "(min-width: 1024px) 720px, 100vw", loading: "lazy" });
    // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- props come from next/image's getImageProps (alt included)
    return <img {...props} className="h-auto max-w-full rounded-md" />;
  }
  // eslint-disable-next-line @next/next/no-img-element -- a remote image of unknown size
  return <img src={typeof src === "string" ? src : undefined} alt={alt ?? ""} title={title} loading="lazy" decoding="async" className="h-auto max-w-full rounded-md" />;
}
