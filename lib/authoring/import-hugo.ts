/**
 * `npm run import:hugo`: finds the posts of a Hugo site (or content folder),
 * converts each with lib/hugo/convert.ts, checks the result compiles with this
 * site's pipeline, and writes it with the images it uses. Nothing an author may
 * have edited is overwritten without `force`, and a second run changes nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ContentError, formatDiagnostic, type Diagnostic } from "../content/errors";
import { splitFrontMatter } from "../content/frontmatter";
import { convertHugoPost } from "../hugo/convert";
import { compileDiagnostics } from "../render/compile-errors";
import { bodyForCompile, compileSource } from "../render/compile";
import { parsePostFile } from "../content/parse-post";
import { fileImageSize } from "../content/images";
import { postHref } from "../http/routes";
import { refKey } from "../content/shortcode-syntax";

export interface ImportOptions {
  /** A Hugo site (with content/) or a folder of posts. */
  source: string;
  /** Where .mdx files go (content/posts). */
  out: string;
  /** Where images go (public/). */
  publicDir: string;
  force?: boolean;
}

export interface ImportReport {
  converted: string[];
  unchanged: string[];
  /** Files not written, with the reason (e.g. the target was edited since). */
  skipped: Array<{ file: string; reason: string }>;
  failed: Array<{ file: string; reason: string }>;
  warnings: string[];
  images: { copied: string[]; unchanged: string[] };
}

interface SourcePost {
  slug: string;
  abs: string;
  /** Folder of a page bundle, whose images sit beside index.md. */
  bundleDir?: string;
}

function firstDir(candidates: string[]): string | undefined {
  return candidates.find((c) => existsSync(c) && statSync(c).isDirectory());
}

/** The posts folder and the static/ folder of a Hugo site, given the site or its content folder. */
function locateHugo(source: string): { postsDir: string; staticDir?: string } {
  const root = path.resolve(source);
  const postsDir =
    firstDir(["content/posts", "content/post", "posts", "post"].map((d) => path.join(root, d))) ?? root;
  const staticDir = firstDir([path.join(root, "static"), path.join(root, "..", "static"), path.join(root, "..", "..", "static")]);
  return { postsDir, staticDir };
}

