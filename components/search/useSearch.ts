"use client";
import { useEffect, useState } from "react";
import { loadEngine, type Engine } from "./load-engine";
import type { SearchResult } from "@/lib/search/browser";

export interface SearchState {
  /** The query these results are for; differs from the asked query while a search runs. */
  query: string;
  result: SearchResult | null;
  engine: Engine | null;
  error: boolean;
}

/** Results for `query` (already committed, see useImeQuery); an empty query searches nothing. */
export function useSearch(query: string, limit: number): SearchState & { pending: boolean } {
  const [state, setState] = useState<SearchState>({ query: "", result: null, engine: null, error: false });
  const q = query.trim();
  useEffect(() => {
    if (!q) return;
    let live = true;
    loadEngine()
      .then(async (engine) => {
        const result = await engine.search(q, limit);
        if (live) setState({ query: q, result, engine, error: false });
      })
      .catch(() => {
        if (live) setState({ query: q, result: null, engine: null, error: true });
      });
    return () => {
      live = false;
    };
  }, [q, limit]);
  if (!q) return { query: "", result: null, engine: state.engine, error: false, pending: false };
  return { ...state, pending: state.query !== q };
}
