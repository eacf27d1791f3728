"use client";

import { useEffect, useSyncExternalStore } from "react";
import { applyTheme, storedTheme, type Theme } from "@/lib/browser/theme";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const current = (): Theme => (document.documentElement.classList.contains("dark") ? "dark" : "light");

/** The header's light/dark switch. The inline script in <head> has already set the theme. */
export function ThemeToggle() {
  // null on the server: the icon is drawn only once the real theme is known.
  const theme = useSyncExternalStore<Theme | null>(subscribe, current, () => null);

  // Follow the system while the reader has not chosen.
  useEffect(() => {
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => {
      if (!storedTheme()) applyTheme(media.matches ? "dark" : "light", false);
    };
    follow(); // the system may have changed between first paint and hydration
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, []);

  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      onClick={() => applyTheme(next, true)}
      aria-label={theme === "dark" ? "切換為淺色模式" : "切換為深色模式"}
      aria-pressed={theme === "dark"}
      title={theme === "dark" ? "切換為淺色模式" : "切換為深色模式"}
      data-theme-toggle
      data-theme={theme ?? undefined}
      className="inline-flex h-9 w-9 items-center justify-center rounded-md border border-neutral-300 text-neutral-700 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800"
    >
      {theme === "dark" ? (
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </svg>
      ) : (
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        </svg>
      )}
    </button>
  );
}
