/**
 * Compiles a post's body with @mdx-js/mdx, once per post per build: results are
 * memoised in the process and cached on disk by content hash, so list pages never
 * compile anything and a rebuild after editing one post recompiles only that post.
 * The same parse yields the body's plain text for search snippets (lib/search/source.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import rehypeShiki from "@shikijs/rehype";
import { compile } from "@mdx-js/mdx";
import rehypeRaw from "rehype-raw";
import type { PluggableList } from "unified";
import rehypeSlug from "rehype-slug";
import type { Root } from "mdast";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import { readCachedJson, writeCached } from "./build-cache";
import { ContentError, formatDiagnostic, type Diagnostic } from "../content/errors";
import { isDev } from "../content/environment";
import { compileDiagnostics } from "./compile-errors";
import { normalizeNewlines, splitBody } from "../content/frontmatter";
import { rehypeCollectHeadings, type TocHeading } from "./headings";
import type { Post, PostSource, RefMap } from "../content/post";
import { storeBodyText, treeText } from "./body-text";
import { rehypeImages } from "./rehype-images";
import { remarkCheckComponents } from "./remark-check-components";
import { remarkFurtherReading } from "./remark-further-reading";
import { publicImageSize } from "../content/images";
import { prepareHugoMarkdown, remarkHugoShortcodes } from "../hugo/markdown";
import { naiveRefResolver, type ComponentSpec } from "../hugo/shortcodes";
import { refKey } from "../content/shortcode-syntax";
import { MDX_NODE_TYPES, rehypeNoteRawHtml, rehypeSafeRawHtml, remarkOmitRawHtml } from "./raw-html";
import { site } from "../site";

/** Bump when the pipeline's output changes, to invalidate cached compilations. */
const PIPELINE_VERSION = "7";

export interface CompiledPost {
  code: string;
  /** h2/h3 headings in document order, for the table of contents. */
  headings: TocHeading[];
  /** What the compile let pass with a warning (a shortcode given another service's reference), in the post's file. */
  warnings?: Diagnostic[];
}

/** What compiling gives besides the page: the body's words, kept apart from the (memoised) page. */
export interface CompileOutput extends CompiledPost {
  text: string;
}

/** Keeps the words of the tree the compiler parsed, so search snippets need no second parse. */
function remarkCollectText({ into, rawHtml }: { into: { text: string }; rawHtml: boolean }) {
  return (tree: Root) => {
    into.text = treeText(tree, { rawHtml });
  };
}

/**
 * Code blocks are highlighted here, at build time, in both themes at once: light
 * colours inline, dark ones as --shiki-dark variables that globals.css switches on
 * under html.dark. Languages load on demand; an unknown one falls back to plain text.
 */
const shikiOptions = {
  themes: { light: "github-light-default", dark: "github-dark-default" },
  langs: [],
  lazy: true,
  defaultLanguage: "text",
  fallbackLanguage: "text",
  addLanguageClass: true,
} as const;

/**
 * The body with the front matter replaced by blank lines, so line numbers in
 * compiler messages are line numbers in the author's file.
 */
export function bodyForCompile(raw: string): string {
  const { body, bodyLine } = splitBody(raw);
  return "\n".repeat(bodyLine - 1) + body;
}

export interface CompileOptions {
  /** Render a .md body's raw HTML, sanitized (lib/render/raw-html.ts); else it is omitted with a warning. Default: the site's markup.unsafeHtml. */
  unsafeHtml?: boolean;
}

export async function compileSource(
  source: string,
  format: "md" | "mdx",
  shortcodes: ComponentSpec[] = [],
  { unsafeHtml = site.unsafeHtml }: CompileOptions = {},
): Promise<CompileOutput> {
  const headings: TocHeading[] = [];
  const body = { text: "" };
  const warnings: Diagnostic[] = [];
  // Raw HTML only exists in Markdown mode: in MDX, tags are JSX and remark-check-components checks them.
  const rawHtml = format === "md" ? (unsafeHtml ? "sanitize" : "omit") : null;
  const omitRawHtml: PluggableList = rawHtml === "omit" ? [[remarkOmitRawHtml, { into: warnings }]] : [];
  const sanitizeRawHtml: PluggableList = rawHtml === "sanitize" ? [rehypeNoteRawHtml, [rehypeRaw, { passThrough: [...MDX_NODE_TYPES] }], rehypeSafeRawHtml] : [];
  // MDX's own compiler, as a function body (lib/render/evaluate.ts runs it): nothing to
  // bundle, since posts import nothing. mdx-bundler added an esbuild bundle and minify
  // step per post on top of this (a CPU profile put up to half of a post's compile there).
  const result = await compile(source, {
    format,
    outputFormat: "function-body",
    remarkPlugins: [
      remarkGfm,
      remarkCjkFriendly,
      ...omitRawHtml,
      [remarkHugoShortcodes, { components: shortcodes }],
      // Once shortcodes are elements (a figure keeps its caption's words), before components reshape the rest.
      [remarkCollectText, { into: body, rawHtml: rawHtml === "sanitize" }],
      remarkFurtherReading,
      remarkCheckComponents,
    ],
    rehypePlugins: [
      ...sanitizeRawHtml,
      rehypeSlug,
      [rehypeCollectHeadings, { into: headings }],
      rehypeImages,
      [rehypeShiki, shikiOptions],
    ],
  });
  return { code: String(result), headings, text: body.text, warnings };
}

