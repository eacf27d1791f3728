/**
 * Query evaluation and ranking over the search index (meta plus loaded shards). Every query term must match
 * (all of its tokens in one field, so 推論成本 needs 推論, 論成 and 成本 together);
 * a post scores by the best field each term matched in (title and tags above the
 * description, body last), and equal scores keep index order, which is newest first.
 */
import { FIELD, shardOf, type SearchDoc, type SearchMeta, type SearchShard } from "./search-index";
import { queryTerms, type QueryTerm } from "./tokenize";

/** Score of a term matched in a field; title and tag matches outrank body matches. */
const WEIGHTS: [number, number][] = [
  [FIELD.title, 10],
  [FIELD.tag, 8],
  [FIELD.category, 4],
  [FIELD.description, 3],
  [FIELD.body, 1],
];
/** At most this many vocabulary tokens stand in for a prefix or a single character. */
const MAX_EXPANSION = 64;

export interface SearchHit {
  id: number;
  doc: SearchDoc;
  score: number;
  /** Field mask per term (0 when the term did not match). */
  masks: number[];
}

export interface SearchResult {
  terms: QueryTerm[];
  hits: SearchHit[];
  /** All matches, before the limit. */
  total: number;
}

type Postings = Map<number, number>;

function fieldScore(mask: number): number {
  for (const [bit, w] of WEIGHTS) if (mask & bit) return w;
  return 0;
}

export class Searcher {
  readonly meta: SearchMeta;
  private readonly shards: (SearchShard | undefined)[];
  private readonly decoded = new Map<string, Postings>();

  /** `shards` may be filled in later with addShard() as the browser fetches them. */
  constructor(meta: SearchMeta, shards: (SearchShard | undefined)[] = []) {
    this.meta = meta;
    this.shards = Array.from({ length: meta.shards }, (_, i) => shards[i]);
  }

  addShard(i: number, shard: SearchShard): void {
    this.shards[i] = shard;
  }

  /** Shards a query needs that are not loaded yet. */
  missingShards(query: string): number[] {
    const need = new Set<number>();
    for (const t of queryTerms(query, this.meta.strategy)) {
      for (const token of [...t.all, ...t.words]) need.add(shardOf(token, this.meta.shards));
    }
    return [...need].filter((i) => !this.shards[i]).sort((a, b) => a - b);
  }

  /** Index range in the token's shard of tokens starting with `prefix` (an exact token is the first). */
  private range(prefix: string): { shard: SearchShard; from: number; to: number } | undefined {
    const shard = this.shards[shardOf(prefix, this.meta.shards)];
    if (!shard) return undefined;
    const tokens = shard.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    while (to < tokens.length && to - lo < MAX_EXPANSION && tokens[to].startsWith(prefix)) to++;
    return { shard, from: lo, to };
  }

  private decode(shard: SearchShard, i: number): Postings {
    const token = shard.tokens[i];
    let p = this.decoded.get(token);
    if (!p) {
      p = new Map();
      const flat = shard.postings[i];
      let id = 0;
      for (let k = 0; k < flat.length; k += 2) {
        id += flat[k];
        p.set(id, flat[k + 1]);
      }
      this.decoded.set(token, p);
    }
    return p;
  }

  private postings(token: string): Postings | undefined {
    const r = this.range(token);
    return r && r.from < r.to && r.shard.tokens[r.from] === token ? this.decode(r.shard, r.from) : undefined;
  }

  /** Union of every token starting with `prefix`. */
  private prefixed(prefix: string): Postings {
    const out: Postings = new Map();
    const r = this.range(prefix);
    if (!r) return out;
    for (let i = r.from; i < r.to; i++) for (const [d, m] of this.decode(r.shard, i)) out.set(d, (out.get(d) ?? 0) | m);
    return out;
  }

  /** Posts containing all of `tokens` in one field, with the fields they share. */
  private intersect(tokens: string[]): Postings {
    const lists: Postings[] = [];
    for (const t of tokens) {
      const p = this.postings(t);
      if (!p) return new Map();
      lists.push(p);
    }
    lists.sort((a, b) => a.size - b.size);
    const out: Postings = new Map();
    for (const [d, m0] of lists[0]) {
      let m = m0;
      for (let k = 1; k < lists.length && m; k++) m &= lists[k].get(d) ?? 0;
      if (m) out.set(d, m);
    }
    return out;
  }

  private termPostings(term: QueryTerm): Postings {
    if (term.kind === "word") return term.prefix ? this.prefixed(term.text) : (this.postings(term.text) ?? new Map());
    // One character (often a reader mid-word): the words that start with it.
    if (Array.from(term.text).length === 1) return this.prefixed(term.text);
    // With "both", bigrams decide the match; dictionary words only add a ranking bonus.
    return this.intersect(term.all);
  }

  search(query: string, limit = 20): SearchResult {
    const terms = queryTerms(query, this.meta.strategy);
    if (terms.length === 0) return { terms, hits: [], total: 0 };
    const lists = terms.map((t) => this.termPostings(t));
    const bonus = terms.map((t) => (t.words.length > 1 ? this.intersect(t.words) : null));
    const scored = new Map<number, { matched: number; score: number; masks: number[] }>();
    lists.forEach((list, ti) => {
      for (const [d, mask] of list) {
        let s = scored.get(d);
        if (!s) scored.set(d, (s = { matched: 0, score: 0, masks: new Array<number>(terms.length).fill(0) }));
        s.matched++;
        s.score += fieldScore(mask) + (bonus[ti]?.has(d) ? 0.5 : 0);
        s.masks[ti] = mask;
      }
    });
    // Posts matching every term, if there are any; otherwise the best partial matches.
    const best = Math.max(0, ...[...scored.values()].map((s) => s.matched));
    const hits: SearchHit[] = [];
    for (const [id, s] of scored) {
      if (s.matched === best) hits.push({ id, doc: this.meta.docs[id], score: s.score, masks: s.masks });
    }
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    return { terms, hits: hits.slice(0, limit), total: hits.length };
  }
}
