/**
 * The shape of an entity page (lib/views/entity-page.ts builds it, components/entities/
 * renders it) and the helpers the per-kind layouts build it with. Every part is left
 * out when it would be empty: no row, no heading, no list without items.
 */
import type { SectionKind } from "../content/entry";
import { markdownToHtml, type SanitizedHtml } from "../render/markdown-field";
import type { JsonLd } from "../seo/jsonld";
import type { LinkView, PlaceholderView } from "./entity-context";
import { describeValue, safeUrl, text, type Fields } from "./entity-fields-read";
import type { PostSummary } from "./summary";

/** A label and its values (one line or chip each); a value with an href is a link. */
export interface FactRow {
  label: string;
  values: LinkView[];
  /** One value a line (the fields of an object), rather than a run of short values. */
  lines?: boolean;
}

/** One item of a list part: a product, an award, a step of a career. */
export interface ItemView {
  title: LinkView;
  /** Short facts after the title: a year, a role, an amount. */
  meta: string[];
  text?: string;
  /** Marks a step the author highlighted (career_history.highlight). */
  highlight?: boolean;
}

export interface QuoteView {
  quote: string;
  /** Where it was said, as text or a link. */
  source: LinkView | null;
  meta: string[];
}

/** A part of the main column, under its own h2 (`id` is its anchor). */
export type EntityBlock =
  | { type: "markdown"; id: string; heading: string; html: SanitizedHtml }
  | { type: "items"; id: string; heading: string; style: "list" | "timeline"; items: ItemView[] }
  | { type: "table"; id: string; heading: string; columns: string[]; rows: LinkView[][] }
  | { type: "quotes"; id: string; heading: string; quotes: QuoteView[] }
  | { type: "chips"; id: string; heading: string; values: LinkView[] }
  | { type: "facts"; id: string; heading: string; rows: FactRow[] }
  /** Where the file's own body goes (no heading: it has its own). */
  | { type: "body"; id: string };

export interface EntityHeaderView {
  kind: SectionKind;
  title: string;
  /** Other names: English or Chinese name, full name, nickname. */
  names: string[];
  description?: string;
  /** Short labels: status, category, person type. */
  badges: string[];
  /** The logo or photo; with its credit line when the file gives one. */
  image: { src: string; alt: string; credit: LinkView | null } | null;
  placeholder: PlaceholderView;
  /** logo: a square box that fits the image; photo: a round crop; none: no picture at all. */
  picture: "logo" | "photo" | "none";
}

export interface EntityPostsView {
  heading: string;
  posts: PostSummary[];
  total: number;
  page: number;
  pages: number;
  href: (page: number) => string;
}

export interface RelatedView {
  heading: string;
  links: (LinkView & { relation?: string })[];
}

export interface EntityPageView {
  kind: SectionKind;
  /** The page's served URL. */
  href: string;
  /** 首頁 › section › entry; the last has no href (the page itself). */
  breadcrumbs: LinkView[];
  header: EntityHeaderView;
  /** The side column (from lg up) or the box under the header (phones). */
  facts: FactRow[];
  /** The entity's own sites: website, social profiles (external, rel="noopener"). */
  links: LinkView[];
  blocks: EntityBlock[];
  /** The compiled MDX of the file's body; null when the file has none (or on page 2+). */
  body: { code: string } | null;
  related: RelatedView | null;
  posts: EntityPostsView | null;
  /** 1, or the page of its posts (2+ shows the header and the posts only). */
  page: number;
  jsonLd: JsonLd[];
}

/** What a kind's layout gives; entity-page.ts adds the rest. */
export type KindLayout = Pick<EntityPageView, "header" | "facts" | "links" | "blocks"> & { knownKeys: readonly string[] };

// --- helpers the layouts share ---------------------------------------------------

export const plain = (value: string): LinkView => ({ text: value, href: null });
export const external = (value: string, href: string | undefined): LinkView => (href ? { text: value, href, external: true } : plain(value));
export const internal = (value: string, href: string | null): LinkView => ({ text: value, href });

/** A row of text values; null when there is none. */
export function row(label: string, ...values: (string | undefined)[]): FactRow | null {
  const vs = values.filter((v): v is string => !!v);
  return vs.length > 0 ? { label, values: vs.map(plain) } : null;
}

export function linkRow(label: string, value: LinkView | null): FactRow | null {
  return value ? { label, values: [value] } : null;
}

/** The rows that have values. */
export const rows = (...items: (FactRow | null)[]): FactRow[] => items.filter((r): r is FactRow => r !== null);

export function markdownBlock(fields: Fields, key: string, id: string, heading: string): EntityBlock | null {
  const value = text(fields, key);
  const html = value ? markdownToHtml(value) : "";
  return html ? { type: "markdown", id, heading, html } : null;
}

export function itemsBlock(id: string, heading: string, items: ItemView[], style: "list" | "timeline" = "list"): EntityBlock | null {
  return items.length > 0 ? { type: "items", id, heading, style, items } : null;
}

export function chipsBlock(id: string, heading: string, values: string[]): EntityBlock | null {
  return values.length > 0 ? { type: "chips", id, heading, values: values.map(plain) } : null;
}

export const blocks = (...items: (EntityBlock | null)[]): EntityBlock[] => items.filter((b): b is EntityBlock => b !== null);

/** Meta texts that are present. */
export const meta = (...values: (string | undefined)[]): string[] => values.filter((v): v is string => !!v);

/** A value as a link when it is a URL, else as text. */
export function urlOrText(value: string | undefined, label?: string): LinkView | null {
  if (!value) return null;
  const href = safeUrl(value);
  return href ? external(label ?? displayUrl(href), href) : plain(value);
}

/** `openai.com/research` for a URL shown as text. */
export function displayUrl(href: string): string {
  return href.replace(/^https?:\/\/(www\.)?/i, "").replace(/\/$/, "");
}

/** Fields the layout does not show (its kind does not know them, or a later schema added them), as rows. */
export function extraRows(fields: Fields, extra: Record<string, unknown>, known: readonly string[]): FactRow[] {
  const skip = new Set(known);
  const out: FactRow[] = [];
  for (const [key, value] of [...Object.entries(fields), ...Object.entries(extra)].filter(([k]) => !skip.has(k))) {
    const lines = describeValue(value);
    const nested = typeof value === "object" && value !== null && !(value instanceof Date) && (!Array.isArray(value) || value.some((v) => typeof v === "object" && v !== null));
    if (lines.length > 0) out.push({ label: key, values: lines.map((line) => urlOrText(line, line)!), ...(nested ? { lines: true } : {}) });
  }
  return out;
}
