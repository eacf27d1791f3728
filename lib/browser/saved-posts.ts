/**
 * Save for later (稍後閱讀): the saved posts live in the reader's browser
 * (localStorage, no account). Each entry carries what the /reading-list/ page shows,
 * so that page needs no post index. The pure functions are unit-tested; the store
 * below wires them to localStorage and tells subscribers (other tabs too) of changes.
 */
const SAVED_STORAGE_KEY = "saved-posts";

export interface SavedPost {
  slug: string;
  title: string;
  /** Display date, already formatted in the site's time zone by the server. */
  date: string;
  href: string;
}

function isSavedPost(v: unknown): v is SavedPost {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return typeof o.slug === "string" && typeof o.title === "string" && typeof o.date === "string" && typeof o.href === "string";
}

/** Parse what is stored; anything malformed (an old format, a hand edit) is dropped. */
export function parseSaved(raw: string | null): SavedPost[] {
  if (!raw) return [];
  try {
    const data: unknown = JSON.parse(raw);
    return Array.isArray(data) ? data.filter(isSavedPost) : [];
  } catch {
    return [];
  }
}

/** Newest saved first; saving a post again moves it to the top. */
export function withSaved(list: SavedPost[], post: SavedPost): SavedPost[] {
  return [post, ...list.filter((p) => p.slug !== post.slug)];
}

export function withoutSaved(list: SavedPost[], slug: string): SavedPost[] {
  return list.filter((p) => p.slug !== slug);
}

// --- browser store ---------------------------------------------------------

const listeners = new Set<() => void>();
let cacheRaw: string | null | undefined;
let cacheList: SavedPost[] = [];
const EMPTY: SavedPost[] = [];

function readRaw(): string | null {
  try {
    return localStorage.getItem(SAVED_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The saved list; the same array until storage changes (useSyncExternalStore needs that). */
export function savedSnapshot(): SavedPost[] {
  const raw = readRaw();
  if (raw !== cacheRaw) {
    cacheRaw = raw;
    cacheList = parseSaved(raw);
  }
  return cacheList;
}

export function serverSnapshot(): SavedPost[] {
  return EMPTY;
}

export function subscribeSaved(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === SAVED_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

export function writeSaved(list: SavedPost[]): void {
  try {
    if (list.length) localStorage.setItem(SAVED_STORAGE_KEY, JSON.stringify(list));
    else localStorage.removeItem(SAVED_STORAGE_KEY);
  } catch {
    // Storage full or disabled: nothing to save into.
  }
  for (const l of listeners) l();
}
