/**
 * Raw HTML in a Hugo Markdown (`.md`) body, as Hugo's `markup.goldmark.renderer.unsafe`
 * decides (the site configuration's `markup.unsafeHtml`):
 *
 * - off (Hugo's default): every raw HTML block or tag is left out, as Hugo renders
 *   `<!-- raw HTML omitted -->`, and each is reported as a warning at its line
 *   (`remarkOmitRawHtml`). HTML comments (`<!--more-->`) are not reported.
 * - on: rehype-raw parses it into the tree and `rehypeSafeRawHtml` checks and cleans it.
 *   An `<iframe>` of YouTube, Spotify or Apple Podcasts becomes the same click-to-load
 *   player its shortcode gives (the embeds' own reference parsers read the src); any
 *   other iframe, script, style, frame or form, an `on*` attribute or a `javascript:`
 *   URL is an error at its line; everything else goes through rehype-sanitize's
 *   GitHub schema, so only harmless elements and attributes reach the page.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import type { Html, Root } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { contentErrorAt, diagnostic, type Diagnostic } from "../content/errors";
import { problem } from "../content/messages";
import { EMBEDS, type Embed } from "../embeds";
import { UNSAFE_ELEMENTS, UNSAFE_URL } from "./remark-check-components";

const COMMENT = /^<!--[\s\S]*-->$/;

/** Off: drops each raw HTML node, with one warning per line in `into` (at its first tag; closing tags are not counted). */
export function remarkOmitRawHtml({ into }: { into: Diagnostic[] }) {
  return (tree: Root) => {
    const lines = new Set<number | undefined>();
    visit(tree, "html", (node: Html, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children.splice(index, 1);
      const html = node.value.trim();
      const line = node.position?.start.line;
      if (!COMMENT.test(html) && !html.startsWith("</") && !lines.has(line)) {
        lines.add(line);
        into.push(diagnostic("warning", "", problem("raw-html-omitted", html), { line }));
      }
      return [SKIP, index];
    });
  };
}

/** The nodes @mdx-js/mdx puts in the tree, which rehype-raw must pass through untouched. */
export const MDX_NODE_TYPES = ["mdxFlowExpression", "mdxJsxFlowElement", "mdxJsxTextElement", "mdxTextExpression", "mdxjsEsm"] as const;

/**
 * GitHub's schema (what rehype-sanitize defaults to) with figures, https-only images and
 * ids kept as written: the body's own headings and footnotes are in the tree too.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "mark", "small", "abbr", "cite"],
  clobber: [],
  clobberPrefix: "",
  protocols: { ...defaultSchema.protocols, src: ["https"] },
};

const sanitizer = unified().use(rehypeSanitize, SCHEMA);

/** The embeds an iframe may be (those that can read a pasted URL). */
const FRAMEABLE = EMBEDS.filter((e): e is Embed & { reference: NonNullable<Embed["reference"]> } => !!e.reference);

function attr(node: Element, name: string): string | undefined {
  const v = node.properties?.[name];
  return typeof v === "string" ? v : Array.isArray(v) ? v.join(" ") : v === undefined || v === null ? undefined : String(v);
}

/** The player an iframe's src is, as the component a shortcode would give, or null. */
function embedFor(src: string): { name: string; props: Record<string, string> } | null {
  if (!/^(https:)?\/\//i.test(src.trim())) return null;
  for (const embed of FRAMEABLE) {
    const props = embed.reference.parse(src);
    if (props) return { name: embed.name, props };
  }
  return null;
}

function refuse(node: Element): void {
  const name = node.tagName;
  if (name === "iframe") throw contentErrorAt(node, problem("raw-html-iframe", attr(node, "src") ?? ""));
  if (UNSAFE_ELEMENTS.has(name)) throw contentErrorAt(node, problem("raw-html-element", name));
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (/^on/i.test(key)) throw contentErrorAt(node, problem("raw-html-handler", name, key.toLowerCase()));
    if (typeof value === "string" && UNSAFE_URL.test(value)) throw contentErrorAt(node, problem("raw-html-url", name, key, value));
  }
}

const isMdx = (node: { type: string }) => (MDX_NODE_TYPES as readonly string[]).includes(node.type);

function hasMdx(node: RootContent | ElementContent): boolean {
  if (isMdx(node)) return true;
  return "children" in node && (node.children as Array<RootContent>).some(hasMdx);
}

/** Cleans every element under `parent` with the sanitizer: a subtree at once, or (around a component) each element alone. */
function sanitizeChildren(parent: { children: Array<RootContent | ElementContent> }): void {
  parent.children = parent.children.flatMap((node): Array<RootContent | ElementContent> => {
    if (node.type !== "element") {
      if ("children" in node && isMdx(node)) sanitizeChildren(node as unknown as { children: ElementContent[] });
      return [node];
    }
    if (!hasMdx(node)) return (sanitizer.runSync({ type: "root", children: [node] }) as HastRoot).children;
    const shell = (sanitizer.runSync({ type: "root", children: [{ ...node, children: [] }] }) as HastRoot).children;
    sanitizeChildren(node);
    const kept = shell.length === 1 && shell[0].type === "element" ? shell[0] : null;
    // An element the schema drops keeps its children, as rehype-sanitize does.
    return kept ? [{ ...kept, children: node.children, position: node.position }] : node.children;
  });
}

/** Before rehype-raw: whether the body has raw HTML at all (a body without it is left exactly as it was). */
export function rehypeNoteRawHtml() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    let found = false;
    visit(tree, "raw", () => {
      found = true;
      return false;
    });
    file.data.rawHtml = found;
  };
}

/** On: after rehype-raw, iframes of known players become their components, and the rest is refused or sanitized. */
export function rehypeSafeRawHtml() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    if (!file.data.rawHtml) return;
    // A paragraph holding only an iframe (`<iframe ...></iframe>` inside text lines) is the player alone: a player is a block.
    visit(tree, "element", (node: Element, index, parent) => {
      if (!parent || index === undefined || node.tagName !== "p") return;
      const solid = node.children.filter((c) => !(c.type === "text" && !c.value.trim()));
      if (solid.length === 1 && solid[0].type === "element" && solid[0].tagName === "iframe") parent.children.splice(index, 1, solid[0]);
    });
    visit(tree, "element", (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const embed = node.tagName === "iframe" ? embedFor(attr(node, "src") ?? "") : null;
      if (!embed) return refuse(node);
      const player = {
        type: "mdxJsxFlowElement",
        name: embed.name,
        attributes: Object.entries(embed.props).map(([name, value]) => ({ type: "mdxJsxAttribute", name, value })),
        children: [],
        position: node.position,
      } as unknown as ElementContent; // an MDX JSX node in the hast tree, as @mdx-js/mdx's own JSX nodes are
      parent.children.splice(index, 1, player);
      return [SKIP, index + 1];
    });
    sanitizeChildren(tree);
  };
}
