/**
 * Hugo shortcode syntax (`{{< youtube ID >}}`, `{{% figure src=... %}}`): where the
 * shortcodes of a Markdown body are and what their arguments say. Read from the source
 * text, as Hugo's page lexer does, but never inside code (fenced, indented or inline)
 * or HTML comments, which stay literal. The content index needs it for `ref`s; what a
 * shortcode becomes is lib/hugo/shortcodes.ts's business.
 */
import type { Code, InlineCode, Html, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { contentError } from "./errors";
import { problem } from "./messages";
import type { RefTarget } from "./post";
import { shortcodeArg, type Shortcode } from "./shortcode-args";

const OPEN = /\{\{(<|%)/g;

/** Source ranges that Markdown treats as code or comments: shortcodes there are text. */
export function literalRanges(markdown: string): Array<[number, number]> {
  if (!markdown.includes("{{")) return [];
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const ranges: Array<[number, number]> = [];
  visit(tree, (node) => {
    if (node.type !== "code" && node.type !== "inlineCode" && node.type !== "html") return;
    const n = node as Code | InlineCode | Html;
    if (n.type === "html" && !/^\s*<!--/.test(n.value)) return;
    const s = n.position?.start.offset;
    const e = n.position?.end.offset;
    if (s !== undefined && e !== undefined) ranges.push([s, e]);
  });
  return ranges;
}

/** `ZTKW\_CpuPT4` -> `ZTKW_CpuPT4`: Markdown backslash escapes an author typed inside a shortcode. */
export function unescapeMarkdown(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

function tokenize(args: string, line: number, raw: string): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  const re = /\s*(?:([A-Za-z_][\w-]*)=)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/gy;
  let rest = args.trim();
  let m: RegExpExecArray | null;
  while (rest && (m = re.exec(rest))) {
    const value = m[2] !== undefined ? m[2].replace(/\\"/g, '"') : (m[3] ?? m[4]);
    if (m[1]) named[m[1]] = unescapeMarkdown(value);
    else positional.push(unescapeMarkdown(value));
    if (re.lastIndex >= rest.length) {
      rest = "";
      break;
    }
  }
  if (rest && re.lastIndex < rest.length) {
    throw contentError(problem("shortcode-bad-arguments", raw), line);
  }
  return { positional, named };
}

/** Every shortcode in the text outside code and comments, in order. */
export function scanShortcodes(text: string, skip: Array<[number, number]> = literalRanges(text)): Shortcode[] {
  const out: Shortcode[] = [];
  const inSkip = (i: number) => skip.some(([s, e]) => i >= s && i < e);
  OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPEN.exec(text))) {
    const start = m.index;
    if (inSkip(start)) continue;
    const delim = m[1];
    const closer = delim === "<" ? ">}}" : "%}}";
    const end = text.indexOf(closer, start + 3);
    const line = text.slice(0, start).split("\n").length;
    if (end < 0) {
      throw contentError(problem("shortcode-unclosed", delim, closer), line);
    }
    const raw = text.slice(start, end + 3);
    let inner = text.slice(start + 3, end).trim();
    let escaped = false;
    if (inner.startsWith("/*") && inner.endsWith("*/")) {
      escaped = true;
      inner = inner.slice(2, -2).trim();
    }
    const closing = inner.startsWith("/");
    if (closing) inner = inner.slice(1).trim();
    const nm = /^([A-Za-z][\w.-]*)/.exec(inner);
    if (!nm) throw contentError(problem("shortcode-no-name", raw), line);
    const { positional, named } = tokenize(inner.slice(nm[1].length), line, raw);
    out.push({ name: nm[1], positional, named, raw, start, end: end + 3, line, escaped, closing });
    OPEN.lastIndex = end + 3;
  }
  return out;
}

/** `posts/x.md#part` -> { key: "x", anchor: "#part" }: the file-name slug a ref points at. */
export function refKey(target: string): { key: string; anchor: string } {
  const hash = target.indexOf("#");
  const anchor = hash >= 0 ? target.slice(hash) : "";
  const file = (hash >= 0 ? target.slice(0, hash) : target).replace(/\/(index|_index)\.mdx?$/, "").replace(/\/$/, "");
  const base = file.split("/").pop() ?? "";
  return { key: base.replace(/\.mdx?$/, ""), anchor };
}

/** Ref targets written in a body (outside code), with their lines, for the content index to check. */
export function findRefs(body: string, firstLine: number): RefTarget[] {
  if (!/\{\{[<%]\s*(?:rel)?ref\b/.test(body)) return [];
  return scanShortcodes(body)
    .filter((sc) => !sc.escaped && (sc.name === "ref" || sc.name === "relref") && shortcodeArg(sc, "path", 0))
    .map((sc) => ({ target: shortcodeArg(sc, "path", 0) as string, line: firstLine + sc.line - 1 }));
}
