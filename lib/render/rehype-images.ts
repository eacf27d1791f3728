/**
 * Rehype plugin for images in post bodies: a local image (a path under public/) gets
 * its real width and height, so next/image can reserve its box (no layout shift); a
 * missing file fails the compile naming the line. An image alone in a paragraph with
 * a Markdown title (`![alt](/a.png "說明")`) becomes a <figure> with that caption.
 */
import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";
import { contentErrorAt } from "../content/errors";
import { isLocalImage, publicImageSize } from "../content/images";
import { problem } from "../content/messages";

function isBlank(node: ElementContent): boolean {
  return node.type === "text" && !node.value.trim();
}

export function rehypeImages() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "img") return;
      const src = node.properties?.src;
      if (typeof src !== "string" || !isLocalImage(src)) return;
      const size = publicImageSize(src);
      if (!size) {
        throw contentErrorAt(node, problem("body-image-missing", src));
      }
      node.properties.width = size.width;
      node.properties.height = size.height;
    });

    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "p" || !parent || index === undefined) return;
      const content = node.children.filter((c) => !isBlank(c));
      const img = content[0];
      if (content.length !== 1 || img.type !== "element" || img.tagName !== "img") return;
      const title = img.properties?.title;
      if (typeof title !== "string" || !title.trim()) return;
      delete img.properties.title;
      parent.children[index] = {
        type: "element",
        tagName: "figure",
        properties: {},
        children: [img, { type: "element", tagName: "figcaption", properties: {}, children: [{ type: "text", value: title }] }],
        position: node.position,
      };
    });
  };
}
