/**
 * Remark plugin: checks every JSX component an author used against the registry in
 * lib/render/mdx-rules.ts and turns further-reading lists (延伸閱讀) into ReadingListItem
 * elements, so the page can show each internal post's title and date.
 */
import type { Heading, List, ListItem, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { contentErrorAt } from "../content/errors";
import { problem } from "../content/messages";
import { COMPONENT_RULES } from "./mdx-rules";

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

/** Elements that would run or frame foreign code; embeds go through components. */
const UNSAFE_ELEMENTS = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "style", "link", "meta", "base", "form"]);
// Control characters and spaces are stripped by browsers before reading a URL's scheme.
const UNSAFE_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i;

function checkHtml(node: MdxJsxFlowElement | MdxJsxTextElement) {
  const name = node.name ?? "";
  if (UNSAFE_ELEMENTS.has(name.toLowerCase())) {
    throw contentErrorAt(node, problem("unsafe-element", name));
  }
  for (const a of node.attributes) {
    if (a.type !== "mdxJsxAttribute") continue;
    if (/^on/i.test(a.name)) throw contentErrorAt(node, problem("unsafe-handler", name, a.name));
    if (typeof a.value === "string" && /^(href|src|action|formaction|xlinkhref|xlink:href)$/i.test(a.name) && UNSAFE_URL.test(a.value)) {
      throw contentErrorAt(node, problem("unsafe-attribute-url", name, a.name, a.value));
    }
  }
}

export function remarkComponents() {
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

    // Links and images in a body must not run script when followed.
    visit(tree, ["link", "image", "definition"], (node) => {
      const url = (node as { url?: string }).url ?? "";
      if (UNSAFE_URL.test(url)) throw contentErrorAt(node, problem("unsafe-link", url));
    });

    const check = (node: MdxJsxFlowElement | MdxJsxTextElement) => {
      const name = node.name;
      if (name && !/^[A-Z]/.test(name)) return checkHtml(node); // lower-case names are HTML elements
      if (!name) return;
      const rules = COMPONENT_RULES[name];
      if (!rules) {
        throw contentErrorAt(node, problem("component-unknown", name, Object.keys(COMPONENT_RULES).join(", ")));
      }
      const attrs = new Map<string, MdxJsxAttribute>();
      for (const a of node.attributes) if (a.type === "mdxJsxAttribute") attrs.set(a.name, a);
      for (const a of attrs.values()) {
        if (typeof a.value === "string" && /^(href|src|link|attrlink)$/i.test(a.name) && UNSAFE_URL.test(a.value)) {
          throw contentErrorAt(node, problem("unsafe-attribute-url", name, a.name, a.value));
        }
      }
      for (const [prop, rule] of Object.entries(rules)) {
        const attr = attrs.get(prop);
        if (!attr) {
          if (rule.required) throw contentErrorAt(node, problem("component-missing-prop", name, prop, rule.hint));
          continue;
        }
        if (typeof attr.value !== "string") {
          throw contentErrorAt(node, problem("component-prop-not-string", name, prop, rule.hint));
        }
        if (rule.pattern && !rule.pattern.test(attr.value as string)) {
          throw contentErrorAt(node, problem("component-prop-invalid", name, prop, String(attr.value), rule.hint));
        }
      }
    };
    visit(tree, "mdxJsxFlowElement", check);
    visit(tree, "mdxJsxTextElement", check);
  };
}
