"use client";

import { useSyncExternalStore } from "react";
import { savedSnapshot, serverSnapshot, subscribeSaved, withoutSaved, writeSaved } from "@/lib/browser/saved-posts";

const subscribeNothing = () => () => {};

/** The /reading-list/ page's list: what this browser saved, with remove and clear. */
export function SavedPosts() {
  const saved = useSyncExternalStore(subscribeSaved, savedSnapshot, serverSnapshot);
  // The list lives in the browser: until hydration there is nothing to show yet.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);

  if (!hydrated) {
    return (
      <p className="mt-6 text-neutral-700 dark:text-neutral-300">
        <noscript>稍後閱讀清單存在瀏覽器裡，需要啟用 JavaScript 才能顯示。</noscript>
      </p>
    );
  }
  if (saved.length === 0) {
    return (
      <p className="mt-6 text-neutral-700 dark:text-neutral-300" data-saved-empty>
        還沒有儲存任何文章。在文章或列表上按「稍後閱讀」，就會出現在這裡。
      </p>
    );
  }
  return (
    <div className="mt-6">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-neutral-700 dark:text-neutral-300" aria-live="polite">
          共 {saved.length} 篇
        </p>
        <button
          type="button"
          onClick={() => {
            if (window.confirm("確定要清空稍後閱讀清單嗎？")) writeSaved([]);
          }}
          className="rounded-md border border-neutral-300 px-3 py-1 text-sm text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800"
        >
          全部清除
        </button>
      </div>
      <ul className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800" data-saved-list>
        {saved.map((p) => (
          <li key={p.slug} className="flex items-start justify-between gap-4 py-4">
            <div>
              <a href={p.href} className="text-lg font-bold text-neutral-900 hover:text-sky-800 hover:underline dark:text-neutral-100 dark:hover:text-sky-300">
                {p.title}
              </a>
              <p className="text-sm text-neutral-600 dark:text-neutral-400">{p.date}</p>
            </div>
            <button
              type="button"
              onClick={() => writeSaved(withoutSaved(savedSnapshot(), p.slug))}
              aria-label={`移除：${p.title}`}
              className="shrink-0 rounded-md border border-neutral-300 px-2 py-0.5 text-sm text-neutral-700 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-300 dark:hover:bg-neutral-800"
            >
              移除
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
