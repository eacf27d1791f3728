/**
 * The search index: an inverted index from token to the posts (and fields) that
 * contain it, plus what a result needs to be shown. Built once at build time and
 * served as static JSON; post bodies are not in it (they are fetched per result
 * for snippets), which keeps it small.
 */
import { indexTokens, type HanStrategy } from "./tokenize";

export const INDEX_VERSION = 1;

/** Field bits in a posting's mask. */
export const FIELD = { title: 1, tag: 2, category: 4, description: 8, body: 16 } as const;

export interface SearchDocInput {
  slug: string;
  title: string;
  /** Display date, already formatted in the site's time zone. */
  date: string;
  /** ISO date for <time datetime>. */
  iso: string;
  tags: string[];
  categories: string[];
  description: string;
  /** Plain text of the body, without markup. */
  body: string;
}

export type SearchDoc = Omit<SearchDocInput, "body" | "categories">;

export interface SearchIndexData {
  v: number;
  strategy: HanStrategy;
  /** In the order given to the builder: newest first, so a lower id is newer. */
  docs: SearchDoc[];
  /** Sorted, so a prefix is a contiguous range. */
  tokens: string[];
  /** Per token, flattened pairs [doc id delta, field mask, ...]. */
  postings: number[][];
}

/** Builds the index; `docs` must already be in ranking-tie order (newest first). */
export function buildSearchIndex(docs: SearchDocInput[], strategy: HanStrategy): SearchIndexData {
  const byToken = new Map<string, Map<number, number>>();
  const add = (text: string, id: number, bit: number) => {
    for (const t of indexTokens(text, strategy)) {
      let p = byToken.get(t);
      if (!p) byToken.set(t, (p = new Map()));
      p.set(id, (p.get(id) ?? 0) | bit);
    }
  };
  docs.forEach((d, id) => {
    add(d.title, id, FIELD.title);
    for (const tag of d.tags) add(tag, id, FIELD.tag);
    for (const c of d.categories) add(c, id, FIELD.category);
    add(d.description, id, FIELD.description);
    add(d.body, id, FIELD.body);
  });
  const tokens = [...byToken.keys()].sort();
  const postings = tokens.map((t) => {
    const flat: number[] = [];
    let prev = 0;
    for (const [id, mask] of [...byToken.get(t)!.entries()].sort((a, b) => a[0] - b[0])) {
      flat.push(id - prev, mask);
      prev = id;
    }
    return flat;
  });
  return {
    v: INDEX_VERSION,
    strategy,
    docs: docs.map(({ slug, title, date, iso, tags, description }) => ({ slug, title, date, iso, tags, description })),
    tokens,
    postings,
  };
}
