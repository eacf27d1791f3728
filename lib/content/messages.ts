/**
 * The catalogue of content problems: what each says and how to fix it, in one place
 * (Astro's errors-data.ts is the model). Code that finds a problem names its entry
 * and gives the facts; it never writes the wording itself, and nothing downstream
 * reads a hint back out of a message. The wording is what authors see in
 * `npm run check`, build output and the dev error page, and the bad-input suite
 * (lib/authoring/bad-posts.test.ts) asserts it line by line.
 */

export interface Problem {
  code: string;
  message: string;
  hint?: string;
  /** The field the problem is about when the entry knows it (body, front matter, image...). */
  field?: string;
}

/** Shown with every refusal of unsafe markup in a body. */
const UNSAFE_HINT = "embed videos and posts with a component (see AUTHORING.md); posts may not carry script, frames or event handlers";
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Shown with every refusal of raw HTML in a .md body. */
const RAW_HTML_HINT =
  "raw HTML may not run script: remove it, or embed a player with its iframe from YouTube, Spotify or Apple Podcasts (or a shortcode such as {{< youtube ID >}})";
const MDX_SYNTAX_HINT =
  "check the MDX syntax near this line: close every <Tag>, escape a literal < or { as \\< or \\{, or rename the file to .md for plain Markdown";

/** How to fix a front-matter field the schema rejected. */
export const FIELD_HINTS: Record<string, string> = {
  title: 'write one line of text in quotes, e.g. title: "文章標題"',
  date: "write it as 2026-01-27T14:00:00+08:00 (or 2026-01-27, read in Asia/Taipei)",
  lastmod: "write it as 2026-01-27T14:00:00+08:00, or remove the line",
  updated: "write it as 2026-01-27T14:00:00+08:00, or remove the line",
  description: 'write one line of text in quotes, e.g. description: "一兩句摘要"',
  tags: 'write a list such as tags: ["OpenAI", "企業 AI"]',
  categories: 'write a list such as categories: ["AI 產業動態"]',
  image: "use a file under public/ such as /images/posts/x.jpg, or an https:// URL",
  source_url: "copy the article's address starting with https://",
  draft: "write draft: true or draft: false",
  series_order: "write a whole number such as series_order: 2",
  slug: "use letters, digits and - only, e.g. slug: openai-new-model",
  aliases: 'write a list of old paths such as aliases: ["/2024/01/old-url/"]',
};

const REQUIRED_HINTS: Record<string, string> = {
  title: 'add a line such as title: "文章標題"',
  date: "add a line such as date: 2026-01-27T14:00:00+08:00",
};

