/**
 * The front-matter content model (DESIGN.md) as a zod schema. Values are checked
 * for shape here; dates and file existence are checked by the loader, which knows
 * the time zone and the file system.
 */
import { z } from "zod";

/** A bare string (or number, e.g. `7688`) is read as a one-item list; numbers become strings. */
const stringList = z.preprocess(
  // An empty YAML list item (`- `) is null: keep it as "" so the loader drops it with a warning.
  (v) => (v === null || v === undefined ? [] : typeof v === "string" || typeof v === "number" ? [v] : Array.isArray(v) ? v.map((x) => x ?? "") : v),
  z.array(
    z.union([z.string(), z.number().transform((n) => String(n))], {
      error: "each item must be a text value",
    }),
    { error: "must be a list of text values, e.g. [\"OpenAI\", \"企業 AI\"]" },
  ),
);

/** Entity slugs: a bare slug, or `{slug, relation}` as entity files write them; the post keeps the slugs. */
const slugList = z.preprocess(
  (v) => (Array.isArray(v) ? v.map((x) => (x && typeof x === "object" && "slug" in x ? (x as { slug: unknown }).slug : x)) : v),
  stringList,
);

const dateLike = z.union([z.string(), z.number().transform(String)], {
  error: "must be a date such as 2026-01-27T14:00:00+08:00",
});

const httpUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http(s) URL such as https://example.com/article");

const MAX_TITLE_LENGTH = 200;

export const frontMatterSchema = z.object({
  title: z
    .union([z.string(), z.number().transform(String)], { error: 'must be one line of text, e.g. title: "文章標題"' })
    .pipe(
      z
        .string()
        .trim()
        .min(1, "is empty")
        .max(MAX_TITLE_LENGTH, `is longer than ${MAX_TITLE_LENGTH} characters`),
    ),
  date: dateLike,
  lastmod: dateLike.optional(),
  updated: dateLike.optional(),
  description: z.string({ error: "must be text" }).optional(),
  summary: z.string({ error: "must be text" }).optional(),
  tags: stringList.optional(),
  categories: stringList.optional(),
  image: z
    .string({ error: "must be a path under public/ or an https URL" })
    .trim()
    .refine(
      (v) => v === "" || v.startsWith("/") || /^https:\/\//i.test(v),
      "must be a path under public/ starting with / or an https URL",
    )
    .optional(),
  source_url: z.union([z.literal(""), httpUrl]).optional(),
  source_name: z.string({ error: "must be text" }).optional(),
  draft: z.boolean({ error: "must be true or false (without quotes)" }).optional(),
  series: z.string({ error: "must be text" }).optional(),
  series_order: z.number({ error: "must be a number" }).int("must be a whole number").optional(),
  related_companies: slugList.optional(),
  related_people: slugList.optional(),
  slug: z
    .string({ error: "must be text" })
    .trim()
    .regex(/^(?!\.{1,2}$)[^/\\?#%\s.][^/\\?#%\s]*$/u, "must be one path segment without /, \\, ?, #, % or spaces, not starting with a dot")
    .optional(),
  aliases: stringList.optional(),
  // Hugo's url: the post's whole URL there; here the post is at /posts/<slug>/ and that URL redirects to it.
  url: z.string({ error: "must be a path such as /2024/01/old-title/" }).trim().regex(/^\//, "must be a path starting with /").optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const KNOWN_FIELDS = new Set(Object.keys(frontMatterSchema.shape));
