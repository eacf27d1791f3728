/**
 * A post's full content as static HTML for feeds: the compiled MDX rendered on the
 * server with feed components (embeds as links), every site-relative URL made
 * absolute so it works inside a feed reader.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { feedComponents } from "@/components/feed-components";
import { MdxContent } from "@/components/MdxContent";
import { compilePost } from "./mdx";
import { getPost, type Post } from "./posts";
import { site } from "./site";

/** href="/x" and src="/x" (not protocol-relative //host) -> absolute on the site. */
export function absolutizeHtml(html: string, baseUrl: string = site.baseUrl): string {
  return html.replace(/(\s(?:href|src|poster)=")\/(?!\/)/g, `$1${baseUrl}/`);
}

export async function postContentHtml(post: Post, findPost: (slug: string) => Post | undefined = getPost): Promise<string> {
  const { code } = await compilePost(post);
  const html = renderToStaticMarkup(createElement(MdxContent, { code, components: feedComponents(findPost) }));
  return absolutizeHtml(html);
}
