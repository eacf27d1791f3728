import type { ReactNode } from "react";

/**
 * Hugo's figure: an image with an optional title, caption, link and credit. The
 * caption may come as children (rendered from Markdown) or as plain text.
 */
export function Figure({
  src,
  alt,
  caption,
  title,
  link,
  width,
  height,
  attr,
  attrlink,
  children,
}: {
  src: string;
  alt?: string;
  caption?: string;
  title?: string;
  link?: string;
  width?: string;
  height?: string;
  attr?: string;
  attrlink?: string;
  children?: ReactNode;
}) {
  // eslint-disable-next-line @next/next/no-img-element -- author-sized images from public/ or another host; sizes are unknown at build time
  const img = <img src={src} alt={alt ?? caption ?? title ?? ""} width={width} height={height} loading="lazy" decoding="async" className="mx-auto h-auto max-w-full rounded-lg" />;
  const text = children ?? caption;
  const hasCaption = title || text || attr;
  return (
    <figure className="my-8">
      {link ? <a href={link}>{img}</a> : img}
      {hasCaption ? (
        <figcaption className="mt-2 text-center text-sm text-neutral-600 dark:text-neutral-400">
          {title ? <strong className="block">{title}</strong> : null}
          {text}
          {attr ? (
            <>
              {text ? " " : null}
              {attrlink ? <a href={attrlink}>{attr}</a> : attr}
            </>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
