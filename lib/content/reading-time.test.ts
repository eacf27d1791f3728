import { describe, expect, it } from "vitest";
import { countReadingUnits, formatReadingTime, readingMinutes } from "./reading-time";

describe("reading time", () => {
  it("counts pure Chinese at about 400 characters a minute", () => {
    const text = "讀".repeat(1200) + "，。「」";
    const units = countReadingUnits(text);
    expect(units).toEqual({ hanChars: 1200, latinWords: 0 });
    expect(formatReadingTime(units)).toBe("約 3 分鐘");
  });

  it("counts pure English at about 230 words a minute", () => {
    const text = Array.from({ length: 690 }, (_, i) => (i % 2 ? "model's" : "GPT-4.5")).join(" ");
    const units = countReadingUnits(text);
    expect(units).toEqual({ hanChars: 0, latinWords: 690 });
    expect(formatReadingTime(units)).toBe("約 3 分鐘");
  });

  it("adds Chinese characters and English words apart in mixed text", () => {
    const units = countReadingUnits("Anthropic 推出 Claude Code，OpenAI 急起直追。");
    expect(units).toEqual({ hanChars: 6, latinWords: 4 });
    // 800 characters (2 min) + 460 words (2 min) = 4 minutes.
    expect(readingMinutes({ hanChars: 800, latinWords: 460 })).toBe(4);
    expect(formatReadingTime({ hanChars: 800, latinWords: 460 })).toBe("約 4 分鐘");
  });

  it("never says less than a minute", () => {
    expect(formatReadingTime(countReadingUnits(""))).toBe("約 1 分鐘");
    expect(formatReadingTime(countReadingUnits("短文。"))).toBe("約 1 分鐘");
  });
});

describe("reading units match the plain regex definition", () => {
  // The definition the fast scanner must agree with, written the slow, obvious way.
  const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
  const WORD = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’.\-]*/gu;
  const reference = (text: string) => ({
    hanChars: text.match(HAN)?.length ?? 0,
    latinWords: text.replace(HAN, " ").match(WORD)?.length ?? 0,
  });

  it("on rare and mixed characters", () => {
    for (const text of ["𠀀𪚥 漢字", "Café naïve résumé", "ＧＰＴ－４ 與 ５０ 萬", "ひらがな カタカナ 한국어", "々〇 3.5-turbo’s", "-- . '' x", "a\uD800b"]) {
      expect(countReadingUnits(text), text).toEqual(reference(text));
    }
  });

  it("on random text drawn from every class", () => {
    const alphabet = ["中", "文", "字", "，", "。", "a", "Z", "9", "é", "Ｆ", "５", "'", "’", ".", "-", " ", "\n", "𠀀", "カ", "한", "!", "「"];
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(rand() * 80) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
      expect(countReadingUnits(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
