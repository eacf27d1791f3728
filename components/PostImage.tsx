import Image from "next/image";
import type { ComponentProps } from "react";

/**
 * Images in a post body. Local ones carry their real size from lib/rehype-images.ts
 * and go through next/image (lazy, no layout shift); remote ones stay plain but lazy.
 */
export function PostImage({ src, alt, width, height, title }: ComponentProps<"img">) {
  const w = Number(width);
  const h = Number(height);
  if (typeof src === "string" && src.startsWith("/") && !src.startsWith("//") && w > 0 && h > 0) {
    return <Image src={src} alt={alt ?? ""} title={title} width={w} height={h} sizes="(min-width: 1024px) 720px, 100vw" className="h-auto max-w-full rounded-md" />;
  }
  // eslint-disable-next-line @next/next/no-img-element -- a remote image of unknown size
  return <img src={typeof src === "string" ? src : undefined} alt={alt ?? ""} title={title} loading="lazy" decoding="async" className="h-auto max-w-full rounded-md" />;
}
