"use client";
import { useEffect } from "react";
import { warmUp } from "./load-engine";
import { Highlighted } from "./Highlighted";
import { useSearch } from "./useSearch";
import { postHref, searchHref } from "@/lib/http/routes";

const LIMIT = 6;

/**
 * The header box's results panel (SearchBox loads this on first focus). An empty
 * query (the box closed or blank) renders nothing but keeps the loaded engine.
 */
export default function HeaderResults({ query, onNavigate }: { query: string; onNavigate: () => void }) {
  // The first focus is what loaded this module: fetch the index meta now, not on the first keystroke.
  useEffect(warmUp, []);
  const state = useSearch(query, LIMIT);
  if (!query) return null;
  const { result, engine } = state;
  return (
    <div
      id="site-search-results"
      data-testid="header-search-results"
      data-query={state.pending ? "" : state.query}
      className="absolute right-0 z-40 mt-1 w-full min-w-72 rounded-md border border-neutral-200 bg-white p-2 text-sm shadow-lg sm:w-96 dark:border-neutral-700 dark:bg-neutral-900"
    >
      {state.error ? (
        <p className="p-2 text-red-700 dark:text-red-400">搜尋索引載入失敗。</p>
      ) : state.pending || !result || !engine ? (
        <p className="p-2 text-neutral-500">搜尋中…</p>
      ) : result.total === 0 ? (
        <p className="p-2">找不到符合「{query}」的文章。</p>
      ) : (
        <ul>
          {result.hits.map((hit) => (
            <li key={hit.doc.slug}>
              <a
                href={hit.doc.href ?? postHref(hit.doc.slug)}
                className="block rounded px-2 py-1.5 hover:bg-neutral-100 focus:bg-neutral-100 dark:hover:bg-neutral-800 dark:focus:bg-neutral-800"
                onClick={onNavigate}
              >
                <span className="block font-medium">
                  <Highlighted segments={engine.highlight(hit.doc.title, result.terms)} />
                </span>
                <time dateTime={hit.doc.iso} className="text-xs text-neutral-500">
                  {hit.doc.date}
                </time>
              </a>
            </li>
          ))}
        </ul>
      )}
      <a href={searchHref(query)} className="mt-1 block rounded px-2 py-1.5 text-sky-800 hover:underline dark:text-sky-300" onClick={onNavigate}>
        {result && result.total > LIMIT ? `查看全部 ${result.total} 篇結果` : "在搜尋頁查看"} →
      </a>
    </div>
  );
}
