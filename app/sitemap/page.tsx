import type { Metadata } from "next";
import { sitemapPageHref } from "@/lib/http/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteMapView } from "@/lib/views/site-map";

export function generateMetadata(): Metadata {
  const { title, description } = siteMapView();
  return pageMetadata({ title, description, path: sitemapPageHref() });
}

export default function SiteMapPage() {
  const view = siteMapView();
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{view.title}</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">{view.description}</p>
      {view.groups.map((g) => (
        <section key={g.heading} aria-labelledby={`sitemap-${g.heading}`} className="mt-8">
          <h2 id={`sitemap-${g.heading}`} className="text-xl font-bold">
            {g.heading}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {g.links.map((l) => (
              <li key={l.href}>
                <a href={l.href} className="text-sky-800 underline dark:text-sky-300">
                  {l.title}
                </a>
                {l.count !== undefined && <span className="ml-2 text-sm text-neutral-600 dark:text-neutral-400">{l.count} 筆</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
