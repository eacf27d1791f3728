/**
 * What a content route shows: a root page, a section's list or an entry, ready to
 * render. Entities and section directories are laid out by lib/views/entity-page.ts and
 * lib/views/section-page.ts by their kind; root pages here.
 */
import type { Metadata } from "next";
import type { PageDoc } from "../content/entry";
import { getEntriesIndex } from "../content/store";
import { contentOgImage } from "../http/routes";
import { pageMetadata } from "../seo/metadata";
import { OG_HEIGHT, OG_WIDTH } from "../seo/og-cards";
import { entityGraph } from "../taxonomy/entity-graph";
import { contentBody, contentParams, resolveContent, type ContentRoute } from "./content-page";
import { entityPageMetadata, entityPageView, entityPostPagesParams, type EntityPageView } from "./entity-page";
import { sectionPageMetadata, sectionPagesParams, sectionPageView, type SectionPageView } from "./section-page";

export type ContentView =
  | { kind: "page"; title: string; description: string; body: { code: string } | null }
  | { kind: "section"; view: SectionPageView; body: { code: string } | null }
  | { kind: "entry"; view: EntityPageView };

/** How many list pages a route has: a section's (generic ones page through their entries) or an entry's posts. */
function listPagesOf(route: ContentRoute): number {
  if (route.kind === "section") return 1 + sectionPagesParams(route.section).length;
  if (route.kind === "entry") return 1 + entityPostPagesParams(route.doc, entityGraph()).length;
  return 1;
}

export function contentRouteParams(): string[][] {
  return contentParams(listPagesOf);
}

export async function contentView(segments: string[]): Promise<ContentView | null> {
  const route = resolveContent(segments);
  if (!route) return null;
  if (route.kind === "section") {
    const view = await sectionPageView(route.section, route.page);
    return view && { kind: "section", view, body: route.section.page && !route.page ? await contentBody(route.section.page) : null };
  }
  if (route.kind === "entry") {
    const view = await entityPageView(route.doc, { graph: entityGraph(), index: getEntriesIndex() }, route.page);
    return view && { kind: "entry", view };
  }
  return { kind: "page", title: route.doc.title, description: route.doc.description, body: await contentBody(route.doc) };
}

const pageCard = (doc: PageDoc) => ({ image: contentOgImage(doc.href), imageSize: { width: OG_WIDTH, height: OG_HEIGHT } });

export function contentMetadata(segments: string[]): Metadata {
  const route = resolveContent(segments);
  if (!route) return {};
  if (route.kind === "section") return sectionPageMetadata(route.section, route.page);
  if (route.kind === "entry") return entityPageMetadata(route.doc, route.page);
  return pageMetadata({ title: route.doc.title, description: route.doc.description || undefined, path: route.doc.href, ...pageCard(route.doc) });
}
