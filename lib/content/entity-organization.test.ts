import { describe, expect, expectTypeOf, it } from "vitest";
import type { EntityRef } from "./entry";
import { parseEntityFields, type OrganizationFields } from "./entity-fields";
import { splitFrontMatter } from "./frontmatter";

/** A file's fields as the loader reads them (YAML through splitFrontMatter). */
function parse(yaml: string) {
  return parseEntityFields("organization", splitFrontMatter(`---\n${yaml}\n---\n`).data);
}

const FULL = `
name_en: "OpenAI"
name_zh: "開放人工智慧"
logo: /images/companies/openai.png
founded: 2015
headquarters: "美國加州舊金山"
country: "美國"
city: "舊金山"
website: "https://openai.com"
description_short: "ChatGPT 與 GPT 系列模型的開發者。"
description_long: |
  OpenAI 成立於 2015 年，最初是非營利研究機構。

  - 2019 年成立有上限獲利公司
  - 2022 年推出 ChatGPT
category_primary: "生成式 AI"
category_secondary: ["大型語言模型", "AI 平台"]
tags: ["ChatGPT", "GPT", "AGI"]
status: private
stock_ticker: ""
latest_valuation: "5000 億美元"
total_funding: 1234567890123456789
latest_round: "Secondary"
latest_round_amount: 6600000000
latest_round_date: 2025-10-02
funding_rounds:
  - round: "Series A"
    date: 2019-07
    amount: "10 億美元"
    lead_investor: "Microsoft"
    valuation: ""
  - round: "Secondary"
    date: "2025-10-02"
    amount: 6600000000
    lead_investor: ["Thrive Capital", "軟銀"]
    valuation: "5000 億美元"
investors:
  - name: "Microsoft"
    type: "企業"
  - name: "Thrive Capital"
    type: "創投"
products:
  - name: "ChatGPT"
    description: "對話式 AI 助理"
    url: "https://chatgpt.com"
  - name: "Sora"
    description: "影片生成模型"
    url: "https://openai.com/sora"
business_model: |
  訂閱制（ChatGPT Plus、Pro）與 API 用量計費。
target_industries: ["企業軟體", "教育", "醫療"]
founders:
  - name: "Sam Altman"
    role: "執行長"
    people_slug: sam-altman
  - name: "Ilya Sutskever"
    role: "共同創辦人"
    people_slug: ilya-sutskever
current_ceo: "Sam Altman"
employee_count: 3000
key_people:
  - name: "Greg Brockman"
    role: "總裁"
    people_slug: greg-brockman
milestones:
  - date: 2015-12-11
    event: "成立"
  - date: 2022-11-30
    event: "推出 ChatGPT"
social:
  twitter: "https://x.com/OpenAI"
  linkedin: "https://www.linkedin.com/company/openai"
  github: "https://github.com/openai"
  crunchbase: "https://www.crunchbase.com/organization/openai"
  wikipedia: "https://zh.wikipedia.org/wiki/OpenAI"
  investor_relations: ""
taiwan_relevance: |
  與**台積電**合作開發自研晶片的傳聞。
data_sources: ["Crunchbase", "公司官網"]
last_updated: 2026-01-20
`;

