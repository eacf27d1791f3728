/**
 * What Hugo shortcodes (found by lib/content/shortcode-syntax.ts) become: this site's
 * components, a ref's URL, or literal text. Used by the Markdown compile path
 * (lib/hugo/markdown.ts) and by the Hugo importer (lib/hugo/convert.ts). Which
 * shortcode becomes which component is each embed's own business (lib/embeds).
 */
import { ContentError, contentError } from "../content/errors";
import { problem, type Problem } from "../content/messages";
import { need, shortcodeArg as arg, type Shortcode } from "../content/shortcode-args";
import { refKey } from "../content/shortcode-syntax";
import { shortcodeTable, type Embed, type ShortcodeTable } from "../embeds";

/** A component to render in place of a shortcode. Props are all strings. */
export interface ComponentSpec {
  name: string;
  props: Record<string, string>;
}

/**
 * `warnings` are problems that did not stop the shortcode (a reference to another
 * service's player, rendered as that player); the caller gives them the shortcode's line.
 */
export type Replacement = { kind: "component"; component: ComponentSpec; warnings?: Problem[] } | { kind: "text"; text: string };

/** Resolves a `ref`/`relref` target (`x.md`, `posts/x.md#part`) to a URL, or null if no post matches. */
export type RefResolver = (target: string) => string | null;

const EMBED_SHORTCODES = shortcodeTable();

function supported(table: ShortcodeTable): string {
  return [...table.listed, "ref", "relref"].join(", ");
}

/** What a shortcode becomes. Throws ContentError (with its line) for unknown or invalid ones. */
export function replacementFor(sc: Shortcode, resolveRef: RefResolver, table: ShortcodeTable = EMBED_SHORTCODES): Replacement {
  if (sc.escaped) return { kind: "text", text: sc.raw.replace(/^\{\{([<%])\s*\/\*\s*/, "{{$1 ").replace(/\s*\*\/\s*([>%])\}\}$/, " $1}}") };
  if (sc.closing) {
    throw contentError(problem("shortcode-paired", sc.raw, supported(table)), sc.line);
  }
  const name = sc.name.toLowerCase();
  if (name === "ref" || name === "relref") {
    const target = need(sc, arg(sc, "path", 0), "a target", 'write {{< ref "other-post.md" >}}');
    const url = resolveRef(target);
    if (!url) {
      throw contentError(problem("shortcode-ref-unknown", sc.raw, target), sc.line);
    }
    return { kind: "text", text: url };
  }
  const embed = table.byName.get(name);
  if (!embed) throw contentError(problem("shortcode-unknown", sc.name, sc.raw, supported(table)), sc.line);
  try {
    return { kind: "component", component: { name: embed.name, props: embed.fromShortcode(sc) } };
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return otherService(sc, embed, table) ?? throwAgain(e);
  }
}

function throwAgain(e: unknown): never {
  throw e;
}

/** The shortcode's reference, when it is unmistakably another service's: that player, with a warning. */
function otherService(sc: Shortcode, embed: Embed, table: ShortcodeTable): Replacement | null {
  const value = sc.positional[0] ?? sc.named.url ?? sc.named.src ?? sc.named.path ?? sc.named.id;
  if (!value) return null;
  for (const other of new Set(table.byName.values())) {
    const props = other === embed ? null : (other.reference?.parse(value) ?? null);
    if (!props) continue;
    const name = (other.listed ?? other.shortcodes)[0];
    const service = other.reference?.service ?? other.name;
    const own = embed.reference?.service ?? embed.name;
    const warning = problem("shortcode-other-service", sc.raw, service, own, `{{< ${name} ${value} >}}`);
    return { kind: "component", component: { name: other.name, props }, warnings: [warning] };
  }
  return null;
}

/** Resolves refs by file name alone: `x.md` -> `/posts/x/`. The content index supplies a checked map. */
export function naiveRefResolver(target: string): string {
  const { key, anchor } = refKey(target);
  return `/posts/${encodeURIComponent(key)}/${anchor}`;
}
