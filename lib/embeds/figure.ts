/**
 * Hugo's figure: an image with an optional title, caption, link and credit. The
 * caption may come as children (rendered from Markdown) or as plain text.
 */
import { createElement as h, Fragment, type ReactNode } from "react";
import { markdownToPlainText } from "../content/plaintext";
import { need, shortcodeArg, type Shortcode } from "../content/shortcode-args";
import { defineEmbed, type PropRule } from "./types";

/** Links authors may put on a figure: never javascript: or data: URLs. */
const SAFE_LINK = /^(https?:\/\/|\/(?!\/)|#)/i;

interface FigureProps {
  src: string;
  alt?: string;
  caption?: string;
  title?: string;
  link?: string;
  width?: string;
  height?: string;
  attr?: string;
  attrlink?: string;
  children?: ReactNode;
}

function Figure({ src, alt, caption, title, link, width, height, attr, attrlink, children }: FigureProps) {
  // A plain <img>, not next/image: author-sized images from public/ or another host, whose sizes are unknown at build time.
  const img = h("img", { src, alt: alt ?? caption ?? title ?? "", width, height, loading: "lazy", decoding: "async", className: "mx-auto h-auto max-w-full rounded-lg" });
  const text = children ?? caption;
  const hasCaption = title || text || attr;
  return h(
    "figure",
    { className: "my-8" },
    link ? h("a", { href: link }, img) : img,
    hasCaption
      ? h(
          "figcaption",
          { className: "mt-2 text-center text-sm text-neutral-600 dark:text-neutral-400" },
          title ? h("strong", { className: "block" }, title) : null,
          text,
          attr ? h(Fragment, null, text ? " " : null, attrlink ? h("a", { href: attrlink }, attr) : attr) : null,
        )
      : null,
  );
}

const RULES: Record<string, PropRule> = {
  src: { required: true, pattern: /^(\/|https:\/\/)/, hint: "a path under public/ such as /images/x.jpg, or an https URL" },
  alt: { hint: "what the image shows" },
  caption: { hint: "the text under the image" },
  title: { hint: "a heading above the caption" },
  link: { pattern: SAFE_LINK, hint: "where a click on the image goes: an http(s) URL or a path starting with /" },
  width: { pattern: /^\d+$/, hint: "a width in pixels" },
  height: { pattern: /^\d+$/, hint: "a height in pixels" },
  attr: { hint: "credit text" },
  attrlink: { pattern: SAFE_LINK, hint: "credit link: an http(s) URL or a path starting with /" },
};

function fromShortcode(sc: Shortcode): Record<string, string> {
  const src = need(sc, shortcodeArg(sc, "src", 0), "src=...", 'write {{< figure src="/images/x.jpg" caption="..." >}}');
  const props: Record<string, string> = { src };
  // The shortcode takes the same names as the component's props.
  for (const key of Object.keys(RULES)) if (key !== "src" && sc.named[key]) props[key] = sc.named[key];
  // As Hugo does: without alt, the image is described by its caption as plain text.
  if (!props.alt && props.caption) props.alt = markdownToPlainText(props.caption);
  return props;
}

export const figure = defineEmbed<FigureProps>({
  name: "Figure",
  props: RULES,
  shortcodes: ["figure"],
  fromShortcode,
  Component: Figure,
  // What feeds have always shown (the generic fallback's rule): a link for an absolute src, else the caption children.
  feed: ({ src }) => (/^(https?:)?\/\//.test(src) ? { href: src, text: src } : null),
  frameOrigins: [],
});