describe("organization fields", () => {
  it("reads a full file, every nested list normalised", () => {
    const { fields, extra, problems } = parse(FULL);
    expect(problems).toEqual([]);
    expect(extra).toEqual({});
    expect(fields).toEqual({
      name_en: "OpenAI",
      name_zh: "開放人工智慧",
      logo: "/images/companies/openai.png",
      founded: "2015",
      headquarters: "美國加州舊金山",
      country: "美國",
      city: "舊金山",
      website: "https://openai.com",
      description_short: "ChatGPT 與 GPT 系列模型的開發者。",
      description_long: "OpenAI 成立於 2015 年，最初是非營利研究機構。\n\n- 2019 年成立有上限獲利公司\n- 2022 年推出 ChatGPT",
      category_primary: "生成式 AI",
      category_secondary: ["大型語言模型", "AI 平台"],
      tags: ["ChatGPT", "GPT", "AGI"],
      status: "private",
      latest_valuation: "5000 億美元",
      total_funding: "1234567890123456789",
      latest_round: "Secondary",
      latest_round_amount: "6600000000",
      latest_round_date: "2025-10-02",
      funding_rounds: [
        { round: "Series A", date: "2019-07", amount: "10 億美元", lead_investor: "Microsoft" },
        { round: "Secondary", date: "2025-10-02", amount: "6600000000", lead_investor: "Thrive Capital、軟銀", valuation: "5000 億美元" },
      ],
      investors: [
        { name: "Microsoft", type: "企業" },
        { name: "Thrive Capital", type: "創投" },
      ],
      products: [
        { name: "ChatGPT", description: "對話式 AI 助理", url: "https://chatgpt.com" },
        { name: "Sora", description: "影片生成模型", url: "https://openai.com/sora" },
      ],
      business_model: "訂閱制（ChatGPT Plus、Pro）與 API 用量計費。",
      target_industries: ["企業軟體", "教育", "醫療"],
      founders: [
        { name: "Sam Altman", role: "執行長", people_slug: "sam-altman" },
        { name: "Ilya Sutskever", role: "共同創辦人", people_slug: "ilya-sutskever" },
      ],
      current_ceo: "Sam Altman",
      employee_count: "3000",
      key_people: [{ name: "Greg Brockman", role: "總裁", people_slug: "greg-brockman" }],
      milestones: [
        { date: "2015-12-11", event: "成立" },
        { date: "2022-11-30", event: "推出 ChatGPT" },
      ],
      social: {
        twitter: "https://x.com/OpenAI",
        linkedin: "https://www.linkedin.com/company/openai",
        github: "https://github.com/openai",
        crunchbase: "https://www.crunchbase.com/organization/openai",
        wikipedia: "https://zh.wikipedia.org/wiki/OpenAI",
      },
      taiwan_relevance: "與**台積電**合作開發自研晶片的傳聞。",
      data_sources: ["Crunchbase", "公司官網"],
      last_updated: "2026-01-20",
    });
  });

  it("leaves out every empty field of a template file, and keeps unknown fields in extra", () => {
    const { fields, extra, problems } = parse(`
name_en: "Acme AI"
name_zh: ""
logo: ""
founded: null
headquarters:
country: "台灣"
website: "https://acme.example"
description_long: |

category_primary: "AI 晶片"
category_secondary: []
tags: []
status: "private"
latest_round_date: ""
funding_rounds:
  - round: ""
    date: ""
    amount: ""
    lead_investor: ""
    valuation: ""
investors: []
products:
  - { name: "", description: "", url: "" }
founders: [{}]
# key_people:
#   - name: ""
#     role: ""
milestones: []
social:
  twitter: ""
  linkedin: ""
  github: null
crunchbase_rank: 1234
`);
    expect(problems).toEqual([]);
    expect(fields).toEqual({ name_en: "Acme AI", country: "台灣", website: "https://acme.example", category_primary: "AI 晶片", status: "private" });
    expect(extra).toEqual({ crunchbase_rank: 1234 });
  });

  it("folds variant names and forms", () => {
    const { fields, problems } = parse(`
english_name: "TSMC"
chinese_name: "台積電"
founded_year: 1987
ceo: "魏哲家"
employees: "約 76,000 人"
status: "上市"
stock_ticker: 2330
tags: "半導體, 晶圓代工，AI 晶片"
category_secondary: "晶圓代工"
website: www.tsmc.com
investors: ["國發基金", "Philips"]
products: "CoWoS 先進封裝"
founders:
  name: "張忠謀"
  slug: morris-chang
funding_rounds:
  - round: "IPO"
    lead_investors: ["A", "B"]
milestones: ["1994 年在台灣上市"]
social:
  x: "@TSMC"
  github: tsmc
`);
    expect(problems).toEqual([]);
    expect(fields).toEqual({
      name_en: "TSMC",
      name_zh: "台積電",
      founded: "1987",
      current_ceo: "魏哲家",
      employee_count: "約 76,000 人",
      status: "public",
      stock_ticker: "2330",
      tags: ["半導體", "晶圓代工", "AI 晶片"],
      category_secondary: ["晶圓代工"],
      website: "https://www.tsmc.com",
      investors: [{ name: "國發基金" }, { name: "Philips" }],
      products: [{ name: "CoWoS 先進封裝" }],
      founders: [{ name: "張忠謀", people_slug: "morris-chang" }],
      funding_rounds: [{ round: "IPO", lead_investor: "A、B" }],
      milestones: [{ event: "1994 年在台灣上市" }],
      social: { twitter: "https://x.com/TSMC", github: "https://github.com/tsmc" },
    });
  });

  it("prefers the field to its variant when both are filled, and says so", () => {
    const { fields, problems } = parse('name_en: "OpenAI"\nenglish_name: "Open AI"\nname_english: ""');
    expect(fields).toEqual({ name_en: "OpenAI" });
    expect(problems).toEqual([
      {
        severity: "warning",
        field: "english_name",
        problem: {
          code: "entity-field-twice",
          field: "english_name",
          message: "is another name for name_en, which is also given; this one is not used",
          hint: "keep only name_en",
        },
      },
    ]);
  });

  it("keeps an unknown status as written, with a warning", () => {
    const { fields, problems } = parse('status: "Stealth"');
    expect(fields.status).toBe("Stealth");
    expect(problems.map((p) => [p.severity, p.field, p.problem.message, p.problem.hint])).toEqual([
      [
        "warning",
        "status",
        '"Stealth" is not one of private, public, acquired, defunct; it is shown as written',
        "write one of private, public, acquired, defunct, or leave it empty",
      ],
    ]);
  });

  it("refuses links that are not http(s) and dates that cannot be", () => {
    const { fields, problems } = parse(`
website: "javascript:alert(1)"
logo: "data:image/png;base64,AAAA"
latest_round_date: "2024-02-30"
funding_rounds:
  - round: "A"
    date: "去年"
products:
  - name: "X"
    url: "java\\tscript:alert(1)"
social:
  linkedin: "linkedin"
`);
    expect(problems.map((p) => [p.severity, p.field, p.problem.message])).toEqual([
      ["error", "website", '"javascript:alert(1)" is not an http(s) address; it would be a link, so only http(s) is allowed'],
      ["error", "logo", '"data:image/png;base64,AAAA" is neither a path on this site nor an http(s) address'],
      ["error", "latest_round_date", '"2024-02-30" is not a real calendar date (month 2, day 30)'],
      ["error", "funding_rounds.0.date", '"去年" is not a date'],
      ["error", "products.0.url", '"java\tscript:alert(1)" is not an http(s) address; it would be a link, so only http(s) is allowed'],
      ["error", "social.linkedin", '"linkedin" is not an http(s) address; it would be a link, so only http(s) is allowed'],
    ]);
    expect(problems[0].problem.hint).toBe("write the full address starting with https://, e.g. https://www.example.com");
    expect(problems[3].problem.hint).toBe("write it as 2025-03-14, or 2025-03 or 2025 when that is all you know");
    expect(fields).toEqual({ funding_rounds: [{ round: "A" }], products: [{ name: "X" }] });
  });

  it("reports a slug that cannot be a link", () => {
    const { problems } = parse('founders:\n  - name: "Sam Altman"\n    people_slug: "Sam Altman"');
    expect(problems.map((p) => [p.severity, p.field, p.problem.message, p.problem.hint])).toEqual([
      [
        "error",
        "founders.0.people_slug",
        '"Sam Altman" is not a slug, so it cannot link to an entry',
        "write the entry's file name without .md, e.g. sam-altman (no spaces, /, \\, ?, # or %)",
      ],
    ]);
  });

  it("exports the normalised types", () => {
    expectTypeOf<OrganizationFields["funding_rounds"]>().toEqualTypeOf<
      { round?: string; date?: string; amount?: string; lead_investor?: string; valuation?: string }[] | undefined
    >();
    expectTypeOf<NonNullable<OrganizationFields["social"]>["twitter"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OrganizationFields["tags"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<"public">().toMatchTypeOf<NonNullable<OrganizationFields["status"]>>();
    expectTypeOf<EntityRef>().toHaveProperty("slug");
  });
});
