/**
 * Body text for the search index: parses the Markdown/MDX body to mdast and keeps
 * the words a reader sees (headings, paragraphs, list items, link and image text,
 * inline code), dropping code blocks, HTML, JSX attributes, expressions and ESM.
 * Unlike lib/content/plaintext.ts this is a real parse, so `**粗體**` inside links, nested
 * components and escaped characters come out right.
 */
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import { readFileSync } from "node:fs";
import { normalizeNewlines, splitFrontMatter } from "../content/frontmatter";
import { markdownToPlainText } from "../content/plaintext";
import type { PostSource } from "../content/post";
import { readCached, writeCached } from "./build-cache";

const SKIP = new Set(["code", "html", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression", "thematicBreak", "definition", "yaml", "toml"]);
const BLOCK = new Set(["paragraph", "heading", "listItem", "blockquote", "tableCell", "mdxJsxFlowElement", "footnoteDefinition"]);

function collect(node: Nodes, out: string[]): void {
  if (SKIP.has(node.type)) return;
  if (node.type === "text" || node.type === "inlineCode") out.push(node.value);
  else if (node.type === "image") out.push(node.alt ?? "");
  else if (node.type === "break") out.push(" ");
  if ("children" in node) for (const child of node.children) collect(child as Nodes, out);
  if (BLOCK.has(node.type)) out.push("\n");
}

/** The words a reader sees in a parsed body, one block a line. */
export function treeText(tree: Nodes): string {
  const out: string[] = [];
  collect(tree, out);
  return out
    .join("")
    .replace(/[ \t]*\n\s*/g, "\n")
    .replace(/[ \t]+/g, " ")
    .trim();
}

export function bodyText(body: string, format: "md" | "mdx"): string {
  try {
    const source = format === "md" ? body.replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, " ") : body;
    const tree = fromMarkdown(source, {
      extensions: format === "mdx" ? [gfm(), mdxjs()] : [gfm()],
      mdastExtensions: format === "mdx" ? [gfmFromMarkdown(), mdxFromMarkdown()] : [gfmFromMarkdown()],
    });
    return treeText(tree);
  } catch {
    // A body the MDX parser rejects fails the build elsewhere with a proper message;
    // here the cheap stripper is good enough.
    return markdownToPlainText(body);
  }
}

/** Bump when bodyText() changes what it produces: cached texts are keyed by it. */
export const BODY_TEXT_VERSION = "1.2";

const textKey = (source: Pick<PostSource, "format" | "hash">) => `${BODY_TEXT_VERSION}-${source.format}-${source.hash}.txt`;

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
  const text = bodyText(splitFrontMatter(normalizeNewlines(readFileSync(source.absPath, "utf8"))).body, source.format);
  writeCached("search-text", key, text);
  return text;
}
