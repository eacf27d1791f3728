/**
 * The bad-input suite: every fixture in lib/fixtures/bad-posts is broken in one way
 * (or, for xss-title.md, hostile but valid), and `npm run check`'s validation must
 * name the file, the field or line, and give a hint. Large and binary inputs are
 * generated here rather than committed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent, formatReport, type CheckResult } from "./check";
import { formatDiagnostic } from "../content/errors";
import { compilePost } from "../render/compile";
import { loadContentIndex } from "../content/content-index";
import { postsFolder } from "../test-helpers";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "bad-posts");

beforeAll(() => {
  process.env.BUILD_CACHE_DIR = mkdtempSync(path.join(tmpdir(), "build-cache-"));
});

type Expected = ["error" | "warning", string][];

/** Each problem as [severity, "file[:line] field: message (hint: ...)"], paths relative to the posts folder. */
function lines(result: CheckResult, dir: string): Expected {
  const rel = (s: string) => s.split(dir + path.sep).join("");
  return [...result.errors, ...result.warnings].map((d) => [d.severity, rel(formatDiagnostic(d))]);
}

async function checkFiles(files: Record<string, string | Buffer>): Promise<{ result: CheckResult; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "bad-posts-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { result: await checkContent({ dir }), dir };
}

async function checkFixture(name: string): Promise<Expected> {
  const dir = mkdtempSync(path.join(tmpdir(), "bad-posts-"));
  const abs = path.join(FIXTURES, name);
  if (statSync(abs).isDirectory()) cpSync(abs, dir, { recursive: true });
  else cpSync(abs, path.join(dir, name));
  return lines(await checkContent({ dir }), dir);
}


