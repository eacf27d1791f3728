/**
 * A Markdown field of an entity (description_long, taiwan_relevance, a `|` block of
 * front matter) to an HTML string that is safe to put into a page as it is: parsed as
 * GitHub-flavoured Markdown with emphasis that works beside CJK punctuation, raw HTML
 * dropped, then sanitized with GitHub's schema (no script, no event handlers, no
 * `javascript:` URLs). Links get rel="noopener". Headings are moved down so the
 * fragment's top level is h3: it sits under the page's h2 of its part.
 */
import type { Element, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** The level the fragment's highest heading gets (the page's parts are h2). */
const TOP_HEADING = 3;
const HEADING = /^h([1-6])$/;

function rehypeFieldHeadings() {
  return (tree: Root) => {
    const headings: Element[] = [];
    visit(tree, "element", (node) => {
      if (HEADING.test(node.tagName)) headings.push(node);
    });
    if (headings.length === 0) return;
    const top = Math.min(...headings.map((h) => Number(HEADING.exec(h.tagName)![1])));
    const shift = Math.max(0, TOP_HEADING - top);
    for (const h of headings) h.tagName = `h${Math.min(6, Number(HEADING.exec(h.tagName)![1]) + shift)}`;
  };
}

/** After sanitizing, so the schema (which does not allow `rel`) cannot take it off again. */
function rehypeNoopener() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "a" && node.properties.href !== undefined) node.properties.rel = ["noopener"];
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  // allowDangerousHtml stays off: HTML written in the Markdown is dropped, never passed on.
  .use(remarkRehype, { footnoteLabel: "註腳", footnoteBackLabel: "回到內文" })
  .use(rehypeFieldHeadings)
  .use(rehypeSanitize)
  .use(rehypeNoopener)
  .use(rehypeStringify)
  .freeze();

/** HTML that came out of markdownToHtml: the only HTML a component may set as inner HTML. */
export type SanitizedHtml = string & { readonly __sanitized: true };

const memo = new Map<string, SanitizedHtml>();
/** Bounded, so a long-running dev server that sees many edits cannot grow it without limit. */
const MEMO_MAX = 5_000;

/** Sanitized HTML of a Markdown text; "" for text without content. Memoised by text. */
export function markdownToHtml(markdown: string): SanitizedHtml {
  const hit = memo.get(markdown);
  if (hit !== undefined) return hit;
  const html = (markdown.trim() === "" ? "" : String(processor.processSync(markdown)).trim()) as SanitizedHtml;
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(markdown, html);
  return html;
}
