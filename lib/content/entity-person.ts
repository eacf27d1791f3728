/**
 * The fields of a person entry (a section of kind "person": people/), as data read by
 * entity-fields.ts. People files are the richest: careers, awards, education and
 * publications as lists of items, each item's empty fields absent.
 */
import type { FieldsOf, FieldSpec, KindSchema } from "./entity-fields";

export const PERSON_FIELDS = {
  name_zh: "text",
  name_en: "text",
  name_full_en: "text",
  /** One or more, as written ("Sama", "教父、AI 教父"); namesForSearch splits them. */
  nickname: "text",
  /** A file under public/ (/images/people/x.jpg) or an http(s) URL. */
  photo: "image",
  photo_alt: "text",
  photo_credit: "text",
  photo_source: "url",
  nationality: "text",
  // Years stay text as written (1985 -> "1985", "約 1960").
  birth_year: "text",
  birth_place: "text",
  death_year: "text",
  residence: "text",
  current_position: "text",
  current_organization: "text",
  current_org_slug: "slug",
  description_short: "text",
  description_long: "markdown",
  person_type: "list",
  importance_level: "text",
  ai_domains: "list",
  ai_impact_areas: "list",
  key_contributions: { items: { title: "text", description: "markdown", year: "text" }, key: "title" },
  representative_works: { items: { title: "text", type: "text", year: "text", description: "markdown", url: "url" }, key: "title" },
  awards: {
    items: { name: "text", year: "text", issuer: "text", category: "text", significance: "markdown", citation: "markdown", shared_with: "list" },
    key: "name",
  },
  education: {
    items: { institution: "text", institution_en: "text", degree: "text", field: "text", years: "text", thesis: "text" },
    key: "institution",
  },
  career_history: {
    items: {
      organization: "text",
      organization_en: "text",
      position: "text",
      years: "text",
      org_slug: "slug",
      description: "markdown",
      /** Shown first: true or false. */
      highlight: "flag",
    },
    key: "organization",
  },
  mentors: { items: { name: "text", relation: "text", people_slug: "slug", note: "markdown" }, key: "name", aliases: { slug: "people_slug" } },
  notable_students: {
    items: { name: "text", people_slug: "slug", current_role: "text", achievement: "markdown" },
    key: "name",
    aliases: { slug: "people_slug" },
  },
  publications: {
    items: { title: "text", year: "text", venue: "text", coauthors: "list", citations: "text", significance: "markdown" },
    key: "title",
  },
  founded_companies: {
    items: { name: "text", year: "text", role: "text", outcome: "text", company_slug: "slug", description: "markdown" },
    key: "name",
    aliases: { slug: "company_slug" },
  },
  notable_quotes: { items: { quote: "markdown", context: "text", date: "text", source: "text" }, key: "quote" },
  related_people: "refs",
  related_companies: "refs",
  social: {
    group: { personal_website: "url", twitter: "twitter", linkedin: "url", github: "github", google_scholar: "url", wikipedia: "url" },
    aliases: { x: "twitter", website: "personal_website", homepage: "personal_website" },
  },
  resources: { items: { title: "text", url: "url", type: "text" }, key: "url" },
} as const satisfies FieldSpec;

export type PersonFields = FieldsOf<typeof PERSON_FIELDS>;

export const PERSON: KindSchema = {
  fields: PERSON_FIELDS,
  // Variant names folded to the field (mentors/notable_students also take slug for
  // people_slug, founded_companies slug for company_slug; social x for twitter,
  // website/homepage for personal_website).
  aliases: {
    birthplace: "birth_place",
    english_name: "name_en",
    name_english: "name_en",
    chinese_name: "name_zh",
    name_chinese: "name_zh",
  },
};
