/**
 * Checks on a post's body that need neither the MDX compiler nor the whole index:
 * local images that are not in public/ and Hugo shortcodes the pipeline does not
 * turn into components. Used by `npm run check`, so an author sees these before a
 * reader meets a broken image or a literal `{{< ... >}}`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "./diagnostics";

const MD_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const JSX_SRC = /<(?:img|Figure|figure)\b[^>]*?\bsrc=["']([^"']+)["']/g;
const SHORTCODE = /\{\{[<%]\s*\/?\s*([\w-]+)/g;

/**
 * Shortcodes the Hugo pipeline (lib/shortcodes.ts, on its way) converts; anything
 * else is reported. Once that pipeline fails the build on unknown shortcodes
 * itself, this warning is redundant and can go.
 */
export const CONVERTED_SHORTCODES = new Set(["youtube", "spotify", "apple-podcast", "x-post", "x", "tweet", "figure", "ref", "relref"]);

export function checkBody(file: string, body: string, bodyLine: number, publicDir: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = body.split("\n");
  let fenced = false;
  lines.forEach((text, i) => {
    const line = bodyLine + i;
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    for (const re of [MD_IMAGE, JSX_SRC]) {
      for (const m of text.matchAll(re)) {
        const src = m[1];
        if (!src.startsWith("/") || src.startsWith("//")) continue;
        let rel: string;
        try {
          rel = decodeURI(src.split(/[?#]/)[0]);
        } catch {
          rel = src;
        }
        const abs = path.resolve(publicDir, "." + rel);
        if (!abs.startsWith(publicDir + path.sep)) {
          out.push({ severity: "error", file, line, field: "body", message: `image "${src}" points outside public/`, hint: "use a path such as /images/posts/x.jpg" });
        } else if (!existsSync(abs)) {
          out.push({ severity: "warning", file, line, field: "body", message: `image "${src}" does not exist in public/; readers would see a broken image`, hint: `add the file as public${rel} or fix the path` });
        }
      }
    }
    for (const m of text.matchAll(SHORTCODE)) {
      if (CONVERTED_SHORTCODES.has(m[1])) continue;
      out.push({
        severity: "warning",
        file,
        line,
        field: "body",
        message: `Hugo shortcode {{< ${m[1]} >}} is not converted; readers would see it as text`,
        hint: "replace it with a component such as <YouTube id=\"...\" /> (see AUTHORING.md)",
      });
    }
  });
  return out;
}