const MESSAGES = {
  // --- the file itself -------------------------------------------------------
  "file-empty": () => ({ message: "the file is empty", hint: "add front matter (title, date) and a body, or delete the file" }),
  "file-too-large": (megabytes: string) => ({
    message: `the file is ${megabytes} MB, over the 2 MB limit for one post`,
    hint: "split it into several posts or move data out of the body",
  }),
  "file-binary": () => ({ message: "the file is binary, not text", hint: "posts must be UTF-8 Markdown or MDX text" }),
  "file-not-utf8": () => ({ message: "the file is not valid UTF-8 (the first bad byte is on this line)", hint: "re-save it as UTF-8 (not Big5 or UTF-16)" }),
  "body-nesting": (depth: number, max: number) => ({
    field: "body",
    message: `nests blockquotes or lists ${depth} levels deep, over the limit of ${max}`,
    hint: "remove the extra > or list markers at the start of the line; a post needs a few levels at most",
  }),
  "symlink-outside": (target: string, root: string) => ({
    message: `is a symbolic link to ${target}, outside ${root}/; it is not read`,
    hint: `copy the file into ${root}/ instead of linking to it (links are followed only inside ${root}/)`,
  }),
  "symlink-broken": (target: string) => ({
    message: `is a symbolic link to ${target}, which does not exist`,
    hint: "remove the link or point it at a file inside the content folder",
  }),
  "symlink-folder": () => ({
    message: "is a symbolic link to a folder, which is not followed; its files are not published",
    hint: "move or copy the folder into content/ instead of linking to it",
  }),
  "body-emphasis": (max: number) => ({
    field: "body",
    message: `this paragraph has more than ${max} emphasis markers (* or _), more than the Markdown parser can match in reasonable time`,
    hint: "split the paragraph, or escape literal asterisks and underscores as \\* and \\_ (or put them in `code`)",
  }),
  "file-ignored": () => ({
    message: "is ignored: files whose names start with . or _ are not posts",
    hint: "rename the file if it is meant to be published",
  }),
  "file-name-escaping": (name: string) => ({
    field: "slug",
    message: `the file name "${name}" has characters that need escaping in URLs`,
    hint: "rename the file using letters, digits and - only, or set slug:",
  }),

  // --- front matter ----------------------------------------------------------
  "front-matter-missing": () => ({
    field: "front matter",
    message: "the file has no front matter",
    hint: "start the file with a --- line, the fields (title, date, ...), and another --- line",
  }),
  "front-matter-unclosed": (fence: string) => ({
    field: "front matter",
    message: `the front matter opened with ${fence} on line 1 is never closed`,
    hint: `add a line with ${fence} after the last field`,
  }),
  "front-matter-toml": (detail: string) => ({ field: "front matter", message: `TOML front matter does not parse: ${detail}`, hint: "fix the TOML syntax" }),
  "front-matter-yaml": (detail: string) => ({
    field: "front matter",
    message: `YAML front matter does not parse: ${detail}`,
    hint: "check quotes, colons and indentation; quote values that contain a colon followed by a space",
  }),
  "front-matter-aliases": (max: number) => ({
    field: "front matter",
    message: `YAML front matter expands its aliases (*name) too many times (more than ${max} expansions)`,
    hint: "write the values out instead of repeating aliases of aliases",
  }),
  "front-matter-not-fields": () => ({ field: "front matter", message: "front matter must be a set of `field: value` lines" }),
  "field-required": (field: string) => ({ field, message: "is required but missing", hint: REQUIRED_HINTS[field] ?? FIELD_HINTS[field] }),
  /** `message` is the schema's own (zod) wording of what is wrong with the value. */
  "field-invalid": (field: string | undefined, message: string, top: string | undefined) => ({ field, message, hint: top ? FIELD_HINTS[top] : undefined }),
  "field-unknown": (field: string) => ({
    field,
    message: "is not a known front-matter field; it is kept but not used",
    hint: "check the spelling (tags, categories, date, ...) or remove it",
  }),
  "field-too-many": (field: string, count: number, max: number) => ({
    field,
    message: `has ${count} items, over the limit of ${max} for one post`,
    hint: "keep the few that describe the post; every item becomes a page of its own",
  }),
  "field-empty-item": (field: string) => ({ field, message: "has an empty item, which is dropped", hint: "remove the empty entry" }),
  "date-invalid": (input: string) => ({ message: `"${input}" is not a date; write it as 2026-01-27T14:00:00+08:00 (or 2026-01-27)` }),
  "date-impossible": (input: string, month: number, day: number) => ({ message: `"${input}" is not a real calendar date (month ${month}, day ${day})` }),
  "time-impossible": (input: string) => ({ message: `"${input}" has an impossible time of day` }),
  "offset-impossible": (input: string) => ({ message: `"${input}" has an impossible UTC offset` }),

  // --- images ----------------------------------------------------------------
  "cover-outside-public": (image: string) => ({ field: "image", message: `"${image}" points outside public/`, hint: "use a path such as /images/posts/x.jpg" }),
  "cover-missing": (image: string) => ({
    field: "image",
    message: `"${image}" does not exist in public/; the post is shown without a cover`,
    hint: `add the file as public${image}`,
  }),
  "cover-unreadable": (image: string) => ({ field: "image", message: `"${image}" is not an image this site can read`, hint: "use a JPEG, PNG, WebP or AVIF file" }),
  "body-image-missing": (src: string) => ({
    field: "body",
    message: `image ${src} was not found under public/ (or is not an image)`,
    hint: `add the file as public${src} or fix the path`,
  }),

  // --- entity fields ---------------------------------------------------------
  // Fields of company, person and event files (lib/content/entity-*.ts). `field` is the path
  // as written, items counted from 0: funding_rounds.0.date, social.twitter.
  "entity-date-invalid": (field: string, input: string, withTime: boolean) => ({
    field,
    message: `"${input.slice(0, 60)}" is not a date`,
    hint: withTime
      ? "write it as 2026-03-05, or 2026-03-05T09:30:00+08:00 with the time"
      : "write it as 2025-03-14, or 2025-03 or 2025 when that is all you know",
  }),
  "entity-date-impossible": (field: string, input: string, month: number, day: number | undefined) => ({
    field,
    message: `"${input}" is not a real calendar date (month ${month}${day === undefined ? "" : `, day ${day}`})`,
    hint: "check the month (1-12) and the day of the month",
  }),
  "entity-time-impossible": (field: string, input: string) => ({
    field,
    message: `"${input}" has an impossible time of day or UTC offset`,
    hint: "write the time as 09:30 or 09:30:00+08:00 (hours 0-23)",
  }),
  "entity-url-invalid": (field: string, url: string) => ({
    field,
    message: `"${url.slice(0, 60)}" is not an http(s) address; it would be a link, so only http(s) is allowed`,
    hint: "write the full address starting with https://, e.g. https://www.example.com",
  }),
  "entity-image-invalid": (field: string, src: string) => ({
    field,
    message: `"${src.slice(0, 60)}" is neither a path on this site nor an http(s) address`,
    hint: "use a file under public/ such as /images/companies/openai.png, or an https:// URL",
  }),
  "entity-slug-invalid": (field: string, slug: string) => ({
    field,
    message: `"${slug.slice(0, 60)}" is not a slug, so it cannot link to an entry`,
    hint: "write the entry's file name without .md, e.g. sam-altman (no spaces, /, \\, ?, # or %)",
  }),
  "entity-ref-no-slug": (field: string) => ({
    field,
    message: "has no slug; it is not shown",
    hint: 'write each item as a slug, or as { slug: openai, relation: "投資方" }',
  }),
  "entity-value-unknown": (field: string, value: string, known: string) => ({
    field,
    message: `"${value}" is not one of ${known}; it is shown as written`,
    hint: `write one of ${known}, or leave it empty`,
  }),
  "entity-wrong-shape": (
    field: string,
    found: "text" | "number" | "boolean" | "list" | "object",
    expected: "text" | "list" | "item" | "group" | "refs" | "number" | "flag" | "coordinates",
  ) => {
    const what = { text: "text", number: "a number", boolean: "a true/false value", list: "a list", object: "a set of fields" }[found];
    const wanted = {
      text: ["text", 'write it as text in quotes, e.g. "台北市", or leave it empty'],
      list: ["a list of text", 'write a list such as ["生成式 AI", "晶片"], or one item as text'],
      item: ["an item with fields", 'write each item as fields, e.g. - { name: "王小明", role: "執行長" }'],
      group: ["a set of fields", 'write its fields on the lines below it, e.g. social: { twitter: "https://x.com/openai" }'],
      refs: ["a slug or a list of slugs", 'write slugs such as [openai, anthropic], or items such as { slug: openai, relation: "投資方" }'],
      number: ["a number", "write a number such as 3, without quotes"],
      flag: ["true or false", "write true or false, without quotes"],
      coordinates: ["a place's coordinates", "write { lat: 25.033, lng: 121.565 }"],
    }[expected];
    return { field, message: `is ${what}, not ${wanted[0]}; it is not shown`, hint: wanted[1] };
  },
  "entity-subfield-unknown": (field: string, key: string, known: string) => ({
    field,
    message: `has "${key}", which is not one of its fields; it is not shown`,
    hint: `check the spelling; its fields are ${known}`,
  }),
  "entity-field-twice": (field: string, canonical: string) => ({
    field,
    message: `is another name for ${canonical}, which is also given; this one is not used`,
    hint: `keep only ${canonical}`,
  }),
  "entity-coordinates-range": (field: string, lat: number, lng: number) => ({
    field,
    message: `(${lat}, ${lng}) is not a place: latitude is -90 to 90 and longitude -180 to 180; it is not shown`,
    hint: "write { lat: 25.033, lng: 121.565 }, latitude first",
  }),
  "entity-dates-reversed": (field: string, start: string, end: string) => ({
    field,
    message: `"${end}" is before date_start "${start}"`,
    hint: "date_end is the event's last day; check both dates",
  }),

  // --- the index: slugs and links --------------------------------------------
  "slug-duplicate": (slug: string, other: string) => ({
    field: "slug",
    message: `has the same slug "${slug}" as ${other}`,
    hint: "rename one of the files or give one a different slug:",
  }),
  "slug-reserved": (slug: string) => ({
    field: "slug",
    message: `has the slug "${slug}", which is reserved: /posts/${slug}/ is where the list of all posts pages through`,
    hint: "rename the file or set another slug: in the front matter",
  }),
  "link-unknown-post": (href: string) => ({
    field: "body",
    message: `links to ${href}, which is not a post here; it is shown as plain text`,
    hint: "fix the slug or add that post",
  }),
  "ref-unknown-post": (target: string) => ({
    field: "body",
    message: `{{< ref "${target}" >}} points at a post that does not exist`,
    hint: 'use the file name of a post in content/posts, e.g. "20260127-ai-enterprise-war.md"',
  }),

  // --- Hugo shortcodes -------------------------------------------------------
  "shortcode-unclosed": (delim: string, closer: string) => ({
    field: "body",
    message: `a shortcode opened with {{${delim} is never closed with ${closer}`,
    hint: `end it with ${closer} on the same line`,
  }),
  "shortcode-no-name": (raw: string) => ({ field: "body", message: `${raw} has no shortcode name`, hint: "write it as {{< name args >}}" }),
  "shortcode-bad-arguments": (raw: string) => ({
    field: "body",
    message: `cannot read the arguments of ${raw}`,
    hint: 'write arguments as words or "quoted text", e.g. {{< figure src="/a.jpg" caption="..." >}}',
  }),
  "shortcode-unknown": (name: string, raw: string, supported: string) => ({
    field: "body",
    message: `unknown shortcode "${name}" in ${raw}`,
    hint: `the shortcodes you can use are ${supported}`,
  }),
  "shortcode-paired": (raw: string, supported: string) => ({
    field: "body",
    message: `${raw} closes a paired shortcode, which this site does not support`,
    hint: `the shortcodes you can use are ${supported}`,
  }),
  "shortcode-missing-argument": (raw: string, what: string, hint: string) => ({ field: "body", message: `${raw} needs ${what}`, hint }),
  "shortcode-invalid-argument": (raw: string, what: string, value: string, hint: string) => ({
    field: "body",
    message: `${raw} has an invalid ${what} "${value}"`,
    hint,
  }),
  "shortcode-other-service": (raw: string, service: string, shortcodeService: string, instead: string) => ({
    field: "body",
    message: `${raw} points at ${service}, not ${shortcodeService}; it is shown as the ${service} player`,
    hint: `write ${instead}`,
  }),
  "shortcode-ref-unknown": (raw: string, target: string) => ({
    field: "body",
    message: `${raw} points at "${target}", which is not a post here`,
    hint: 'use the file name of an existing post, e.g. {{< ref "20260127-ai-enterprise-war.md" >}}',
  }),
  "shortcode-placement": () => ({
    field: "body",
    message: "a shortcode cannot be used here (inside a link, image or HTML); put it on its own line",
  }),

  // --- MDX components and markup ----------------------------------------------
  "component-unknown": (name: string, known: string) => ({
    field: "body",
    message: `unknown component <${name}>; the components you can use are ${known}`,
  }),
  // Component prop problems carry the fix in the message (the rule's own words), as authors read them.
  "component-missing-prop": (name: string, prop: string, rule: string) => ({
    field: "body",
    message: `<${name}> needs a ${prop}="..." attribute (${rule})`,
  }),
  "component-prop-not-string": (name: string, prop: string, rule: string) => ({
    field: "body",
    message: `<${name} ${prop}> must be a quoted string such as ${prop}="..." (${rule})`,
  }),
  "component-prop-invalid": (name: string, prop: string, value: string, rule: string) => ({
    field: "body",
    message: `<${name}> has an invalid ${prop} "${value}": ${rule}`,
  }),
  "unsafe-element": (name: string) => ({ field: "body", message: `<${name}> is not allowed in a post`, hint: UNSAFE_HINT }),
  "unsafe-handler": (name: string, attribute: string) => ({
    field: "body",
    message: `<${name} ${attribute}> is not allowed: event handler attributes run script`,
    hint: UNSAFE_HINT,
  }),
  "unsafe-attribute-url": (name: string, attribute: string, value: string) => ({
    field: "body",
    message: `<${name} ${attribute}="${value.slice(0, 40)}"> is not allowed: only http(s) and site paths`,
    hint: UNSAFE_HINT,
  }),
  "unsafe-link": (url: string) => ({
    field: "body",
    message: `unsafe link "${url.slice(0, 40)}": only http(s), mailto: and site paths are allowed`,
    hint: UNSAFE_HINT,
  }),
  // Raw HTML in a .md body (lib/render/raw-html.ts), as the site's markup.unsafeHtml decides.
  "raw-html-omitted": (html: string) => ({
    field: "body",
    message: `raw HTML ${truncate(html.replace(/\s+/g, " "), 40)} is omitted, as Hugo does by default`,
    hint: "to render raw HTML (sanitized), set markup: { unsafeHtml: true } in site.config.yaml; or write it as Markdown or a shortcode",
  }),
  "raw-html-iframe": (src: string) => ({
    field: "body",
    message: `<iframe src="${src.slice(0, 60)}"> is not allowed: only YouTube, Spotify and Apple Podcasts players may be framed`,
    hint: RAW_HTML_HINT,
  }),
  "raw-html-element": (name: string) => ({ field: "body", message: `<${name}> is not allowed in a post`, hint: RAW_HTML_HINT }),
  "raw-html-handler": (name: string, attribute: string) => ({
    field: "body",
    message: `<${name} ${attribute}> is not allowed: event handler attributes run script`,
    hint: RAW_HTML_HINT,
  }),
  "raw-html-url": (name: string, attribute: string, value: string) => ({
    field: "body",
    message: `<${name} ${attribute}="${value.slice(0, 40)}"> is not allowed: only http(s) and site paths`,
    hint: RAW_HTML_HINT,
  }),
  /** `message` is the MDX parser's own account of the syntax error. */
  "mdx-syntax": (message: string) => ({ field: "body", message, hint: MDX_SYNTAX_HINT }),
  "body-too-deep": () => ({
    field: "body",
    message: "nests elements too deeply to compile (the compiler ran out of stack)",
    hint: "look for thousands of nested tags, brackets or markers and remove them; a post needs a few levels at most",
  }),
  /** Anything else the compiler reports, in its own words. */
  "compile-failed": (message: string) => ({ field: "body", message }),

  // --- pages, sections and entries --------------------------------------------
  "content-file-ignored": () => ({
    message: "is ignored: files whose names start with . or _ are not published (a section's own page is _index.md)",
    hint: "rename the file if it is meant to be published",
  }),
  "section-reserved": (section: string) => ({
    message: `is in content/${section}/, but /${section}/ is a page of the site itself; a content file there can only give it a title and intro (_index.md)`,
    hint: `move the entries to another folder, e.g. content/${section}-notes/`,
  }),
  "entry-slug-page": (section: string) => ({
    field: "slug",
    message: `has the slug "page", which is reserved: /${section}/page/2/ is where the section's list pages through`,
    hint: "rename the file or set another slug:",
  }),
  "url-duplicate": (href: string, other: string) => ({ field: "url", message: `is served at ${href}, as ${other} is`, hint: "rename one of the files or give one another slug: or url:" }),
  "entity-field-unknown": (field: string, others: number) => ({
    field,
    message: `is not a field this section's layout knows; it is shown in the entry's list of other facts${others > 0 ? ` (and in ${others} other file${others === 1 ? "" : "s"} of the section)` : ""}`,
    hint: "check the spelling against AUTHORING.md, or keep it: nothing is dropped",
  }),
  "entity-unknown": (what: string, slug: string) => ({
    message: `names the ${what} "${slug}", which has no page here; it is shown as text`,
    hint: `add content/<section>/${slug}.md or fix the slug`,
  }),
} satisfies Record<string, (...args: never[]) => Omit<Problem, "code">>;

export type ProblemCode = keyof typeof MESSAGES;

/** The catalogue's problem `code`, worded with its facts. */
export function problem<C extends ProblemCode>(code: C, ...args: Parameters<(typeof MESSAGES)[C]>): Problem {
  const make = MESSAGES[code] as (...a: Parameters<(typeof MESSAGES)[C]>) => Omit<Problem, "code">;
  return { code, ...make(...args) };
}
