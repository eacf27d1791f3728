import type { ReactNode } from "react";

/** A root page or a section's own page: title, description and the body (about, privacy, terms...). */
export function ContentPage({ title, description, children }: { title: string; description?: string; children?: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl">
      <header className="mb-8">
        <h1 className="text-3xl leading-tight font-bold">{title}</h1>
        {description && <p className="mt-3 text-lg text-neutral-700 dark:text-neutral-300">{description}</p>}
      </header>
      {children && (
        <div className="prose prose-neutral max-w-none dark:prose-invert prose-headings:font-bold prose-a:text-sky-800 dark:prose-a:text-sky-300">{children}</div>
      )}
    </article>
  );
}
