/**
 * Hugo shortcodes (`{{< youtube ID >}}`, `{{% figure src=... %}}`, ...) found in a
 * Markdown body and mapped to this site's components. Shortcodes are read from the
 * source text, as Hugo does, but never inside code (fenced, indented or inline) or
 * HTML comments, which stay literal. Used by the Markdown compile path (lib/render/compile.ts)
 * and by the Hugo importer (lib/hugo/convert.ts).
 */
import type { Code, InlineCode, Html, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { markdownToPlainText } from "../content/plaintext";
import { APPLE_PODCAST_PATH, SPOTIFY_ID, SPOTIFY_TYPES, X_ID, X_USER, YOUTUBE_ID } from "../embeds";

export interface Shortcode {
  name: string;
  /** Positional arguments, unescaped. Ids stay strings: a 19-digit X id is never a number. */
  positional: string[];
  named: Record<string, string>;
  /** The shortcode exactly as written. */
  raw: string;
  start: number;
  end: number;
  /** 1-based line in the text that was scanned. */
  line: number;
  /** Written with Hugo's comment delimiters inside the braces: output literally, not run. */
  escaped: boolean;
  /** `{{< /name >}}`: the end of a paired shortcode. */
  closing: boolean;
}

export class ShortcodeError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A component to render in place of a shortcode. Props are all strings. */
export interface ComponentSpec {
  name: string;
  props: Record<string, string>;
}

export type Replacement = { kind: "component"; component: ComponentSpec } | { kind: "text"; text: string };

/** Resolves a `ref`/`relref` target (`x.md`, `posts/x.md#part`) to a URL, or null if no post matches. */
export type RefResolver = (target: string) => string | null;

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
    throw new ShortcodeError(`cannot read the arguments of ${raw}`, line, 'write arguments as words or "quoted text", e.g. {{< figure src="/a.jpg" caption="..." >}}');
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
      throw new ShortcodeError(`a shortcode opened with {{${delim} is never closed with ${closer}`, line, `end it with ${closer} on the same line`);
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
    if (!nm) throw new ShortcodeError(`${raw} has no shortcode name`, line, "write it as {{< name args >}}");
    const { positional, named } = tokenize(inner.slice(nm[1].length), line, raw);
    out.push({ name: nm[1], positional, named, raw, start, end: end + 3, line, escaped, closing });
    OPEN.lastIndex = end + 3;
  }
  return out;
}

const SUPPORTED = "youtube, spotify, apple-podcast, x-post, x, tweet, figure, ref, relref";

function arg(sc: Shortcode, name: string, index: number): string | undefined {
  return sc.named[name] ?? sc.positional[index];
}

function need(sc: Shortcode, value: string | undefined, what: string, hint: string): string {
  if (!value) throw new ShortcodeError(`${sc.raw} needs ${what}`, sc.line, hint);
  return value;
}

function check(sc: Shortcode, value: string, pattern: RegExp, what: string, hint: string): string {
  if (!pattern.test(value)) throw new ShortcodeError(`${sc.raw} has an invalid ${what} "${value}"`, sc.line, hint);
  return value;
}

function youtube(sc: Shortcode): ComponentSpec {
  let id = need(sc, arg(sc, "id", 0), "a video id", "write {{< youtube VIDEO_ID >}}");
  const fromUrl = /(?:v=|youtu\.be\/|embed\/|shorts\/)([A-Za-z0-9_-]{11})/.exec(id);
  if (fromUrl) id = fromUrl[1];
  check(sc, id, YOUTUBE_ID, "YouTube id", "a YouTube id is the 11 characters after watch?v=");
  const props: Record<string, string> = { id };
  if (sc.named.title) props.title = sc.named.title;
  return { name: "YouTube", props };
}

