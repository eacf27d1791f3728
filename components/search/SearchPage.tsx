"use client";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { warmUp } from "./load-engine";
import { Highlighted } from "./Highlighted";
import { ResultSnippet } from "./ResultSnippet";
import { useImeQuery } from "./useIme";
import { useSearch } from "./useSearch";
import { postHref, searchHref } from "@/lib/http/routes";

const LIMIT = 50;

/**
 * The URL's ?q= as an external store, null on the server and while hydrating. Not
 * useSearchParams(): that makes a static page render this component in the browser
 * only, so the box would not exist until the JavaScript ran.
 */
function subscribeToHistory(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}
const clientQuery = () => new URLSearchParams(window.location.search).get("q") ?? "";
const serverQuery = () => null;

/** /search/: results as you type, the query kept in the URL (?q=) so a search can be shared. */
export function SearchPage() {
  const urlQuery = useSyncExternalStore(subscribeToHistory, clientQuery, serverQuery);
  const { query, setText, setQuery, inputProps } = useImeQuery("");
  const state = useSearch(query, LIMIT);
  const q = query.trim();
  const input = useRef<HTMLInputElement>(null);

  // At hydration: the URL's ?q=, unless the reader already typed into the server-rendered
  // box (a slow phone; React leaves that text in the DOM), which wins. Read here, once, so
  // the order in which React applies the store's first value cannot matter.
  const [applied, setApplied] = useState<string | null>(null);
  useEffect(() => {
    const fromUrl = clientQuery();
    const initial = input.current?.value || fromUrl;
    // State adopted from outside React (the URL, text typed before hydration), once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setApplied(fromUrl);
    if (initial) {
      setText(initial);
      setQuery(initial);
    }
    // Only once, at hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Later, a new ?q= (back/forward) replaces the query; the URL this page writes itself
  // equals the query, so it changes nothing.
  if (applied !== null && urlQuery !== null && urlQuery !== applied) {
    setApplied(urlQuery);
    if (urlQuery.trim() !== q) {
      setText(urlQuery);
      setQuery(urlQuery);
    }
  }

  useEffect(() => {
    // Before the URL has been read, writing it would erase a shared ?q=.
    if (applied === null) return;
    const url = searchHref(q);
    if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, "", url);
  }, [q, applied]);

  const { result, engine } = state;
  return (
    <div>
      {/* The box searches in the browser; without JavaScript the page offers a web search instead. */}
      <noscript>
        <style>{"#search-page-form{display:none}"}</style>
      </noscript>
      <form id="search-page-form" role="search" action={searchHref()} method="get" onSubmit={(e) => e.preventDefault()} className="mb-6">
        <label htmlFor="search-page-input" className="sr-only">
          搜尋文章
        </label>
        <input
          ref={input}
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
                      <a href={hit.doc.href ?? postHref(hit.doc.slug)} className="text-sky-800 hover:underline dark:text-sky-300">
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