const memo = new Map<string, Promise<CompiledPost>>();

/** What compilation depends on: the post's file. */
type Compilable = Pick<Post, "source">;

/** The cache key: the file's bytes, and where its Hugo refs point (`refs`, from the content index). */
function compileKey(source: Pick<PostSource, "hash" | "format">, refs?: RefMap): string {
  const refText = refs ? JSON.stringify(refs) : "";
  // The site's markup.unsafeHtml changes what a .md body's raw HTML becomes.
  const markup = source.format === "md" && site.unsafeHtml ? "\0unsafe-html" : "";
  return createHash("sha256").update(`${PIPELINE_VERSION}\0${source.format}\0${source.hash}\0${refText}${markup}`).digest("hex");
}

/**
 * Compile a post (or return the cached result). `refs` is where each Hugo ref in a .md
 * post points (ContentIndex.refs); without it refs resolve by file name alone. Throws
 * ContentError naming the file and line.
 */
export function compilePost(post: Compilable, refs?: RefMap): Promise<CompiledPost> {
  const key = compileKey(post.source, refs);
  let pending = memo.get(key);
  if (!pending) {
    pending = compileUncached(post.source, refs, key);
    memo.set(key, pending);
    pending.catch(() => memo.delete(key));
  }
  return pending;
}

/** Resolves a Hugo ref with the content index's checked map, or by file name when there is none. */
function refResolver(refs: Record<string, string> | undefined) {
  return (target: string) => (refs ? (refs[target] ?? refs[refKey(target).key] ?? null) : naiveRefResolver(target));
}

/** A build prints what a compile let pass, as the content store prints the index's warnings. */
function reportWarnings(compiled: CompiledPost): CompiledPost {
  if (!isDev() && process.env.BLOG_QUIET !== "1") for (const w of compiled.warnings ?? []) console.warn(`warning: ${formatDiagnostic(w)}`);
  return compiled;
}

async function compileUncached(post: PostSource, refs: RefMap | undefined, key: string): Promise<CompiledPost> {
  const hit = readCachedJson<CompiledPost>("mdx", `${key}.json`);
  if (hit) return reportWarnings(hit);
  const raw = normalizeNewlines(readFileSync(post.absPath, "utf8"));
  let source = bodyForCompile(raw);
  let shortcodes: ComponentSpec[] = [];
  let warnings: Diagnostic[] = [];
  if (post.format === "md") {
    try {
      ({ source, components: shortcodes, warnings } = prepareHugoMarkdown(source, refResolver(refs), publicImageSize));
    } catch (e) {
      if (e instanceof RangeError) throw new ContentError(compileDiagnostics(post.file, e, post.bodyLine));
      if (!(e instanceof ContentError)) throw e;
      throw e.locate(post.file);
    }
  }
  let output: CompileOutput;
  try {
    output = await compileSource(source, post.format, shortcodes);
  } catch (e) {
    throw new ContentError(compileDiagnostics(post.file, e, post.bodyLine));
  }
  const compiled: CompiledPost = { code: output.code, headings: output.headings };
  // The body was padded to the file's lines (bodyForCompile), so a shortcode's or an HTML tag's line is the file's.
  warnings = [...warnings, ...(output.warnings ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (warnings.length) compiled.warnings = warnings.map((d) => ({ ...d, file: post.file }));
  writeCached("mdx", `${key}.json`, JSON.stringify(compiled));
  storeBodyText(post, output.text);
  return reportWarnings(compiled);
}
