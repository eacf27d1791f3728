import { SITE_FEEDS } from "@/lib/http/routes";
import { site } from "@/lib/site";

/** The site configuration's footer menu (site.config.yaml `menus.footer`). */
const LINKS = site.menus.footer.map((item) => ({ href: item.url, label: item.name }));

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-8 text-sm text-neutral-600 dark:text-neutral-400">
        <p>
          © {site.title}　·　<a href={SITE_FEEDS.rss.path} className="underline">RSS</a>
        </p>
        <nav aria-label="頁尾選單">
          <ul className="flex flex-wrap gap-4">
            {LINKS.map((l) => (
              <li key={l.href}>
                <a href={l.href} className="underline hover:text-sky-800 dark:hover:text-sky-300">
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
