"use client";

import { useState, useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/** Copies the code block it sits in. Shown only once JavaScript can run it. */
export function CopyButton() {
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  return (
    <button
      type="button"
      onClick={async (e) => {
        const code = e.currentTarget.closest(".code-block")?.querySelector("pre")?.textContent ?? "";
        try {
          await navigator.clipboard.writeText(code);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          // Clipboard refused (no permission, insecure context): the text stays selectable.
        }
      }}
      aria-label={copied ? "已複製" : "複製程式碼"}
      className="absolute top-2 right-2 rounded-md border border-neutral-300 bg-white px-2 py-0.5 text-xs text-neutral-800 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700"
    >
      <span aria-hidden="true">{copied ? "已複製" : "複製"}</span>
    </button>
  );
}
