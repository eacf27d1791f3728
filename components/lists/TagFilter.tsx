"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { categorySlugHref, postHref, tagHref } from "@/lib/http/routes";
import { applyFilter, formatLocalDate, searchWithSelection, selectionFromSearch, type Chip, type FilterData, type FilterScope } from "@/lib/browser/filter-posts";

const PAGE = 20;
const chipClass =
  "inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700";

/** The URL's query string as an external store: null on the server and while hydrating. */
const URL_CHANGE = "tagfilter:urlchange";
function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}
const clientSearch = () => window.location.search;
const serverSearch = () => null;

/**
 * Tag chips that narrow a list to posts having every selected tag. Without
 * JavaScript (and before hydration) each chip is a link to its tag page; with it,
 * chips are toggle buttons, the selection lives in `?tag=` and the list is
 * filtered here from data fetched on first use (lib/browser/filter-posts.ts).
 */
export function TagFilter({ chips, dataUrl, scope, children }: { chips: Chip[]; dataUrl: string; scope?: FilterScope; children: ReactNode }) {
  const search = useSyncExternalStore(subscribe, clientSearch, serverSearch);
  const mounted = search !== null;
  const selected = useMemo(() => (search === null ? [] : selectionFromSearch(search)), [search]);
  const selectionKey = selected.join("\n");
  const [data, setData] = useState<FilterData | null>(null);
  const [failed, setFailed] = useState(false);
  const [more, setMore] = useState({ key: "", shown: PAGE });
  const shown = more.key === selectionKey ? more.shown : PAGE;
  const loading = useRef<Promise<void> | null>(null);

  const load = useCallback(() => {
    loading.current ??= fetch(dataUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<FilterData>;
      })
      .then(
        (d) => {
          setFailed(false);
          setData(d);
        },
        () => {
          // Let the next hover, focus or click try again.
          loading.current = null;
          setFailed(true);
        },
      );
    return loading.current;
  }, [dataUrl]);

  // A shared or reloaded URL with ?tag= needs the data straight away.
  useEffect(() => {
    if (selected.length) void load();
  }, [selected, load]);

  const scopeTag = scope?.tag;
  const scopeCategory = scope?.category;
  const result = useMemo(
    () => (data ? applyFilter(data, selected, { tag: scopeTag, category: scopeCategory }) : null),
    [data, selected, scopeTag, scopeCategory],
  );
  const idOf = useMemo(() => new Map(data?.tags.map(([slug], i) => [slug, i])), [data]);

  // Selected tags outside the top chips still get a chip, so they can be removed.
  const visible: Chip[] = useMemo(() => {
    const extra = selected
      .filter((s) => !chips.some((c) => c.slug === s))
      .flatMap((s) => {
        const id = idOf.get(s);
        return id === undefined || !data ? [] : [{ slug: s, name: data.tags[id][1], count: 0 }];
      });
    return [...chips, ...extra];
  }, [chips, selected, idOf, data]);

  const countOf = (chip: Chip) => {
    if (!result || selected.length === 0) return chip.count;
    const id = idOf.get(chip.slug);
    return id === undefined ? 0 : (result.counts.get(id) ?? 0);
  };

  const choose = (next: string[]) => {
    window.history.pushState(null, "", `${window.location.pathname}${searchWithSelection(window.location.search, next)}${window.location.hash}`);
    window.dispatchEvent(new Event(URL_CHANGE));
  };
  const toggle = (slug: string) => choose(selected.includes(slug) ? selected.filter((s) => s !== slug) : [...selected, slug]);

  const active = mounted && selected.length > 0;
  const names = selected.filter((s) => !result?.unknown.includes(s)).map((s) => `#${visible.find((c) => c.slug === s)?.name ?? s}`);
  // On a tag's or a category's page the filter narrows that list; say so.
  if (data && scopeTag !== undefined) names.unshift(`#${data.tags.find(([slug]) => slug === scopeTag)?.[1] ?? scopeTag}`);
  const prefix = data && scopeCategory !== undefined ? `${data.categories.find(([slug]) => slug === scopeCategory)?.[1] ?? scopeCategory}：` : "";
  const status = !active
    ? ""
    : failed
      ? "篩選資料載入失敗，請重新整理頁面。"
      : !result
        ? "載入中…"
        : [
            prefix + (names.length ? `同時有 ${names.join("、")} 的文章共 ${result.matches.length} 篇` : `全部文章共 ${result.matches.length} 篇`),
            result.unknown.length ? `（找不到標籤：${result.unknown.join("、")}）` : "",
          ].join("");

  return (
    <>
      <section aria-labelledby="tag-filter-title" className="mt-4 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800" onPointerEnter={() => void load()} onFocus={() => void load()}>
        <h2 id="tag-filter-title" className="text-sm font-bold text-neutral-700 dark:text-neutral-300">
          依標籤篩選
          <span className="ml-2 font-normal text-neutral-600 dark:text-neutral-400">可複選，只列出同時有所選標籤的文章</span>
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2" data-tag-filter>
          {visible.map((chip) => {
            const on = selected.includes(chip.slug);
            const count = countOf(chip);
            const disabled = !on && count === 0;
            // One element before and after hydration: a link to the tag's page, which becomes a
            // toggle button once this runs. Swapping <a> for <button> made hydrating a tag page
            // re-create every chip, ~150 ms of Lighthouse's blocking time.
            return (
              <li key={chip.slug}>
                <a
                  href={tagHref(chip.slug)}
                  role={mounted ? "button" : undefined}
                  aria-pressed={mounted ? on : undefined}
                  aria-disabled={mounted && disabled ? true : undefined}
                  onClick={(e) => {
                    // A middle or modified click still opens the tag's page, in a new tab.
                    if (!mounted || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                    e.preventDefault();
                    if (!disabled) toggle(chip.slug);
                  }}
                  onKeyDown={(e) => {
                    // Enter clicks a link; a button also answers Space.
                    if (!mounted || e.key !== " ") return;
                    e.preventDefault();
                    if (!disabled) toggle(chip.slug);
                  }}
                  className={`${chipClass} aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${on ? "border-sky-800 bg-sky-800 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-neutral-950" : "border-neutral-300 bg-white text-neutral-800 hover:bg-sky-50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-200"}`}
                >
                  #{chip.name}
                  <span>({count})</span>
                </a>
              </li>
            );
          })}
        </ul>
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <p role="status" aria-live="polite" className="text-neutral-700 dark:text-neutral-300">
            {status}
          </p>
          {active && (
            <button type="button" onClick={() => choose([])} className="cursor-pointer rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
              清除篩選
            </button>
          )}
        </div>
      </section>
      {!active ? (
        children
      ) : data && result ? (
        <div data-filter-results>
          {result.matches.length === 0 && <p className="py-8 text-neutral-600 dark:text-neutral-400">沒有同時符合這些標籤的文章。</p>}
          {result.matches.slice(0, shown).map((i) => {
            const [slug, title, ymd, cats, tags] = data.posts[i];
            const category = cats.length ? data.categories[cats[0]] : null;
            return (
              <article key={slug} className="border-b border-neutral-200 py-6 dark:border-neutral-800">
                <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-neutral-600 dark:text-neutral-400">
                  {category && (
                    <a href={categorySlugHref(category[0])} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
                      {category[1]}
                    </a>
                  )}
                  <time dateTime={ymd}>{formatLocalDate(ymd)}</time>
                </div>
                <h2 className="text-xl leading-snug font-bold">
                  <a href={postHref(slug)} className="text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
                    {title}
                  </a>
                </h2>
                <ul aria-label="標籤" className="mt-3 flex flex-wrap gap-2">
                  {tags.map((t) => (
                    <li key={t}>
                      <a href={tagHref(data.tags[t][0])} className="tag-chip">
                        #{data.tags[t][1]}
                      </a>
                    </li>
                  ))}
                </ul>
              </article>
            );
          })}
          {result.matches.length > shown && (
            <button type="button" onClick={() => setMore({ key: selectionKey, shown: shown + PAGE })} className="mt-6 cursor-pointer rounded border border-neutral-300 px-4 py-2 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
              顯示更多（還有 {result.matches.length - shown} 篇）
            </button>
          )}
        </div>
      ) : (
        <div aria-busy="true" className="py-8 text-neutral-600 dark:text-neutral-400">
          {failed ? "無法載入篩選結果。" : "載入中…"}
        </div>
      )}
    </>
  );
}
