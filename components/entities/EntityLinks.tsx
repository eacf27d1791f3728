import type { LinkView } from "@/lib/views/entity-context";
import { LinkText } from "./LinkText";

/**
 * A headed list of links: the entity's own sites (outbound, rel="noopener") or the
 * entries it names (with how they relate; one without a page is text).
 */
export function EntityLinks({ id, heading, links, place = "side" }: { id: string; heading: string; links: (LinkView & { relation?: string })[]; place?: "side" | "main" }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id} className={place === "main" ? "mt-10" : "mt-8 first:mt-0"}>
      <h2 id={id} className={place === "main" ? "mb-4 border-b border-neutral-200 pb-2 text-xl font-bold dark:border-neutral-800" : "mb-3 text-lg font-bold"}>
        {heading}
      </h2>
      <ul className="space-y-1.5">
        {links.map((link, i) => (
          <li key={`${link.href ?? link.text}-${i}`} className="break-words">
            <LinkText link={link} />
            {link.relation && <span className="ml-2 text-sm text-neutral-600 dark:text-neutral-400">{link.relation}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
