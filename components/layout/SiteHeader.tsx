import { SearchBox } from "@/components/search/SearchBox";
import { homeHref } from "@/lib/http/routes";
import { site } from "@/lib/site";
import { ThemeToggle } from "./ThemeToggle";

/** The site configuration's main menu (site.config.yaml `menus.main`). */
const NAV = site.menus.main.map((item) => ({ href: item.url, label: item.name }));

export function SiteHeader() {
  return (
    <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={homeHref()} className="text-lg font-bold text-neutral-900 dark:text-neutral-100">
          {site.title}
        </a>
        <div className="flex items-center gap-4">
        <nav aria-label="主選單">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="text-neutral-700 hover:text-sky-800 hover:underline dark:text-neutral-300 dark:hover:text-sky-300">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
        <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
