/**
 * Remark plugin: checks every JSX component an author used against the registry in
 * lib/embeds/index.ts and turns further-reading lists (延伸閱讀) into ReadingListItem
 * elements, so the page can show each internal post's title and date.
 */
import type { Heading, List, ListItem, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { MDX_COMPONENTS } from "../embeds";

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

function checkHtml(node: MdxJsxFlowElement | MdxJsxTextElement, file: VFile) {
  const name = node.name ?? "";
  if (UNSAFE_ELEMENTS.has(name.toLowerCase())) {
    file.fail(`<${name}> is not allowed in a post`, node, "blog:unsafe-html");
  }
  for (const a of node.attributes) {
    if (a.type !== "mdxJsxAttribute") continue;
    if (/^on/i.test(a.name)) file.fail(`<${name} ${a.name}> is not allowed: event handler attributes run script`, node, "blog:unsafe-html");
    if (typeof a.value === "string" && /^(href|src|action|formaction|xlinkhref|xlink:href)$/i.test(a.name) && UNSAFE_URL.test(a.value)) {
      file.fail(`<${name} ${a.name}="${a.value.slice(0, 40)}"> is not allowed: only http(s) and site paths`, node, "blog:unsafe-url");
    }
  }
}

export function remarkComponents() {
  return (tree: Root, file: VFile) => {
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
      if (UNSAFE_URL.test(url)) file.fail(`unsafe link "${url.slice(0, 40)}": only http(s), mailto: and site paths are allowed`, node, "blog:unsafe-url");
    });

    const check = (node: MdxJsxFlowElement | MdxJsxTextElement) => {
      const name = node.name;
      if (name && !/^[A-Z]/.test(name)) return checkHtml(node, file); // lower-case names are HTML elements
      if (!name) return;
      const rules = MDX_COMPONENTS[name];
      if (!rules) {
        file.fail(
          `unknown component <${name}>; the components you can use are ${Object.keys(MDX_COMPONENTS).join(", ")}`,
          node,
          "blog:unknown-component",
        );
      }
      const attrs = new Map<string, MdxJsxAttribute>();
      for (const a of node.attributes) if (a.type === "mdxJsxAttribute") attrs.set(a.name, a);
      for (const a of attrs.values()) {
        if (typeof a.value === "string" && /^(href|src|link|attrlink)$/i.test(a.name) && UNSAFE_URL.test(a.value)) {
          file.fail(`<${name} ${a.name}="${a.value.slice(0, 40)}"> is not allowed: only http(s) and site paths`, node, "blog:unsafe-url");
        }
      }
      for (const [prop, rule] of Object.entries(rules)) {
        const attr = attrs.get(prop);
        if (!attr) {
          if (rule.required) file.fail(`<${name}> needs a ${prop}="..." attribute (${rule.hint})`, node, "blog:missing-prop");
          continue;
        }
        if (typeof attr.value !== "string") {
          file.fail(`<${name} ${prop}> must be a quoted string such as ${prop}="..." (${rule.hint})`, node, "blog:bad-prop");
        }
        if (rule.pattern && !rule.pattern.test(attr.value as string)) {
          file.fail(`<${name}> has an invalid ${prop} "${String(attr.value)}": ${rule.hint}`, node, "blog:bad-prop");
        }
      }
    };
    visit(tree, "mdxJsxFlowElement", check);
    visit(tree, "mdxJsxTextElement", check);
  };
}
