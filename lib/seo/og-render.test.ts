import { describe, expect, it } from "vitest";
import { OG_HEIGHT, OG_WIDTH } from "./og-cards";
import { chunksFor, loadFonts, renderOgPng } from "./og-render";

const card = { kicker: "標籤", title: "#企業 AI：繁體中文標題", footer: "12 篇文章", siteTitle: "AI 科技新聞筆記" };

describe("Open Graph cards", () => {
  it("finds font chunks for Traditional Chinese and reports characters the font lacks", async () => {
    expect(chunksFor("企業繁體")).not.toEqual([]);
    const fonts = await loadFonts([card.title, "\ue000"]);
    expect(fonts.missing).toEqual(["\ue000"]);
    expect((await loadFonts(Object.values(card))).missing).toEqual([]);
  });

  it("renders a 1200x630 PNG, and the title's glyphs change the picture", async () => {
    const fonts = await loadFonts([...Object.values(card), "企業大戰"]);
    const png = await renderOgPng(card, fonts);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // IHDR: width and height as big-endian integers at bytes 16..24.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
    const other = await renderOgPng({ ...card, title: "#企業大戰" }, fonts);
    expect(other.equals(png)).toBe(false);
  });
});
