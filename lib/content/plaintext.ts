/**
 * Cheap Markdown/MDX-to-text for excerpts and word counts. It runs over every post
 * on every index load, so it is a handful of regular expressions rather than a
 * full parse; the rendered page uses the real MDX pipeline.
 */

// Hugo's `<!--more-->`, or an MDX comment holding just "more" (MDX has no HTML comments).
const MORE_MARKER = /<!--\s*more\s*-->|\{\/\*\s*more\s*\*\/\}/i;

export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, " ") // fenced code
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ") // MDX comments
    .replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, " ") // Hugo shortcodes
    .replace(/^\s*(import|export)\s.*$/gm, " ") // MDX ESM
    .replace(/<\/?[A-Za-z][^>]*>/g, " ") // JSX / HTML tags
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*([-*_])(\s*\1){2,}\s*$/gm, " ")
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, "")
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** First `max` characters of text, cut at a sentence or word boundary where one is near. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Only the head matters: max characters are at most 2 * max UTF-16 units (plus one to tell "longer").
  const chars = Array.from(text.slice(0, 2 * max + 1));
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join("");
  const stop = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf("！"), cut.lastIndexOf("？"));
  if (stop > max * 0.6) return cut.slice(0, stop + 1);
  return `${cut.replace(/\s+\S*$/, "")}…`;
}

/** `plain` is markdownToPlainText(body) when the caller has it already (it is the slow part). */
export function excerptOf(body: string, max = 120, plain?: string): string {
  const more = MORE_MARKER.exec(body);
  if (more) return markdownToPlainText(body.slice(0, more.index));
  return truncateText(plain ?? markdownToPlainText(body), max);
}
