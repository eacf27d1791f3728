/**
 * Reading time that is right for Chinese: Han characters and Latin words are
 * counted apart (about 400 characters and 230 words a minute).
 */

const HAN_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 230;

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_START = /[\p{Script=Latin}\p{N}]/u;
const WORD_PART = /[\p{Script=Latin}\p{N}'’.\-]/u;

const Kind = { Han: 0, WordStart: 1, WordPart: 2, Other: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** Memo for characters outside the fast ranges (punctuation, accented Latin, fullwidth forms). */
const slowKinds = new Map<number, Kind>();

function kindOf(cp: number): Kind {
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return Kind.WordStart;
    return cp === 0x27 || cp === 0x2e || cp === 0x2d ? Kind.WordPart : Kind.Other;
  }
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return Kind.Han;
  let kind = slowKinds.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = HAN.test(ch) ? Kind.Han : WORD_START.test(ch) ? Kind.WordStart : WORD_PART.test(ch) ? Kind.WordPart : Kind.Other;
    slowKinds.set(cp, kind);
  }
  return kind;
}

/**
 * Han (and kana/hangul) characters, and Latin words: a word starts at a Latin letter
 * or digit and runs through letters, digits, apostrophes, dots and hyphens.
 * One pass over character codes: every post is counted on every build, and the
 * regex-per-character version was the content index's largest cost (see bench/).
 */
export function countReadingUnits(text: string): { hanChars: number; latinWords: number } {
  let hanChars = 0;
  let latinWords = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    const kind = kindOf(cp);
    if (kind === Kind.Han) {
      hanChars++;
      inWord = false;
    } else if (kind === Kind.WordStart) {
      if (!inWord) latinWords++;
      inWord = true;
    } else if (kind !== Kind.WordPart) inWord = false;
  }
  return { hanChars, latinWords };
}

export function readingMinutes(units: { hanChars: number; latinWords: number }): number {
  const minutes = units.hanChars / HAN_PER_MINUTE + units.latinWords / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}

export function formatReadingTime(units: { hanChars: number; latinWords: number }): string {
  return `約 ${readingMinutes(units)} 分鐘`;
}
