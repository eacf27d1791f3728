/**
 * Post files on disk: which files in a folder are posts (page bundles' index.md
 * included; files whose names start with . or _ are reported, not silently skipped;
 * symbolic links are followed inside the content folder and refused outside it), and a
 * file's bytes as text, or the reason they are not (empty, too large, binary, not UTF-8,
 * nested too deep).
 */
import { existsSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { diagnostic, type Diagnostic } from "./errors";
import { contentDir, projectPath } from "./environment";
import { problem, type Problem } from "./messages";

export const POST_EXTENSIONS = [".mdx", ".md"] as const;

/** Far above any real post (the longest of ~600 is 60 kB); a bigger file is data or an accident. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * A symbolic link in the content folder: followed when it points at a file inside the
 * content folder (`root`), refused with an error naming the link and its target when
 * it points outside (a build would publish whatever file the link reaches) or nowhere.
 */
export function followSymlink(abs: string, root: string): { target: string; isFile: boolean } | { diagnostic: Diagnostic } {
  const link = readlinkSync(abs);
  let target: string;
  try {
    target = realpathSync(abs);
  } catch {
    return { diagnostic: diagnostic("error", projectPath(abs), problem("symlink-broken", link)) };
  }
  const inside = path.relative(realpathSync(root), target);
  if (inside.startsWith("..") || path.isAbsolute(inside)) {
    return { diagnostic: diagnostic("error", projectPath(abs), problem("symlink-outside", link, projectPath(root))) };
  }
  return { target, isFile: statSync(target).isFile() };
}

/** The content folder that holds `dir`: CONTENT_DIR when `dir` is inside it, else `dir` itself. */
function contentRootOf(dir: string): string {
  const root = contentDir();
  const rel = path.relative(root, dir);
  return rel.startsWith("..") || path.isAbsolute(rel) ? dir : root;
}

export function listPostFiles(dir: string): { files: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(dir)) return { files: [], diagnostics };
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    const ext = path.extname(entry.name);
    // Hugo's page bundle: posts/<slug>/index.md is the post <slug>.
    if (entry.isDirectory() && !entry.name.startsWith(".")) {
      const index = POST_EXTENSIONS.map((e) => path.join(/*turbopackIgnore: true*/ abs, `index${e}`)).find((p) => existsSync(p));
      if (index) files.push(index);
      continue;
    }
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const followed = followSymlink(abs, contentRootOf(dir));
      if ("diagnostic" in followed) {
        diagnostics.push(followed.diagnostic);
        continue;
      }
      isFile = followed.isFile;
      if (!isFile) diagnostics.push(diagnostic("warning", projectPath(abs), problem("symlink-folder")));
    }
    if (!isFile || !(POST_EXTENSIONS as readonly string[]).includes(ext)) continue;
    // posts/_index.md is the /posts/ route's title and intro (lib/content/entries-index.ts).
    if (/^_index\.mdx?$/.test(entry.name)) continue;
    if (entry.name.startsWith(".") || entry.name.startsWith("_")) {
      diagnostics.push(diagnostic("warning", projectPath(abs), problem("file-ignored")));
      continue;
    }
    files.push(abs);
  }
  files.sort();
  return { files, diagnostics };
}

function isProbablyBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

/**
 * The 1-based line holding the first byte that is not UTF-8. Each line is decoded on
 * its own: a newline byte (0x0A) never occurs inside a multi-byte UTF-8 sequence.
 */
function firstBadUtf8Line(buf: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  for (let start = 0; start <= buf.length; line++) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl;
    try {
      decoder.decode(buf.subarray(start, end));
    } catch {
      return line;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return line;
}

/**
 * Blockquotes and lists nested deeper than this are refused before any Markdown parser
 * sees them: the parsers and the compiler recurse once per level, and a few thousand
 * levels (`> > > ...`) overflow the stack. Real posts nest three or four levels.
 */
export const MAX_NESTING = 100;

/**
 * The first line whose blockquote and list markers (`>`, `-`, `*`, `+`, `1.`) and
 * indentation (two columns a level, as a nested list item needs at least) add up to
 * more than MAX_NESTING levels, outside fenced code. One pass over the line starts.
 */
export function excessiveNesting(text: string): { line: number; depth: number } | null {
  const lines = text.split("\n");
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length <= MAX_NESTING) continue; // each level takes at least one character
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(l);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    let depth = 0;
    let spaces = 0;
    let pos = 0;
    while (pos < l.length) {
      const c = l[pos];
      if (c === " ") spaces++;
      else if (c === "\t") spaces += 4;
      else if (c === ">" || ((c === "-" || c === "*" || c === "+") && (l[pos + 1] === " " || l[pos + 1] === "\t"))) {
        depth++;
        // The space after a marker belongs to it, not to the indentation.
        if (l[pos + 1] === " " || l[pos + 1] === "\t") pos++;
      } else {
        const ordered = /^\d{1,9}[.)][ \t]/.exec(l.slice(pos, pos + 11));
        if (!ordered) break;
        depth++;
        pos += ordered[0].length - 1;
      }
      pos++;
    }
    depth += Math.floor(spaces / 2);
    if (depth > MAX_NESTING) return { line: i + 1, depth };
  }
  return null;
}

/**
 * Emphasis markers (`*`, `_`) one paragraph may hold. Matching them costs the Markdown
 * parser time quadratic in their number (4,000 take 20 s, 20,000 ten minutes), so a
 * paragraph with more is refused; the busiest real paragraph has a few dozen.
 */
export const MAX_EMPHASIS_MARKERS = 2000;

/** The first line of a paragraph (lines between blank lines, outside fenced code) with more than MAX_EMPHASIS_MARKERS markers. */
export function excessiveEmphasis(text: string): { line: number; count: number } | null {
  let count = 0;
  let start = 0;
  let fence = false;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\s{0,3}(`{3,}|~{3,})/.test(l)) fence = !fence;
    if (fence || l.trim() === "") {
      count = 0;
      start = i + 1;
      continue;
    }
    for (let j = 0; j < l.length; j++) if (l[j] === "*" || l[j] === "_") count++;
    if (count > MAX_EMPHASIS_MARKERS) return { line: start + 1, count };
  }
  return null;
}

/** The file's text, or the problem (and the line it is on) that keeps it from being a post. */
export function decodePostFile(buf: Buffer): { text: string } | { problem: Problem; line?: number } {
  if (buf.length === 0) return { problem: problem("file-empty") };
  if (buf.length > MAX_FILE_BYTES) return { problem: problem("file-too-large", (buf.length / 1048576).toFixed(1)) };
  if (isProbablyBinary(buf)) return { problem: problem("file-binary") };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return { problem: problem("file-not-utf8"), line: firstBadUtf8Line(buf) };
  }
  const nested = excessiveNesting(text);
  if (nested) return { problem: problem("body-nesting", nested.depth, MAX_NESTING), line: nested.line };
  const emphasis = excessiveEmphasis(text);
  if (emphasis) return { problem: problem("body-emphasis", MAX_EMPHASIS_MARKERS), line: emphasis.line };
  return { text };
}
