"use client";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { warmUp } from "./engine";
import { Highlighted } from "./Highlighted";
import { ResultSnippet } from "./ResultSnippet";
import { useImeQuery } from "./useIme";
import { useSearch } from "./useSearch";
import { postHref } from "@/lib/routes";

const LIMIT = 50;

/** /search/: results as you type, the query kept in the URL (?q=) so a search can be shared. */
export function SearchPage() {
  const params = useSearchParams();
  const urlQuery = params.get("q") ?? "";
  const { query, setText, setQuery, inputProps } = useImeQuery(urlQuery);
  const state = useSearch(query, LIMIT);
  const q = query.trim();

  // A new ?q= from elsewhere (the header box on this page, back/forward) replaces the query;
  // the URL this page writes itself always equals the query, so it changes nothing.
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    if (urlQuery.trim() !== q) {
      setText(urlQuery);
      setQuery(urlQuery);
    }
  }

  // On a slow phone a reader may type before the page hydrates: adopt what is in the box.
  useEffect(() => {
    const typed = (document.getElementById("search-page-input") as HTMLInputElement | null)?.value ?? "";
    if (typed && typed !== urlQuery) {
      setText(typed);
      setQuery(typed);
    }
    // Only once, at hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const url = q ? `/search/?q=${encodeURIComponent(q)}` : "/search/";
    if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, "", url);
  }, [q]);

  const { result, engine } = state;
  return (
    <div>
      <form role="search" action="/search/" method="get" onSubmit={(e) => e.preventDefault()} className="mb-6">
        <label htmlFor="search-page-input" className="sr-only">
          搜尋文章
        </label>
        <input
          id="search-page-input"
          type="search"
          name="q"
          autoComplete="off"
          placeholder="輸入關鍵字，例如：推論成本、Trainium、Claude Code"
          className="w-full rounded-lg border border-neutral-300 bg-white px-4 py-3 text-lg outline-none focus:border-sky-600 focus:ring-2 focus:ring-sky-600/30 dark:border-neutral-700 dark:bg-neutral-900"
          onFocus={warmUp}
          {...inputProps}
        />
      </form>
      <div aria-live="polite" data-testid="search-results" data-query={state.pending ? "" : state.query}>
        {state.error ? (
          <p className="text-red-700 dark:text-red-400">搜尋索引載入失敗，請稍後再試。</p>
        ) : !q ? null : state.pending || !result || !engine ? (
          <p className="text-neutral-500">搜尋中…</p>
        ) : result.total === 0 ? (
          <p>找不到符合「{q}」的文章。</p>
        ) : (
          <>
            <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">
              找到 {result.total} 篇符合「{q}」的文章{result.total > result.hits.length ? `，顯示前 ${result.hits.length} 篇` : ""}。
            </p>
            <ol className="space-y-6">
              {result.hits.map((hit) => (
                <li key={hit.doc.slug}>
                  <article>
                    <h2 className="text-lg font-semibold">
                      <a href={postHref(hit.doc.slug)} className="text-sky-800 hover:underline dark:text-sky-300">
                        <Highlighted segments={engine.highlight(hit.doc.title, result.terms)} />
                      </a>
                    </h2>
                    <p className="text-sm text-neutral-500 dark:text-neutral-400">
                      <time dateTime={hit.doc.iso}>{hit.doc.date}</time>
                      {hit.doc.tags.length > 0 && (
                        <>
                          {" · "}
                          {hit.doc.tags.map((t, i) => (
                            <span key={t}>
                              {i > 0 && "、"}#<Highlighted segments={engine.highlight(t, result.terms)} />
                            </span>
                          ))}
                        </>
                      )}
                    </p>
                    <ResultSnippet engine={engine} slug={hit.doc.slug} terms={result.terms} />
                  </article>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
