import type { ReactNode } from "react";
import type { EntityPageView } from "@/lib/views/entity-view";
import { Breadcrumbs } from "./Breadcrumbs";
import { EntityBlock } from "./EntityBlock";
import { EntityHeader } from "./EntityHeader";
import { EntityLinks } from "./EntityLinks";
import { FactList } from "./FactList";
import { PostsAbout } from "./PostsAbout";

/**
 * A whole entity page. Phones: one column, the facts in a box under the header, then
 * the parts, the entries it names and the posts about it. From lg up the facts and
 * links sit in a side column beside the parts, which keep a CJK-friendly measure
 * (max-w-3xl, about 40 characters). `children` is the file's body (MdxContent), shown
 * where the view's body part is.
 */
export function EntityArticle({ view, children }: { view: EntityPageView; children?: ReactNode }) {
  const side = view.facts.length > 0 || view.links.length > 0;
  return (
    <article data-kind={view.kind}>
      <Breadcrumbs items={view.breadcrumbs} />
      <EntityHeader header={view.header} />
      <div className={side ? "lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-10" : undefined}>
        {side && (
          <aside aria-label="基本資料" className="mb-10 rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-3 lg:col-start-2 lg:row-start-1 lg:mb-0 lg:self-start dark:border-neutral-800 dark:bg-neutral-900">
            {view.facts.length > 0 && (
              <section aria-labelledby="part-facts">
                <h2 id="part-facts" className="mb-1 text-lg font-bold">
                  基本資料
                </h2>
                <FactList rows={view.facts} />
              </section>
            )}
            <EntityLinks id="part-links" heading="相關連結" links={view.links} />
          </aside>
        )}
        <div className="max-w-3xl min-w-0 lg:col-start-1 lg:row-start-1">
          {view.blocks.map((block) => (
            <EntityBlock key={block.id} block={block} body={children} />
          ))}
          {view.related && <EntityLinks id="part-related" heading={view.related.heading} links={view.related.links} place="main" />}
          <PostsAbout posts={view.posts} />
        </div>
      </div>
    </article>
  );
}
