import type { ComponentProps, ComponentType } from "react";
import { formatDateZh } from "@/lib/content/dates";
import { postHref, postSlugFromHref } from "@/lib/http/routes";
import { site } from "@/lib/site";
import { EMBEDS, embedComponents, type Embed } from "@/lib/embeds";
import type { Post } from "@/lib/content/post";
import { CodeBlock } from "./CodeBlock";
import { PostImage } from "./PostImage";
import { FurtherReading, FurtherReadingItem, type ResolvedLink } from "./FurtherReading";

// MDX passes arbitrary props to the components it is given.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the MDX components map is untyped by design
export type MDXComponents = Record<string, ComponentType<any>>;

/** The components a post's MDX may use, bound to a way to look posts up. */
export function mdxComponents(findPost: (slug: string) => Post | undefined, embeds: readonly Embed[] = EMBEDS): MDXComponents {
  const resolve = (href: string): ResolvedLink | null | "missing" => {
    const slug = postSlugFromHref(href);
    if (slug === null) return null;
    const post = findPost(slug);
    if (!post) return "missing";
    return { href: postHref(post.slug), title: post.title, date: formatDateZh(post.date, site.timeZone) };
  };
  return {
    pre: CodeBlock,
    img: PostImage,
    ...embedComponents(embeds),
    // The tags authors write (and lib/render/remark-further-reading.ts emits) for 延伸閱讀.
    ReadingList: FurtherReading,
    ReadingListItem: (props: Omit<ComponentProps<typeof FurtherReadingItem>, "resolve">) => (
      <FurtherReadingItem {...props} resolve={resolve} />
    ),
  };
}
