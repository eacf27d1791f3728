import type { ReactNode } from "react";
import type { SectionPageView } from "@/lib/views/section-page";
import { Breadcrumbs } from "./Breadcrumbs";
import { EventList } from "./EventList";
import { GenericList } from "./GenericList";
import { OrganizationDirectory } from "./OrganizationDirectory";
import { PeopleDirectory } from "./PeopleDirectory";

const COUNT_WORD = { organization: "家", person: "位", event: "場", generic: "筆" } as const;

/** A section's page: its title and count, the _index as intro (`children`: its compiled body), then its entries. */
export function SectionArticle({ view, children }: { view: SectionPageView; children?: ReactNode }) {
  const d = view.directory;
  return (
    <div data-kind={view.kind}>
      <Breadcrumbs items={view.breadcrumbs} />
      <header className="mb-8">
        <h1 className="text-3xl leading-tight font-bold">
          {view.title}
          <span className="ml-3 text-base font-normal text-neutral-600 dark:text-neutral-400">
            共 {view.count} {COUNT_WORD[view.kind]}
          </span>
        </h1>
        {view.intro.description && <p className="mt-3 max-w-3xl text-lg text-neutral-700 dark:text-neutral-300">{view.intro.description}</p>}
        {children && <div className="prose prose-neutral mt-4 max-w-3xl dark:prose-invert prose-a:text-sky-800 dark:prose-a:text-sky-300">{children}</div>}
      </header>
      {d.type === "organization" && <OrganizationDirectory directory={d} />}
      {d.type === "person" && <PeopleDirectory directory={d} />}
      {d.type === "event" && <EventList list={d} />}
      {d.type === "generic" && <GenericList list={d} />}
    </div>
  );
}
