/**
 * One post file -> a Post, or the reasons it is not one. Checks run in the order an
 * author fixes them: the bytes, the front matter's syntax, its fields (schema), then
 * dates, lists, the cover and the Hugo refs of a .md body. Every problem found is
 * reported, not only the first; a post with an error is not published.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { parseDate } from "./dates";
import { projectPath } from "./environment";
import { ContentError, diagnostic, type Diagnostic } from "./errors";
import { decodePostFile } from "./files";
import { splitFrontMatter } from "./frontmatter";
import { lookupPublicImage } from "./images";
import { findInternalLinks } from "./links";
import { FIELD_HINTS, problem } from "./messages";
import { excerptOf, markdownToPlainText, truncateText } from "./plaintext";
import type { Cover, Post, RefTarget } from "./post";
import { countReadingUnits } from "./reading-time";
import { frontMatterSchema, KNOWN_FIELDS } from "./schema";
import { findRefs } from "./shortcode-syntax";
import { site } from "../site";

/**
 * Tags or categories one post may have. Real posts have a handful (at most 8 in
 * content/posts); each is a page and a filter chip, so tens of thousands would be an
 * accident (a pasted list) that swells every tag page and the build.
 */
const MAX_TERMS = 100;

export interface ParseResult {
  post: Post | null;
  diagnostics: Diagnostic[];
}

/** The cover an `image:` field names, or the problem with it (a missing file only costs the cover). */
function readCover(image: string, file: string, line: number | undefined): { cover: Cover | null; diagnostic?: Diagnostic } {
  if (!image) return { cover: null };
  if (/^https:\/\//i.test(image)) return { cover: { src: image } };
  const found = lookupPublicImage(image);
  switch (found.kind) {
    case "found":
      return { cover: { src: image, width: found.width, height: found.height } };
    case "outside":
      return { cover: null, diagnostic: diagnostic("error", file, problem("cover-outside-public", image), { line }) };
    case "unreadable":
      return { cover: null, diagnostic: diagnostic("warning", file, problem("cover-unreadable", image), { line }) };
    default:
      return { cover: null, diagnostic: diagnostic("warning", file, problem("cover-missing", image), { line }) };
  }
}

export function parsePostFile(absPath: string, buf: Buffer): ParseResult {
  const file = projectPath(absPath);
  const ext = path.extname(absPath);
  // A page bundle (posts/<slug>/index.md) is named by its folder, as in Hugo.
  const base = path.basename(absPath, ext);
  const slugFromName = base === "index" ? path.basename(path.dirname(absPath)) : base;
  const diagnostics: Diagnostic[] = [];

  const decoded = decodePostFile(buf);
  if ("problem" in decoded) return { post: null, diagnostics: [diagnostic("error", file, decoded.problem, { line: decoded.line })] };

  let split;
  try {
    split = splitFrontMatter(decoded.text);
  } catch (e) {
    if (e instanceof ContentError) return { post: null, diagnostics: e.locate(file).diagnostics };
    throw e;
  }
  const { data, body, bodyLine, fieldLines } = split;
  const lineOf = (field: string) => fieldLines[field];

  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? issue.path.join(".") : undefined;
      const top = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
      const missing = top !== undefined && issue.path.length === 1 && data[top] === undefined;
      const p = missing ? problem("field-required", top) : problem("field-invalid", field, issue.message, top);
      diagnostics.push(diagnostic("error", file, p, { line: top ? (lineOf(top) ?? 2) : 2, field }));
    }
    return { post: null, diagnostics };
  }
  const fm = parsed.data;

  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) diagnostics.push(diagnostic("warning", file, problem("field-unknown", key), { line: lineOf(key) }));
  }

  const dateField = (name: "date" | "lastmod" | "updated", value: string): Date | null => {
    try {
      return parseDate(value, site.timeZone);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      // The date's own wording, with how to write this field.
      for (const d of e.diagnostics) diagnostics.push({ ...d, file, line: lineOf(name), field: name, hint: FIELD_HINTS[name] });
      return null;
    }
  };
  const date = dateField("date", fm.date);
  const updatedRaw = fm.lastmod ?? fm.updated;
  const updated = updatedRaw ? dateField(fm.lastmod ? "lastmod" : "updated", updatedRaw) : null;

  const cleanList = (name: string, list: string[] | undefined): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const item of list ?? []) {
      const v = item.trim();
      if (!v) {
        diagnostics.push(diagnostic("warning", file, problem("field-empty-item", name), { line: lineOf(name) }));
        continue;
      }
      if (!seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
    }
    return out;
  };
  const tags = cleanList("tags", fm.tags);
  const categories = cleanList("categories", fm.categories);
  for (const [name, list] of [["tags", tags], ["categories", categories]] as const) {
    if (list.length > MAX_TERMS) diagnostics.push(diagnostic("error", file, problem("field-too-many", name, list.length, MAX_TERMS), { line: lineOf(name) }));
  }

  const { cover, diagnostic: coverProblem } = readCover(fm.image ?? "", file, lineOf("image"));
  if (coverProblem) diagnostics.push(coverProblem);

  if (/[^\p{L}\p{N}\p{M}._~+-]/u.test(slugFromName) && !fm.slug) {
    diagnostics.push(diagnostic("warning", file, problem("file-name-escaping", slugFromName)));
  }

  if (!date || diagnostics.some((d) => d.severity === "error")) return { post: null, diagnostics };

  let refTargets: RefTarget[] = [];
  if (ext === ".md") {
    try {
      refTargets = findRefs(body, bodyLine);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      return { post: null, diagnostics: [...diagnostics, ...e.locate(file, bodyLine - 1).diagnostics] };
    }
  }

  const plain = markdownToPlainText(body);
  const units = countReadingUnits(plain);
  const description = (fm.description ?? fm.summary ?? "").trim();
  const excerpt = excerptOf(body, undefined, plain);

  return {
    post: {
      slug: fm.slug ?? slugFromName,
      title: fm.title,
      description: description || truncateText(excerpt, 160),
      excerpt,
      date,
      updated,
      tags,
      categories,
      cover,
      sourceUrl: fm.source_url || null,
      sourceName: fm.source_name?.trim() || null,
      draft: fm.draft ?? false,
      series: fm.series?.trim() || null,
      seriesOrder: fm.series_order ?? null,
      relatedCompanies: cleanList("related_companies", fm.related_companies),
      relatedPeople: cleanList("related_people", fm.related_people),
      // Hugo's url: last, which lib/views/redirects.ts relies on to name it in a warning.
      aliases: cleanList("aliases", [...(fm.aliases ?? []), ...(fm.url ? [fm.url] : [])]),
      extra: Object.fromEntries(Object.entries(data).filter(([k]) => !KNOWN_FIELDS.has(k))),
      hanChars: units.hanChars,
      latinWords: units.latinWords,
      internalLinks: findInternalLinks(body, bodyLine),
      refTargets,
      source: {
        file,
        absPath,
        format: ext === ".md" ? "md" : "mdx",
        hash: createHash("sha256").update(buf).digest("hex"),
        bodyLine,
        fieldLines,
      },
    },
    diagnostics,
  };
}
