import type { EntityLink } from "@/lib/taxonomy/entity-graph";

function Links({ label, links }: { label: string; links: EntityLink[] }) {
  if (links.length === 0) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <dt className="font-bold">{label}</dt>
      {links.map((l) => (
        <dd key={l.slug}>
          {l.href ? (
            <a href={l.href} className="text-sky-800 hover:underline dark:text-sky-300">
              {l.label}
            </a>
          ) : (
            <span data-unknown-entity={l.slug}>{l.label}</span>
          )}
        </dd>
      ))}
    </div>
  );
}

/** 本文提及: the companies and people a post is about, each linking to its page. */
export function RelatedEntities({ companies, people }: { companies: EntityLink[]; people: EntityLink[] }) {
  if (companies.length === 0 && people.length === 0) return null;
  return (
    <section aria-labelledby="related-entities-title" className="mt-10 rounded-lg border border-neutral-200 p-5 dark:border-neutral-800">
      <h2 id="related-entities-title" className="text-lg font-bold">
        本文提及
      </h2>
      <dl className="mt-3 space-y-2 text-sm">
        <Links label="公司" links={companies} />
        <Links label="人物" links={people} />
      </dl>
    </section>
  );
}