function listSourcePosts(postsDir: string, report: ImportReport): SourcePost[] {
  const posts: SourcePost[] = [];
  for (const entry of readdirSync(postsDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(postsDir, entry.name);
    if (entry.isFile() && /\.(md|markdown)$/.test(entry.name)) {
      if (entry.name.startsWith("_index.")) {
        report.warnings.push(`${path.relative(process.cwd(), abs) || abs}: a section page (_index), not a post; not imported`);
        continue;
      }
      posts.push({ slug: entry.name.replace(/\.(md|markdown)$/, ""), abs });
    } else if (entry.isDirectory()) {
      const index = ["index.md", "index.markdown"].map((n) => path.join(abs, n)).find((p) => existsSync(p));
      if (index) posts.push({ slug: entry.name, abs: index, bundleDir: abs });
    }
  }
  return posts;
}

/** The slug a post will have: its front matter's slug:, else its file (or bundle) name. */
function slugOf(src: SourcePost): string {
  try {
    const { data } = splitFrontMatter(readFileSync(src.abs, "utf8"));
    return typeof data.slug === "string" && data.slug.trim() ? data.slug.trim() : src.slug;
  } catch {
    return src.slug;
  }
}

function sameFile(a: string, b: string): boolean {
  const sa = statSync(a);
  const sb = statSync(b);
  return sa.size === sb.size && readFileSync(a).equals(readFileSync(b));
}

/** A report line's reason: the problems' own words, each with its fix (and its field, for front matter). */
function reasons(diagnostics: Diagnostic[], withField = true): string {
  return diagnostics.map((d) => `${withField && d.field ? `${d.field}: ` : ""}${d.message}${d.hint ? ` (hint: ${d.hint})` : ""}`).join("; ");
}

export async function importHugo(options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { converted: [], unchanged: [], skipped: [], failed: [], warnings: [], images: { copied: [], unchanged: [] } };
  const { postsDir, staticDir } = locateHugo(options.source);
  const out = path.resolve(options.out);
  const pub = path.resolve(options.publicDir);
  const sources = listSourcePosts(postsDir, report);

  // Refs may point at any post being imported or already on the site; a post's slug: wins over its file name.
  const known = new Map<string, string>();
  if (existsSync(out)) for (const f of readdirSync(out)) if (/\.mdx?$/.test(f)) known.set(f.replace(/\.mdx?$/, ""), f.replace(/\.mdx?$/, ""));
  for (const s of sources) known.set(s.slug, slugOf(s));
  const resolveRef = (target: string) => {
    const { key, anchor } = refKey(target);
    const slug = known.get(key);
    return slug ? postHref(slug) + anchor : null;
  };

  for (const src of sources) {
    const rel = path.relative(process.cwd(), src.abs) || src.abs;
    const target = path.join(out, `${src.slug}.mdx`);
    const fail = (reason: string, line?: number) => report.failed.push({ file: line ? `${rel}:${line}` : rel, reason });
    let converted;
    try {
      converted = convertHugoPost(readFileSync(src.abs, "utf8"), {
        resolveRef,
        bundleImageBase: src.bundleDir ? `/images/posts/${src.slug}` : undefined,
        sizeOf: (written) => {
          const clean = written.split(/[?#]/)[0];
          if (/^[a-z]+:|^\/\//i.test(clean)) return null;
          if (clean.startsWith("/")) return staticDir ? fileImageSize(path.join(staticDir, clean)) : null;
          return src.bundleDir ? fileImageSize(path.join(src.bundleDir, clean)) : null;
        },
      });
    } catch (e) {
      if (e instanceof ContentError) fail(reasons(e.diagnostics, false), e.line);
      else fail(e instanceof Error ? e.message : String(e));
      continue;
    }
    for (const w of converted.warnings) report.warnings.push(`${rel}:${w.line}: ${w.message}`);

    // Images first, so the cover check below sees them.
    for (const img of converted.images) {
      const from = src.bundleDir && !img.source.startsWith("/") ? path.join(src.bundleDir, img.source) : staticDir ? path.join(staticDir, img.source) : "";
      const to = path.join(pub, img.url.split(/[?#]/)[0]);
      if (!from || !existsSync(from)) {
        report.warnings.push(`${rel}:${img.line}: image "${img.source}" not found${staticDir ? ` in ${path.relative(process.cwd(), staticDir) || staticDir}` : " (no static/ folder found)"}; not copied`);
        continue;
      }
      if (existsSync(to)) {
        if (sameFile(from, to)) report.images.unchanged.push(img.url);
        else if (!options.force) report.warnings.push(`${rel}:${img.line}: public${img.url} exists and differs; not overwritten (use --force)`);
        else {
          copyFileSync(from, to);
          report.images.copied.push(img.url);
        }
        continue;
      }
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(from, to);
      report.images.copied.push(img.url);
    }

    // The result must load and compile here, or it is reported instead of written.
    // Both checks look for images in the public/ being imported into.
    const prevPublic = process.env.PUBLIC_DIR;
    process.env.PUBLIC_DIR = pub;
    const restorePublic = () => {
      if (prevPublic === undefined) delete process.env.PUBLIC_DIR;
      else process.env.PUBLIC_DIR = prevPublic;
    };
    const { post, diagnostics } = parsePostFile(target, Buffer.from(converted.output));
    const errors = diagnostics.filter((d) => d.severity === "error");
    for (const d of diagnostics.filter((x) => x.severity === "warning")) report.warnings.push(formatDiagnostic({ ...d, file: rel }));
    if (!post || errors.length) {
      restorePublic();
      fail(reasons(errors) || "does not load", errors[0]?.line);
      continue;
    }
    try {
      await compileSource(bodyForCompile(converted.output), "mdx");
    } catch (e) {
      const problems = compileDiagnostics(rel, e);
      fail(`the converted MDX does not compile: ${reasons(problems, false)}`, problems[0]?.line);
      continue;
    } finally {
      restorePublic();
    }

    if (existsSync(path.join(out, `${src.slug}.md`))) {
      report.warnings.push(`${rel}: ${path.join(options.out, `${src.slug}.md`)} also exists and has the same slug; remove one of them`);
    }
    if (existsSync(target)) {
      const current = readFileSync(target, "utf8");
      if (current === converted.output) {
        report.unchanged.push(target);
        continue;
      }
      if (!options.force) {
        report.skipped.push({ file: target, reason: "exists and differs from the conversion (edited by hand?); use --force to overwrite" });
        continue;
      }
    }
    mkdirSync(out, { recursive: true });
    writeFileSync(target, converted.output);
    report.converted.push(target);
  }
  return report;
}

export function formatReport(report: ImportReport, cwd = process.cwd()): string {
  const rel = (p: string) => path.relative(cwd, p) || p;
  const lines = [
    `converted: ${report.converted.length}`,
    ...report.converted.map((f) => `  ${rel(f)}`),
    `unchanged: ${report.unchanged.length}`,
    `skipped: ${report.skipped.length}`,
    ...report.skipped.map((s) => `  ${rel(s.file)}: ${s.reason}`),
    `failed: ${report.failed.length}`,
    ...report.failed.map((f) => `  ${f.file}: ${f.reason}`),
    `images: ${report.images.copied.length} copied, ${report.images.unchanged.length} unchanged`,
    `warnings: ${report.warnings.length}`,
    ...report.warnings.map((w) => `  ${w}`),
  ];
  return lines.join("\n");
}
