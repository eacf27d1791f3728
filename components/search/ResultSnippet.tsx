"use client";
import { useEffect, useState } from "react";
import type { Engine } from "./load-engine";
import { Highlighted } from "./Highlighted";
import type { SearchResult, Segment } from "@/lib/search/browser";

/** A window of the post's text around the matched words; fetched when the result is shown. */
export function ResultSnippet({ engine, slug, terms }: { engine: Engine; slug: string; terms: SearchResult["terms"] }) {
  const [text, setText] = useState<{ slug: string; value: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    engine.postText(slug).then((value) => {
      if (live) setText({ slug, value });
    });
    return () => {
      live = false;
    };
  }, [engine, slug]);
  if (!text || text.slug !== slug || !text.value) return <p className="mt-1 h-5 text-sm text-neutral-500" aria-hidden="true" />;
  const segments: Segment[] = engine.snippet(text.value, terms, 120) ?? [{ text: text.value.slice(0, 120) + (text.value.length > 120 ? "…" : ""), hit: false }];
  return (
    <p className="mt-1 text-sm leading-relaxed text-neutral-700 dark:text-neutral-300" data-testid="search-snippet">
      <Highlighted segments={segments} />
    </p>
  );
}
