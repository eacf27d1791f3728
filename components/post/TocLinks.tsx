"use client";

import { useEffect, useState } from "react";
import type { TocHeading } from "@/lib/render/headings";

/** A heading counts as the current section once its top passes this share of the viewport. */
const ACTIVE_LINE = 0.3;

/** The table of contents' links, marking the section being read (aria-current). */
export function TocLinks({ headings }: { headings: TocHeading[] }) {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const elements = headings.map((h) => document.getElementById(h.id)).filter((e): e is HTMLElement => e !== null);
    if (elements.length === 0) return;
    const update = () => {
      const line = window.innerHeight * ACTIVE_LINE;
      let current: string | null = null;
      for (const el of elements) {
        if (el.getBoundingClientRect().top <= line) current = el.id;
        else break;
      }
      setActive(current);
    };
    // The observer only says when a heading crosses the line; update() then decides.
    const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${(1 - ACTIVE_LINE) * 100}% 0px` });
    for (const el of elements) observer.observe(el);
    update();
    return () => observer.disconnect();
  }, [headings]);

  return (
    <ol className="space-y-1.5 text-sm leading-snug">
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? "pl-4" : undefined}>
          <a
            href={`#${h.id}`}
            aria-current={active === h.id ? "location" : undefined}
            className="block border-l-2 border-transparent py-0.5 pl-3 text-neutral-700 hover:text-sky-800 hover:underline aria-[current=location]:border-sky-700 aria-[current=location]:font-bold aria-[current=location]:text-sky-900 dark:text-neutral-300 dark:hover:text-sky-300 dark:aria-[current=location]:border-sky-300 dark:aria-[current=location]:text-sky-200"
          >
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
}
