/**
 * Hugo shortcodes in `.md` posts. Markdown mode has no JSX syntax, so a pre-pass
 * swaps each shortcode for a private-use placeholder that Markdown leaves alone, and
 * this remark plugin swaps the placeholders for MDX JSX nodes, which @mdx-js/mdx
 * renders as components in Markdown mode too.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Parent } from "unist";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { contentErrorAt, diagnostic, type Diagnostic } from "../content/errors";
import { problem } from "../content/messages";
import { withDimensions, type Dimensions } from "../content/images";
import { replacementFor, type ComponentSpec, type RefResolver } from "./shortcodes";
import { scanShortcodes } from "../content/shortcode-syntax";

const PLACEHOLDER = /\uE000(\d+)\uE001/g;

export interface PreparedMarkdown {
  source: string;
  components: ComponentSpec[];
  /** Problems that did not stop a shortcode, at its line in `source`; no file yet. */
  warnings: Diagnostic[];
}

/** Replaces shortcodes in a Markdown body; throws ContentError naming the line of a bad one. */
export function prepareHugoMarkdown(
  source: string,
  resolveRef: RefResolver,
  sizeOf: (src: string) => Dimensions | null = () => null,
): PreparedMarkdown {
  const shortcodes = scanShortcodes(source);
  if (shortcodes.length === 0) return { source, components: [], warnings: [] };
  const components: ComponentSpec[] = [];
  const warnings: Diagnostic[] = [];
  let out = "";
  let at = 0;
  for (const sc of shortcodes) {
    const r = replacementFor(sc, resolveRef);
    // Keep the line count, so later messages point at the author's lines.
    const newlines = "\n".repeat(sc.raw.split("\n").length - 1);
    out += source.slice(at, sc.start);
    if (r.kind === "text") out += r.text + newlines;
    else {
      for (const w of r.warnings ?? []) warnings.push(diagnostic("warning", "", w, { line: sc.line }));
      if (r.component.name === "Figure") r.component.props = withDimensions(r.component.props, sizeOf(r.component.props.src));
      out += `\uE000${components.length}\uE001${newlines}`;
      components.push(r.component);
    }
    at = sc.end;
  }
  return { source: out + source.slice(at), components, warnings };
}

/** Hugo renders a figure's caption as Markdown: parse it into inline nodes, the figure's children. */
function captionNodes(caption: string): PhrasingContent[] {
  const tree: Root = fromMarkdown(caption, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const first = tree.children[0];
  return first && first.type === "paragraph" && tree.children.length === 1 ? first.children : [{ type: "text", value: caption }];
}

function jsx<T extends "mdxJsxFlowElement" | "mdxJsxTextElement">(type: T, spec: ComponentSpec, node: RootContent) {
  const { caption } = spec.props;
  return {
    type,
    name: spec.name,
    attributes: Object.entries(spec.props).map(([name, value]) => ({ type: "mdxJsxAttribute" as const, name, value })),
    children: spec.name === "Figure" && caption ? captionNodes(caption) : [],
    position: node.position,
  };
}

/** Splits a text node at placeholders into text and component pieces. */
function splitText(text: Text): Array<Text | { index: number }> {
  const pieces: Array<Text | { index: number }> = [];
  let at = 0;
  for (const m of text.value.matchAll(PLACEHOLDER)) {
    if (m.index > at) pieces.push({ type: "text", value: text.value.slice(at, m.index) });
    pieces.push({ index: Number(m[1]) });
    at = m.index + m[0].length;
  }
  if (at < text.value.length) pieces.push({ type: "text", value: text.value.slice(at) });
  return pieces;
}

const isBlank = (nodes: PhrasingContent[]) => nodes.every((n) => n.type === "text" && !n.value.trim()) || nodes.length === 0;

export function remarkHugoShortcodes(options: { components: ComponentSpec[] }) {
  const { components } = options;
  return (tree: Root) => {
    if (components.length === 0) return;
    // A paragraph holding a shortcode is split around it: embeds are blocks, not text.
    visit(tree, "paragraph", (para: Paragraph, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (!para.children.some((c) => c.type === "text" && c.value.includes("\uE000"))) return;
      const replaced: RootContent[] = [];
      let run: PhrasingContent[] = [];
      const flush = () => {
        if (!isBlank(run)) replaced.push({ type: "paragraph", children: run, position: para.position });
        run = [];
      };
      for (const child of para.children) {
        if (child.type !== "text") {
          run.push(child);
          continue;
        }
        for (const piece of splitText(child)) {
          if ("index" in piece) {
            flush();
            replaced.push(jsx("mdxJsxFlowElement", components[piece.index], para) as MdxJsxFlowElement);
          } else run.push({ ...piece, position: child.position });
        }
      }
      flush();
      parent.children.splice(index, 1, ...replaced);
      return index + replaced.length;
    });
    // Elsewhere (inside a heading, emphasis or table cell) the component stays inline.
    visit(tree, "text", (text: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !text.value.includes("\uE000")) return;
      const pieces = splitText(text).map((p) =>
        "index" in p ? (jsx("mdxJsxTextElement", components[p.index], text) as MdxJsxTextElement) : p,
      );
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
    // Anywhere else (a link's URL, raw HTML) a shortcode cannot become a component.
    visit(tree, (node) => {
      const values = Object.values(node).filter((v): v is string => typeof v === "string");
      if (values.some((v) => v.includes("\uE000"))) {
        throw contentErrorAt(node, problem("shortcode-placement"));
      }
    });
  };
}
