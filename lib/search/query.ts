/**
 * Query evaluation and ranking over a SearchIndexData. Every query term must match
 * (all of its tokens in one field, so 推論成本 needs 推論, 論成 and 成本 together);
 * a post scores by the best field each term matched in (title and tags above the
 * description, body last), and equal scores keep index order, which is newest first.
 */
import { FIELD, type SearchDoc, type SearchIndexData } from "./search-index";
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

export function fieldScore(mask: number): number {
  for (const [bit, w] of WEIGHTS) if (mask & bit) return w;
  return 0;
}

export class Searcher {
  readonly index: SearchIndexData;
  private readonly tokenId = new Map<string, number>();
  private readonly decoded = new Map<number, Postings>();

  constructor(index: SearchIndexData) {
    this.index = index;
    index.tokens.forEach((t, i) => this.tokenId.set(t, i));
  }

  private postingsAt(i: number): Postings {
    let p = this.decoded.get(i);
    if (!p) {
      p = new Map();
      const flat = this.index.postings[i];
      let id = 0;
      for (let k = 0; k < flat.length; k += 2) {
        id += flat[k];
        p.set(id, flat[k + 1]);
      }
      this.decoded.set(i, p);
    }
    return p;
  }

  private postings(token: string): Postings | undefined {
    const i = this.tokenId.get(token);
    return i === undefined ? undefined : this.postingsAt(i);
  }

  /** Token ids starting with `prefix` (the vocabulary is sorted). */
  private prefixIds(prefix: string): number[] {
    const tokens = this.index.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let i = lo; i < tokens.length && tokens[i].startsWith(prefix) && ids.length < MAX_EXPANSION; i++) ids.push(i);
    return ids;
  }

  private union(ids: number[]): Postings {
    const out: Postings = new Map();
    for (const i of ids) for (const [d, m] of this.postingsAt(i)) out.set(d, (out.get(d) ?? 0) | m);
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
    if (term.kind === "word") {
      return term.prefix ? this.union(this.prefixIds(term.text)) : (this.postings(term.text) ?? new Map());
    }
    if (Array.from(term.text).length === 1) {
      // One character: every token that contains it (bigrams hold it at either end).
      const ids: number[] = [];
      this.index.tokens.forEach((t, i) => {
        if (ids.length < MAX_EXPANSION * 4 && t.includes(term.text)) ids.push(i);
      });
      return this.union(ids);
    }
    // With "both", bigrams decide the match; dictionary words only add a ranking bonus.
    return this.intersect(term.all);
  }

  search(query: string, limit = 20): SearchResult {
    const terms = queryTerms(query, this.index.strategy);
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
      if (s.matched === best) hits.push({ id, doc: this.index.docs[id], score: s.score, masks: s.masks });
    }
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    return { terms, hits: hits.slice(0, limit), total: hits.length };
  }
}
