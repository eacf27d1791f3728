import { xPostUrl } from "@/lib/embeds";

/**
 * An X post as a static card that links to it: no widgets.js, no iframe, nothing
 * loaded from X until the reader follows the link.
 */
export function XPost({ id, user }: { id: string; user?: string }) {
  const href = xPostUrl(id, user);
  return (
    <figure className="embed not-prose my-8" data-embed="x-post">
      <blockquote className="rounded-xl border border-neutral-300 bg-white p-5 shadow-sm dark:border-neutral-700 dark:bg-neutral-900">
        <div className="flex items-center gap-3">
          <span className="flex h-10 w-10 items-center justify-center rounded-full bg-black text-white dark:bg-white dark:text-black" aria-hidden="true">
            <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
              <path d="M18.9 2H22l-7.4 8.5L23 22h-6.8l-5.3-7-6.1 7H1.7l7.9-9L1 2h7l4.8 6.4L18.9 2zm-1.2 18h1.9L6.4 3.9H4.4L17.7 20z" />
            </svg>
          </span>
          <span className="min-w-0">
            <span className="block font-semibold text-neutral-900 dark:text-neutral-100">{user ? `@${user}` : "X 貼文"}</span>
            <span className="block text-sm text-neutral-500">在 X 上的貼文</span>
          </span>
        </div>
        <p className="mt-4 text-neutral-700 dark:text-neutral-300">
          <a href={href} className="font-medium text-sky-700 underline dark:text-sky-400" rel="noopener noreferrer" target="_blank">
            在 X 上查看這則貼文
          </a>
        </p>
      </blockquote>
    </figure>
  );
}