const CASES: Record<string, Expected> = {
  "broken-internal-link.md": [
    ["warning", "broken-internal-link.md:8 body: links to /posts/20990101-does-not-exist/, which is not a post here; it is shown as plain text (hint: fix the slug or add that post)"],
  ],
  "data-source-url.md": [
    ["error", "data-source-url.md:4 source_url: must be an http(s) URL such as https://example.com/article (hint: copy the article's address starting with https://)"],
  ],
  "draft-string.md": [
    ["error", "draft-string.md:4 draft: must be true or false (without quotes) (hint: write draft: true or draft: false)"],
  ],
  "duplicate-slug": [
    ["error", "a.mdx slug: has the same slug \"a\" as a.md (hint: rename one of the files or give one a different slug:)"],
  ],
  "duplicate-slug-field": [
    ["error", "second.md slug: has the same slug \"same\" as first.md (hint: rename one of the files or give one a different slug:)"],
  ],
  "empty-tag.md": [
    ["warning", "empty-tag.md:4 tags: has an empty item, which is dropped (hint: remove the empty entry)"],
  ],
  "empty-title.md": [
    ["error", "empty-title.md:2 title: is empty (hint: write one line of text in quotes, e.g. title: \"文章標題\")"],
  ],
  "garbage-date.md": [
    ["error", "garbage-date.md:3 date: \"昨天下午\" is not a date; write it as 2026-01-27T14:00:00+08:00 (or 2026-01-27) (hint: write it as 2026-01-27T14:00:00+08:00 (or 2026-01-27, read in Asia/Taipei))"],
  ],
  "ignored-names": [
    ["warning", ".hidden.md is ignored: files whose names start with . or _ are not posts (hint: rename the file if it is meant to be published)"],
    ["warning", "_draft-notes.md is ignored: files whose names start with . or _ are not posts (hint: rename the file if it is meant to be published)"],
  ],
  "image-traversal.md": [
    ["error", "image-traversal.md:4 image: \"/../../etc/passwd\" points outside public/ (hint: use a path such as /images/posts/x.jpg)"],
  ],
  "impossible-date.md": [
    ["error", "impossible-date.md:3 date: \"2026-02-30T10:00:00+08:00\" is not a real calendar date (month 2, day 30) (hint: write it as 2026-01-27T14:00:00+08:00 (or 2026-01-27, read in Asia/Taipei))"],
  ],
  "impossible-lastmod.md": [
    ["error", "impossible-lastmod.md:4 lastmod: \"2026-13-01\" is not a real calendar date (month 13, day 1) (hint: write it as 2026-01-27T14:00:00+08:00, or remove the line)"],
  ],
  "invalid-utf8.md": [
    ["error", "invalid-utf8.md:8 the file is not valid UTF-8 (the first bad byte is on this line) (hint: re-save it as UTF-8 (not Big5 or UTF-16))"],
  ],
  "javascript-image.md": [
    ["error", "javascript-image.md:4 image: must be a path under public/ starting with / or an https URL (hint: use a file under public/ such as /images/posts/x.jpg, or an https:// URL)"],
  ],
  "javascript-component-href.mdx": [
    ["error", "javascript-component-href.mdx:9 body: <ReadingListItem href=\"javascript:alert(1)\"> is not allowed: only http(s) and site paths (hint: embed videos and posts with a component (see AUTHORING.md); posts may not carry script, frames or event handlers)"],
  ],
  "md-raw-html.md": [
    ["warning", "md-raw-html.md:8 body: raw HTML <script>alert(1)</script> is omitted, as Hugo does by default (hint: to render raw HTML (sanitized), set markup: { unsafeHtml: true } in site.config.yaml; or write it as Markdown or a shortcode)"],
    ["warning", "md-raw-html.md:10 body: raw HTML <img src=x onerror=alert(2)> is omitted, as Hugo does by default (hint: to render raw HTML (sanitized), set markup: { unsafeHtml: true } in site.config.yaml; or write it as Markdown or a shortcode)"],
  ],
  "javascript-link.mdx": [
    ["error", "javascript-link.mdx:8 body: unsafe link \"javascript:alert(1)\": only http(s), mailto: and site paths are allowed (hint: embed videos and posts with a component (see AUTHORING.md); posts may not carry script, frames or event handlers)"],
  ],
  "javascript-source-url.md": [
    ["error", "javascript-source-url.md:4 source_url: must be an http(s) URL such as https://example.com/article (hint: copy the article's address starting with https://)"],
  ],
  "mdx-bad-expression.mdx": [
    ["error", "mdx-bad-expression.mdx:8 body: Unexpected end of file in expression, expected a corresponding closing brace for `{` (hint: check the MDX syntax near this line: close every <Tag>, escape a literal < or { as \\< or \\{, or rename the file to .md for plain Markdown)"],
  ],
  "missing-body-image.md": [
    ["error", "missing-body-image.md:8 body: image /images/posts/missing-figure.png was not found under public/ (or is not an image) (hint: add the file as public/images/posts/missing-figure.png or fix the path)"],
  ],
  "missing-cover.md": [
    ["warning", "missing-cover.md:4 image: \"/images/posts/nope.jpg\" does not exist in public/; the post is shown without a cover (hint: add the file as public/images/posts/nope.jpg)"],
  ],
  "missing-date.md": [
    ["error", "missing-date.md:2 date: is required but missing (hint: add a line such as date: 2026-01-27T14:00:00+08:00)"],
  ],
  "missing-title.md": [
    ["error", "missing-title.md:2 title: is required but missing (hint: add a line such as title: \"文章標題\")"],
  ],
  "no-front-matter.md": [
    ["error", "no-front-matter.md:1 front matter: the file has no front matter (hint: start the file with a --- line, the fields (title, date, ...), and another --- line)"],
  ],
  "onerror-attribute.mdx": [
    ["error", "onerror-attribute.mdx:8 body: <img onError> is not allowed: event handler attributes run script (hint: embed videos and posts with a component (see AUTHORING.md); posts may not carry script, frames or event handlers)"],
  ],
  "raw-iframe.mdx": [
    ["error", "raw-iframe.mdx:8 body: <iframe> is not allowed in a post (hint: embed videos and posts with a component (see AUTHORING.md); posts may not carry script, frames or event handlers)"],
  ],
  "raw-script.mdx": [
    ["error", "raw-script.mdx:8 body: <script> is not allowed in a post (hint: embed videos and posts with a component (see AUTHORING.md); posts may not carry script, frames or event handlers)"],
  ],
  "series-order-text.md": [
    ["error", "series-order-text.md:5 series_order: must be a number (hint: write a whole number such as series_order: 2)"],
  ],
  "slug-dotdot.md": [
    ["error", "slug-dotdot.md:4 slug: must be one path segment without /, \\, ?, #, % or spaces, not starting with a dot (hint: use letters, digits and - only, e.g. slug: openai-new-model)"],
  ],
  "slug-path.md": [
    ["error", "slug-path.md:4 slug: must be one path segment without /, \\, ?, #, % or spaces, not starting with a dot (hint: use letters, digits and - only, e.g. slug: openai-new-model)"],
  ],
  "stray-less-than.mdx": [
    ["error", "stray-less-than.mdx:8 body: Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_` (hint: check the MDX syntax near this line: close every <Tag>, escape a literal < or { as \\< or \\{, or rename the file to .md for plain Markdown)"],
  ],
  "tags-nested-list.md": [
    ["error", "tags-nested-list.md:4 tags.0: each item must be a text value (hint: write a list such as tags: [\"OpenAI\", \"企業 AI\"])"],
  ],
  "tags-object.md": [
    ["error", "tags-object.md:4 tags: must be a list of text values, e.g. [\"OpenAI\", \"企業 AI\"] (hint: write a list such as tags: [\"OpenAI\", \"企業 AI\"])"],
  ],
  "title-list.md": [
    ["error", "title-list.md:2 title: must be one line of text, e.g. title: \"文章標題\" (hint: write one line of text in quotes, e.g. title: \"文章標題\")"],
  ],
  "toml-broken.md": [
    ["error", "toml-broken.md:5 front matter: TOML front matter does not parse: Invalid TOML document: invalid value (hint: fix the TOML syntax)"],
  ],
  "unclosed-front-matter.md": [
    ["error", "unclosed-front-matter.md:1 front matter: the front matter opened with --- on line 1 is never closed (hint: add a line with --- after the last field)"],
  ],
  "unclosed-jsx.mdx": [
    ["error", "unclosed-jsx.mdx:8 body: Expected a closing tag for `<ReadingList>` (8:1-8:14) (hint: check the MDX syntax near this line: close every <Tag>, escape a literal < or { as \\< or \\{, or rename the file to .md for plain Markdown)"],
    ["warning", "unclosed-jsx.mdx:10 body: links to /posts/a/, which is not a post here; it is shown as plain text (hint: fix the slug or add that post)"],
  ],
  "unknown-component.mdx": [
    ["error", "unknown-component.mdx:8 body: unknown component <Tweet>; the components you can use are YouTube, Spotify, ApplePodcast, XPost, Figure, ReadingList, ReadingListItem"],
  ],
  "unknown-field.md": [
    ["warning", "unknown-field.md:4 tgas: is not a known front-matter field; it is kept but not used (hint: check the spelling (tags, categories, date, ...) or remove it)"],
  ],
  "unknown-shortcode.md": [
    ["error", "unknown-shortcode.md:8 body: unknown shortcode \"gist\" in {{< gist spf13 7896402 >}} (hint: the shortcodes you can use are youtube, spotify, apple-podcast, x-post, x, tweet, figure, ref, relref)"],
  ],
  "xss-title.md": [
  ],
  "yaml-alias-bomb.md": [
    ["error", "yaml-alias-bomb.md:5 front matter: YAML front matter expands its aliases (*name) too many times (more than 10 expansions) (hint: write the values out instead of repeating aliases of aliases)"],
  ],
  "yaml-bad-indent.md": [
    ["error", "yaml-bad-indent.md:2 front matter: YAML front matter does not parse: Nested mappings are not allowed in compact mappings (hint: check quotes, colons and indentation; quote values that contain a colon followed by a space)"],
  ],
  "yaml-colon-in-value.md": [
    ["error", "yaml-colon-in-value.md:2 front matter: YAML front matter does not parse: Nested mappings are not allowed in compact mappings (hint: check quotes, colons and indentation; quote values that contain a colon followed by a space)"],
  ],
  "yaml-unclosed-quote.md": [
    ["error", "yaml-unclosed-quote.md:2 front matter: YAML front matter does not parse: Missing closing \"quote (hint: check quotes, colons and indentation; quote values that contain a colon followed by a space)"],
  ],
  "youtube-bad-id.mdx": [
    ["error", "youtube-bad-id.mdx:8 body: <YouTube> has an invalid id \"https://youtu.be/ME8_6c6eY4o\": a YouTube id is the 11 characters after watch?v= (letters, digits, _ and -)"],
  ],
  "youtube-expression-id.mdx": [
    ["error", "youtube-expression-id.mdx:8 body: <YouTube id> must be a quoted string such as id=\"...\" (a YouTube id is the 11 characters after watch?v= (letters, digits, _ and -))"],
  ],
  "youtube-missing-id.mdx": [
    ["error", "youtube-missing-id.mdx:8 body: <YouTube> needs a id=\"...\" attribute (a YouTube id is the 11 characters after watch?v= (letters, digits, _ and -))"],
  ],
};

