import { getImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";
import type { PostSummary } from "@/lib/views/summary";
import { categoryStyle } from "./category-style";

export type CoverVariant = "hero" | "small" | "list";

/**
 * A post's cover in a fixed 16:9 box, so nothing moves as images load. The box is
 * painted in the category's colour first: a post without a cover shows that with
 * its title, and a cover that fails to load leaves the colour, never a broken image.
 * getImageProps gives next/image's srcset and sizes without shipping its client code.
 */
export function PostCover({
  post,
  variant,
  sizes,
  preload = false,
  className = "",
}: {
  post: Pick<PostSummary, "title" | "category" | "cover">;
  variant: CoverVariant;
  sizes: string;
  /** The page's largest image (the hero): fetched first, never lazily. */
  preload?: boolean;
  className?: string;
}) {
  const style = categoryStyle(post.category);
  let img = null;
  if (post.cover) {
    const { props } = getImageProps({
      src: post.cover.src,
      alt: "",
      fill: true,
      sizes,
      // Remote covers come from any host; serving them as they are needs no allow-list.
      unoptimized: !post.cover.src.startsWith("/"),
      loading: preload ? "eager" : "lazy",
      fetchPriority: preload ? "high" : undefined,
    });
    if (preload) {
      preloadResource(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
    }
    // eslint-disable-next-line @next/next/no-img-element -- props come from next/image's getImageProps
    img = <img {...props} alt="" className="object-cover" />;
  }
  return (
    <div aria-hidden="true" className={`relative aspect-video overflow-hidden rounded-md ${style.placeholder} ${className}`}>
      {img ?? <Placeholder post={post} variant={variant} />}
    </div>
  );
}

function Placeholder({ post, variant }: { post: Pick<PostSummary, "title" | "category">; variant: CoverVariant }) {
  if (variant === "list") {
    return <span className="absolute inset-0 flex items-center justify-center p-2 text-center text-xs font-bold text-white/90">{post.category ?? "文章"}</span>;
  }
  const hero = variant === "hero";
  return (
    <div className={`absolute inset-0 flex flex-col justify-between text-white ${hero ? "p-5 sm:p-8" : "p-2 sm:p-3"}`}>
      <span className={`font-medium text-white/80 ${hero ? "text-sm" : "text-[11px] sm:text-xs"}`}>{post.category ?? "文章"}</span>
      <span className={hero ? "line-clamp-3 text-2xl leading-snug font-bold sm:text-3xl" : "hidden text-sm leading-snug font-bold sm:line-clamp-3"}>{post.title}</span>
    </div>
  );
}
