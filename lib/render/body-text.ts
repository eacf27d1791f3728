/**
 * Body text for the search index: parses the Markdown/MDX body to mdast and keeps
 * the words a reader sees (headings, paragraphs, list items, link and image text,
 * inline code), dropping code blocks, JSX attributes, expressions and ESM, and raw HTML
 * unless the site renders it (then its words, as the page shows them).
 * Unlike lib/content/plaintext.ts this is a real parse, so `**粗體**` inside links, nested
 * components and escaped characters come out right.
 */
import type { Nodes as HastNodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import { readFileSync } from "node:fs";
import { splitBody } from "../content/frontmatter";
import { markdownToPlainText } from "../content/plaintext";
import type { PostSource } from "../content/post";
import { site } from "../site";
import { readCached, writeCached } from "./build-cache";

const SKIP = new Set(["code", "html", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression", "thematicBreak", "definition", "yaml", "toml"]);
const BLOCK = new Set(["paragraph", "heading", "listItem", "blockquote", "tableCell", "mdxJsxFlowElement", "footnoteDefinition"]);

/** Elements whose text no reader sees on the page (the sanitizer drops scripts and styles). */
const HIDDEN_HTML = new Set(["script", "style", "template", "noscript"]);

function htmlWords(node: HastNodes, out: string[]): void {
  if (node.type === "text") out.push(node.value);
  if (node.type === "element" && HIDDEN_HTML.has(node.tagName)) return;
  if ("children" in node) for (const child of node.children) htmlWords(child, out);
}

/**
 * The words of a piece of raw HTML (a Markdown body's `<div class="note">重要</div>`), as the
 * page shows them when the site renders raw HTML (markup.unsafeHtml): parsed, not stripped
 * with a pattern, so entities and comments come out right.
 */
export function rawHtmlText(html: string): string {
  const out: string[] = [];
  htmlWords(fromHtml(html, { fragment: true }), out);
  return out.join(" ");
}

interface CollectOptions {
  /** Keep the words of raw HTML: a .md body on a site that renders it. */
  rawHtml: boolean;
}

function collect(node: Nodes, out: string[], options: CollectOptions): void {
  if (node.type === "html" && options.rawHtml) {
    out.push(rawHtmlText(node.value));
    return;
  }
  if (SKIP.has(node.type)) return;
  if (node.type === "text" || node.type === "inlineCode") out.push(node.value);
  else if (node.type === "image") out.push(node.alt ?? "");
  else if (node.type === "break") out.push(" ");
  if ("children" in node) for (const child of node.children) collect(child as Nodes, out, options);
  if (BLOCK.has(node.type)) out.push("\n");
}

/** The words a reader sees in a parsed body, one block a line; `rawHtml`: the page renders its raw HTML. */
export function treeText(tree: Nodes, { rawHtml = false }: Partial<CollectOptions> = {}): string {
  const out: string[] = [];
  collect(tree, out, { rawHtml });
  return out
    .join("")
    .replace(/[ \t]*\n\s*/g, "\n")
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** Whether the site's pages show a body's raw HTML: a .md body with markup.unsafeHtml on (lib/render/raw-html.ts). */
const showsRawHtml = (format: "md" | "mdx") => format === "md" && site.unsafeHtml;

export function bodyText(body: string, format: "md" | "mdx", rawHtml = showsRawHtml(format)): string {
  try {
    const source = format === "md" ? body.replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, " ") : body;
    const tree = fromMarkdown(source, {
      extensions: format === "mdx" ? [gfm(), mdxjs()] : [gfm()],
      mdastExtensions: format === "mdx" ? [gfmFromMarkdown(), mdxFromMarkdown()] : [gfmFromMarkdown()],
    });
    return treeText(tree, { rawHtml });
  } catch {
    // A body the MDX parser rejects fails the build elsewhere with a proper message;
    // here the cheap stripper is good enough.
    return markdownToPlainText(body);
  }
}

/** Bump when bodyText() changes what it produces: cached texts are keyed by it. */
export const BODY_TEXT_VERSION = "1.3";

// A .md body's text differs with whether the site renders its raw HTML.
const textKey = (source: Pick<PostSource, "format" | "hash">) => `${BODY_TEXT_VERSION}-${source.format}${showsRawHtml(source.format) ? "-html" : ""}-${source.hash}.txt`;

/** Caches the text the MDX compile took from its own parse of the body, so bodyTextOf() does not parse again. */
export function storeBodyText(source: Pick<PostSource, "format" | "hash">, text: string): void {
  writeCached("search-text", textKey(source), text);
}

/** A post's body words: what its compile stored, else a parse of its file (then stored). */
export function bodyTextOf(source: Pick<PostSource, "absPath" | "format" | "hash">): string {
  const key = textKey(source);
  // Not memoised in memory: each text is read once (by the /search-text/ route's first
  // request, then cached as a page), and holding 10,000 of them would cost ~150 MB.
  const hit = readCached("search-text", key);
  if (hit !== null) return hit;
  const text = bodyText(splitBody(readFileSync(source.absPath, "utf8")).body, source.format);
  writeCached("search-text", key, text);
  return text;
}
