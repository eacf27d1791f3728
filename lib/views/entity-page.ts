/**
 * An entry's page (/companies/openai/, /people/jensen-huang/, /events/computex-2026/, or
 * an entry of a generic section): its kind's layout (entity-organization.ts,
 * entity-person.ts, entity-event.ts), the body, the entities it names, the posts about
 * it (20 a page; page N at /<section>/<slug>/page/N/), fields no layout knows, JSON-LD
 * and metadata. The graph and the index come from the caller (the route), so this module
 * builds from anything that has their shape.
 */
import type { Metadata } from "next";
import type { PageDoc } from "../content/entry";
import { contentPageHref, homeHref } from "../http/routes";
import { compilePost } from "../render/compile";
import { pageMetadata, pageSuffix } from "../seo/metadata";
import { site } from "../site";
import { docHref, sectionTitle, slugResolver, type EntityContext, type EntityGraph } from "./entity-context";
import { eventLayout, genericLayout } from "./entity-event";
import { safeUrl, text } from "./entity-fields-read";
import { entityJsonLd } from "./entity-jsonld";
import { organizationLayout, type Resolve } from "./entity-organization";
import { personLayout } from "./entity-person";
import { extraRows, type EntityPageView, type EntityPostsView, type KindLayout, type RelatedView } from "./entity-view";
import { listPage } from "./pagination";
import { summarize } from "./summary";

export type { EntityPageView } from "./entity-view";

function layoutOf(doc: PageDoc, resolve: Resolve): KindLayout {
  switch (doc.kind) {
    case "organization":
      return organizationLayout(doc, resolve);
    case "person":
      return personLayout(doc, resolve);
    case "event":
      return eventLayout(doc);
    default:
      return genericLayout(doc);
  }
}

/** The section the entry is in: its title and URL (a section the index lacks is named by its kind). */
function sectionOf(doc: PageDoc, ctx: EntityContext): { title: string; href: string } {
  const name = doc.section ?? "";
  const info = ctx.index.sections.get(name);
  return { title: sectionTitle(info ?? { name, kind: doc.kind, page: null }), href: info ? docHref(info) : docHref({ href: `/${name}/` }) };
}

function relatedOf(doc: PageDoc, graph: EntityGraph): RelatedView | null {
  const bySlug = new Map<string, RelatedView["links"][number]>();
  for (const link of graph.linksOf(doc)) {
    const seen = bySlug.get(link.slug);
    if (!seen) bySlug.set(link.slug, { text: link.label, href: link.href, relation: link.relation });
    else if (link.relation && !seen.relation?.split("、").includes(link.relation)) seen.relation = seen.relation ? `${seen.relation}、${link.relation}` : link.relation;
  }
  return bySlug.size > 0 ? { heading: "相關條目", links: [...bySlug.values()] } : null;
}

/** The posts about the entity on page N; undefined when that page does not exist. */
function postsOf(doc: PageDoc, graph: EntityGraph, pageParam: string | undefined): EntityPostsView | null | undefined {
  const posts = graph.postsAbout(doc);
  const list = listPage(posts, pageParam);
  if (!list || (pageParam !== undefined && list.page === 1)) return undefined;
  if (posts.length === 0) return null;
  return {
    heading: `相關報導${pageSuffix(list.page)}`,
    posts: list.items.map(summarize),
    total: posts.length,
    page: list.page,
    pages: list.pages,
    href: (n) => contentPageHref(doc.href, n),
  };
}

/**
 * The page of an entry, or null for a 404 (not an entry, or a page of its posts that
 * does not exist). `pageParam` is the N of /page/N/ (undefined on the entry's own URL).
 */
export async function entityPageView(doc: PageDoc, ctx: EntityContext, pageParam?: string): Promise<EntityPageView | null> {
  if (doc.role !== "entry") return null;
  const posts = postsOf(doc, ctx.graph, pageParam);
  if (posts === undefined) return null;
  const page = posts?.page ?? 1;
  const resolve = slugResolver(doc, ctx);
  const layout = layoutOf(doc, resolve);
  const section = sectionOf(doc, ctx);
  const href = docHref(doc);
  const breadcrumbs = [
    { text: "首頁", href: homeHref() },
    { text: section.title, href: section.href },
    { text: doc.title, href: null },
  ];
  const jsonLd = entityJsonLd(doc, href, [{ name: site.title, path: homeHref() }, { name: section.title, path: section.href }, { name: doc.title, path: href }], resolve);
  if (page > 1) {
    return { kind: doc.kind, href: contentPageHref(doc.href, page), breadcrumbs, header: layout.header, facts: [], links: [], blocks: [], body: null, related: null, posts, page, jsonLd };
  }
  const extra = extraRows(doc.fields, doc.extra, layout.knownKeys);
  const blocks = extra.length > 0 ? [...layout.blocks, { type: "facts" as const, id: "part-extra", heading: "其他資料", rows: extra }] : layout.blocks;
  const body = doc.hasBody ? { code: (await compilePost(doc)).code } : null;
  return {
    kind: doc.kind,
    href,
    breadcrumbs,
    header: layout.header,
    facts: layout.facts,
    links: layout.links,
    blocks: body ? blocks : blocks.filter((b) => b.type !== "body"),
    body,
    related: relatedOf(doc, ctx.graph),
    posts,
    page,
    jsonLd,
  };
}

/** Pages 2.. of an entry's posts, for generateStaticParams (`{ page: "2" }`, ...). */
export function entityPostPagesParams(doc: PageDoc, graph: EntityGraph): { page: string }[] {
  const pages = Math.ceil(graph.postsAbout(doc).length / site.pageSize);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** A picture the page may share: a file of the site (its size unknown is fine); remote ones are not. */
function localPicture(doc: PageDoc): string | undefined {
  const src = safeUrl(text(doc.fields, doc.kind === "person" ? "photo" : "logo"));
  return src?.startsWith("/") ? src : undefined;
}

export function entityPageMetadata(doc: PageDoc, pageParam?: string): Metadata {
  const page = pageParam === undefined ? 1 : Number(pageParam) || 1;
  const description = text(doc.fields, "description_short") ?? (doc.description || undefined);
  return pageMetadata({
    title: `${doc.title}${pageSuffix(page)}`,
    description: description ?? `${doc.title}：資料與相關報導 — ${site.title}`,
    path: contentPageHref(doc.href, page),
    image: doc.kind === "person" || doc.kind === "organization" ? localPicture(doc) : undefined,
  });
}
