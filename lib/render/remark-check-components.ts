/**
 * Remark plugin: every JSX component an author used must be one of lib/render/mdx-rules.ts
 * with its props as the rules say, and no markup may run or frame foreign code
 * (`<script>`, `<iframe>`, `on*` attributes, `javascript:` URLs). Checked at compile time,
 * so a bad id fails the build naming the post and line instead of rendering a broken player.
 */
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import { contentErrorAt } from "../content/errors";
import { problem } from "../content/messages";
import { COMPONENT_RULES } from "./mdx-rules";

/** Elements that would run or frame foreign code; embeds go through components. */
export const UNSAFE_ELEMENTS = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "style", "link", "meta", "base", "form"]);
// Control characters and spaces are stripped by browsers before reading a URL's scheme.
export const UNSAFE_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i;

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

export function remarkCheckComponents() {
  return (tree: Root) => {
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
        if ((rule.pattern && !rule.pattern.test(attr.value)) || (rule.accepts && !rule.accepts(attr.value))) {
          throw contentErrorAt(node, problem("component-prop-invalid", name, prop, String(attr.value), rule.hint));
        }
      }
    };
    visit(tree, "mdxJsxFlowElement", check);
    visit(tree, "mdxJsxTextElement", check);
  };
}
