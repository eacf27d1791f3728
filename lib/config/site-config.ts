/**
 * The site configuration file (site.config.yaml at the project root, or SITE_CONFIG;
 * YAML, TOML or JSON) read and validated once per process. It is data so that
 * `npm run import:hugo` can write it from a Hugo site's config. A mistake stops the
 * process with the file, line and field, and how to fix it; environment variables
 * override the values that differ per deployment.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import { ContentError, type Diagnostic } from "../content/errors";
import { permalinkProblem } from "./permalink-tokens";

const menuItem = z.object({
  name: z.string({ error: "must be the text the menu shows" }).trim().min(1, "is empty"),
  url: z.string({ error: "must be a path such as /about/ or an https URL" }).trim().regex(/^(\/|https?:\/\/)/, "must be a path starting with / or an http(s) URL"),
  weight: z.number({ error: "must be a number" }).optional(),
});

/** The menus of a configuration that has none: every list page, the saved posts and the HTML sitemap. */
const LISTS = [
  { name: "分類", url: "/categories/" },
  { name: "標籤", url: "/tags/" },
  { name: "文章列表", url: "/archives/" },
];
const DEFAULT_MAIN_MENU = [{ name: "首頁", url: "/" }, ...LISTS, { name: "稍後閱讀", url: "/reading-list/" }];
const DEFAULT_FOOTER_MENU = [...LISTS, { name: "網站地圖", url: "/sitemap/" }];

