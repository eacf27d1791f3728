/**
 * An entity's own places on the web (the `social` object, a website) as outbound links:
 * a URL as written, a bare handle (`@openai`, `openai`) on the service it belongs to.
 * Values that are neither are left out, never linked.
 */
import type { LinkView } from "./entity-context";
import { safeUrl, type TextRecord } from "./entity-fields-read";

interface Service {
  label: string;
  /** Where a bare handle lives, when the service has handles. */
  handle?: (h: string) => string;
}

const SERVICES: Record<string, Service> = {
  personal_website: { label: "個人網站" },
  twitter: { label: "X（Twitter）", handle: (h) => `https://x.com/${h}` },
  x: { label: "X（Twitter）", handle: (h) => `https://x.com/${h}` },
  linkedin: { label: "LinkedIn" },
  github: { label: "GitHub", handle: (h) => `https://github.com/${h}` },
  google_scholar: { label: "Google Scholar" },
  crunchbase: { label: "Crunchbase" },
  wikipedia: { label: "維基百科" },
  investor_relations: { label: "投資人關係" },
  youtube: { label: "YouTube" },
  facebook: { label: "Facebook" },
  instagram: { label: "Instagram" },
  threads: { label: "Threads" },
};

const HANDLE = /^@?([A-Za-z0-9_][A-Za-z0-9_.-]{0,38})$/;

function linkOf(key: string, value: string): LinkView | null {
  const service = SERVICES[key];
  const url = safeUrl(value);
  if (url && /^https?:/i.test(url)) return { text: service?.label ?? key, href: url, external: true };
  const handle = service?.handle && HANDLE.exec(value);
  if (handle && service.handle) return { text: `${service.label} @${handle[1]}`, href: service.handle(handle[1]), external: true };
  return null;
}

/** The social object's links, in the order the services are listed above, then any others. */
export function socialLinks(social: TextRecord | undefined): LinkView[] {
  if (!social) return [];
  const order = Object.keys(SERVICES);
  const keys = Object.keys(social).sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return keys.map((k) => linkOf(k, social[k])).filter((l): l is LinkView => l !== null);
}

/** A website field as a link: `openai.com` for https://openai.com/. */
export function websiteLink(value: string | undefined, label?: string): LinkView | null {
  const url = safeUrl(value);
  if (!url || !/^https?:/i.test(url)) return null;
  return { text: label ?? url.replace(/^https?:\/\/(www\.)?/i, "").replace(/\/$/, ""), href: url, external: true };
}
