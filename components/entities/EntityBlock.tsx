import type { ReactNode } from "react";
import type { EntityBlock as Block, ItemView, QuoteView } from "@/lib/views/entity-view";
import { FactList } from "./FactList";
import { LinkText } from "./LinkText";
import { MarkdownField } from "./MarkdownField";

const H2 = "mb-4 text-xl font-bold border-b border-neutral-200 pb-2 dark:border-neutral-800";

/** An item's title and meta; on a timeline the meta (its date) comes first. */
function Item({ item, metaFirst = false }: { item: ItemView; metaFirst?: boolean }) {
  const meta = item.meta.length > 0 && <span className="text-sm text-neutral-600 dark:text-neutral-400">{item.meta.join(" · ")}</span>;
  return (
    <>
      <div className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 ${metaFirst ? "flex-col" : ""}`}>
        {metaFirst && meta}
        <LinkText link={item.title} className="font-bold" />
        {!metaFirst && meta}
        {item.highlight && <span className="rounded bg-sky-100 px-1.5 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">重點</span>}
      </div>
      {item.text && <p className="mt-1 text-neutral-700 dark:text-neutral-300">{item.text}</p>}
    </>
  );
}

function Items({ items, style }: { items: ItemView[]; style: "list" | "timeline" }) {
  if (style === "timeline") {
    return (
      <ol className="relative ml-1.5 space-y-5 border-l-2 border-neutral-200 pl-5 dark:border-neutral-800">
        {items.map((item, i) => (
          <li key={i} className="relative">
            <span aria-hidden="true" className={`absolute top-2.5 -left-[1.6rem] size-2.5 rounded-full ${item.highlight ? "bg-sky-700 dark:bg-sky-300" : "bg-neutral-400 dark:bg-neutral-600"}`} />
            <Item item={item} metaFirst />
          </li>
        ))}
      </ol>
    );
  }
  return (
    <ul className="space-y-4">
      {items.map((item, i) => (
        <li key={i}>
          <Item item={item} />
        </li>
      ))}
    </ul>
  );
}

function Quotes({ quotes }: { quotes: QuoteView[] }) {
  return (
    <ul className="space-y-6">
      {quotes.map((q, i) => (
        <li key={i}>
          <figure className="border-l-4 border-sky-700 pl-4 dark:border-sky-400">
            <blockquote className="text-lg">
              <p>「{q.quote}」</p>
            </blockquote>
            {(q.source || q.meta.length > 0) && (
              <figcaption className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
                — {q.meta.join(" · ")}
                {q.source && (
                  <>
                    {q.meta.length > 0 && " · "}
                    <LinkText link={q.source} />
                  </>
                )}
              </figcaption>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}

function Content({ block }: { block: Exclude<Block, { type: "body" }> }) {
  switch (block.type) {
    case "markdown":
      return <MarkdownField html={block.html} />;
    case "items":
      return <Items items={block.items} style={block.style} />;
    case "quotes":
      return <Quotes quotes={block.quotes} />;
    case "facts":
      return <FactList rows={block.rows} />;
    case "chips":
      return (
        <ul className="flex flex-wrap gap-2">
          {block.values.map((v, i) => (
            <li key={i} className="rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-700 dark:bg-neutral-800 dark:text-neutral-200">
              <LinkText link={v} />
            </li>
          ))}
        </ul>
      );
    case "table":
      return (
        // Wider than a phone: it scrolls sideways, so it takes focus for keyboard users.
        <div role="region" aria-label={`${block.heading}（表格）`} tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-[0.95rem]">
            <thead className="border-b border-neutral-300 text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
              <tr>
                {block.columns.map((c) => (
                  <th key={c} scope="col" className="py-2 pr-4 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-neutral-200 dark:divide-neutral-800">
              {block.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j} className="py-2 pr-4 align-top">
                      <LinkText link={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/** One part of an entity page under its h2; the body part shows `body` (the compiled MDX) without a heading. */
export function EntityBlock({ block, body }: { block: Block; body?: ReactNode }) {
  if (block.type === "body") {
    return body ? (
      <div className="prose prose-neutral mt-8 max-w-none dark:prose-invert prose-headings:font-bold prose-a:text-sky-800 dark:prose-a:text-sky-300">{body}</div>
    ) : null;
  }
  return (
    <section aria-labelledby={block.id} className="mt-10 first:mt-0">
      <h2 id={block.id} className={H2}>
        {block.heading}
      </h2>
      <Content block={block} />
    </section>
  );
}
