/**
 * The fields of an organization entry (a section of kind "organization": companies/,
 * startups/...), as data read by entity-fields.ts. Most real files fill only a few
 * (name_en, country, category_primary, status, website) and leave the rest of the
 * template empty; empty fields are absent from the result.
 */
import type { FieldsOf, FieldSpec, KindSchema } from "./entity-fields";

/** The statuses the layout knows; another value is kept as written, with a warning. */
export const ORGANIZATION_STATUSES = ["private", "public", "acquired", "defunct"] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

/** A founder or one of the key people: people_slug links to their person entry. */
const PERSON_ITEM = { name: "text", role: "text", people_slug: "slug" } as const;

export const ORGANIZATION_FIELDS = {
  name_en: "text",
  name_zh: "text",
  /** A file under public/ (/images/companies/x.png) or an http(s) URL. */
  logo: "image",
  /** As written: a year, or a date (2015, "2015-12"). */
  founded: "text",
  headquarters: "text",
  country: "text",
  city: "text",
  website: "url",
  description_short: "text",
  description_long: "markdown",
  category_primary: "text",
  category_secondary: "list",
  tags: "tags",
  status: {
    oneOf: ORGANIZATION_STATUSES,
    // Words zh-TW files use for the same statuses (also matched in any letter case).
    synonyms: {
      上市: "public",
      上櫃: "public",
      已上市: "public",
      listed: "public",
      未上市: "private",
      私人: "private",
      私有: "private",
      被收購: "acquired",
      已被收購: "acquired",
      已收購: "acquired",
      倒閉: "defunct",
      已倒閉: "defunct",
      停止營運: "defunct",
      已解散: "defunct",
    },
  },
  stock_ticker: "text",
  // Amounts stay text as written ("66 億美元", 1570000000 -> "1570000000").
  latest_valuation: "text",
  total_funding: "text",
  latest_round: "text",
  latest_round_amount: "text",
  latest_round_date: "date",
  funding_rounds: {
    items: { round: "text", date: "date", amount: "text", lead_investor: "text", valuation: "text" },
    key: "round",
    aliases: { lead_investors: "lead_investor" },
  },
  investors: { items: { name: "text", type: "text" }, key: "name" },
  products: { items: { name: "text", description: "markdown", url: "url" }, key: "name" },
  business_model: "markdown",
  target_industries: "list",
  founders: { items: PERSON_ITEM, key: "name", aliases: { slug: "people_slug" } },
  current_ceo: "text",
  /** As written: 1500, "1,000+", "約 3,000 人". */
  employee_count: "text",
  key_people: { items: PERSON_ITEM, key: "name", aliases: { slug: "people_slug" } },
  milestones: { items: { date: "date", event: "markdown" }, key: "event" },
  social: {
    group: { twitter: "twitter", linkedin: "url", github: "github", crunchbase: "url", wikipedia: "url", investor_relations: "url" },
    aliases: { x: "twitter" },
  },
  taiwan_relevance: "markdown",
  /** Where the facts come from: names or addresses, as text (not links). */
  data_sources: "list",
  last_updated: "date",
} as const satisfies FieldSpec;

export type OrganizationFields = FieldsOf<typeof ORGANIZATION_FIELDS>;

export const ORGANIZATION: KindSchema = {
  fields: ORGANIZATION_FIELDS,
  // Variant names folded to the field (founders/key_people also take slug for people_slug,
  // funding_rounds lead_investors for lead_investor, social x for twitter).
  aliases: {
    english_name: "name_en",
    name_english: "name_en",
    chinese_name: "name_zh",
    name_chinese: "name_zh",
    founded_year: "founded",
    ceo: "current_ceo",
    employees: "employee_count",
  },
};
