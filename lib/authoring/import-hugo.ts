/**
 * `npm run import:hugo`: moves a Hugo site (or a content folder of posts). Posts are
 * converted with lib/hugo/convert.ts (a post with raw HTML stays .md, which renders it
 * the way the site's markup.unsafeHtml says), checked to compile with this site's
 * pipeline and written with the images they use; every other content file (sections,
 * _index pages, root pages, entries and their bundles' files) is copied as it is, the
 * site reading Hugo's Markdown itself, once it loads here; static/ is copied into
 * public/; the configuration goes into site.config.yaml (lib/authoring/hugo-config.ts).
 * It reports per section and maps each old URL to its new one. Nothing an author may
 * have edited is overwritten without `force`, and a second run changes nothing.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadEntriesIndex } from "../content/entries-index";
import { categorySlugHref, tagHref } from "../http/routes";
import { hugoUrlize, urlize } from "../taxonomy/slugs";
import { aliasPath, redirectKey } from "../views/redirects";
import { site } from "../site";
import { importedConfig, readHugoConfig, updatedSiteConfig, type HugoConfig } from "./hugo-config";
import { readSiteConfig } from "../config/site-config";
import { parse as parseYaml } from "yaml";
import { ContentError, formatDiagnostic, type Diagnostic } from "../content/errors";
import { normalizeNewlines, splitFrontMatter } from "../content/frontmatter";
import { convertHugoPost } from "../hugo/convert";
import { compileDiagnostics } from "../render/compile-errors";
import { bodyForCompile, compileSource } from "../render/compile";
import { parsePostFile } from "../content/parse-post";
import { DEFAULT_PERMALINK, expandPermalink, permalinkInput } from "../content/permalinks";
import type { Post } from "../content/post";
import { fileImageSize } from "../content/images";
import { postHref, postsPageHref } from "../http/routes";
import { refKey } from "../content/shortcode-syntax";

export interface ImportOptions {
  /** A Hugo site (with content/) or a folder of posts. */
  source: string;
  /** Where .mdx files go (content/posts). */
  out: string;
  /** Where images go (public/). */
  publicDir: string;
  /** Where the other content files go (sections, pages); the parent of `out` by default. */
  contentDir?: string;
  /** site.config.yaml to write the Hugo configuration into; left alone when unset. */
  configFile?: string;
  /** Where the report and URL map go as JSON (e.g. import-report.json); none when unset. */
  reportFile?: string;
  force?: boolean;
}

/** What happened to the files of one section (`posts`, `companies`, `/` for root pages, `static`, `config`). */
export interface SectionReport {
  converted: string[];
  unchanged: string[];
  /** Files not written, with the reason (e.g. the target was edited since). */
  skipped: Array<{ file: string; reason: string }>;
  failed: Array<{ file: string; reason: string }>;
  warnings: string[];
}

const emptySection = (): SectionReport => ({ converted: [], unchanged: [], skipped: [], failed: [], warnings: [] });

/** The posts' outcome (its own fields, as before whole sites), and every section's. */
export interface ImportReport extends SectionReport {
  images: { copied: string[]; unchanged: string[] };
  /** Per section; `posts` is the fields above. */
  sections: Record<string, SectionReport>;
  /** Each old (Hugo) URL and where it is now, decoded; aliases and renamed terms included. */
  urlMap: Array<{ from: string; to: string }>;
}

interface SourcePost {
  slug: string;
  abs: string;
  /** Folder of a page bundle, whose images sit beside index.md. */
  bundleDir?: string;
}

/** convert.ts's warning for raw HTML it keeps as JSX. */
const RAW_HTML_WARNING = /^raw HTML is kept as JSX/;
/** Raw HTML MDX refuses (lib/render/remark-check-components.ts): frames, scripts, styles, event handlers. */
const REFUSED_IN_MDX = /<(?:script|iframe|frame|frameset|object|embed|style|link|meta|base|form)\b|<[a-z][^>]*\son[a-z]+\s*=/i;

/**
 * A bundle's relative Markdown images (`![a](diagram.png)`) pointed at where the import copies
 * them (`/images/posts/<slug>/diagram.png`), for a bundle post kept as .md.
 */
