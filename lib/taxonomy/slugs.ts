/**
 * Tag and category slugs, compatible with Hugo's default `urlize`: lower case,
 * whitespace to `-`, letters (CJK included), digits and `. _ - # + ~` kept,
 * everything else dropped. Unlike Hugo a `/` becomes `-`, so one tag is always one
 * URL segment.
 */
import { categorySlugHref } from "../http/routes";
import { site } from "../site";

export function urlize(name: string): string {
  const slug = name
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s/\\]+/gu, "-")
    .replace(/[^\p{L}\p{N}\p{M}._#+~-]/gu, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  // A lone "." or ".." would be read as a path step by browsers and servers.
  return /^\.+$/.test(slug) ? slug.replace(/\./g, "dot") : slug;
}

/**
 * Tags that differ only in case, width, spaces or hyphens (`企業 AI`, `企業AI`,
 * `Vibe Coding`, `vibe-coding`) share a key and so a page.
 */
export function tagKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[\s\-_]+/gu, "");
}

export function categorySlug(name: string): string {
  return site.categories[name] ?? urlize(name);
}

/** A category's page by its display name (slug from the site's map, else urlize). */
export const categoryHref = (name: string) => categorySlugHref(categorySlug(name));

/**
 * The URL segment Hugo 0.111 itself gives a taxonomy term (its `urlize`: MakePathSanitized):
 * lower case; letters, digits and marks (CJK included) and `. / \ _ - # + ~ @` kept;
 * spaces between kept characters become one `-` (none beside a `-`); the rest dropped.
 * Unlike urlize() a `/` is kept (`AI/ML` -> `/tags/ai/ml/`), as Hugo's build has it.
 * Only for redirecting Hugo's old URLs to ours (lib/views/redirects.ts).
 */
export function hugoUrlize(name: string): string {
  let out = "";
  let hyphen = false;
  for (const ch of name) {
    if (/[./\\_#+~@-]|[\p{L}\p{N}\p{M}]/u.test(ch)) {
      if (hyphen && ch !== "-" && !out.endsWith("-")) out += "-";
      hyphen = false;
      out += ch;
    } else if (out && /\s/u.test(ch)) hyphen = true;
  }
  return out.toLowerCase();
}
