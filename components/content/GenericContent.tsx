import type { GenericView } from "@/lib/views/content-view";
import { MdxContent } from "../mdx/MdxContent";
import { mdxComponents } from "../mdx/mdx-components";
import { ContentPage } from "./ContentPage";

/** A page, a generic entry or a section without a layout of its own. */
export function GenericContent({ view, findPost }: { view: GenericView; findPost: Parameters<typeof mdxComponents>[0] }) {
  return (
    <ContentPage title={view.title} description={view.description}>
      {view.body && <MdxContent code={view.body.code} components={mdxComponents(findPost)} />}
      {view.facts.length > 0 && (
        <dl className="not-prose mt-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          {view.facts.map((f) => (
            <div key={f.label} className="contents">
              <dt className="font-medium text-neutral-600 dark:text-neutral-400">{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {view.entries.length > 0 && (
        <ul className="not-prose mt-8 space-y-3">
          {view.entries.map((e) => (
            <li key={e.href}>
              <a href={e.href} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
                {e.title}
              </a>
              {e.description && <p className="text-sm text-neutral-600 dark:text-neutral-400">{e.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </ContentPage>
  );
}
