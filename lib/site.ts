/**
 * The one site configuration: site.config.yaml (see lib/config/site-config.ts) with the
 * environment's overrides, so a deploy on another domain needs no file change. Read
 * once per process. Browser code never imports this module (lint: eslint/layers.mjs):
 * it reads a file.
 */
import { readSiteConfig, type MenuItem, type SectionKind, type SiteConfigFile } from "./config/site-config";

export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute origin without trailing slash, e.g. https://example.com */
  baseUrl: string;
  /** IANA time zone used to display and interpret dates. */
  timeZone: string;
  locale: string;
  /** Open Graph locale. */
  ogLocale: string;
  author: string;
  pageSize: number;
  /**
   * Hugo's `buildFuture`: when false, posts dated in the future are hidden until
   * their date (in dev and production alike).
   */
  buildFuture: boolean;
  /** Display name -> URL slug. Unmapped names fall back to urlize(). Order is the front page order. */
  categories: Record<string, string>;
  /** Section folder name -> the kind of its entries (the defaults and the file's). */
  sections: Record<string, { kind: SectionKind; title?: string }>;
  menus: { main: MenuItem[]; footer: MenuItem[] };
  /** Hugo's buildDrafts: drafts are published too. */
  buildDrafts: boolean;
  /** Hugo's markup.goldmark.renderer.unsafe: raw HTML in .md goes through the sanitizer instead of being omitted. */
  unsafeHtml: boolean;
  analytics: SiteConfigFile["analytics"];
  verification: SiteConfigFile["verification"];
  /** Where a Hugo site had its posts, for their old URLs' redirects. */
  hugo: SiteConfigFile["hugo"];
}

function envBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return value === "1" || value.toLowerCase() === "true";
}

/** Hugo news sites' usual section names, unless the configuration says otherwise. */
const DEFAULT_SECTIONS: SiteConfig["sections"] = {
  companies: { kind: "organization" },
  people: { kind: "person" },
  events: { kind: "event" },
  activities: { kind: "event" },
};

const { config } = readSiteConfig();
const byWeight = (items: MenuItem[]) => [...items].sort((a, b) => (a.weight ?? 0) - (b.weight ?? 0));

export const site: SiteConfig = {
  title: process.env.SITE_TITLE ?? config.title,
  description: process.env.SITE_DESCRIPTION ?? config.description,
  baseUrl: (process.env.SITE_URL ?? config.baseURL).replace(/\/+$/, ""),
  timeZone: process.env.SITE_TZ ?? config.timeZone,
  locale: config.languageCode,
  ogLocale: config.languageCode.replace(/-Hant|-Hans/, "").replace("-", "_"),
  author: process.env.SITE_AUTHOR ?? config.author,
  pageSize: config.pageSize,
  buildFuture: envBool(process.env.SITE_BUILD_FUTURE, config.buildFuture),
  categories: Object.fromEntries(config.categories.map((c) => [c.name, c.slug])),
  sections: { ...DEFAULT_SECTIONS, ...config.sections },
  menus: { main: byWeight(config.menus.main), footer: byWeight(config.menus.footer) },
  buildDrafts: config.buildDrafts,
  unsafeHtml: config.markup.unsafeHtml,
  analytics: config.analytics,
  verification: config.verification,
  hugo: config.hugo,
};
