/**
 * Rehype plugin that records a post's h2/h3 headings (id, text, depth) while it is
 * compiled, so the table of contents comes out of the same cached compilation as the
 * body and the page never parses the post again. Runs after rehype-slug, so the ids
 * are the ones in the HTML (Chinese kept: `#我的觀察`).
 */
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

export interface TocHeading {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** A post gets a table of contents from this many h2/h3 headings up. */
const TOC_MIN_HEADINGS = 3;

export function rehypeCollectHeadings(options: { into: TocHeading[] }) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "h2" && node.tagName !== "h3") return;
      const id = node.properties?.id;
      if (typeof id !== "string" || !id) return;
      const text = toString(node).replace(/\s+/g, " ").trim();
      if (!text) return;
      options.into.push({ id, text, depth: node.tagName === "h2" ? 2 : 3 });
    });
  };
}

export function shouldShowToc(headings: readonly TocHeading[] | undefined): headings is TocHeading[] {
  return !!headings && headings.length >= TOC_MIN_HEADINGS;
}
