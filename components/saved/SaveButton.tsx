import type { SavedPost } from "@/lib/browser/saved-posts";

/**
 * 稍後閱讀: saves or unsaves a post in this browser. Rendered by the server and not
 * hydrated one by one: a list page has dozens, so one listener in <SaveButtons />
 * (rendered once on the page) handles every click and keeps aria-pressed and the
 * label in step with localStorage. The saved look follows aria-pressed in CSS.
 */
export function SaveButton({ post }: { post: SavedPost }) {
  return (
    <button
      type="button"
      aria-pressed="false"
      aria-label={`稍後閱讀：${post.title}`}
      data-save-button={post.slug}
      data-title={post.title}
      data-date={post.date}
      data-href={post.href}
      className="save-button group"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" className="group-aria-pressed:fill-current">
        <path d="M6 3h12v18l-6-4-6 4z" />
      </svg>
      <span className="group-aria-pressed:hidden">稍後閱讀</span>
      <span className="hidden group-aria-pressed:inline">已加入稍後閱讀</span>
    </button>
  );
}
