import type { ReactNode } from "react";

export interface ResolvedLink {
  href: string;
  title: string;
  date: string;
}

/** 延伸閱讀: the further-reading list at the end of a post. */
export function FurtherReading({ children }: { children?: ReactNode }) {
  return (
    <nav aria-label="延伸閱讀" className="not-prose my-6">
      <ul className="space-y-3">{children}</ul>
    </nav>
  );
}

/**
 * One further-reading entry. An internal link shows the linked post's title and
 * date; a link to a post that does not exist is plain text, never a dead link.
 */
export function FurtherReadingItem({
  href,
  label,
  resolve,
}: {
  href: string;
  label?: string;
  resolve: (href: string) => ResolvedLink | null | "missing";
}) {
  const target = resolve(href);
  const text = label || href;
  if (target === "missing") {
    return (
      <li className="rounded-md border border-dashed border-neutral-300 px-4 py-3 text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
        <span data-missing-link={href}>{text}</span>
      </li>
    );
  }
  if (target) {
    return (
      <li className="rounded-md border border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <a href={target.href} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
          {target.title}
        </a>
        <div className="text-sm text-neutral-600 dark:text-neutral-400">{target.date}</div>
      </li>
    );
  }
  return (
    <li className="rounded-md border border-neutral-200 px-4 py-3 dark:border-neutral-800">
      <a href={href} className="font-medium text-sky-800 hover:underline dark:text-sky-300" rel="noopener noreferrer">
        {text}
      </a>
    </li>
  );
}
