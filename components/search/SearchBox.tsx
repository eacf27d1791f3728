"use client";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { searchHref } from "@/lib/http/routes";
import { useImeQuery } from "./useIme";

/**
 * Every page ships this box; the results panel, the search code and the index only
 * arrive once a reader focuses it, so a page that is merely read pays for none of them.
 */
const HeaderResults = lazy(() => import("./HeaderResults"));

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The header's search box: `/` or Ctrl/Cmd-K focuses it, results appear as you type
 * (after an IME commits), Enter opens /search/. It is a plain GET form, so Enter
 * works the same before and after the results code has loaded, and without JavaScript.
 */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  // Mounted on first focus and kept, so the loaded engine survives closing the panel.
  const [used, setUsed] = useState(false);
  const { query, inputProps } = useImeQuery("");
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

  const showPanel = open && q !== "";
  const close = () => setOpen(false);
  return (
    <div
      className="relative w-full sm:w-64"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          close();
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
      <form role="search" action={searchHref()} method="get" onSubmit={close}>
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
            setUsed(true);
          }}
          {...inputProps}
        />
      </form>
      {used && (
        <Suspense fallback={null}>
          <HeaderResults query={showPanel ? q : ""} onNavigate={close} />
        </Suspense>
      )}
    </div>
  );
}
