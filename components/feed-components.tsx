import type { ReactNode } from "react";
import { postSlugFromHref } from "@/lib/links";
import { postHref } from "@/lib/routes";
import type { Post } from "@/lib/posts";
import { youtubeWatchUrl } from "@/lib/embeds";
import type { MDXComponents } from "./mdx-components";

/**
 * The MDX components for feed readers: static HTML, no scripts, no styling classes.
 * Embeds become plain links (readers strip iframes and scripts). Any component this
 * map does not know yet (a new embed added to the site) renders its link or children
 * rather than failing the feed.
 */
export function feedComponents(findPost: (slug: string) => Post | undefined): MDXComponents {
  const known: MDXComponents = {
    YouTube: ({ id, title }: { id: string; title?: string }) => (
      <p>
        <a href={youtubeWatchUrl(id)}>▶ {title ?? "YouTube 影片"}</a>
      </p>
    ),
    ReadingList: ({ children }: { children?: ReactNode }) => <ul>{children}</ul>,
    ReadingListItem: ({ href, label }: { href: string; label?: string }) => {
      const slug = postSlugFromHref(href);
      if (slug === null) return <li><a href={href}>{label || href}</a></li>;
      const post = findPost(slug);
      return <li>{post ? <a href={postHref(post.slug)}>{post.title}</a> : label || href}</li>;
    },
  };
  return new Proxy(known, {
    get(target, name) {
      if (typeof name !== "string" || name in target || !/^[A-Z]/.test(name)) return Reflect.get(target, name);
      return function UnknownEmbed(props: { href?: string; url?: string; children?: ReactNode }) {
        const link = props.href ?? props.url;
        return link ? <p><a href={link}>{link}</a></p> : <>{props.children}</>;
      };
    },
  });
}
