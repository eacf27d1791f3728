/**
 * Compiles a post's body with mdx-bundler, once per post per build: results are
 * memoised in the process and cached on disk by content hash, so list pages never
 * compile anything and a rebuild after editing one post recompiles only that post.
 * The same parse yields the body's plain text for search snippets (lib/search/source.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import rehypeShiki from "@shikijs/rehype";
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import type { Root } from "mdast";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import { readCachedJson, writeCached } from "./build-cache";
import { ContentError, type Diagnostic } from "../content/errors";
import { normalizeNewlines, splitFrontMatter } from "../content/frontmatter";
import { rehypeCollectHeadings, type TocHeading } from "./headings";
import type { Post } from "../content/content-index";
import { treeText } from "./body-text";
import { storeBodyText } from "../search/source";
import { rehypeImages } from "./rehype-images";
import { remarkComponents } from "./remark-components";
import { publicImageSize } from "../content/images";
import { prepareHugoMarkdown, remarkHugoShortcodes } from "../hugo/markdown";
import { naiveRefResolver, refKey, ShortcodeError, type ComponentSpec } from "../hugo/shortcodes";

/** Bump when the pipeline's output changes, to invalidate cached compilations. */
const PIPELINE_VERSION = "4";

export interface CompiledPost {
  code: string;
  /** h2/h3 headings in document order, for the table of contents. */
  headings: TocHeading[];
}

/** What compiling gives besides the page: the body's words, kept apart from the (memoised) page. */
export interface CompileOutput extends CompiledPost {
  text: string;
}

/** Keeps the words of the tree the compiler parsed, so search snippets need no second parse. */
function remarkCollectText({ into }: { into: { text: string } }) {
  return (tree: Root) => {
    into.text = treeText(tree);
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
  const { body, bodyLine } = splitFrontMatter(raw);
  return "\n".repeat(bodyLine - 1) + body;
}

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number } | null;
}

function toDiagnostics(post: Pick<Post, "file">, error: unknown): Diagnostic[] {
  const messages: EsbuildMessage[] =
    error && typeof error === "object" && "errors" in error && Array.isArray((error as { errors: unknown }).errors)
      ? ((error as { errors: EsbuildMessage[] }).errors)
      : [{ text: error instanceof Error ? error.message : String(error) }];
  return messages.map((m) => {
    // @mdx-js/esbuild wraps the real message: "Cannot process MDX file ...:\n  <path>:8:1-8:27: <message>"
    // or "...:\n  1:1: Expected a closing tag for `<YouTube>` (8:1-8:27)".
    const inner = /:(\d+):\d+(?:-\d+:\d+)?: ([\s\S]*)$/.exec(m.text);
    const span = /\((\d+):\d+-\d+:\d+\)/.exec(m.text);
    let line = inner ? Number(inner[1]) : m.location?.line;
    if (span && (!line || line === 1)) line = Number(span[1]);
    const text = (inner ? inner[2] : m.text)
      .replace(/^Cannot process MDX file with esbuild:\s*/i, "")
      .replace(/^\d+:\d+: /, "")
      .replace(/^Could not parse expression with acorn\s*/i, "")
      .trim();
    const jsx = /expected a closing tag|unexpected end of file|unexpected character|expected/i.test(text);
    // Our own plugins end a message with "(hint: ...)" when they know the fix.
    const own = /^([\s\S]*?)\s*\(hint: ([\s\S]*)\)$/.exec(text);
    if (own) return { severity: "error" as const, file: post.file, line, field: "body", message: own[1], hint: own[2] };
    return {
      severity: "error" as const,
      file: post.file,
      line,
      field: "body",
      message: text,
      hint: /unknown component|invalid|needs a|must be a quoted/.test(text)
        ? undefined
        : /is not allowed|unsafe link/.test(text)
          ? "embed videos and posts with a component (see AUTHORING.md); posts may not carry script, frames or event handlers"
        : jsx
          ? "check the MDX syntax near this line: close every <Tag>, escape a literal < or { as \\< or \\{, or rename the file to .md for plain Markdown"
          : undefined,
    };
  });
}

export async function compileSource(source: string, format: "md" | "mdx", shortcodes: ComponentSpec[] = []): Promise<CompileOutput> {
  const headings: TocHeading[] = [];
  const body = { text: "" };
  const result = await bundleMDX({
    source,
    mdxOptions(options) {
      options.format = format;
      // mdx-bundler's in-memory entry is always named *.mdx; let the Markdown processor claim it.
      if (format === "md") options.mdExtensions = [".mdx"];
      options.remarkPlugins = [
        ...(options.remarkPlugins ?? []),
        remarkGfm,
        remarkCjkFriendly,
        [remarkHugoShortcodes, { components: shortcodes }],
        // Once shortcodes are elements (a figure keeps its caption's words), before components reshape the rest.
        [remarkCollectText, { into: body }],
        remarkComponents,
      ];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        [rehypeCollectHeadings, { into: headings }],
        rehypeImages,
        [rehypeShiki, shikiOptions],
      ];
      return options;
    },
    esbuildOptions(options) {
      options.target = "es2022";
      options.minify = true;
      options.logLevel = "silent";
      options.charset = "utf8";
      return options;
    },
  });
  return { code: result.code, headings, text: body.text };
}

const memo = new Map<string, Promise<CompiledPost>>();

/** The fields compilation depends on; `refs` is where each Hugo ref in the post points. */
type Compilable = Pick<Post, "absPath" | "file" | "format" | "hash"> & Partial<Pick<Post, "refs">>;

export function compileKey(post: Pick<Post, "hash" | "format"> & Partial<Pick<Post, "refs">>): string {
  const refs = post.refs ? JSON.stringify(post.refs) : "";
  return createHash("sha256").update(`${PIPELINE_VERSION}\0${post.format}\0${post.hash}\0${refs}`).digest("hex");
}

/** Compile a post (or return the cached result). Throws ContentError naming the file and line. */
export function compilePost(post: Compilable): Promise<CompiledPost> {
  const key = compileKey(post);
  let pending = memo.get(key);
  if (!pending) {
    pending = compileUncached(post, key);
    memo.set(key, pending);
    pending.catch(() => memo.delete(key));
  }
  return pending;
}

/** Resolves a Hugo ref with the content index's checked map, or by file name when there is none. */
function refResolver(refs: Record<string, string> | undefined) {
  return (target: string) => (refs ? (refs[target] ?? refs[refKey(target).key] ?? null) : naiveRefResolver(target));
}

async function compileUncached(post: Compilable, key: string): Promise<CompiledPost> {
  const hit = readCachedJson<CompiledPost>("mdx", `${key}.json`);
  if (hit) return hit;
  const raw = normalizeNewlines(readFileSync(post.absPath, "utf8"));
  let source = bodyForCompile(raw);
  let shortcodes: ComponentSpec[] = [];
  if (post.format === "md") {
    try {
      ({ source, components: shortcodes } = prepareHugoMarkdown(source, refResolver(post.refs), publicImageSize));
    } catch (e) {
      if (!(e instanceof ShortcodeError)) throw e;
      throw new ContentError([{ severity: "error", file: post.file, line: e.line, field: "body", message: e.message, hint: e.hint }]);
    }
  }
  let output: CompileOutput;
  try {
    output = await compileSource(source, post.format, shortcodes);
  } catch (e) {
    throw new ContentError(toDiagnostics(post, e));
  }
  const compiled: CompiledPost = { code: output.code, headings: output.headings };
  writeCached("mdx", `${key}.json`, JSON.stringify(compiled));
  storeBodyText(post, output.text);
  return compiled;
}