function spotify(sc: Shortcode): ComponentSpec {
  const hint = "write {{< spotify episode/ID >}} (or show/ID, playlist/ID)";
  let type = sc.named.type;
  let id = sc.named.id;
  if (!id) {
    const value = need(sc, sc.positional[0], "what to play", hint);
    const m = /^(?:https?:\/\/open\.spotify\.com\/(?:embed\/)?|spotify:)?([a-z]+)[/:]([A-Za-z0-9]+)(?:[?#].*)?$/.exec(value);
    if (m) [type, id] = [m[1], m[2]];
    else if (sc.positional[1]) [type, id] = [value, sc.positional[1]];
    else throw new ShortcodeError(`${sc.raw} has an invalid Spotify reference "${value}"`, sc.line, hint);
  }
  type = need(sc, type, "a type (episode, show, playlist, ...)", hint);
  check(sc, type, SPOTIFY_TYPES, "Spotify type", "use episode, show, playlist, track, album or artist");
  check(sc, id, SPOTIFY_ID, "Spotify id", "a Spotify id is 22 letters and digits");
  return { name: "Spotify", props: { type, id } };
}

function applePodcast(sc: Shortcode): ComponentSpec {
  const hint = "write {{< apple-podcast tw/podcast/<name>/id123456?i=789 >}} (the part after podcasts.apple.com/)";
  let value = need(sc, arg(sc, "src", 0) ?? sc.named.path ?? sc.named.url, "the podcast path", hint);
  value = value.replace(/^https?:\/\/(?:embed\.)?podcasts\.apple\.com\//, "").replace(/^\//, "");
  check(sc, value, APPLE_PODCAST_PATH, "Apple Podcasts path", hint);
  return { name: "ApplePodcast", props: { path: value } };
}

function xPost(sc: Shortcode): ComponentSpec {
  const hint = "write {{< x-post user 1234567890123456789 >}} or {{< x user=\"name\" id=\"1234567890123456789\" >}}";
  let user = sc.named.user ?? sc.named.username;
  let id = sc.named.id;
  if (!id) {
    const [a, b] = sc.positional;
    const url = a && /^https?:\/\/(?:www\.)?(?:x|twitter)\.com\/([^/]+)\/status\/(\d+)/.exec(a);
    if (url) [user, id] = [url[1], url[2]];
    else if (b !== undefined) [user, id] = [a, b];
    else id = a;
  }
  id = need(sc, id, "a post id", hint);
  check(sc, id, X_ID, "X post id", "the id is the digits after /status/ in the post's URL");
  const props: Record<string, string> = { id };
  if (user) props.user = check(sc, user.replace(/^@/, ""), X_USER, "X user name", "a user name is up to 15 letters, digits or _");
  return { name: "XPost", props };
}

const FIGURE_PROPS = ["src", "alt", "caption", "title", "link", "width", "height", "attr", "attrlink"];

function figure(sc: Shortcode): ComponentSpec {
  const src = need(sc, arg(sc, "src", 0), "src=...", 'write {{< figure src="/images/x.jpg" caption="..." >}}');
  const props: Record<string, string> = { src };
  for (const key of FIGURE_PROPS) if (key !== "src" && sc.named[key]) props[key] = sc.named[key];
  // As Hugo does: without alt, the image is described by its caption as plain text.
  if (!props.alt && props.caption) props.alt = markdownToPlainText(props.caption);
  return { name: "Figure", props };
}

/** `posts/x.md#part` -> { key: "x", anchor: "#part" }: the file-name slug a ref points at. */
export function refKey(target: string): { key: string; anchor: string } {
  const hash = target.indexOf("#");
  const anchor = hash >= 0 ? target.slice(hash) : "";
  const file = (hash >= 0 ? target.slice(0, hash) : target).replace(/\/(index|_index)\.mdx?$/, "").replace(/\/$/, "");
  const base = file.split("/").pop() ?? "";
  return { key: base.replace(/\.mdx?$/, ""), anchor };
}

/** What a shortcode becomes. Throws ShortcodeError (with its line) for unknown or invalid ones. */
export function replacementFor(sc: Shortcode, resolveRef: RefResolver): Replacement {
  if (sc.escaped) return { kind: "text", text: sc.raw.replace(/^\{\{([<%])\s*\/\*\s*/, "{{$1 ").replace(/\s*\*\/\s*([>%])\}\}$/, " $1}}") };
  if (sc.closing) {
    throw new ShortcodeError(`${sc.raw} closes a paired shortcode, which this site does not support`, sc.line, `the shortcodes you can use are ${SUPPORTED}`);
  }
  switch (sc.name.toLowerCase()) {
    case "youtube":
      return { kind: "component", component: youtube(sc) };
    case "spotify":
      return { kind: "component", component: spotify(sc) };
    case "apple-podcast":
    case "apple-podcasts":
    case "applepodcast":
    case "applepodcasts":
      return { kind: "component", component: applePodcast(sc) };
    case "x-post":
    case "x":
    case "tweet":
    case "twitter":
      return { kind: "component", component: xPost(sc) };
    case "figure":
      return { kind: "component", component: figure(sc) };
    case "ref":
    case "relref": {
      const target = need(sc, arg(sc, "path", 0), "a target", 'write {{< ref "other-post.md" >}}');
      const url = resolveRef(target);
      if (!url) {
        throw new ShortcodeError(`${sc.raw} points at "${target}", which is not a post here`, sc.line, "use the file name of an existing post, e.g. {{< ref \"20260127-ai-enterprise-war.md\" >}}");
      }
      return { kind: "text", text: url };
    }
    default:
      throw new ShortcodeError(`unknown shortcode "${sc.name}" in ${sc.raw}`, sc.line, `the shortcodes you can use are ${SUPPORTED}`);
  }
}

/** Resolves refs by file name alone: `x.md` -> `/posts/x/`. The content index supplies a checked map. */
export function naiveRefResolver(target: string): string {
  const { key, anchor } = refKey(target);
  return `/posts/${encodeURIComponent(key)}/${anchor}`;
}

/** Ref targets written in a body (outside code), with their lines, for the content index to check. */
export function findRefs(body: string, firstLine: number): Array<{ target: string; line: number }> {
  if (!/\{\{[<%]\s*(?:rel)?ref\b/.test(body)) return [];
  return scanShortcodes(body)
    .filter((sc) => !sc.escaped && (sc.name === "ref" || sc.name === "relref") && arg(sc, "path", 0))
    .map((sc) => ({ target: arg(sc, "path", 0) as string, line: firstLine + sc.line - 1 }));
}
