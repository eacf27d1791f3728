"use client";

import { useSyncExternalStore } from "react";
import { savedSnapshot, serverSnapshot, subscribeSaved, withSaved, withoutSaved, writeSaved, type SavedPost } from "@/lib/saved-posts";

/** 稍後閱讀: saves or unsaves a post in this browser. */
export function SaveButton({ post }: { post: SavedPost }) {
  const saved = useSyncExternalStore(subscribeSaved, savedSnapshot, serverSnapshot);
  const isSaved = saved.some((p) => p.slug === post.slug);
  const toggle = () => writeSaved(isSaved ? withoutSaved(savedSnapshot(), post.slug) : withSaved(savedSnapshot(), post));
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={isSaved}
      aria-label={`${isSaved ? "已加入稍後閱讀" : "稍後閱讀"}：${post.title}`}
      data-save-button={post.slug}
      className={`inline-flex items-center gap-1 rounded-md border px-2 py-0.5 text-sm ${
        isSaved
          ? "border-sky-800 bg-sky-50 text-sky-900 dark:border-sky-300 dark:bg-sky-950 dark:text-sky-200"
          : "border-neutral-300 text-neutral-700 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-300 dark:hover:bg-neutral-800"
      }`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill={isSaved ? "currentColor" : "none"} stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
        <path d="M6 3h12v18l-6-4-6 4z" />
      </svg>
      {isSaved ? "已加入稍後閱讀" : "稍後閱讀"}
    </button>
  );
}
