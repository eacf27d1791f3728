/**
 * Converts Hugo Markdown posts to this site's MDX: shortcodes become components,
 * text that MDX would read as JSX or expressions (`<`, `{`) is escaped, HTML
 * comments become MDX comments (`<!--more-->` becomes an MDX comment holding "more", where the
 * excerpt still ends), and images the post uses are listed for copying. The front
 * matter is kept as the author wrote it. Edits are made in place on the source, so
 * everything else in the file stays byte for byte.
 */
import type { Code, Html, Image, Link, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { ContentError } from "../content/errors";
import { normalizeNewlines, splitFrontMatter } from "../content/frontmatter";
import { withDimensions, type Dimensions } from "../content/images";
import { literalRanges, scanShortcodes } from "../content/shortcode-syntax";
import { replacementFor, type ComponentSpec, type RefResolver } from "./shortcodes";

export interface ConvertContext {
  resolveRef: RefResolver;
  /** For a page bundle (`posts/x/index.md`): where its own images go, e.g. `/images/posts/x`. */
  bundleImageBase?: string;
  /** Size of an image as written in the post, to give figures their width and height. */
  sizeOf?: (source: string) => Dimensions | null;
}

export interface ImageRef {
  /** As written in the post: `/images/a.jpg` (from static/) or `a.jpg` (in a page bundle). */
  source: string;
  /** The URL the converted post uses. */
  url: string;
  line: number;
}

export interface Converted {
  output: string;
  images: ImageRef[];
  warnings: Array<{ line: number; message: string }>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function jsxAttr(value: string): string {
  return `"${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`;
}

export function componentToJsx(spec: ComponentSpec): string {
  const attrs = Object.entries(spec.props).map(([k, v]) => ` ${k}=${jsxAttr(v)}`);
  // A figure's caption is Markdown (as in Hugo): it becomes the children, escaped for MDX.
  if (spec.name === "Figure" && spec.props.caption) {
    const caption = spec.props.caption.replace(/\s*\n\s*/g, " ").replace(/(?<!\\)[<{}]/g, "\\$&");
    return `<${spec.name}${attrs.join("")}>${caption}</${spec.name}>`;
  }
  return `<${spec.name}${attrs.join("")} />`;
}

const VOID_TAG = /<(br|hr|img|input|source|wbr)\b([^>]*?)\s*\/?>/gi;

function isLocalPath(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(url);
}

/**
 * Converts one Hugo post (front matter and body) to MDX. Throws ContentError, with
 * lines in the post's file, for what cannot be converted.
 */
export function convertHugoPost(raw: string, ctx: ConvertContext): Converted {
  const text = normalizeNewlines(raw);
  const split = splitFrontMatter(text);
  const { body, bodyLine, data } = split;
  // Shortcode problems are found in the body; the author needs lines in the file.
  const inFile = (e: unknown) => (e instanceof ContentError ? e.locate("", bodyLine - 1) : e);
  const head = text.slice(0, text.length - body.length);
  const lineAt = (offset: number) => bodyLine + body.slice(0, offset).split("\n").length - 1;

  const edits: Edit[] = [];
  const images: ImageRef[] = [];
  const warnings: Converted["warnings"] = [];
  const taken: Array<[number, number]> = [];
  const isTaken = (i: number) => taken.some(([s, e]) => i >= s && i < e);

  const imageUrl = (source: string, line: number): string => {
    if (!isLocalPath(source)) return source;
    const clean = source.split(/[?#]/)[0];
    if (clean.startsWith("/")) {
      images.push({ source: clean, url: source, line });
      return source;
    }
    if (ctx.bundleImageBase) {
      const url = `${ctx.bundleImageBase}/${clean.replace(/^\.\//, "")}`;
      images.push({ source: clean, url, line });
      return url;
    }
    warnings.push({ line, message: `image "${source}" is a relative path outside a page bundle; it is left as written` });
    return source;
  };

  // Shortcodes first: their text is not Markdown.
  let shortcodes;
  try {
    shortcodes = scanShortcodes(body, literalRanges(body));
  } catch (e) {
    throw inFile(e);
  }
  for (const sc of shortcodes) {
    const line = bodyLine + sc.line - 1;
    let r;
    try {
      r = replacementFor(sc, ctx.resolveRef);
    } catch (e) {
      throw inFile(e);
    }
    // A known slip (another service's reference in a shortcode) converts, with its warning at its line.
    if (r.kind === "component") for (const w of r.warnings ?? []) warnings.push({ line, message: `${w.message}${w.hint ? ` (hint: ${w.hint})` : ""}` });
    let replacement: string;
    // A ref is a URL; a shortcode written literally is text MDX must not read as JSX.
    if (r.kind === "text") replacement = sc.escaped ? r.text.replace(/[{}<]/g, "\\$&") : r.text;
    else {
      if (r.component.name === "Figure") {
        const written = r.component.props.src;
        r.component.props = withDimensions({ ...r.component.props, src: imageUrl(written, line) }, ctx.sizeOf?.(written) ?? null);
      }
      // Embeds are blocks: give them blank lines, so MDX does not put them inside a paragraph.
      const lineStart = body.lastIndexOf("\n", sc.start - 1) + 1;
      const lineEndRaw = body.indexOf("\n", sc.end);
      const lineEnd = lineEndRaw < 0 ? body.length : lineEndRaw;
      const before = body.slice(lineStart, sc.start);
      const after = body.slice(sc.end, lineEnd);
      const nextStart = lineEnd + 1;
      const nextEndRaw = body.indexOf("\n", nextStart);
      const prevLine = lineStart === 0 ? "" : body.slice(body.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
      const nextLine = lineEnd >= body.length ? "" : body.slice(nextStart, nextEndRaw < 0 ? body.length : nextEndRaw);
      const jsx = componentToJsx(r.component);
      if (before.trim() === "" && after.trim() === "") {
        replacement = `${prevLine.trim() ? `\n${before}` : ""}${jsx}${nextLine.trim() ? "\n" : ""}`;
      } else {
        replacement = `\n\n${jsx}\n\n`;
      }
    }
    edits.push({ start: sc.start, end: sc.end, text: replacement });
    taken.push([sc.start, sc.end]);
  }

  const tree: Root = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const span = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0] as const;

  visit(tree, (node) => {
    const [s, e] = span(node);
    if (isTaken(s)) return;
    switch (node.type) {
      case "text": {
        // Outside code, `<` and `{` would start JSX or an expression in MDX.
        for (let i = s; i < e; i++) {
          const ch = body[i];
          if ((ch === "<" || ch === "{" || ch === "}") && body[i - 1] !== "\\" && !isTaken(i)) {
            edits.push({ start: i, end: i, text: "\\" });
          }
        }
        return;
      }
      case "html": {
        const value = (node as Html).value;
        const comment = /^<!--([\s\S]*?)-->$/.exec(value.trim());
        if (comment) {
          const inner = /^\s*more\s*$/i.test(comment[1]) ? "more" : comment[1].trim();
          edits.push({ start: s, end: e, text: `{/* ${inner.replace(/\*\//g, "* /")} */}` });
          taken.push([s, e]);
          return;
        }
        const fixed = value.replace(VOID_TAG, (_m, tag: string, attrs: string) => `<${tag}${attrs} />`);
        if (fixed !== value) edits.push({ start: s, end: e, text: fixed });
        taken.push([s, e]);
        warnings.push({ line: lineAt(s), message: "raw HTML is kept as JSX; check that it renders as intended" });
        return;
      }
      case "link": {
        const link = node as Link;
        // MDX has no <https://...> autolinks.
        if (body[s] === "<") {
          edits.push({ start: s, end: e, text: `[${link.url.replace(/^mailto:/, "")}](${link.url})` });
          taken.push([s, e]);
        }
        return;
      }
      case "image": {
        const img = node as Image;
        const url = imageUrl(img.url, lineAt(s));
        if (url !== img.url) {
          const src = body.slice(s, e);
          const at = src.lastIndexOf(img.url);
          if (at >= 0) edits.push({ start: s + at, end: s + at + img.url.length, text: url });
        }
        return;
      }
      case "code": {
        const code = node as Code;
        // MDX has no indented code blocks: fence them.
        if (!/^\s*(```|~~~)/.test(body.slice(s, e))) {
          const ticks = code.value.includes("```") ? "~~~" : "```";
          edits.push({ start: s, end: e, text: `${ticks}\n${code.value}\n${ticks}` });
        }
        taken.push([s, e]);
        return;
      }
      default:
        return;
    }
  });

  for (const field of ["image", "featured_image"]) {
    const v = data[field];
    if (typeof v === "string" && v && isLocalPath(v)) {
      if (v.startsWith("/")) images.push({ source: v.split(/[?#]/)[0], url: v, line: split.fieldLines[field] ?? 2 });
      else warnings.push({ line: split.fieldLines[field] ?? 2, message: `${field} "${v}" is not a path under static/ starting with /; fix it by hand` });
    }
  }

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = body;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { output: head + out, images, warnings };
}
