"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { warmUp } from "./engine";
import { Highlighted } from "./Highlighted";
import { useImeQuery } from "./useIme";
import { useSearch } from "./useSearch";
import { postHref } from "@/lib/routes";

const LIMIT = 6;

function searchHref(q: string): string {
  return q ? `/search/?q=${encodeURIComponent(q)}` : "/search/";
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The header's search box: `/` or Ctrl/Cmd-K focuses it, results appear as you type
 * (after an IME commits), Enter opens /search/. Without JavaScript it is a plain
 * form that opens /search/. The search code and index load on first focus.
 */
export function SearchBox() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const { text, query, inputProps } = useImeQuery("");
  const state = useSearch(open ? query : "", LIMIT);
  const q = query.trim();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      if ((k === "k" && (e.metaKey || e.ctrlKey)) || (e.key === "/" && !e.metaKey && !e.ctrlKey && !e.altKey && !isEditable(e.target))) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const { result, engine } = state;
  const showPanel = open && q !== "";
  return (
    <div
      className="relative w-full sm:w-64"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          setOpen(false);
          input.current?.blur();
          return;
        }
        // Arrow keys move between the box and the result links.
        if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
        const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>("#site-search-results a")];
        if (links.length === 0) return;
        e.preventDefault();
        const at = links.indexOf(document.activeElement as HTMLAnchorElement);
        const next = e.key === "ArrowDown" ? at + 1 : at - 1;
        if (next < 0) input.current?.focus();
        else links[Math.min(next, links.length - 1)].focus();
      }}
    >
      <form
        role="search"
        action="/search/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          setOpen(false);
          router.push(searchHref(text.trim()));
        }}
      >
        <label htmlFor="site-search" className="sr-only">
          搜尋文章
        </label>
        <input
          ref={input}
          id="site-search"
          type="search"
          name="q"
          autoComplete="off"
          placeholder="搜尋（按 / ）"
          aria-controls={showPanel ? "site-search-results" : undefined}
          className="w-full rounded-md border border-neutral-300 bg-white px-3 py-1.5 text-sm outline-none focus:border-sky-600 focus:ring-2 focus:ring-sky-600/30 dark:border-neutral-700 dark:bg-neutral-900"
          onFocus={() => {
            setOpen(true);
            warmUp();
          }}
          {...inputProps}
        />
      </form>
      {showPanel && (
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
            <p className="p-2">找不到符合「{q}」的文章。</p>
          ) : (
            <ul>
              {result.hits.map((hit) => (
                <li key={hit.doc.slug}>
                  <Link
                    href={postHref(hit.doc.slug)}
                    className="block rounded px-2 py-1.5 hover:bg-neutral-100 focus:bg-neutral-100 dark:hover:bg-neutral-800 dark:focus:bg-neutral-800"
                    onClick={() => setOpen(false)}
                  >
                    <span className="block font-medium">
                      <Highlighted segments={engine.highlight(hit.doc.title, result.terms)} />
                    </span>
                    <time dateTime={hit.doc.iso} className="text-xs text-neutral-500">
                      {hit.doc.date}
                    </time>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Link href={searchHref(q)} className="mt-1 block rounded px-2 py-1.5 text-sky-800 hover:underline dark:text-sky-300" onClick={() => setOpen(false)}>
            {result && result.total > LIMIT ? `查看全部 ${result.total} 篇結果` : "在搜尋頁查看"} →
          </Link>
        </div>
      )}
    </div>
  );
}
