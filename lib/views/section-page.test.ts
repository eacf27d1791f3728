import { describe, expect, it } from "vitest";
import { entry, sectionOf } from "./entity-test-helpers";
import { sectionPageMetadata, sectionPagesParams, sectionPageView, type EventListView, type GenericListView, type OrganizationDirectoryView, type PeopleDirectoryView } from "./section-page";

const org = (slug: string, title: string, fields: Record<string, unknown>) => entry("organization", slug, fields, { title });
const ORGS = [
  org("openai", "OpenAI", { name_en: "OpenAI", country: "美國", category_primary: "AI 模型", status: "private" }),
  org("anthropic", "Anthropic", { country: "美國", category_primary: "AI 模型", status: "private" }),
  org("tsmc", "台積電", { name_en: "TSMC", country: "台灣", category_primary: "半導體", status: "public" }),
  org("nvidia", "輝達", { name_en: "NVIDIA", country: "美國", category_primary: "半導體", status: "public" }),
  org("mediatek", "聯發科", { country: "台灣", category_primary: "半導體", status: "public" }),
  org("國研院", "國家實驗研究院", { country: "台灣" }),
  org("01-ai", "零一萬物", { name_en: "01.AI", country: "中國", category_primary: "AI 模型", status: "private" }),
  org("éclair", "Éclair", { status: "acquired" }),
];

async function directory(entries = ORGS) {
  const v = (await sectionPageView(sectionOf("organization", entries)))!;
  return v.directory as OrganizationDirectoryView;
}

describe("organization directory", () => {
  it("groups entries A-Z by English name or slug, digits apart, Chinese names in their own group", async () => {
    const d = await directory();
    expect(d.letters.map((g) => [g.label, g.anchor, g.entries.map((e) => e.title)])).toEqual([
      ["A", "letter-a", ["Anthropic"]],
      ["E", "letter-e", ["Éclair"]],
      ["M", "letter-m", ["聯發科"]],
      ["N", "letter-n", ["輝達"]],
      ["O", "letter-o", ["OpenAI"]],
      ["T", "letter-t", ["台積電"]],
      ["0–9", "letter-0-9", ["零一萬物"]],
      ["中文", "letter-zh", ["國家實驗研究院"]],
    ]);
  });

  it("sorts within a letter by the English name, ignoring case", async () => {
    const d = await directory([org("b2", "beta", {}), org("a", "Alpha", { name_en: "alpha" }), org("b1", "Bravo", { name_en: "Bravo" }), org("b3", "BAKER", {})]);
    // Keys: b2, b3 (slugs) and Bravo (English name).
    expect(d.letters.find((g) => g.label === "B")!.entries.map((e) => e.title)).toEqual(["beta", "BAKER", "Bravo"]);
  });

  it("counts categories, countries and statuses, most used first (ties in the site's collation), entries without one last", async () => {
    const d = await directory();
    const facet = (id: string) => d.facets.find((f) => f.id === id)!.values.map((v) => [v.label, v.count, v.anchor]);
    expect(facet("category")).toEqual([
      ["半導體", 3, "category-半導體"],
      ["AI 模型", 3, "category-ai-模型"],
      ["未分類", 2, "category-未分類"],
    ]);
    expect(facet("country")).toEqual([
      ["台灣", 3, "country-台灣"],
      ["美國", 3, "country-美國"],
      ["中國", 1, "country-中國"],
      ["未註明", 1, "country-未註明"],
    ]);
    expect(facet("status")).toEqual([
      ["上市公司", 3, "status-上市公司"],
      ["未上市", 3, "status-未上市"],
      ["已被收購", 1, "status-已被收購"],
      ["未註明", 1, "status-未註明"],
    ]);
    expect(d.facets.find((f) => f.id === "category")!.values[0].entries).toEqual([
      { title: "台積電", href: "/companies/tsmc/" },
      { title: "輝達", href: "/companies/nvidia/" },
      { title: "聯發科", href: "/companies/mediatek/" },
    ]);
  });

  it("keeps two values with one slug apart, and drops a facet nobody filled in", async () => {
    const d = await directory([org("a", "A", { category_primary: "AI 晶片" }), org("b", "B", { category_primary: "AI  晶片" })]);
    expect(d.facets.map((f) => f.id)).toEqual(["category"]);
    expect(d.facets[0].values.map((v) => v.anchor)).toEqual(["category-ai-晶片", "category-ai-晶片-2"]);
  });

  it("gives each entry a compact row", async () => {
    const d = await directory();
    expect(d.letters.find((g) => g.label === "T")!.entries[0]).toEqual({ href: "/companies/tsmc/", title: "台積電", nameEn: "TSMC", country: "台灣", category: "半導體", status: "上市公司" });
  });

  it("is one page: a page param is a 404", async () => {
    expect(await sectionPageView(sectionOf("organization", ORGS), "2")).toBeNull();
    expect(sectionPagesParams(sectionOf("organization", ORGS))).toEqual([]);
  });
});

