/**
 * Compiles a post's body with mdx-bundler, once per post per build: results are
 * memoised in the process and cached on disk by content hash, so list pages never
 * compile anything and a rebuild after editing one post recompiles only that post.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkGfm from "remark-gfm";
import { ContentError, type Diagnostic } from "./diagnostics";
import { normalizeNewlines, splitFrontMatter } from "./frontmatter";
import type { Post } from "./posts";
import { remarkComponents } from "./remark-components";

/** Bump when the pipeline's output changes, to invalidate cached compilations. */
const PIPELINE_VERSION = "1";

export interface CompiledPost {
  code: string;
}

function cacheDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MDX_CACHE_DIR ?? path.join(process.cwd(), ".next", "cache", "mdx"));
}

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

async function compileSource(source: string, format: "md" | "mdx"): Promise<string> {
  const result = await bundleMDX({
    source,
    mdxOptions(options) {
      options.format = format;
      // mdx-bundler's in-memory entry is always named *.mdx; let the Markdown processor claim it.
      if (format === "md") options.mdExtensions = [".mdx"];
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkCjkFriendly, remarkComponents];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
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
  return result.code;
}

const memo = new Map<string, Promise<CompiledPost>>();

export function compileKey(post: Pick<Post, "hash" | "format">): string {
  return createHash("sha256").update(`${PIPELINE_VERSION}\0${post.format}\0${post.hash}`).digest("hex");
}

/** Compile a post (or return the cached result). Throws ContentError naming the file and line. */
export function compilePost(post: Pick<Post, "absPath" | "file" | "format" | "hash">): Promise<CompiledPost> {
  const key = compileKey(post);
  let pending = memo.get(key);
  if (!pending) {
    pending = compileUncached(post, key);
    memo.set(key, pending);
    pending.catch(() => memo.delete(key));
  }
  return pending;
}

async function compileUncached(post: Pick<Post, "absPath" | "file" | "format">, key: string): Promise<CompiledPost> {
  const file = path.join(cacheDir(), `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as CompiledPost;
  } catch {
    // not cached yet
  }
  const raw = normalizeNewlines(readFileSync(post.absPath, "utf8"));
  let code: string;
  try {
    code = await compileSource(bodyForCompile(raw), post.format);
  } catch (e) {
    throw new ContentError(toDiagnostics(post, e));
  }
  const compiled: CompiledPost = { code };
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(compiled));
    renameSync(tmp, file);
  } catch {
    // A read-only cache directory only costs speed.
  }
  return compiled;
}
