/**
 * Dark mode: the system's preference unless the reader picked a theme with the
 * toggle, which is remembered in localStorage. THEME_SCRIPT runs inline in <head>,
 * before the first paint, so the page never flashes the wrong theme.
 */
const THEME_STORAGE_KEY = "theme";
export type Theme = "light" | "dark";

export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==="dark"||(t!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light"}catch(_){}})()`;

/** Apply a theme to the page (and remember it when the reader chose it). */
export function applyTheme(theme: Theme, remember: boolean): void {
  const root = document.documentElement;
  root.classList.toggle("dark", theme === "dark");
  root.style.colorScheme = theme;
  if (!remember) return;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export function storedTheme(): Theme | null {
  try {
    const t = localStorage.getItem(THEME_STORAGE_KEY);
    return t === "dark" || t === "light" ? t : null;
  } catch {
    return null;
  }
}
