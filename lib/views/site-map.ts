/** /sitemap/: every part of the site a reader can browse, for people (sitemap.xml is for crawlers). */
import { getEntriesIndex } from "../content/store";
import { archivesHref, categoriesHref, homeHref, postsPageHref, searchHref, sitemapPageHref, tagsHref } from "../http/routes";
import { routeIntro } from "./content-page";

export interface SiteMapView {
  title: string;
  description: string;
  groups: { heading: string; links: { title: string; href: string; count?: number }[] }[];
}

export function siteMapView(): SiteMapView {
  const index = getEntriesIndex();
  const claimed = (href: string, fallback: string) => routeIntro(href, index)?.title || fallback;
  const intro = routeIntro(sitemapPageHref(), index);
  return {
    title: intro?.title || "網站地圖",
    description: intro?.description || "本站所有的分類、專區與頁面。",
    groups: [
      {
        heading: "文章",
        links: [
          { title: "首頁", href: homeHref() },
          { title: claimed(postsPageHref(1), "所有文章"), href: postsPageHref(1) },
          { title: claimed(categoriesHref(), "分類"), href: categoriesHref() },
          { title: claimed(tagsHref(), "標籤"), href: tagsHref() },
          { title: claimed(archivesHref(), "文章列表"), href: archivesHref() },
          { title: claimed(searchHref(), "搜尋"), href: searchHref() },
        ],
      },
      {
        heading: "專區",
        links: [...index.sections.values()].map((s) => ({ title: s.page?.title ?? s.name, href: s.href, count: s.entries.length })),
      },
      { heading: "頁面", links: index.pages.map((p) => ({ title: p.title, href: p.href })) },
    ].filter((g) => g.links.length > 0),
  };
}
