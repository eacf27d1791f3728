/**
 * Post files on disk: which files in a folder are posts (page bundles' index.md
 * included; files whose names start with . or _ are reported, not silently skipped), and a file's bytes as text, or
 * the reason they are not (empty, too large, binary, not UTF-8).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { diagnostic, type Diagnostic } from "./errors";
import { projectPath } from "./environment";
import { problem, type Problem } from "./messages";

export const POST_EXTENSIONS = [".mdx", ".md"] as const;

/** Far above any real post (the longest of ~600 is 60 kB); a bigger file is data or an accident. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

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
    if (!entry.isFile() || !(POST_EXTENSIONS as readonly string[]).includes(ext)) continue;
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

/** The file's text, or the problem that keeps it from being a post. */
export function decodePostFile(buf: Buffer): { text: string } | { problem: Problem } {
  if (buf.length === 0) return { problem: problem("file-empty") };
  if (buf.length > MAX_FILE_BYTES) return { problem: problem("file-too-large", (buf.length / 1048576).toFixed(1)) };
  if (isProbablyBinary(buf)) return { problem: problem("file-binary") };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf) };
  } catch {
    return { problem: problem("file-not-utf8") };
  }
}
