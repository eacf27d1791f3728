import type { LinkView } from "@/lib/views/entity-context";

/**
 * A value that may be a link: text, a link on the site, or a link out of it
 * (rel="noopener"; it opens in the same tab, so no target).
 */
export function LinkText({ link, className = "" }: { link: LinkView; className?: string }) {
  if (!link.href) return <span className={className}>{link.text}</span>;
  return (
    <a
      href={link.href}
      rel={link.external ? "noopener" : undefined}
      className={`text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-sky-800 dark:text-sky-300 dark:decoration-sky-300/30 dark:hover:decoration-sky-300 ${className}`}
    >
      {link.text}
    </a>
  );
}
