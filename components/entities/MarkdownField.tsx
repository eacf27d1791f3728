import type { SanitizedHtml } from "@/lib/render/markdown-field";

/**
 * A Markdown field of an entity. The only inner HTML entity pages set, and only HTML
 * that came out of lib/render/markdown-field.ts (sanitized: no script, no handlers).
 */
export function MarkdownField({ html }: { html: SanitizedHtml }) {
  return (
    <div
      className="prose prose-neutral max-w-none dark:prose-invert prose-h3:text-lg prose-h4:text-base prose-a:text-sky-800 dark:prose-a:text-sky-300"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
