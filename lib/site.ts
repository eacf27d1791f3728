/**
 * The one site configuration module. Everything that differs between deployments
 * (base URL, time zone) can be overridden by environment variables so a deploy on
 * another domain needs no code change.
 */

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
}

function envBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return value === "1" || value.toLowerCase() === "true";
}

export const site: SiteConfig = {
  title: process.env.SITE_TITLE ?? "AI 科技新聞筆記",
  description:
    process.env.SITE_DESCRIPTION ??
    "整理 AI 產業動態、技術前沿與 Podcast 筆記的繁體中文科技新聞部落格。",
  baseUrl: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  timeZone: process.env.SITE_TZ ?? "Asia/Taipei",
  locale: "zh-Hant-TW",
  ogLocale: "zh_TW",
  author: process.env.SITE_AUTHOR ?? "編輯部",
  pageSize: 20,
  buildFuture: envBool(process.env.SITE_BUILD_FUTURE, false),
  categories: {
    "AI 產業動態": "ai-industry",
    "AI 技術前沿": "ai-tech",
    "AI 應用實戰": "ai-applications",
    "Podcast 筆記": "podcast-notes",
    "影片筆記": "video-notes",
    "創業與投資": "startups-investing",
    "政策與倫理": "policy-ethics",
    "科技觀察": "tech-observations",
  },
};