describe("bad-input suite", () => {
  it("covers every committed fixture and at least 30 bad inputs in all", () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES).length + GENERATED).toBeGreaterThanOrEqual(30);
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: ${expected.length ? expected.map(([s]) => s).join(", ") : "accepted"}`, async () => {
      expect(await checkFixture(name)).toEqual(expected);
    });
  }

  it("every problem names its file and either a field with a line or the whole file, and says how to fix it", () => {
    for (const expected of Object.values(CASES)) {
      for (const [, text] of expected) {
        expect(text).toMatch(/^[^\s:/]+\.mdx?(:\d+ [\w.]+( [\w ]+)?:| slug:| is ignored|:\d+ the file is not valid UTF-8)/);
        // Component errors carry the fix in the message itself (the allowed ids or components).
        expect(text).toMatch(/\(hint: .+\)$|the components you can use are|a YouTube id is/);
      }
    }
  });
});

// Inputs generated here: too big, binary or byte-exact to commit.
const GENERATED = 17;

describe("generated bad inputs", () => {
  const fm = (title: string) => `---\ntitle: "${title}"\ndate: 2026-01-01T10:00:00+08:00\n---\n\n`;

  it("an empty file", async () => {
    const { result, dir } = await checkFiles({ "empty.md": "" });
    expect(lines(result, dir)).toEqual([["error", "empty.md the file is empty (hint: add front matter (title, date) and a body, or delete the file)"]]);
  });

  it("a binary file with a post's extension", async () => {
    const { result, dir } = await checkFiles({ "photo.mdx": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    expect(lines(result, dir)).toEqual([["error", "photo.mdx the file is binary, not text (hint: posts must be UTF-8 Markdown or MDX text)"]]);
  });

  it("a Big5 file (not UTF-8)", async () => {
    // "---\ntitle: " + 中文 in Big5 + ...
    const big5 = Buffer.concat([Buffer.from("---\ntitle: "), Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]), Buffer.from("\ndate: 2026-01-01\n---\n\nbody\n")]);
    const { result, dir } = await checkFiles({ "big5.md": big5 });
    expect(lines(result, dir)).toEqual([["error", "big5.md:2 the file is not valid UTF-8 (the first bad byte is on this line) (hint: re-save it as UTF-8 (not Big5 or UTF-16))"]]);
  });

  it("a UTF-16 file", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fm("UTF-16") + "正文\n", "utf16le")]);
    const { result, dir } = await checkFiles({ "utf16.md": utf16 });
    expect(lines(result, dir)).toEqual([["error", "utf16.md the file is binary, not text (hint: posts must be UTF-8 Markdown or MDX text)"]]);
  });

  it("a 5 MB post", async () => {
    const body = "這是一段很長的文字。".repeat(180_000);
    const { result, dir } = await checkFiles({ "huge.md": fm("巨大的文章") + body });
    expect(lines(result, dir)).toEqual([["error", "huge.md the file is 5.1 MB, over the 2 MB limit for one post (hint: split it into several posts or move data out of the body)"]]);
  });

  it("a 10 MB post", async () => {
    const { result, dir } = await checkFiles({ "ten-mb.md": fm("十 MB") + "a".repeat(10 * 1024 * 1024) });
    expect(lines(result, dir)).toEqual([["error", "ten-mb.md the file is 10.0 MB, over the 2 MB limit for one post (hint: split it into several posts or move data out of the body)"]]);
  });

  const tooDeep = (depth: number, line = 8) =>
    `:${line} body: nests blockquotes or lists ${depth} levels deep, over the limit of 100 (hint: remove the extra > or list markers at the start of the line; a post needs a few levels at most)`;

  for (const ext of ["md", "mdx"]) {
    it(`a 20,000-deep blockquote (.${ext}) is refused at its line before any parser recurses`, async () => {
      const { result, dir } = await checkFiles({ [`deep.${ext}`]: fm("深") + "第一段。\n\n" + "> ".repeat(20_000) + "x\n" });
      expect(lines(result, dir)).toEqual([["error", `deep.${ext}${tooDeep(20_000)}`]]);
    });
  }

  it("101 levels written without spaces (>>>>...) are refused too", async () => {
    const { result, dir } = await checkFiles({ "tight.md": fm("深") + "第一段。\n\n" + ">".repeat(101) + " x\n" });
    expect(lines(result, dir)).toEqual([["error", `tight.md${tooDeep(101)}`]]);
  });

  it("a 1,000-deep nested list is refused at its line; 100 levels still compile", async () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => "  ".repeat(i) + "- x").join("\n") + "\n";
    const { result, dir } = await checkFiles({ "deep-list.md": fm("深") + "第一段。\n\n" + list(1000), "ok-list.md": fm("淺") + list(100) });
    expect(lines(result, dir)).toEqual([["error", `deep-list.md${tooDeep(101, 108)}`]]);
  });

  it("20,000 nested tags on one line (no line prefix to see) are an error at the body, not a stack overflow", async () => {
    const { result, dir } = await checkFiles({ "deep-jsx.mdx": fm("深") + "<span>".repeat(20_000) + "x" + "</span>".repeat(20_000) + "\n" });
    expect(lines(result, dir)).toEqual([
      ["error", "deep-jsx.mdx:5 body: nests elements too deeply to compile (the compiler ran out of stack) (hint: look for thousands of nested tags, brackets or markers and remove them; a post needs a few levels at most)"],
    ]);
  });

  it("a paragraph of 40,000 emphasis markers (minutes of parsing) is refused at its first line", async () => {
    const { result, dir } = await checkFiles({ "stars.md": fm("星號") + "第一段。\n\n" + "*a ".repeat(20_000) + "x" + " a*".repeat(20_000) + "\n" });
    expect(lines(result, dir)).toEqual([
      ["error", "stars.md:8 body: this paragraph has more than 2000 emphasis markers (* or _), more than the Markdown parser can match in reasonable time (hint: split the paragraph, or escape literal asterisks and underscores as \\* and \\_ (or put them in `code`))"],
    ]);
  });

  it("50,000 tags in one post", async () => {
    const tags = Array.from({ length: 50_000 }, (_, i) => `"t${i}"`).join(", ");
    const { result, dir } = await checkFiles({ "many-tags.md": fm("標籤").replace("---\n\n", `tags: [${tags}]\n---\n\n`) + "正文。\n" });
    expect(lines(result, dir)).toEqual([
      ["error", "many-tags.md:4 tags: has 50000 items, over the limit of 100 for one post (hint: keep the few that describe the post; every item becomes a page of its own)"],
    ]);
  });

  it("a symbolic link to a file outside the content folder is refused, naming the link and its target", async () => {
    const outside = mkdtempSync(path.join(tmpdir(), "outside-"));
    writeFileSync(path.join(outside, "secret.md"), fm("外面") + "正文。\n");
    const dir = mkdtempSync(path.join(tmpdir(), "bad-posts-"));
    symlinkSync(path.join(outside, "secret.md"), path.join(dir, "linked.md"));
    const result = await checkContent({ dir });
    expect(result.errors.map(formatDiagnostic)).toEqual([
      `${dir}/linked.md is a symbolic link to ${outside}/secret.md, outside ${dir}/; it is not read (hint: copy the file into ${dir}/ instead of linking to it (links are followed only inside ${dir}/))`,
    ]);
    expect(result.posts).toBe(0);
  });

  it("a symbolic link inside the content folder is followed; a broken one is an error", async () => {
    const { dir } = await checkFiles({ "real.md": fm("真的") + "正文。\n" });
    symlinkSync(path.join(dir, "real.md"), path.join(dir, "alias.md"));
    symlinkSync(path.join(dir, "gone.md"), path.join(dir, "broken.md"));
    const result = await checkContent({ dir });
    expect(result.errors.map(formatDiagnostic)).toEqual([
      `${dir}/broken.md is a symbolic link to ${dir}/gone.md, which does not exist (hint: remove the link or point it at a file inside the content folder)`,
    ]);
    // real.md and alias.md (the link) are both posts.
    expect(result.posts).toBe(2);
  });

  it("an extremely long title", async () => {
    const { result, dir } = await checkFiles({ "long-title.md": fm("長".repeat(5000)) + "正文\n" });
    expect(lines(result, dir)).toEqual([["error", 'long-title.md:2 title: is longer than 200 characters (hint: write one line of text in quotes, e.g. title: "文章標題")']]);
  });

  it("BOM and CRLF line endings are accepted, with lines still right", async () => {
    const { result, dir } = await checkFiles({ "crlf.md": "\uFEFF" + (fm("CRLF") + "第一段。\n\n請看[x](/posts/nope/)。\n").replace(/\n/g, "\r\n") });
    expect(lines(result, dir)).toEqual([["warning", "crlf.md:8 body: links to /posts/nope/, which is not a post here; it is shown as plain text (hint: fix the slug or add that post)"]]);
  });
});

describe("raw HTML in a Markdown (.md) post", () => {
  it("is dropped, not rendered: no script or event handler reaches the page", async () => {
    const idx = loadContentIndex({ dir: postsFolder({ "md-raw-html.md": readFileSync(path.join(FIXTURES, "md-raw-html.md")) }), includeDrafts: true });
    const { code } = await compilePost(idx.all[0]);
    expect(code).toContain("第一段");
    expect(code).not.toMatch(/alert|onerror|"script"/i);
  });
});

describe("npm run check report", () => {
  it("lists every problem of every post at once, errors before warnings", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bad-posts-"));
    for (const name of ["missing-title.md", "unknown-component.mdx", "unknown-field.md", "broken-internal-link.md"]) cpSync(path.join(FIXTURES, name), path.join(dir, name));
    const report = formatReport(await checkContent({ dir })).split(dir + path.sep).join("");
    expect(report).toBe(
      [
        "錯誤 errors (2):",
        '  missing-title.md:2 title: is required but missing (hint: add a line such as title: "文章標題")',
        "  unknown-component.mdx:8 body: unknown component <Tweet>; the components you can use are YouTube, Spotify, ApplePodcast, XPost, Figure, ReadingList, ReadingListItem",
        "",
        "警告 warnings (2):",
        "  broken-internal-link.md:8 body: links to /posts/20990101-does-not-exist/, which is not a post here; it is shown as plain text (hint: fix the slug or add that post)",
        "  unknown-field.md:4 tgas: is not a known front-matter field; it is kept but not used (hint: check the spelling (tags, categories, date, ...) or remove it)",
        "",
        "4 post files checked: 2 errors, 2 warnings",
      ].join("\n"),
    );
  });
});
