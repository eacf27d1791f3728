import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/metadata";
import { SearchPage } from "@/components/search/SearchPage";
import { webSearch } from "@/lib/search/web-search";
import { searchHref } from "@/lib/http/routes";
import { routeIntroView } from "@/lib/views/content-page";
import { RouteIntro } from "@/components/content/RouteIntro";
import { publishedPost } from "@/lib/views/post-page";

const intro = () => routeIntroView(searchHref(), { title: "搜尋", description: "搜尋本站文章" });

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await intro();
  return pageMetadata({ title, description, path: searchHref() });
}

export default async function Search() {
  const { title, body } = await intro();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      <RouteIntro body={body} findPost={publishedPost} />
      <noscript>
        <form action={webSearch.action} method="get" className="mb-6" data-testid="web-search-form">
          <p className="mb-2 text-sm text-neutral-700 dark:text-neutral-300">本站搜尋需要 JavaScript；也可以用 Google 搜尋本站：</p>
          <input type="hidden" name="as_sitesearch" value={webSearch.site} />
          <label htmlFor="web-search-input" className="sr-only">
            用 Google 搜尋本站
          </label>
          <input id="web-search-input" type="search" name="q" className="mr-2 rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700" />
          <button type="submit" className="rounded bg-sky-800 px-4 py-2 text-white">
            Google 搜尋
          </button>
        </form>
      </noscript>
      <SearchPage />
    </div>
  );
}