export const SECTION_KINDS = ["organization", "person", "event", "generic"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

const schema = z.object({
  title: z.string({ error: "must be text" }).trim().min(1, "is empty"),
  description: z.string({ error: "must be text" }).default(""),
  baseURL: z.string({ error: "must be the site's address such as https://example.com" }).regex(/^https?:\/\/[^/\s]+/, "must start with http:// or https:// and a host"),
  timeZone: z.string().default("Asia/Taipei").refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "is not a time zone this system knows (an IANA name such as Asia/Taipei)"),
  languageCode: z.string().default("zh-Hant-TW"),
  author: z.string().default("編輯部"),
  pageSize: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1).max(500).default(20),
  buildFuture: z.boolean({ error: "must be true or false" }).default(false),
  categories: z.array(z.object({ name: z.string().trim().min(1, "is empty"), slug: z.string().trim().regex(/^[^/\\?#%\s]+$/, "must be one URL segment without / ? # % or spaces") })).default([]),
  sections: z.record(z.string(), z.object({ kind: z.enum(SECTION_KINDS, { error: `must be one of ${SECTION_KINDS.join(", ")}` }), title: z.string().optional() })).default({}),
  menus: z.object({ main: z.array(menuItem).default(DEFAULT_MAIN_MENU), footer: z.array(menuItem).default(DEFAULT_FOOTER_MENU) }).default({ main: DEFAULT_MAIN_MENU, footer: DEFAULT_FOOTER_MENU }),
  // Hugo's buildDrafts: when true, drafts are published like other posts.
  buildDrafts: z.boolean({ error: "must be true or false" }).default(false),
  // Hugo's markup.goldmark.renderer.unsafe: raw HTML in .md bodies is rendered through the sanitizer instead of omitted.
  markup: z.object({ unsafeHtml: z.boolean({ error: "must be true or false" }).default(false) }).default({ unsafeHtml: false }),
  // Opt-in analytics; nothing is loaded unless one of these is set.
  analytics: z
    .object({
      googleAnalytics: z.string().trim().regex(/^G-[A-Z0-9]{4,}$/, "must be a GA4 measurement id such as G-ABC123XYZ").optional(),
      plausible: z.object({ domain: z.string().trim().min(1, "is empty"), src: z.string().url("must be the script's https URL").default("https://plausible.io/js/script.js") }).optional(),
      umami: z.object({ websiteId: z.string().trim().regex(/^[0-9a-f-]{36}$/i, "must be the website's UUID"), src: z.string().url("must be the script's https URL") }).optional(),
    })
    .default({}),
  // Search engines' site verification tokens (Search Console: the content of google-site-verification).
  verification: z.object({ google: z.string().trim().min(1, "is empty").optional() }).default({}),
  // Where a Hugo site had its posts (npm run import:hugo writes it): their old URLs, and the
  // section's list pages, answer with a 308 to the post here (lib/views/redirects.ts).
  hugo: z
    .object({
      postsSection: z.string({ error: "must be the Hugo section's folder name" }).trim().regex(/^[^/\\?#%\s]+$/, "must be one folder name such as post").optional(),
      postsPermalink: z
        .string({ error: "must be a Hugo permalink pattern" })
        .trim()
        .superRefine((v, ctx) => {
          const problem = permalinkProblem(v);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .optional(),
    })
    .default({}),
});

export type SiteConfigFile = z.infer<typeof schema>;
export type MenuItem = z.infer<typeof menuItem>;

const HINTS: Record<string, string> = {
  baseURL: "write it as baseURL: https://blog.example.com",
  timeZone: "write it as timeZone: Asia/Taipei",
  categories: "write each as - { name: AI 產業動態, slug: ai-industry }",
  sections: "write each as companies: { kind: organization }",
  menus: "write each item as - { name: 關於, url: /about/ }",
  analytics: "write it as analytics: { googleAnalytics: G-ABC123XYZ } (or plausible: { domain: example.com }, umami: { websiteId: <uuid>, src: https://.../script.js })",
  markup: "write it as markup: { unsafeHtml: true }",
  verification: "write it as verification: { google: <token from Search Console> }",
  hugo: 'write it as hugo: { postsSection: post, postsPermalink: "/:year/:month/:slug/" }',
};

export function configPath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SITE_CONFIG ?? path.join(process.cwd(), "site.config.yaml"));
}

/** Parses config text; returns a way to find the line of a field path (YAML and JSON keep positions). */
function parseText(file: string, text: string): { data: unknown; lineOf: (p: PropertyKey[]) => number | undefined } {
  if (file.endsWith(".toml")) {
    try {
      const data = parseToml(text);
      const lines = text.split("\n");
      return { data, lineOf: (p) => { const i = lines.findIndex((l) => new RegExp(`^\\s*${String(p[0])}\\s*=|^\\[${String(p[0])}[.\\]]`).test(l)); return i >= 0 ? i + 1 : undefined; } };
    } catch (e) {
      const line = (e as { line?: number }).line;
      throw new ContentError([{ severity: "error", file, line, field: "config", message: `TOML does not parse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, hint: "fix the TOML syntax" }]);
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new ContentError([{ severity: "error", file, line: counter.linePos(err.pos[0]).line, field: "config", message: `does not parse: ${err.message.split("\n")[0]}`, hint: "check quotes, colons and indentation" }]);
  }
  const lineOf = (p: PropertyKey[]): number | undefined => {
    for (let n = p.length; n > 0; n--) {
      const node = doc.getIn(p.slice(0, n) as (string | number)[], true) as Node | undefined;
      const start = node && (isMap(node) || isSeq(node) || "range" in node) ? node.range?.[0] : undefined;
      if (start !== undefined) return counter.linePos(start).line;
    }
    return undefined;
  };
  return { data: doc.toJS() ?? {}, lineOf };
}

/** The validated file, or a ContentError naming each bad field's line. A missing file is the defaults. */
export function readSiteConfig(file: string = configPath()): { config: SiteConfigFile; file: string | null } {
  if (!existsSync(file)) {
    // A named file must exist; without one the engine runs on its defaults (a fresh checkout has site.config.yaml).
    if (process.env.SITE_CONFIG) throw new ContentError([{ severity: "error", file: process.env.SITE_CONFIG, field: "config", message: "does not exist", hint: "point SITE_CONFIG at a YAML, TOML or JSON file, or unset it to use site.config.yaml" }]);
    return { config: schema.parse({ title: "AI 科技新聞筆記", baseURL: "http://localhost:3000" }), file: null };
  }
  const rel = path.relative(process.cwd(), file) || file;
  const { data, lineOf } = parseText(rel, readFileSync(file, "utf8"));
  const parsed = schema.safeParse(data);
  if (parsed.success) return { config: parsed.data, file: rel };
  const diagnostics: Diagnostic[] = parsed.error.issues.map((issue) => {
    const top = String(issue.path[0] ?? "");
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    return {
      severity: "error",
      file: rel,
      line: lineOf(issue.path) ?? 1,
      field: issue.path.join(".") || "config",
      message: missing ? "is required but missing" : issue.message,
      hint: HINTS[top],
    };
  });
  throw new ContentError(diagnostics);
}
