/**
 * The search index: an inverted index from token to the posts (and fields) that
 * contain it, plus what a result needs to be shown. Built once at build time and
 * served as static JSON in pieces: a small meta file (the posts) and shards of the
 * token index, split by a token's first character, so a query fetches only the few
 * shards its tokens live in. Post bodies are not in it (they are fetched per shown
 * result for snippets).
 */
import { indexTokens, type HanStrategy } from "./tokenize";

export const INDEX_VERSION = 1;

/** Field bits in a posting's mask. */
export const FIELD = { title: 1, tag: 2, category: 4, description: 8, body: 16 } as const;

export interface SearchDocInput {
  /** A post's slug, or the URL path of a page or entity (which has `href`). */
  slug: string;
  /** Where a result that is not a post links: /companies/openai/. */
  href?: string;
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

/** What a result shows before its text arrives; the description lives with the body text. */
export type SearchDoc = Omit<SearchDocInput, "body" | "categories" | "description">;

export interface SearchMeta {
  v: number;
  strategy: HanStrategy;
  shards: number;
  /** In the order given to the builder: newest first, so a lower id is newer. */
  docs: SearchDoc[];
}

export interface SearchShard {
  /** Sorted, so a prefix is a contiguous range. */
  tokens: string[];
  /** Per token, flattened pairs [doc id delta, field mask, ...]. */
  postings: number[][];
}

export interface SearchIndexData {
  meta: SearchMeta;
  shards: SearchShard[];
}

/** About this much JSON a shard (roughly a third of it gzipped). */
const SHARD_BYTES = 96 * 1024;

/** Enough shards that each stays small, few enough that a small site has few files. */
function shardCountFor(jsonBytes: number): number {
  let n = 1;
  while (n < 256 && n * SHARD_BYTES < jsonBytes) n *= 2;
  return n;
}

/**
 * The shard a token lives in, by its first character only, so every token with a
 * given prefix (an English word being typed, bigrams starting with one character)
 * is in one shard.
 */
export function shardOf(token: string, shards: number): number {
  const cp = token.codePointAt(0) ?? 0;
  // A multiplicative hash spreads neighbouring code points (一, 丁, 七...) over shards.
  return (Math.imul(cp, 2654435761) >>> 0) % shards;
}

/** Builds the index; `docs` must already be in ranking-tie order (newest first). */
export function buildSearchIndex(docs: SearchDocInput[], strategy: HanStrategy): SearchIndexData {
  // Docs are added in id order, so each token's postings grow sorted: append, or OR
  // into the last entry (10,000 posts make ~50 million additions).
  const byToken = new Map<string, { ids: number[]; masks: number[] }>();
  const add = (text: string, id: number, bit: number) => {
    for (const t of indexTokens(text, strategy)) {
      let p = byToken.get(t);
      if (!p) byToken.set(t, (p = { ids: [], masks: [] }));
      const last = p.ids.length - 1;
      if (last >= 0 && p.ids[last] === id) p.masks[last] |= bit;
      else {
        p.ids.push(id);
        p.masks.push(bit);
      }
    }
  };
  docs.forEach((d, id) => {
    add(d.title, id, FIELD.title);
    for (const tag of d.tags) add(tag, id, FIELD.tag);
    for (const c of d.categories) add(c, id, FIELD.category);
    add(d.description, id, FIELD.description);
    add(d.body, id, FIELD.body);
  });
  const all: [string, number[]][] = [];
  let bytes = 0;
  for (const t of [...byToken.keys()].sort()) {
    const { ids, masks } = byToken.get(t)!;
    const flat: number[] = [];
    let prev = 0;
    for (let i = 0; i < ids.length; i++) {
      flat.push(ids[i] - prev, masks[i]);
      prev = ids[i];
    }
    all.push([t, flat]);
    bytes += t.length * 3 + 6 + flat.length * 3;
  }
  const count = shardCountFor(bytes);
  const shards: SearchShard[] = Array.from({ length: count }, () => ({ tokens: [], postings: [] }));
  for (const [t, flat] of all) {
    const shard = shards[shardOf(t, count)];
    shard.tokens.push(t);
    shard.postings.push(flat);
  }
  return {
    meta: {
      v: INDEX_VERSION,
      strategy,
      shards: count,
      docs: docs.map(({ slug, href, title, date, iso, tags }) => (href ? { slug, href, title, date, iso, tags } : { slug, title, date, iso, tags })),
    },
    shards,
  };
}
