import type { PeopleDirectoryView } from "@/lib/views/section-page";
import { EntityPicture } from "./EntityPicture";

/** People as a grid of cards: photo (or initials), name, English name, position and organization. */
export function PeopleDirectory({ directory }: { directory: PeopleDirectoryView }) {
  if (directory.people.length === 0) return <p className="py-8 text-neutral-600 dark:text-neutral-400">目前沒有資料。</p>;
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {directory.people.map((p) => (
        <li key={p.href} className="relative flex flex-col items-center rounded-lg border border-neutral-200 p-4 text-center hover:border-sky-700 dark:border-neutral-800 dark:hover:border-sky-400">
          <EntityPicture image={p.image} placeholder={p.placeholder} shape="photo" size="size-20 sm:size-24" />
          <h2 className="mt-3 text-base leading-snug font-bold">
            {/* The whole card is the link's target area (after:absolute), one link per card. */}
            <a href={p.href} className="text-neutral-900 after:absolute after:inset-0 hover:text-sky-800 dark:text-neutral-100 dark:hover:text-sky-300">
              {p.title}
            </a>
          </h2>
          {p.nameEn && (
            <p lang="en" className="text-sm text-neutral-600 dark:text-neutral-400">
              {p.nameEn}
            </p>
          )}
          {p.role && <p className="mt-1 line-clamp-2 text-sm text-neutral-700 dark:text-neutral-300">{p.role}</p>}
        </li>
      ))}
    </ul>
  );
}
