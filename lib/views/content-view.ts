/**
 * What a content route shows: a root page, a section's list or an entry, ready to
 * render. Entity layouts (organization, person, event) come from lib/views/entity-page.ts
 * and lib/views/section-page.ts; pages and generic entries are laid out here.
 */
import type { Metadata } from "next";
import type { PageDoc } from "../content/entry";
import { contentHref, contentOgImage } from "../http/routes";
import { OG_HEIGHT, OG_WIDTH } from "../seo/og-cards";
import { pageMetadata } from "../seo/metadata";
import { contentBody, contentParams, resolveContent, type ContentRoute } from "./content-page";

export interface GenericView {
  kind: "page";
  title: string;
  description: string;
  body: { code: string } | null;
  /** Other front-matter fields, as label and text. */
  facts: { label: string; value: string }[];
  /** A section's entries. */
  entries: { title: string; href: string; description: string }[];
}

export function factText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(factText).filter(Boolean).join("、");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => (factText(v) ? `${k}: ${factText(v)}` : ""))
      .filter(Boolean)
      .join("；");
  }
  return String(value);
}

const facts = (doc: PageDoc) =>
  Object.entries({ ...doc.fields, ...doc.extra })
    .map(([label, v]) => ({ label, value: factText(v) }))
    .filter((f) => f.value);

/** How many list pages a route has. */
export const listPagesOf = (route: ContentRoute): number => {
  void route;
  return 1;
};

export function contentRouteParams(): string[][] {
  return contentParams(listPagesOf);
}

export async function contentView(segments: string[]): Promise<GenericView | null> {
  const route = resolveContent(segments);
  if (!route) return null;
  if (route.kind === "section") {
    const page = route.section.page;
    return {
      kind: "page",
      title: page?.title ?? route.section.name,
      description: page?.description ?? "",
      body: page ? await contentBody(page) : null,
      facts: [],
      entries: route.section.entries.map((e) => ({ title: e.title, href: e.href, description: e.description })),
    };
  }
  return { kind: "page", title: route.doc.title, description: route.doc.description, body: await contentBody(route.doc), facts: facts(route.doc), entries: [] };
}

export function contentMetadata(segments: string[]): Metadata {
  const route = resolveContent(segments);
  if (!route) return {};
  if (route.kind === "section") {
    const page = route.section.page;
    return pageMetadata({ title: page?.title ?? route.section.name, description: page?.description || undefined, path: contentHref(route.section.name) });
  }
  return pageMetadata({ title: route.doc.title, description: route.doc.description || undefined, path: route.doc.href, image: contentOgImage(route.doc.href), imageSize: { width: OG_WIDTH, height: OG_HEIGHT } });
}
