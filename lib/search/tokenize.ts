/**
 * The search tokeniser, shared by the build (index) and the browser (queries) so
 * both cut text the same way. Text is NFKC-normalised (full-width Ｌａｔｉｎ and
 * digits become ASCII) and case-folded; Latin words stay whole; runs of Han
 * characters are cut by the configured strategy, since Chinese has no spaces.
 */

export type HanStrategy = "bigram" | "segmenter" | "both";

export interface Run {
  kind: "han" | "word";
  /** Normalised text of the run. */
  text: string;
}

// Han first, then any other letters/digits (Latin, kana, hangul) as whole words.
// A trailing + or # is kept so C++ and C# stay distinct from C.
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+[+#]*)/gu;

export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const m of normalize(text).matchAll(RUN)) out.push(m[1] ? { kind: "han", text: m[1] } : { kind: "word", text: m[2] });
  return out;
}

export function bigrams(han: string): string[] {
  const chars = Array.from(han);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

let segmenter: Intl.Segmenter | null | undefined;

/** Dictionary words of a Han run, or its bigrams where Intl.Segmenter is missing. */
function segmentWords(han: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh-Hant", { granularity: "word" }) : null;
  if (!segmenter) return bigrams(han);
  const out: string[] = [];
  for (const s of segmenter.segment(han)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** The index tokens of one Han run under a strategy. */
function hanTokens(han: string, strategy: HanStrategy): string[] {
  if (strategy === "bigram") return bigrams(han);
  if (strategy === "segmenter") return segmentWords(han);
  const set = new Set(bigrams(han));
  for (const w of segmentWords(han)) set.add(w);
  return [...set];
}

/** Every distinct token of a text, for the index. */
export function indexTokens(text: string, strategy: HanStrategy): Set<string> {
  const out = new Set<string>();
  for (const run of runs(text)) {
    if (run.kind === "word") out.add(run.text);
    else for (const t of hanTokens(run.text, strategy)) out.add(t);
  }
  return out;
}

export interface QueryTerm {
  /** The normalised run as typed, e.g. 推論成本 or trainium; used for highlighting. */
  text: string;
  kind: "han" | "word";
  /** Tokens that must all occur in one field for the term to match. */
  all: string[];
  /** Segmenter words for the "both" strategy (a ranking bonus when they all occur). */
  words: string[];
  /** The reader may still be typing this term: match it as a prefix too. */
  prefix: boolean;
}

/** Query terms: one per run; the last one is a prefix when the query does not end in a separator. */
export function queryTerms(query: string, strategy: HanStrategy): QueryTerm[] {
  const rs = runs(query);
  const endsOpen = /[\p{L}\p{N}\p{M}+#]$/u.test(normalize(query));
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  rs.forEach((run, i) => {
    if (seen.has(run.text)) return;
    seen.add(run.text);
    const prefix = endsOpen && i === rs.length - 1;
    if (run.kind === "word") {
      terms.push({ text: run.text, kind: "word", all: [run.text], words: [], prefix });
      return;
    }
    const all = strategy === "segmenter" ? segmentWords(run.text) : bigrams(run.text);
    terms.push({ text: run.text, kind: "han", all, words: strategy === "both" ? segmentWords(run.text) : [], prefix });
  });
  return terms;
}
