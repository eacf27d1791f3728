/**
 * What Hugo shortcodes (found by lib/content/shortcode-syntax.ts) become: this site's
 * components, a ref's URL, or literal text. Used by the Markdown compile path
 * (lib/hugo/markdown.ts) and by the Hugo importer (lib/hugo/convert.ts).
 */
import { contentError } from "../content/errors";
import { problem } from "../content/messages";
import { markdownToPlainText } from "../content/plaintext";
import { check, need, shortcodeArg as arg, type Shortcode } from "../content/shortcode";
import { refKey } from "../content/shortcode-syntax";
import { APPLE_PODCAST_PATH, SPOTIFY_ID, SPOTIFY_TYPES, X_ID, X_USER, YOUTUBE_ID } from "../embeds";

/** A component to render in place of a shortcode. Props are all strings. */
export interface ComponentSpec {
  name: string;
  props: Record<string, string>;
}

export type Replacement = { kind: "component"; component: ComponentSpec } | { kind: "text"; text: string };

/** Resolves a `ref`/`relref` target (`x.md`, `posts/x.md#part`) to a URL, or null if no post matches. */
export type RefResolver = (target: string) => string | null;

const SUPPORTED = "youtube, spotify, apple-podcast, x-post, x, tweet, figure, ref, relref";

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
    else throw contentError(problem("shortcode-invalid-argument", sc.raw, "Spotify reference", value, hint), sc.line);
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

/** What a shortcode becomes. Throws ContentError (with its line) for unknown or invalid ones. */
export function replacementFor(sc: Shortcode, resolveRef: RefResolver): Replacement {
  if (sc.escaped) return { kind: "text", text: sc.raw.replace(/^\{\{([<%])\s*\/\*\s*/, "{{$1 ").replace(/\s*\*\/\s*([>%])\}\}$/, " $1}}") };
  if (sc.closing) {
    throw contentError(problem("shortcode-paired", sc.raw, SUPPORTED), sc.line);
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
        throw contentError(problem("shortcode-ref-unknown", sc.raw, target), sc.line);
      }
      return { kind: "text", text: url };
    }
    default:
      throw contentError(problem("shortcode-unknown", sc.name, sc.raw, SUPPORTED), sc.line);
  }
}

/** Resolves refs by file name alone: `x.md` -> `/posts/x/`. The content index supplies a checked map. */
export function naiveRefResolver(target: string): string {
  const { key, anchor } = refKey(target);
  return `/posts/${encodeURIComponent(key)}/${anchor}`;
}