function rebaseBundleImages(markdown: string, base: string): string {
  return markdown.replace(/(!\[[^\]]*\]\()(?!\/|[a-z]+:|#)(?:\.\/)?([^)\s]+)/gi, (_m, open: string, file: string) => `${open}${base}/${file}`);
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

function listSourcePosts(postsDir: string, report: ImportReport, wholeSite: boolean): SourcePost[] {
  const posts: SourcePost[] = [];
  for (const entry of readdirSync(postsDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(postsDir, entry.name);
    if (entry.isFile() && /\.(md|markdown)$/.test(entry.name)) {
      if (entry.name.startsWith("_index.")) {
        // A whole site's posts/_index.md is copied with the other content files (the /posts/ route's intro).
        if (!wholeSite) report.warnings.push(`${path.relative(process.cwd(), abs) || abs}: a section page (_index), not a post; not imported`);
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
  const report: ImportReport = { converted: [], unchanged: [], skipped: [], failed: [], warnings: [], images: { copied: [], unchanged: [] }, sections: {}, urlMap: [] };
  report.sections.posts = report;
  const { postsDir, staticDir } = locateHugo(options.source);
  const out = path.resolve(options.out);
  const pub = path.resolve(options.publicDir);
  const siteRoot = existsSync(path.join(path.resolve(options.source), "content")) ? path.resolve(options.source) : null;
  const sources = listSourcePosts(postsDir, report, siteRoot !== null);
  // Posts kept as .md render raw HTML as the imported site says (its goldmark unsafe), not as this checkout's config did before the import.
  const postsSection = path.basename(postsDir);
  // Read once: the posts' conversion, their old URLs and site.config.yaml all take from it.
  const hugo = siteRoot ? readHugoConfig(siteRoot) : null;
  const imported = hugo ? importedConfig(hugo, postsSection) : null;
  const hugoConfig = imported?.config ?? null;
  const unsafeHtml = hugoConfig?.markup?.unsafeHtml ?? site.unsafeHtml;
  const categoryNames: string[] = [];
  const tagNames: string[] = [];
  const postUrls: Post[] = [];

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
    const fail = (reason: string, line?: number) => report.failed.push({ file: line ? `${rel}:${line}` : rel, reason });
    const raw = readFileSync(src.abs, "utf8");
    let converted;
    try {
      converted = convertHugoPost(raw, {
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
    // Raw HTML would be JSX in MDX, where frames and scripts are refused: such a post stays
    // Hugo Markdown, which renders raw HTML as the site's markup.unsafeHtml says (as Hugo's unsafe does).
    const rawHtml = converted.warnings.filter((w) => RAW_HTML_WARNING.test(w.message));
    const keepMd = rawHtml.length > 0 && REFUSED_IN_MDX.test(raw);
    if (keepMd) {
      const original = normalizeNewlines(raw);
      const output = src.bundleDir ? rebaseBundleImages(original, `/images/posts/${src.slug}`) : original;
      converted = { ...converted, output, warnings: converted.warnings.filter((w) => !RAW_HTML_WARNING.test(w.message)) };
      report.warnings.push(`${rel}:${rawHtml[0].line}: raw HTML; kept as Hugo Markdown (.md), which renders it as markup.unsafeHtml says`);
    }
    const target = path.join(out, `${src.slug}.${keepMd ? "md" : "mdx"}`);
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
      const compiled = await compileSource(bodyForCompile(converted.output), keepMd ? "md" : "mdx", [], { unsafeHtml });
      for (const w of compiled.warnings ?? []) report.warnings.push(formatDiagnostic({ ...w, file: rel }));
    } catch (e) {
      const problems = compileDiagnostics(rel, e);
      fail(`the converted MDX does not compile: ${reasons(problems, false)}`, problems[0]?.line);
      continue;
    } finally {
      restorePublic();
    }

    const twin = path.join(out, `${src.slug}.${keepMd ? "mdx" : "md"}`);
    if (existsSync(twin)) {
      report.warnings.push(`${rel}: ${path.relative(process.cwd(), twin) || twin} also exists and has the same slug; remove one of them`);
    }
    categoryNames.push(...post.categories);
    tagNames.push(...post.tags);
    postUrls.push(post);
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
  // Each post's URL on the Hugo site, as lib/views/redirects.ts will answer it (site.config.yaml `hugo`).
  const permalink = hugoConfig?.hugo?.postsPermalink ?? DEFAULT_PERMALINK;
  if (postsSection !== "posts" && postUrls.length) {
    report.urlMap.push({ from: `/${postsSection}/`, to: postsPageHref(1) });
    // Only a whole-site import with a configuration file writes hugo.postsSection, which the redirects read.
    if (!siteRoot || !options.configFile) report.warnings.push(`${path.relative(process.cwd(), postsDir) || postsDir}: the posts were at /${postsSection}/<slug>/ on the Hugo site; those URLs redirect here once site.config.yaml says where they were (hint: add hugo: { postsSection: ${postsSection} } to site.config.yaml, or import the whole site with --config)`);
  }
  for (const p of postUrls) {
    const old = expandPermalink(permalink, permalinkInput(p, postsSection), site.timeZone);
    if (old) report.urlMap.push({ from: redirectKey(old), to: decodedHref(postHref(p.slug)) });
    for (const a of p.aliases) {
      const from = aliasPath(a, `/${postsSection}/`);
      if (from) report.urlMap.push({ from, to: decodedHref(postHref(p.slug)) });
    }
  }
  if (siteRoot) {
    importContent(path.join(siteRoot, "content"), postsDir, path.resolve(options.contentDir ?? path.dirname(out)), report, !!options.force);
    if (staticDir) importStatic(staticDir, pub, (report.sections.static = emptySection()), !!options.force);
    if (options.configFile && hugo && imported) importConfig(siteRoot, hugo, imported, options.configFile, categoryNames, (report.sections.config = emptySection()));
  }
  const slugs = options.configFile && existsSync(options.configFile) ? configuredSlugs(options.configFile) : new Map<string, string>();
  for (const name of new Set(categoryNames)) {
    const hugo = hugoUrlize(name);
    if (hugo) report.urlMap.push({ from: redirectKey(`/categories/${hugo}`), to: decodedHref(categorySlugHref(slugs.get(name) ?? urlize(name))) });
  }
  for (const name of new Set(tagNames)) {
    const hugo = hugoUrlize(name);
    if (hugo && urlize(name)) report.urlMap.push({ from: redirectKey(`/tags/${hugo}`), to: decodedHref(tagHref(urlize(name))) });
  }
  const seen = new Set<string>();
  report.urlMap = report.urlMap.filter((u) => !seen.has(u.from) && seen.add(u.from)).sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  if (options.reportFile) writeIfChanged(options.reportFile, `${JSON.stringify(reportJson(report), null, 2)}\n`);
  return report;
}

const decodedHref = (href: string) => {
  try {
    return href.split("/").map(decodeURIComponent).join("/");
  } catch {
    return href;
  }
};

function writeIfChanged(file: string, text: string): boolean {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return false;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, text);
  return true;
}

/** Copies one file into the site: new (converted), the same (unchanged), or different and left alone without force (skipped). */
function copyInto(from: string, to: string, section: SectionReport, force: boolean): void {
  if (existsSync(to)) {
    if (sameFile(from, to)) {
      section.unchanged.push(to);
      return;
    }
    if (!force) {
      section.skipped.push({ file: to, reason: `exists and differs from ${path.relative(process.cwd(), from) || from}; not overwritten (use --force)` });
      return;
    }
  }
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
  section.converted.push(to);
}

function walkFiles(dir: string, under = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walkFiles(path.join(dir, e.name), rel));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Every content file outside the posts (sections, their _index and entries, root pages,
 * bundles' files; posts/_index.md, the /posts/ route's intro), copied as written once it
 * loads here: the whole folder is loaded in a scratch copy first, so a file with an error
 * is reported with its line and not written.
 */
function importContent(contentSrc: string, postsDir: string, contentOut: string, report: ImportReport, force: boolean): void {
  const postsRel = path.relative(contentSrc, postsDir).split(path.sep).join("/");
  const inPosts = (rel: string) => rel.startsWith(`${postsRel}/`);
  const files = walkFiles(contentSrc).filter((rel) => !inPosts(rel) || /^_index\.mdx?$/.test(rel.slice(postsRel.length + 1)));
  const stage = mkdtempSync(path.join(tmpdir(), "hugo-import-content-"));
  try {
    for (const rel of files) cpSync(path.join(contentSrc, rel), path.join(stage, rel));
    const index = loadEntriesIndex({ dir: stage, includeDrafts: true });
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of index.diagnostics) {
      const rel = path.relative(stage, path.resolve(d.file)).split(path.sep).join("/");
      byFile.set(rel, [...(byFile.get(rel) ?? []), d]);
    }
    for (const rel of files) {
      const section = rel.includes("/") ? rel.split("/")[0] : "/";
      const bucket = (report.sections[section === postsRel ? "posts" : section] ??= emptySection());
      const shown = path.relative(process.cwd(), path.join(contentSrc, rel)) || rel;
      const own = byFile.get(rel) ?? [];
      const errors = own.filter((d) => d.severity === "error");
      if (errors.length) {
        bucket.failed.push({ file: errors[0].line ? `${shown}:${errors[0].line}` : shown, reason: reasons(errors) });
        continue;
      }
      for (const w of own) bucket.warnings.push(formatDiagnostic({ ...w, file: shown }));
      if (/\.(markdown|html|htm|org|adoc|rst|pandoc)$/i.test(rel)) {
        bucket.skipped.push({ file: shown, reason: "a content format this site does not read (it reads .md and .mdx); rename it to .md if it is Markdown" });
        continue;
      }
      copyInto(path.join(contentSrc, rel), path.join(contentOut, rel), bucket, force);
    }
    for (const doc of index.byHref.values()) {
      report.urlMap.push({ from: doc.href, to: doc.href });
      const base = doc.role === "section" ? doc.href : doc.href.replace(/[^/]+\/$/, "");
      for (const a of doc.aliases) {
        const from = aliasPath(a, base);
        if (from) report.urlMap.push({ from, to: doc.href });
      }
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** All of static/ into public/: a file that exists there and differs is reported, never overwritten silently. */
function importStatic(staticDir: string, pub: string, section: SectionReport, force: boolean): void {
  for (const rel of walkFiles(staticDir)) copyInto(path.join(staticDir, rel), path.join(pub, rel), section, force);
}

/** The Hugo configuration into site.config.yaml, checked by the site's own validation before it is written. */
function importConfig(siteRoot: string, hugo: HugoConfig, imported: ReturnType<typeof importedConfig>, configFile: string, categoryNames: string[], section: SectionReport): void {
  for (const p of hugo.problems) section.failed.push({ file: p.split(": ")[0], reason: p.split(": ").slice(1).join(": ") });
  if (hugo.files.length === 0) {
    section.warnings.push(`${siteRoot}: no hugo.toml, config.toml, config.yaml or config/_default/; site configuration not imported`);
    return;
  }
  const { config, warnings } = imported;
  section.warnings.push(...warnings);
  const existing = existsSync(configFile) ? readFileSync(configFile, "utf8") : null;
  const next = updatedSiteConfig(existing, config, categoryNames);
  if (next === existing) {
    section.unchanged.push(configFile);
    return;
  }
  const check = path.join(mkdtempSync(path.join(tmpdir(), "hugo-import-config-")), path.basename(configFile).replace(/\.(toml|json)$/, ".yaml"));
  writeFileSync(check, next);
  try {
    readSiteConfig(check);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    section.failed.push({ file: configFile, reason: `the imported configuration does not validate: ${e.diagnostics.map((d) => `${d.field}: ${d.message}`).join("; ")}` });
    return;
  } finally {
    rmSync(path.dirname(check), { recursive: true, force: true });
  }
  writeFileSync(configFile, next);
  section.converted.push(configFile);
}

/** Category name -> slug as a site configuration file has them. */
function configuredSlugs(configFile: string): Map<string, string> {
  try {
    const data = parseYaml(readFileSync(configFile, "utf8")) as { categories?: Array<{ name?: unknown; slug?: unknown }> } | null;
    return new Map((data?.categories ?? []).filter((c) => typeof c.name === "string" && typeof c.slug === "string").map((c) => [c.name as string, c.slug as string]));
  } catch {
    return new Map();
  }
}

/** The report as import-report.json holds it: paths relative to the working folder, no timestamps (a second run writes the same bytes). */
function reportJson(report: ImportReport): unknown {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const sections = Object.fromEntries(
    Object.entries(report.sections).map(([name, s]) => [
      name,
      { converted: s.converted.map(rel), unchanged: s.unchanged.map(rel), skipped: s.skipped.map((x) => ({ ...x, file: rel(x.file) })), failed: s.failed, warnings: s.warnings },
    ]),
  );
  return { sections, images: report.images, urlMap: report.urlMap };
}

export function formatReport(report: ImportReport, cwd = process.cwd()): string {
  const rel = (p: string) => path.relative(cwd, p) || p;
  const names = Object.keys(report.sections).sort((a, b) => (a === "posts" ? -1 : b === "posts" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const lines: string[] = [];
  for (const name of names) {
    const s = report.sections[name];
    const verb = name === "static" ? "copied" : name === "config" ? "written" : "converted";
    lines.push(
      `== ${name === "/" ? "root pages" : name}: ${s.converted.length} ${verb}, ${s.unchanged.length} unchanged, ${s.skipped.length} skipped, ${s.failed.length} failed, ${s.warnings.length} warnings`,
      ...s.converted.map((f) => `  ${verb}: ${rel(f)}`),
      ...s.skipped.map((x) => `  skipped: ${rel(x.file)}: ${x.reason}`),
      ...s.failed.map((f) => `  failed: ${f.file}: ${f.reason}`),
      ...s.warnings.map((w) => `  warning: ${w}`),
    );
  }
  lines.push(`images: ${report.images.copied.length} copied, ${report.images.unchanged.length} unchanged`);
  const moved = report.urlMap.filter((u) => u.from !== u.to);
  if (report.urlMap.length) {
    const width = Math.max(...moved.map((u) => u.from.length), 3);
    lines.push(`URLs: ${report.urlMap.length - moved.length} kept, ${moved.length} redirected`, ...moved.map((u) => `  ${u.from.padEnd(width)}  ->  ${u.to}`));
  }
  return lines.join("\n");
}
