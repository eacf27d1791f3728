/**
 * Remark plugin for 延伸閱讀 (further reading): a `<ReadingList>` around a Markdown list,
 * or a plain list right under a 延伸閱讀 heading (as Hugo posts write it), becomes
 * ReadingListItem elements with each link's href and text, so the page can show an
 * internal post's title and date (components/mdx/FurtherReading.tsx).
 */
import type { Heading, List, ListItem, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

const READING_HEADINGS = /^(延伸閱讀|延伸阅读|相關閱讀|推薦閱讀|further reading)$/i;

function stringAttr(name: string, value: string): MdxJsxAttribute {
  return { type: "mdxJsxAttribute", name, value };
}

function linkItems(list: List): MdxJsxFlowElement[] {
  return list.children.map((item: ListItem) => {
    let href = "";
    visit(item, "link", (link) => {
      if (!href) href = link.url;
    });
    const label = toString(item).trim();
    return {
      type: "mdxJsxFlowElement",
      name: "ReadingListItem",
      attributes: [stringAttr("href", href), stringAttr("label", label)],
      children: [],
      position: item.position,
    };
  });
}

function readingListFrom(list: List): MdxJsxFlowElement {
  return { type: "mdxJsxFlowElement", name: "ReadingList", attributes: [], children: linkItems(list), position: list.position };
}

export function remarkFurtherReading() {
  return (tree: Root) => {
    // <ReadingList> with a Markdown list inside.
    visit(tree, "mdxJsxFlowElement", (node: MdxJsxFlowElement) => {
      if (node.name !== "ReadingList") return;
      const items: MdxJsxFlowElement[] = [];
      for (const child of node.children) {
        if (child.type === "list") items.push(...linkItems(child));
        else if (child.type === "mdxJsxFlowElement" && child.name === "ReadingListItem") items.push(child);
      }
      node.children = items;
    });

    // A plain list right after a 延伸閱讀 heading (Hugo posts write it this way).
    const children = tree.children as RootContent[];
    for (let i = 0; i < children.length - 1; i++) {
      const node = children[i];
      const next = children[i + 1];
      if (node.type === "heading" && READING_HEADINGS.test(toString(node as Heading).trim()) && next.type === "list") {
        children[i + 1] = readingListFrom(next);
      }
    }
  };
}
