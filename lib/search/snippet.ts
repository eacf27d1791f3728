/**
 * Highlighting: finds query terms in original text (matching on the normalised
 * form, so ＯｐｅｎＡＩ matches openai) and returns plain segments to render, never HTML.
 */
import { bigrams, normalize, type QueryTerm } from "./tokenize";

export interface Segment {
  text: string;
  hit: boolean;
}

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, the start and end of the original code point. */
  start: number[];
  end: number[];
}

function normaliseWithMap(original: string): Normalised {
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of original) {
    const n = normalize(ch);
    for (let k = 0; k < n.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    text += n;
    i += ch.length;
  }
  return { text, start, end };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Ranges [start, end) in the original text where terms occur, merged and sorted. */
function matchRanges(original: string, terms: QueryTerm[]): { start: number; end: number; term: number }[] {
  const n = normaliseWithMap(original);
  const found: { start: number; end: number; term: number }[] = [];
  const scan = (needle: string, term: number, word: boolean, prefix: boolean) => {
    if (!needle) return 0;
    let count = 0;
    for (let at = n.text.indexOf(needle); at !== -1; at = n.text.indexOf(needle, at + 1)) {
      const last = at + needle.length - 1;
      if (word && at > 0 && WORD_CHAR.test(n.text[at - 1]) && !/\p{Script=Han}/u.test(n.text[at - 1])) continue;
      if (word && !prefix && last + 1 < n.text.length && WORD_CHAR.test(n.text[last + 1]) && !/\p{Script=Han}/u.test(n.text[last + 1])) continue;
      found.push({ start: n.start[at], end: n.end[last], term });
      count++;
    }
    return count;
  };
  terms.forEach((t, i) => {
    if (scan(t.text, i, t.kind === "word", t.prefix) === 0 && t.kind === "han") {
      for (const piece of t.words.length ? t.words : t.all.length > 1 ? t.all : bigrams(t.text)) scan(piece, i, false, false);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof found = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

function toSegments(text: string, ranges: { start: number; end: number }[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole text with matches marked (titles, tags). */
export function highlight(text: string, terms: QueryTerm[]): Segment[] {
  return toSegments(text, matchRanges(text, terms), 0, text.length);
}

/**
 * A window of about `max` characters around the place where the most distinct terms
 * occur close together, with matches marked; null when no term occurs in the text.
 */
export function snippet(text: string, terms: QueryTerm[], max = 110): Segment[] | null {
  const ranges = matchRanges(text, terms);
  if (ranges.length === 0) return null;
  let bestAt = ranges[0].start;
  let bestCount = 0;
  for (const r of ranges) {
    const distinct = new Set(ranges.filter((o) => o.start >= r.start && o.end <= r.start + max * 0.8).map((o) => o.term));
    if (distinct.size > bestCount) {
      bestCount = distinct.size;
      bestAt = r.start;
    }
  }
  let from = Math.max(0, bestAt - Math.floor(max * 0.25));
  const to = Math.min(text.length, from + max);
  from = Math.max(0, Math.min(from, to - max));
  // Do not split a surrogate pair at the edges.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from])) from--;
  const segs = toSegments(text, ranges, from, to);
  if (from > 0) segs.unshift({ text: "…", hit: false });
  if (to < text.length) segs.push({ text: "…", hit: false });
  return segs;
}
