/**
 * An X post as a static card that links to it: no widgets.js, no iframe, nothing
 * loaded from X until the reader follows the link (hence no frame origin).
 */
import { createElement as h } from "react";
import { check, need, type Shortcode } from "../content/shortcode-args";
import { defineEmbed } from "./types";

/** X post ids are up to 19 digits today; kept as strings, since they exceed Number.MAX_SAFE_INTEGER. */
const X_ID = /^\d{1,20}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;

/** Without the user name, X's `i` path still finds the post. */
function xPostUrl(id: string, user?: string): string {
  return `https://x.com/${user ?? "i"}/status/${id}`;
}

interface XPostProps {
  id: string;
  user?: string;
}

function XPost({ id, user }: XPostProps) {
  return h(
    "figure",
    { className: "embed not-prose my-8", "data-embed": "x-post" },
    h(
      "blockquote",
      { className: "rounded-xl border border-neutral-300 bg-white p-5 shadow-sm dark:border-neutral-700 dark:bg-neutral-900" },
      h(
        "div",
        { className: "flex items-center gap-3" },
        h(
          "span",
          { className: "flex h-10 w-10 items-center justify-center rounded-full bg-black text-white dark:bg-white dark:text-black", "aria-hidden": "true" },
          h(
            "svg",
            { viewBox: "0 0 24 24", width: "18", height: "18", fill: "currentColor" },
            h("path", { d: "M18.9 2H22l-7.4 8.5L23 22h-6.8l-5.3-7-6.1 7H1.7l7.9-9L1 2h7l4.8 6.4L18.9 2zm-1.2 18h1.9L6.4 3.9H4.4L17.7 20z" }),
          ),
        ),
        h(
          "span",
          { className: "min-w-0" },
          h("span", { className: "block font-semibold text-neutral-900 dark:text-neutral-100" }, user ? `@${user}` : "X 貼文"),
          h("span", { className: "block text-sm text-neutral-500" }, "在 X 上的貼文"),
        ),
      ),
      h(
        "p",
        { className: "mt-4 text-neutral-700 dark:text-neutral-300" },
        h(
          "a",
          { href: xPostUrl(id, user), className: "font-medium text-sky-700 underline dark:text-sky-400", rel: "noopener noreferrer", target: "_blank" },
          "在 X 上查看這則貼文",
        ),
      ),
    ),
  );
}

function fromShortcode(sc: Shortcode): Record<string, string> {
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
  return props;
}

export const xPost = defineEmbed<XPostProps>({
  name: "XPost",
  props: {
    id: { required: true, pattern: X_ID, hint: "the digits after /status/ in the post's URL, as a quoted string" },
    user: { pattern: X_USER, hint: "the account name without @" },
  },
  shortcodes: ["x-post", "x", "tweet", "twitter"],
  // "twitter" still works, but authors are pointed at today's names.
  listed: ["x-post", "x", "tweet"],
  fromShortcode,
  Component: XPost,
  feed: ({ id, user }) => ({ href: xPostUrl(id, user), text: user ? `在 X 上查看 @${user} 的貼文` : "在 X 上查看這則貼文" }),
  frameOrigins: [],
});
