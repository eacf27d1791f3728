"use client";

import { useEffect } from "react";
import { savedSnapshot, subscribeSaved, withSaved, withoutSaved, writeSaved, type SavedPost } from "@/lib/browser/saved-posts";

const SELECTOR = "button[data-save-button]";

/** The post a server-rendered <SaveButton /> carries in its data attributes. */
function postOf(button: HTMLButtonElement | null | undefined): SavedPost | null {
  const { saveButton: slug, title, date, href } = button?.dataset ?? {};
  return slug && title && date && href ? { slug, title, date, href } : null;
}

/** Marks every save button on the page as saved or not, from what is stored now. */
function sync(): void {
  const saved = new Set(savedSnapshot().map((p) => p.slug));
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    const post = postOf(button);
    if (!post) continue;
    const on = saved.has(post.slug);
    button.setAttribute("aria-pressed", String(on));
    button.setAttribute("aria-label", `${on ? "已加入稍後閱讀" : "稍後閱讀"}：${post.title}`);
  }
}

function onClick(e: MouseEvent): void {
  const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>(SELECTOR);
  const post = postOf(button);
  if (!post) return;
  const list = savedSnapshot();
  writeSaved(list.some((p) => p.slug === post.slug) ? withoutSaved(list, post.slug) : withSaved(list, post));
}

// Two copies on one page must not both toggle a click (that would undo it).
let users = 0;
let unsubscribe: () => void = () => {};

/**
 * The one client island behind every <SaveButton /> on the page: one click listener
 * and one store subscription instead of a hydrated component per button. Renders nothing.
 */
export function SaveButtons() {
  useEffect(() => {
    if (users++ === 0) {
      document.addEventListener("click", onClick);
      unsubscribe = subscribeSaved(sync);
    }
    sync();
    return () => {
      if (--users === 0) {
        document.removeEventListener("click", onClick);
        unsubscribe();
      }
    };
  }, []);
  return null;
}
