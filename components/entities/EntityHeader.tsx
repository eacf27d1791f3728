import type { EntityHeaderView } from "@/lib/views/entity-view";
import { EntityPicture } from "./EntityPicture";
import { LinkText } from "./LinkText";

/** The entity's name (h1), its other names, labels, one-line description and picture. */
export function EntityHeader({ header }: { header: EntityHeaderView }) {
  const picture =
    header.picture === "none" ? null : (
      <figure className="shrink-0">
        <EntityPicture image={header.image} placeholder={header.placeholder} shape={header.picture} size="size-16 sm:size-24" eager />
        {header.image?.credit && (
          <figcaption className="mt-1 max-w-24 text-[11px] leading-tight text-neutral-600 dark:text-neutral-400">
            <LinkText link={header.image.credit} />
          </figcaption>
        )}
      </figure>
    );
  return (
    <header className="mb-8 flex items-start gap-4 sm:gap-6">
      {picture}
      <div className="min-w-0 flex-1">
        <h1 className="text-2xl leading-tight font-bold break-words sm:text-4xl">{header.title}</h1>
        {header.names.length > 0 && <p className="mt-1 text-lg text-neutral-600 dark:text-neutral-400">{header.names.join(" · ")}</p>}
        {header.badges.length > 0 && (
          <ul aria-label="類型" className="mt-3 flex flex-wrap gap-2">
            {header.badges.map((b) => (
              <li key={b} className="rounded-full bg-neutral-100 px-3 py-0.5 text-sm text-neutral-700 dark:bg-neutral-800 dark:text-neutral-200">
                {b}
              </li>
            ))}
          </ul>
        )}
        {header.description && <p className="mt-3 max-w-3xl text-lg text-neutral-700 dark:text-neutral-300">{header.description}</p>}
      </div>
    </header>
  );
}
