/**
 * A post's full content as static HTML for feeds: the post's compiled MDX run with
 * a string-rendering JSX runtime (lib/render/static-jsx.ts) and feed components: embeds
 * become plain links (feed readers drop iframes and scripts), and every
 * site-relative URL becomes absolute so it works inside a reader.
 */
import { EMBEDS, type Embed } from "../embeds";
import { compilePost } from "../render/compile";
import { evaluateMdx } from "../render/evaluate";
import { getContentIndex, getPost } from "../content/store";
import { isDev } from "../content/environment";
import type { Post, RefMap } from "../content/post";
import { postHref, postSlugFromHref } from "../http/routes";
import { site } from "../site";
import { h, renderNode, staticJsxRuntime, type StaticComponent, type StaticNode } from "../render/static-jsx";

type Components = Record<string, StaticComponent>;

/** href="/x", src="/x" (not protocol-relative //host) -> absolute on the site. */
export function absolutizeHtml(html: string, baseUrl: string = site.baseUrl): string {
  return html.replace(/(\s(?:href|src|poster)=")\/(?!\/)/g, `$1${baseUrl}/`);
}

/** A component without its own feed rendering: its link if it has one, else its children. */
export const embedFallback: StaticComponent = (props) => {
  const link = [props.href, props.url, props.src].find((v) => typeof v === "string" && /^(https?:)?\/\//.test(v)) as string | undefined;
  return link ? h("p", null, h("a", { href: link }, link)) : (props.children as StaticNode);
};

/** An embed in a feed: the link it gives, or its children when it gives none. */
function feedRenderer(embed: Embed): StaticComponent {
  const { feed } = embed;
  if (!feed) return embedFallback;
  return (props) => {
    const link = feed(props);
    return link ? h("p", null, h("a", { href: link.href }, link.text)) : (props.children as StaticNode);
  };
}

export function feedComponents(findPost: (slug: string) => Post | undefined, embeds: readonly Embed[] = EMBEDS): Components {
  // Every embed gets a rendering, so a new one shows as a link (or its children) in
  // feeds instead of failing them.
  const components: Components = Object.fromEntries(embeds.map((e) => [e.name, feedRenderer(e)]));
  components.ReadingList = ({ children }) => h("ul", null, children);
  components.ReadingListItem = ({ href, label }) => {
    const target = String(href);
    const text = label ? String(label) : target;
    const slug = postSlugFromHref(target);
    if (slug === null) return h("li", null, h("a", { href: target }, text));
    const post = findPost(slug);
    return h("li", null, post ? h("a", { href: postHref(post.slug) }, post.title) : text);
  };
  return components;
}

/** A compiled post's body as HTML, run with the static runtime (see lib/render/evaluate.ts). */
export function renderCompiledMdx(code: string, components: Components): string {
  const Content = evaluateMdx<(props: { components: Components }) => StaticNode>(code, staticJsxRuntime).default;
  return renderNode(Content({ components }));
}

async function renderPostHtml(post: Post, findPost: (slug: string) => Post | undefined, refs?: RefMap): Promise<string> {
  const { code } = await compilePost(post, refs);
  return absolutizeHtml(renderCompiledMdx(code, feedComponents(findPost)));
}

// A post sits in the site feeds and in every feed of its tags and category: one
// production build renders it once, not once per feed.
const rendered = new Map<string, Promise<string>>();

export function postContentHtml(post: Post, findPost: (slug: string) => Post | undefined = getPost): Promise<string> {
  if (findPost !== getPost) return renderPostHtml(post, findPost);
  const refs = getContentIndex().refs.get(post.slug);
  if (isDev()) return renderPostHtml(post, findPost, refs);
  let html = rendered.get(post.source.hash);
  if (!html) {
    html = renderPostHtml(post, findPost, refs);
    rendered.set(post.source.hash, html);
    html.catch(() => rendered.delete(post.source.hash));
  }
  return html;
}
