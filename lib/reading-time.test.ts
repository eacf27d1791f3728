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