describe("event list", () => {
  const ev = (slug: string, date_start?: string, date_end?: string) => entry("event", slug, { ...(date_start ? { date_start } : {}), ...(date_end ? { date_end } : {}) }, { title: slug });
  const EVENTS = [
    ev("today", "2026-06-01"),
    ev("tomorrow", "2026-06-02", "2026-06-05"),
    ev("yesterday", "2026-05-31"),
    ev("ongoing", "2026-05-30", "2026-06-01"),
    ev("next-year", "2027-01-10"),
    ev("old", "2024-03-01T10:00:00+08:00"),
    ev("late-last-year", "2025-12-30", "2026-01-02"),
    ev("tbd"),
  ];
  const list = async (now: string) => (await sectionPageView(sectionOf("event", EVENTS), undefined, new Date(now)))!.directory as EventListView;
  const names = (years: EventListView["upcoming"]) => years.map((y) => [y.year, y.events.map((e) => e.title)]);

  it("splits upcoming from past at midnight in Asia/Taipei", async () => {
    const before = await list("2026-06-01T15:59:59Z"); // 23:59:59 on 1 June in Taipei
    expect(names(before.upcoming)).toEqual([[2026, ["ongoing", "today", "tomorrow"]], [2027, ["next-year"]]]);
    expect(names(before.past)).toEqual([[2026, ["yesterday"]], [2025, ["late-last-year"]], [2024, ["old"]]]);
    const after = await list("2026-06-01T16:00:00Z"); // 00:00 on 2 June in Taipei
    expect(names(after.upcoming)).toEqual([[2026, ["tomorrow"]], [2027, ["next-year"]]]);
    expect(names(after.past)[0]).toEqual([2026, ["today", "yesterday", "ongoing"]]);
  });

  it("writes spans without the year its group heading gives, and keeps undated events", async () => {
    const l = await list("2026-06-01T04:00:00Z");
    const row = (slug: string) => [...l.upcoming, ...l.past].flatMap((y) => y.events).find((e) => e.title === slug)!;
    expect(row("tomorrow")).toMatchObject({ dateText: "6 月 2 日 – 5 日", dateIso: "2026-06-02", href: "/events/tomorrow/" });
    expect(row("late-last-year").dateText).toBe("2025 年 12 月 30 日 – 2026 年 1 月 2 日");
    expect(row("old").dateText).toBe("3 月 1 日");
    expect(l.undated.map((e) => e.title)).toEqual(["tbd"]);
    expect(l.upcoming[0].anchor).toBe("year-2026");
    expect(l.past[0].anchor).toBe("past-2026");
  });
});

describe("people and generic sections", () => {
  it("gives people cards with their role and a photo or a placeholder", async () => {
    const v = (await sectionPageView(sectionOf("person", [
      entry("person", "huang", { name_en: "Jensen Huang", current_position: "執行長", current_organization: "NVIDIA", photo: "/images/p/huang.jpg" }, { title: "黃仁勳" }),
      entry("person", "li", {}, { title: "李飛飛" }),
    ])))!;
    const d = v.directory as PeopleDirectoryView;
    expect(d.people[0]).toMatchObject({ href: "/people/huang/", nameEn: "Jensen Huang", role: "執行長，NVIDIA", image: { src: "/images/p/huang.jpg", alt: "黃仁勳" } });
    expect(d.people[1]).toMatchObject({ image: null, placeholder: { initials: "李" } });
  });

  it("lists a generic section 50 a page at /<section>/page/N/", async () => {
    const s = sectionOf("generic", Array.from({ length: 120 }, (_, i) => entry("generic", `n${i}`, {}, { description: `說明 ${i}` })));
    const first = (await sectionPageView(s))!;
    const d = first.directory as GenericListView;
    expect([d.entries.length, d.page, d.pages, d.href(2), d.href(1)]).toEqual([50, 1, 3, "/notes/page/2/", "/notes/"]);
    expect(d.entries[0]).toEqual({ href: "/notes/n0/", title: "n0", description: "說明 0" });
    const third = (await sectionPageView(s, "3"))!;
    expect((third.directory as GenericListView).entries).toHaveLength(20);
    expect(third.href).toBe("/notes/page/3/");
    expect(await sectionPageView(s, "4")).toBeNull();
    expect(await sectionPageView(s, "1")).toBeNull();
    expect(sectionPagesParams(s)).toEqual([{ page: "2" }, { page: "3" }]);
  });

  it("takes its title and intro from the _index page", async () => {
    const own = entry("generic", "_index", {}, { role: "section", title: "AI 公司資料庫", description: "我們追蹤的公司", href: "/companies/", segments: [] });
    const s = sectionOf("organization", ORGS, { page: own });
    const v = (await sectionPageView(s))!;
    expect([v.title, v.intro, v.count, v.breadcrumbs]).toEqual(["AI 公司資料庫", { description: "我們追蹤的公司", body: null }, 8, [{ text: "首頁", href: "/" }, { text: "AI 公司資料庫", href: null }]]);
    expect(sectionPageMetadata(s).alternates?.canonical).toBe("http://localhost:3000/companies/");
    expect(sectionPageMetadata(sectionOf("person", [])).title).toBe("人物");
  });
});
