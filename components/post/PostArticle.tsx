import { getImageProps } from "next/image";
import { preload } from "react-dom";
import type { ReactNode } from "react";
import type { TocHeading } from "@/lib/render/headings";
import type { PostHeaderData } from "@/lib/views/post-page";
import { categoryHref } from "@/lib/taxonomy/slugs";
import { DraftBadge } from "../lists/DraftBadge";
import { SaveButton } from "../saved/SaveButton";
import { SaveButtons } from "../saved/SaveButtons";
import { TocDetails, TocSidebar } from "./TableOfContents";
import { TagLinks } from "../lists/TagLinks";

export function PostArticle({ post, toc, children }: { post: PostHeaderData; toc?: TocHeading[]; children: ReactNode }) {
  return (
    <article className={toc ? "lg:grid lg:grid-cols-[minmax(0,1fr)_13rem] lg:gap-12" : undefined}>
      <div className="mx-auto max-w-3xl min-w-0">
      <header className="mb-8">
        <div className="mb-2 flex flex-wrap items-center gap-3 text-sm text-neutral-600 dark:text-neutral-400">
          {post.category && (
            <a href={categoryHref(post.category)} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
              {post.category}
            </a>
          )}
          <time dateTime={post.dateIso}>{post.dateText}</time>
          <span>{post.readingTime}</span>
          {post.draft && <DraftBadge />}
          <SaveButton post={{ slug: post.slug, title: post.title, date: post.dateText, href: post.href }} />
          <SaveButtons />
        </div>
        <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{post.title}</h1>
        {post.description && <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">{post.description}</p>}
        {post.sourceUrl && (
          <p className="mt-3 text-sm text-neutral-700 dark:text-neutral-300">
            來源：
            <a href={post.sourceUrl} rel="noopener noreferrer" target="_blank" className="text-sky-800 underline dark:text-sky-300">
              {post.sourceName ?? new URL(post.sourceUrl).hostname}
            </a>
          </p>
        )}
        {post.cover && (
          <div className="mt-6 overflow-hidden rounded-lg">
            {post.cover.width && post.cover.height ? (
              <CoverImage src={post.cover.src} width={post.cover.width} height={post.cover.height} />
            ) : (
              // eslint-disable-next-line @next/next/no-img-element -- remote cover of unknown size
              <img src={post.cover.src} alt="" className="h-auto w-full" />
            )}
          </div>
        )}
      </header>
      {toc && <TocDetails headings={toc} />}
      <div className="prose prose-neutral max-w-none dark:prose-invert prose-headings:font-bold prose-a:text-sky-800 dark:prose-a:text-sky-300">
        {children}
      </div>
      <footer className="mt-10 border-t border-neutral-200 pt-6 dark:border-neutral-800">
        <TagLinks tags={post.tags} />
      </footer>
      </div>
      {toc && (
        <div className="hidden lg:block">
          <TocSidebar headings={toc} />
        </div>
      )}
    </article>
  );
}

/**
 * The post's cover: the page's largest image, so preloaded and never lazy. Through
 * getImageProps for next/image's srcset without its client code.
 */
function CoverImage({ src, width, height }: { src: string; width: number; height: number }) {
  const { props } = getImageProps({ src, alt: "", width, height, sizes: "(min-width: 1024px) 768px, 100vw", fetchPriority: "high", loading: "eager" });
  preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- props come from next/image's getImageProps (alt included)
  return <img {...props} className="h-auto w-full" />;
}
